"""A multiple choice known in part: {"yes": [...], "no": [...]}, the options in neither unknown."""

from __future__ import annotations

from typing import Any

import pytest

from diagnose.answers.validate import InvalidRecord, validate
from diagnose.engine import direct
from diagnose.engine.compiled import compiled
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.choices import Choices

SIGN = ("county_positioning_gap", "gathering_lacks_coordination_powers")


def _record(kb: KnowledgeBase, powers: Any, lang: str = "en") -> Any:
    return validate(kb, {"county": {"id": "x"}, "answers": {"county_type": "gathering", "county_powers": powers}}, lang)


@pytest.mark.parametrize(
    ("powers", "holds"),
    [
        (["finance"], True),  # a plain list keeps meaning "exactly these": land, staffing, data are absent
        ({"yes": ["finance"]}, None),  # sure of finance only: the others are unknown, the sign undetermined
        ({"yes": ["finance", "land", "staffing", "data"]}, False),
        ({"yes": ["finance"], "no": ["land"]}, True),  # one power surely missing is enough
        ({"no": ["none"]}, None),
        ({"yes": ["finance", "land", "staffing", "data"], "no": ["none"]}, False),
    ],
)
def test_an_unanswered_option_is_undetermined_in_both_evaluators(kb: KnowledgeBase, powers: Any, holds: Any) -> None:
    record = _record(kb, powers)
    assert direct.run(kb, record.answers).signs[SIGN[0]][SIGN[1]] is holds
    assert compiled(kb).run(record.answers).signs[SIGN[0]][SIGN[1]] is holds


def test_a_partial_answer_covering_every_option_is_the_plain_list(kb: KnowledgeBase) -> None:
    record = _record(kb, {"yes": ["land"], "no": ["finance", "staffing", "data", "none"]})
    assert record.answers["county_powers"] == ["land"]
    assert _record(kb, {"no": ["data"], "yes": ["land"]}).answers["county_powers"] == Choices(("land",), ("data",))


def test_refuted_by_another_part_while_the_first_option_is_unknown(kb: KnowledgeBase) -> None:
    """The engine's guard for a refutation looks at the options a test reads, not the question's first."""
    answers = {"county_type": "outflow", "county_powers": {"yes": ["land"]}}
    record = validate(kb, {"county": {"id": "x"}, "answers": answers}, "en")
    assert direct.run(kb, record.answers).signs[SIGN[0]][SIGN[1]] is False
    assert compiled(kb).run(record.answers).signs[SIGN[0]][SIGN[1]] is False


def test_a_note_travels_with_a_partial_answer(kb: KnowledgeBase) -> None:
    record = _record(kb, {"yes": ["finance"], "note": "只确定财力统筹", "source": "县委办"})
    assert record.answers["county_powers"] == Choices(("finance",), ())
    assert record.notes["county_powers"].note == "只确定财力统筹"


@pytest.mark.parametrize(
    ("powers", "zh", "en"),
    [
        ({"yes": ["money"]}, 'yes 列表中的 "money" 不是本题的选项', '"money" in the yes list is not a choice'),
        ({"no": ["finance"], "yes": ["finance"]}, "finance 同时出现在 yes 与 no 中", "finance is in both"),
        ({"yes": "finance"}, '{"yes": "finance"}', '{"yes": "finance"}'),
        ({"yes": ["land", "land"]}, "land 重复", "land is repeated"),
        ({"yes": ["land"], "value": ["land"]}, "不是有效的回答对象", "not a valid answer object"),
        ({"maybe": ["land"]}, "不是有效的回答对象", "not a valid answer object"),
    ],
)
def test_a_bad_partial_answer_names_record_field_and_option(kb: KnowledgeBase, powers: Any, zh: str, en: str) -> None:
    for lang, expected in (("zh", zh), ("en", en)):
        with pytest.raises(InvalidRecord) as caught:
            _record(kb, powers, lang)
        (problem,) = caught.value.problems
        assert problem.path == "answers.county_powers"
        assert "county_powers" in problem.message and expected in problem.message


def test_the_input_schema_takes_the_partial_form(kb: KnowledgeBase) -> None:
    import jsonschema

    from diagnose.answers.record import input_schema

    schema = input_schema(kb)
    good = {"county": {"id": "x"}, "answers": {"county_powers": {"yes": ["finance"], "no": ["land"]}}}
    jsonschema.validate(good, schema)
    noted = {"county": {"id": "x"}, "answers": {"county_powers": {"value": {"no": ["land"]}, "note": "n"}}}
    jsonschema.validate(noted, schema)
    jsonschema.validate({"county": {"id": "x"}, "answers": {"county_powers": {"yes": ["land"], "note": "n"}}}, schema)
    for bad in ({"yes": ["money"]}, {"yes": ["land"], "maybe": []}, {}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({"county": {"id": "x"}, "answers": {"county_powers": bad}}, schema)
