"""Questions that wait on each other's answers: the cycles among them, found on any graph."""

from __future__ import annotations

import pytest

from diagnose.knowledge.dependencies import cycles, waits_on
from diagnose.knowledge.models import Question


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": ["b"], "b": ["c"], "c": []}, []),
        ({"a": ["a"]}, [["a"]]),
        ({"a": ["b"], "b": ["a"]}, [["a", "b"]]),
        ({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}, [["a", "b", "c"]]),  # d waits on the circle, is not in it
        ({"a": ["b"], "b": ["a"], "c": ["d"], "d": ["c"], "e": []}, [["a", "b"], ["c", "d"]]),
        ({"a": ["b", "c"], "b": ["c"], "c": ["a"]}, [["a", "c"]]),  # the shortest way round is shown
        ({"a": ["zz"]}, []),  # an unknown question is another check's finding
    ],
)
def test_cycles(graph: dict[str, list[str]], expected: list[list[str]]) -> None:
    assert cycles(graph) == expected


def test_a_question_waits_on_what_its_skip_logic_reads() -> None:
    q = Question.model_validate(
        {
            "id": "x",
            "type": "yes_no",
            "title": {"zh": "题", "en": "t"},
            "label": {"zh": "问", "en": "q"},
            "help": {"zh": "帮", "en": "h"},
            "relevant": {"all": [{"q": "a", "eq": True}, {"not": {"q": "b", "gte": 3}}]},
        }
    )
    assert waits_on(q) == [("a", ("relevant", "all", 0, "q")), ("b", ("relevant", "all", 1, "not", "q"))]
