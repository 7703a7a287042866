"""Derived answers: the office gives the hours it holds, the rules read the share they make."""

from __future__ import annotations

from typing import Any

import pytest

from diagnose.answers.validate import validate
from diagnose.consult.machine import Consultation
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.build import evaluate

HOURS = {"digital_form_hours_week": 18, "digital_work_hours_week": 45}


def rec(answers: dict[str, Any]) -> dict[str, Any]:
    return {"county": {"id": "c"}, "answers": answers}


def test_the_share_is_worked_out_from_the_hours(kb: KnowledgeBase) -> None:
    v = validate(kb, rec(HOURS), "zh")
    assert v.answers["digital_form_time_pct"] == 40
    [d] = v.derived
    assert d.value == 40 and d.inputs == HOURS and not d.disagrees and d.direct is None


def test_the_worked_out_share_reaches_the_sign_a_direct_share_would(kb: KnowledgeBase) -> None:
    by_hours = evaluate(kb, validate(kb, rec(HOURS), "zh"), "zh")
    direct = evaluate(kb, validate(kb, rec({"digital_form_time_pct": 40}), "zh"), "zh")
    assert [d.id for d in by_hours.diagnoses] == [d.id for d in direct.diagnoses]
    assert [n.id for n in by_hours.not_assessed] == [n.id for n in direct.not_assessed]


@pytest.mark.parametrize(("direct", "disagrees"), [(41, False), (39.5, False), (20, True), (60, True)])
def test_a_direct_answer_wins_and_one_that_disagrees_is_flagged(
    kb: KnowledgeBase, direct: float, disagrees: bool
) -> None:
    v = validate(kb, rec({**HOURS, "digital_form_time_pct": direct}), "en")
    assert v.answers["digital_form_time_pct"] == direct
    assert v.derived[0].disagrees is disagrees and v.derived[0].direct == direct
    report = evaluate(kb, v, "en")
    assert report.derived[0].disagrees is disagrees


def test_an_unknown_input_leaves_the_share_unknown_and_figures_that_cannot_be_are_not_used(kb: KnowledgeBase) -> None:
    v = validate(kb, rec({"digital_form_hours_week": 18, "digital_work_hours_week": "unknown"}), "zh")
    assert v.answers.get("digital_form_time_pct") is None and v.derived[0].value is None
    v = validate(kb, rec({"digital_form_hours_week": 60, "digital_work_hours_week": 40}), "zh")  # 150%
    assert v.answers.get("digital_form_time_pct") is None and v.derived[0].out_of_range


def test_the_consultation_asks_the_share_once_and_takes_the_hours_there(kb: KnowledgeBase) -> None:
    """One prompt for the share (consult/shares.py): the hours typed there as `18/40` are saved as the
    hours; neither hours question is asked on its own, and the share is not asked again."""
    c = Consultation(kb, "zh", county={"id": "c"})
    asked = []
    while (q := c.next_question()) is not None:
        asked.append(q.id)
        typed = f"{HOURS['digital_form_hours_week']}/{HOURS['digital_work_hours_week']}"
        assert c.answer(q, typed if q.id == "digital_form_time_pct" else "不知道") is None
    assert asked.count("digital_form_time_pct") == 1
    assert "digital_form_hours_week" not in asked and "digital_work_hours_week" not in asked
    assert {k: c.raw[k] for k in HOURS} == HOURS


def test_the_consultation_asks_the_share_when_the_hours_are_unknown(kb: KnowledgeBase) -> None:
    c = Consultation(kb, "zh", county={"id": "c"})
    asked = []
    while (q := c.next_question()) is not None:
        asked.append(q.id)
        c.answer(q, "不知道")
    assert "digital_form_time_pct" in asked and "digital_work_hours_week" not in asked
