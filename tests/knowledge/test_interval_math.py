"""Interval arithmetic for derived questions: every result of values from the operands lies in the
result, and each closed end is reached (the result is the tightest interval)."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diagnose.knowledge import formula, interval_math
from diagnose.knowledge.interval import Interval

OPS = {"+": interval_math.add, "-": interval_math.sub, "*": interval_math.mul, "/": interval_math.div}
EXACT = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}


@st.composite
def intervals(draw: Any) -> Interval | int:
    if draw(st.integers(0, 4)) == 0:
        return draw(st.integers(-20, 20))  # an exact operand
    lo, hi = sorted((draw(st.integers(-20, 20)), draw(st.integers(-20, 20))))
    lo_open, hi_open = draw(st.booleans()), draw(st.booleans())
    if lo == hi:
        lo_open = hi_open = False
    return Interval(lo, hi, lo_open, hi_open)


def _points(v: Interval | int) -> list[float]:
    """Values the operand allows: its reached ends, and points just inside open ones."""
    if not isinstance(v, Interval):
        return [float(v)]
    assert v.lo is not None and v.hi is not None
    lo = v.lo + (1e-6 if v.lo_open else 0)
    hi = v.hi - (1e-6 if v.hi_open else 0)
    return [lo, hi, (lo + hi) / 2]


def _holds(result: Any, x: float) -> bool:
    if not isinstance(result, Interval):
        return math.isclose(result, x, abs_tol=1e-9)
    slack = Interval(
        None if result.lo is None else result.lo - 1e-6 * max(1, abs(result.lo)),
        None if result.hi is None else result.hi + 1e-6 * max(1, abs(result.hi)),
    )
    return slack.contains(x)


@settings(max_examples=400, deadline=None)
@given(a=intervals(), b=intervals(), op=st.sampled_from(sorted(OPS)))
def test_every_result_lies_in_the_interval_and_closed_ends_are_reached(a: Any, b: Any, op: str) -> None:
    result = OPS[op](a, b)
    if op == "/" and interval_math.contains_zero(b):
        assert result is None  # a divisor that can be 0 gives no value
        return
    assert result is not None
    values = [EXACT[op](x, y) for x in _points(a) for y in _points(b)]
    assert all(_holds(result, v) for v in values)
    if isinstance(result, Interval):  # a closed end is the result of two reached ends (tightness)
        ends = [
            EXACT[op](x, y)
            for x in (_points(a)[:2] if isinstance(a, Interval) else _points(a))
            for y in (_points(b)[:2] if isinstance(b, Interval) else _points(b))
        ]
        for end, open_ in ((result.lo, result.lo_open), (result.hi, result.hi_open)):
            if end is not None and not open_:
                assert any(math.isclose(end, v, abs_tol=1e-9) for v in ends)


@pytest.mark.parametrize(
    ("a", "op", "b", "expected"),
    [
        (Interval(16.2, 19.8), "/", Interval(40, 44), Interval(16.2 / 44, 19.8 / 40)),
        (1, "/", Interval(0, 5, lo_open=True), Interval(0.2, None)),  # near 0, not at it: unbounded
        (1, "/", Interval(-5, 0, hi_open=True), Interval(None, -0.2)),
        (1, "/", Interval(-5, 5), None),  # the divisor can be 0: unknown
        (1, "/", Interval(0, 5), None),
        (Interval(0, 1), "*", Interval(2, 3, True, True), Interval(0, 3, False, True)),
        (Interval(-2, 3), "*", Interval(-1, 4, True, False), Interval(-8, 12)),
        (Interval(1, 2), "-", Interval(1, 2), Interval(-1, 1)),
        (Interval(1, 2, True, False), "+", 3, Interval(4, 5, True, False)),
        (Interval(3, None), "*", 2, Interval(6, None)),
        (Interval(5, 5), "*", 2, 10.0),  # a single value is a number again
    ],
)
def test_edges(a: Any, op: str, b: Any, expected: Any) -> None:
    assert OPS[op](a, b) == expected


def test_a_formula_over_an_interval_gives_an_interval() -> None:
    f = formula.parse("100 * hours / week")
    assert formula.evaluate(f, {"hours": 12.0, "week": 40.0}) == 30.0  # exact inputs: exact as before
    assert formula.evaluate(f, {"hours": Interval(10.8, 13.2), "week": Interval(40, 44)}) == Interval(
        100 * 10.8 / 44, 100 * 13.2 / 40
    )
    assert formula.evaluate(f, {"hours": 12.0, "week": Interval(0, 44)}) is None
    assert formula.evaluate(formula.parse("-a"), {"a": Interval(1, 2, True)}) == Interval(-2, -1, False, True)
