from __future__ import annotations

import json

import pytest
from conftest import RULES
from pydantic import ValidationError

from diagnose.answers.record import input_record_model
from diagnose.knowledge.base import KnowledgeBase


def test_input_model_accepts_the_examples(kb: KnowledgeBase) -> None:
    model = input_record_model(kb)
    for path in (RULES.parent / "examples").glob("*.json"):
        model.model_validate(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    "answers",
    [{"grid_patrol_time_pct": 101}, {"grid_staff_source": "x"}, {"no_such": 1}, {"grid_deliberation_count": -2}],
)
def test_input_model_rejects_what_validation_rejects(kb: KnowledgeBase, answers: dict) -> None:
    with pytest.raises(ValidationError):
        input_record_model(kb).model_validate({"county": {"id": "c"}, "answers": answers})


def test_input_schema_names_each_question_by_its_title(kb: KnowledgeBase) -> None:
    """A form built from the schema shows the question's short name (title) and asks it (description)."""
    schema = input_record_model(kb).model_json_schema()
    props = schema["$defs"]["Answers"]["properties"]
    q = kb.questions["digital_report_departments"]
    assert (
        props[q.id]["title"]
        == "向村(社区)直接要表的部门数 / Departments sending forms directly to villages (communities)"
    )
    assert props[q.id]["description"] == f"{q.label.zh} / {q.label.en}"
