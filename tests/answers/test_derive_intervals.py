"""Derived questions over approximate inputs: the value is an interval, which the signs test three-valued."""

from __future__ import annotations

from typing import Any

import pytest

from diagnose.answers.record import IntervalAnswer
from diagnose.answers.validate import validate
from diagnose.batch.evaluate import evaluate_item
from diagnose.engine import direct
from diagnose.engine.compiled import compiled
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.interval import Interval
from diagnose.report.model import Report

SIGN = ("digital_burden", "cadre_time_on_forms")  # digital_form_time_pct ≥ 30


def _answers(hours: Any, week: Any, **more: Any) -> dict[str, Any]:
    return {"digital_form_hours_week": hours, "digital_work_hours_week": week, **more}


@pytest.mark.parametrize(
    ("hours", "week", "interval", "holds"),
    [
        ("约18", "40-44", Interval(100 * 16.2 / 44, 100 * 19.8 / 40), True),  # [36.8, 49.5] ≥ 30 throughout
        ("约12", "40-44", Interval(100 * 10.8 / 44, 100 * 13.2 / 40), None),  # [24.5, 33] straddles 30
        ("不到10", 40, Interval(0, 25, False, True), False),  # [0, 10) of 40: below 30 throughout
        (12, {"min": 40, "max": 40}, None, True),  # a range of one value: exact, 30 itself
    ],
)
def test_a_derived_value_from_intervals(kb: KnowledgeBase, hours: Any, week: Any, interval: Any, holds: Any) -> None:
    # the sign's other way in (a village's cadres mostly on forms) answered as not holding, so this one decides
    other = {"digital_village_cadres": 4, "digital_cadres_on_forms": 0}
    record = validate(kb, {"county": {"id": "d"}, "answers": _answers(hours, week, **other)}, "en")
    value = record.answers["digital_form_time_pct"]
    if interval is None:
        assert value == 30
    else:
        assert isinstance(value, Interval)
        assert (value.lo, value.hi, value.lo_open, value.hi_open) == pytest.approx(
            (interval.lo, interval.hi, interval.lo_open, interval.hi_open)
        )
    sign = SIGN[1]
    assert direct.run(kb, record.answers).signs[SIGN[0]][sign] is holds
    assert compiled(kb).run(record.answers).signs[SIGN[0]][sign] is holds


def test_the_report_shows_the_derived_interval_and_the_borderline_sign(kb: KnowledgeBase) -> None:
    report = evaluate_item(kb, Item(1, value={"county": {"id": "d"}, "answers": _answers("约12", "40-44")}), "en")
    assert isinstance(report, Report)
    (derived,) = report.derived
    assert isinstance(derived.value, IntervalAnswer) and derived.value.max == 33
    assert [b.question for b in report.borderline] == ["digital_form_time_pct"]


def test_a_direct_answer_wins_and_one_outside_the_interval_disagrees(kb: KnowledgeBase) -> None:
    agrees = validate(kb, {"county": {"id": "d"}, "answers": _answers("约12", "40-44", digital_form_time_pct=28)}, "en")
    assert agrees.answers["digital_form_time_pct"] == 28 and not agrees.derived[0].disagrees
    apart = validate(kb, {"county": {"id": "d"}, "answers": _answers("约12", "40-44", digital_form_time_pct=60)}, "en")
    assert apart.answers["digital_form_time_pct"] == 60 and apart.derived[0].disagrees
