"""Approximate answers through validation: JSON ranges and phrases become intervals within the
question's range (whole numbers for counts); what cannot be read is refused, naming the question."""

from __future__ import annotations

import pytest
from test_validate import problems, rec

from diagnose.answers.validate import validate
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.interval import Interval

GRID = {"grid_in_use": True}


def one(kb: KnowledgeBase, qid: str, value: object) -> object:
    return validate(kb, rec({**GRID, qid: value}), "en").answers[qid]


@pytest.mark.parametrize(
    ("qid", "value", "expected"),
    [
        # a percentage keeps open ends and is clipped to 0–100
        ("grid_patrol_time_pct", {"min": 20, "max": 30}, Interval(20, 30)),
        ("grid_patrol_time_pct", {"min": 20}, Interval(20, 100)),
        ("grid_patrol_time_pct", {"max": 30.5}, Interval(0, 30.5)),
        ("grid_patrol_time_pct", ">50", Interval(50, 100, lo_open=True)),
        ("grid_patrol_time_pct", "不到10%", Interval(0, 10, hi_open=True)),
        ("grid_patrol_time_pct", "约98%", Interval(88.2, 100)),
        ("grid_patrol_time_pct", "大多数", Interval(70, 100, hi_open=True)),
        ("grid_patrol_time_pct", "全部", Interval(100, 100)),
        ("grid_patrol_time_pct", "20~30%", Interval(20, 30)),
        # a count takes the whole numbers inside; an approximation the whole numbers around it
        ("grid_deliberation_count", "130余", Interval(131, 139)),
        ("grid_deliberation_count", "不到10", Interval(0, 9)),
        ("grid_deliberation_count", ">5", Interval(6, None)),
        ("grid_deliberation_count", "至少1次", Interval(1, None)),
        ("grid_deliberation_count", "约25", Interval(22, 28)),
        ("grid_deliberation_count", "约3", Interval(2, 4)),
        ("grid_deliberation_count", "约1", Interval(0, 2)),
        ("grid_deliberation_count", {"min": 2, "max": 2}, Interval(2, 2)),
        ("grid_deliberation_count", "１０～１２", Interval(10, 12)),
    ],
)
def test_approximate_answers_become_intervals(kb: KnowledgeBase, qid: str, value: object, expected: Interval) -> None:
    got = one(kb, qid, value)
    assert isinstance(got, Interval)
    assert (got.lo, got.hi, got.lo_open, got.hi_open) == (expected.lo, expected.hi, expected.lo_open, expected.hi_open)
    assert got.written == (value if isinstance(value, str) else None)


def test_a_count_interval_has_whole_number_bounds(kb: KnowledgeBase) -> None:
    got = one(kb, "grid_deliberation_count", "约25")
    assert isinstance(got, Interval) and isinstance(got.lo, int) and isinstance(got.hi, int)


@pytest.mark.parametrize(
    ("qid", "value", "zh", "en"),
    [
        ("grid_patrol_time_pct", "seventy", "应为数字", "takes a number"),
        ("grid_patrol_time_pct", "70", "应为数字", "takes a number"),  # an exact figure goes as a number
        ("grid_patrol_time_pct", {"min": 30, "max": 20}, "下限不大于上限", "lower not above upper"),
        ("grid_patrol_time_pct", {"min": 1, "foo": 2}, "不是有效的回答对象", "not a valid answer object"),
        ("grid_patrol_time_pct", {}, "不是有效的回答对象", "not a valid answer object"),
        ("grid_patrol_time_pct", {"min": True}, "区间应写作", "write a range as"),
        ("grid_patrol_time_pct", {"min": "20"}, "区间应写作", "write a range as"),
        ("grid_patrol_time_pct", {"min": 20, "max": 120}, "超出允许范围 0–100", "outside the allowed range 0–100"),
        ("grid_patrol_time_pct", "至少120", "超出允许范围", "outside the allowed range"),
        ("grid_patrol_time_pct", ">100", "不含任何可能的值", "allows no value"),
        ("grid_patrol_time_pct", "30-20", "下限大于上限", "lower end above its upper end"),
        ("grid_deliberation_count", "大多数", "不是百分比问题", "not a percentage"),
        ("grid_deliberation_count", "<0", "不含任何可能的值", "allows no value"),
        ("grid_deliberation_count", "约2.5", "非负整数", "whole number"),
        ("grid_deliberation_count", "5多", "不含任何可能的值", "allows no value"),
        ("grid_deliberation_count", "0多", "余/多", "余/多"),
    ],
)
def test_unreadable_approximate_answers_are_refused_by_name(
    kb: KnowledgeBase, qid: str, value: object, zh: str, en: str
) -> None:
    record = rec({**GRID, qid: value})
    [(path, msg_zh)] = problems(kb, record, "zh")
    [(_, msg_en)] = problems(kb, record, "en")
    assert path == f"answers.{qid}"
    assert zh in msg_zh and kb.questions[qid].label.zh in msg_zh
    assert en in msg_en and kb.questions[qid].label.en in msg_en


def test_an_interval_may_carry_a_note_and_a_source(kb: KnowledgeBase) -> None:
    answer = {"min": 20, "max": 30, "note": "各乡镇估计", "source": "2024年台账"}
    v = validate(kb, rec({**GRID, "grid_patrol_time_pct": answer}), "en")
    assert v.answers["grid_patrol_time_pct"] == Interval(20, 30)
    assert v.notes["grid_patrol_time_pct"].source == "2024年台账"


def test_a_gate_answered_approximately_opens_what_it_decides(kb: KnowledgeBase) -> None:
    # innov_project_count gates the innovation shares (> 0): 至少1 opens them, 不到1 (0) closes them
    opened = validate(kb, rec({"innov_project_count": "至少1", "innov_with_plan_pct": 20}), "en")
    assert opened.answers["innov_with_plan_pct"] == 20
    closed = validate(kb, rec({"innov_project_count": "不到1", "innov_with_plan_pct": 20}), "en")
    assert "innov_with_plan_pct" in closed.ignored
