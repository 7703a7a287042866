"""Aggregate formulas over a repeat group: parsing, the interval an undetermined item leaves, kb check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diagnose.knowledge import aggregate
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.load import check_all, default_rules_dir


def items(*pairs: tuple[bool | None, bool | None]) -> list[dict[str, bool | None]]:
    return [{"t": t, "a": a} for t, a in pairs]


def test_share_of_items_where_a_yes_no_holds() -> None:
    tally = aggregate.evaluate(aggregate.parse("share(t)"), items((True, None), (False, None), (True, None)))
    assert (tally.passed, tally.total, tally.unknown, tally.value) == (2, 3, 0, 66.67)


def test_an_unknown_item_makes_the_share_an_interval_not_a_guess() -> None:
    tally = aggregate.evaluate(aggregate.parse("share(t)"), items((True, None), (None, None), (False, None)))
    assert tally.value == Interval(33.33, 66.67) and tally.unknown == 1
    nothing = aggregate.evaluate(aggregate.parse("share(t)"), items((None, None), (None, None)))
    assert nothing.value is None  # unknown, not the widest interval


def test_share_among_items_where_a_second_test_holds() -> None:
    agg = aggregate.parse("share(t, a)")
    # (T,T) counts; (F,T) lowers; (T,F) is outside; (U,T) either way; (T,U) in or out
    tally = aggregate.evaluate(agg, items((True, True), (False, True), (True, False), (None, True), (True, None)))
    assert tally.value == Interval(33.33, 75)
    assert aggregate.evaluate(agg, items((True, False))).value is None  # no item admitted: no share


def test_comparisons_and_not_and_or_in_tests() -> None:
    agg = aggregate.parse("count(y >= 2 and not m)")
    tally = aggregate.evaluate(agg, [{"y": 3, "m": False}, {"y": 1, "m": False}, {"y": 5, "m": None}])
    assert tally.value == Interval(1, 2)
    assert aggregate.evaluate(aggregate.parse("any(m)"), [{"m": False}, {"m": None}]).value is None
    assert aggregate.evaluate(aggregate.parse("any(m)"), [{"m": False}, {"m": True}]).value is True
    assert aggregate.evaluate(aggregate.parse("any(m)"), [{"m": False}]).value is False


@pytest.mark.parametrize(
    "text", ["share()", "share(a, b, c)", "count(a + 1)", "share(a, among=b)", "share(a > b)", "sum(a)", "share(a"]
)
def test_malformed_aggregates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        aggregate.parse(text)


truth = st.sampled_from([True, False, None])


@given(st.lists(st.tuples(truth, truth), max_size=8))
def test_the_interval_holds_every_way_the_undetermined_items_could_go(
    pairs: list[tuple[bool | None, bool | None]],
) -> None:
    """Brute force: every completion of the unknowns gives a share inside the interval, and its ends are reached."""
    value = aggregate.evaluate(aggregate.parse("share(t, a)"), items(*pairs)).value
    shares = set()
    n = len(pairs)
    unknown_slots = [(i, k) for i, p in enumerate(pairs) for k in (0, 1) if p[k] is None]
    for mask in range(2 ** len(unknown_slots)):
        filled = [list(p) for p in pairs]
        for bit, (i, k) in enumerate(unknown_slots):
            filled[i][k] = bool(mask >> bit & 1)
        den = sum(1 for i in range(n) if filled[i][1])
        if den:
            shares.add(round(100 * sum(1 for i in range(n) if filled[i][1] and filled[i][0]) / den, 2))
    if not shares or all(t is None for t, _ in pairs):  # no item says anything: unknown
        assert value is None
    elif isinstance(value, Interval):
        assert value.lo == min(shares) and value.hi == max(shares)
    else:
        assert shares == {value}


def _rules_copy(tmp_path: Path) -> Path:
    root = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), root)
    return root


def test_kb_check_names_an_unknown_or_mistyped_item_question_with_line_and_column(tmp_path: Path) -> None:
    root = _rules_copy(tmp_path)
    path = root / "questionnaire" / "innovation.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("calculate: share(innov_p_plan)", "calculate: share(innov_p_plann)")
    text = text.replace("calculate: share(innov_p_borrowed)", "calculate: share(innov_p_years)")
    path.write_text(text, encoding="utf-8")
    _, findings = check_all(root)
    errors = [str(f) for f in findings if f.level == "error"]
    lines = text.splitlines()
    assert any(
        "innov_with_plan_pct.calculate: 'innov_p_plann' is unknown" in e and "innov_p_plan" in e for e in errors
    ), errors
    [plann] = [e for e in errors if "innov_p_plann" in e]
    line = int(plann.split(":")[1])
    assert "share(innov_p_plann)" in lines[line - 1]
    assert any("'innov_p_years' is a number question" in e for e in errors), errors


def test_kb_check_refuses_an_aggregate_of_the_wrong_type_for_its_question(tmp_path: Path) -> None:
    root = _rules_copy(tmp_path)
    path = root / "questionnaire" / "innovation.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("calculate: any(innov_p_leader_moved)", "calculate: share(innov_p_leader_moved)"))
    _, findings = check_all(root)
    errors = [str(f) for f in findings if f.level == "error"]
    assert any("innov_leader_moved" in e and "gives a percent, not a yes_no" in e for e in errors), errors


def test_kb_check_refuses_an_aggregate_over_a_top_level_question_and_a_duplicate_item_id(tmp_path: Path) -> None:
    root = _rules_copy(tmp_path)
    path = root / "questionnaire" / "innovation.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("calculate: share(innov_p_plan)", "calculate: share(innov_overall_plan)")
    text = text.replace("      - id: innov_p_targets\n", "      - id: innov_p_piloted\n")
    path.write_text(text, encoding="utf-8")
    _, findings = check_all(root)
    errors = [str(f) for f in findings if f.level == "error"]
    assert any("'innov_overall_plan' is a question of the top level" in e for e in errors), errors
    assert any("duplicate id 'innov_p_piloted'" in e and "innovation.yaml:" in e for e in errors), errors


def test_ratio_sums_parts_over_wholes_and_an_unknown_part_spans_zero_to_its_whole() -> None:
    agg = aggregate.parse("ratio(p, w)")
    assert aggregate.evaluate(agg, [{"p": 30, "w": 50}, {"p": 10, "w": 50}]).value == 40
    tally = aggregate.evaluate(agg, [{"p": 30, "w": 50}, {"p": None, "w": 50}])
    assert tally.value == Interval(30, 80) and tally.unknown == 1 and tally.sums == (30, 80, 100)
    assert aggregate.evaluate(agg, [{"p": 30, "w": 50}, {"p": 5, "w": None}]).value is None  # a whole unknown
    assert aggregate.evaluate(agg, [{"p": 0, "w": 0}]).value is None  # nothing spent: no share
    assert aggregate.evaluate(agg, [{"p": Interval(10, 20), "w": 50}]).value == Interval(20, 40)
