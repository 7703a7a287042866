"""Intervals against thresholds: three-valued, open and closed ends, equal bounds, no bound."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diagnose.knowledge import conditions
from diagnose.knowledge.interval import Interval, truth

X = 60


@pytest.mark.parametrize(
    ("iv", "expected"),
    [
        # op:           gte    gt     lte    lt     eq     ne
        (Interval(50, 70), (None, None, None, None, None, None)),
        (Interval(60, 70), (True, None, None, False, None, None)),  # closed at the threshold
        (Interval(60, 70, lo_open=True), (True, True, False, False, False, True)),  # open at it
        (Interval(50, 60), (None, False, True, None, None, None)),
        (Interval(50, 60, hi_open=True), (False, False, True, True, False, True)),
        (Interval(60, 60), (True, False, True, False, True, False)),  # equal bounds: an exact 60
        (Interval(61, 61), (True, True, False, False, False, True)),
        (Interval(None, 59), (False, False, True, True, False, True)),  # no lower bound
        (Interval(None, 70), (None, None, None, None, None, None)),
        (Interval(70, None), (True, True, False, False, False, True)),  # no upper bound
        (Interval(60, None, lo_open=True), (True, True, False, False, False, True)),
        (Interval(None, None), (None, None, None, None, None, None)),
    ],
)
def test_each_comparison_at_the_threshold(iv: Interval, expected: tuple) -> None:
    got = tuple(truth(op, iv, X) for op in ("gte", "gt", "lte", "lt", "eq", "ne"))
    assert got == expected


def test_an_interval_of_one_value_decides_as_the_number() -> None:
    for value in (59, 60, 61):
        for op in conditions.COMPARISONS:
            assert truth(op, Interval(value, value), X) == conditions.compare(op, value, X)


def test_conditions_combine_interval_tests_in_kleene_logic() -> None:
    answers = {"a": Interval(50, 70), "b": 10}
    straddled = conditions.parse({"q": "a", "gte": 60})
    assert conditions.evaluate(straddled, answers) is None
    assert (
        conditions.evaluate(conditions.parse({"all": [{"q": "a", "gte": 60}, {"q": "b", "gt": 20}]}), answers) is False
    )
    assert (
        conditions.evaluate(conditions.parse({"any": [{"q": "a", "gte": 60}, {"q": "b", "lt": 20}]}), answers) is True
    )
    assert conditions.evaluate(conditions.parse({"not": {"q": "a", "gte": 60}}), answers) is None
    assert conditions.evaluate(conditions.parse({"q": "a", "gte": 40}), answers) is True
    assert conditions.live_questions(straddled, answers) == ["a"]


bound = st.integers(-5, 5)


@given(
    lo=bound,
    hi=bound,
    lo_open=st.booleans(),
    hi_open=st.booleans(),
    x=bound,
    op=st.sampled_from(["gte", "gt", "lte", "lt", "eq", "ne"]),
)
def test_three_valued_truth_is_what_the_values_inside_say(
    lo: int, hi: int, lo_open: bool, hi_open: bool, x: int, op: str
) -> None:
    """True when every value inside passes, False when none does, else undetermined: checked on
    quarter steps, fine enough for whole-number bounds and threshold."""
    iv = Interval(min(lo, hi), max(lo, hi), lo_open, hi_open)
    inside = [v / 4 for v in range(-24, 25) if iv.contains(v / 4)]
    if not inside:
        return  # an empty interval is refused before it gets here
    results = {conditions.compare(op, v, x) for v in inside}
    assert truth(op, iv, x) == (results.pop() if len(results) == 1 else None)


def test_interval_notation() -> None:
    assert Interval(20, 30).show() == "[20, 30]"
    assert Interval(130, 140, True, True).show() == "(130, 140)"
    assert Interval(1, None).show() == "[1, ∞)"
    assert Interval(None, 10, hi_open=True).show() == "(−∞, 10)"
    assert Interval(22.5, 27.5, written="约25").as_written() == "约25"
    assert Interval(1, 2, written="a") == Interval(1, 2, written="b")  # what was written takes no part
    assert Interval(1, 1, True, False).empty and not Interval(1, 1).empty and Interval(1, 1).exact
