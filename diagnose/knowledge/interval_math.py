"""Arithmetic on approximate answers, for derived questions' formulas: 约18 hours of 40-44 hours a week
gives an interval, which the signs then test three-valued.

Each end is a number (or ±∞ for a missing bound) and whether it is open. The result of + - * / is the
smallest interval holding every result of values taken from the operands, with its ends open exactly
when no such values reach them. A divisor interval that contains 0 gives no value (unknown), as an exact
division by 0 does; one that only comes near 0 (an open end at 0) gives an unbounded result.
"""

from __future__ import annotations

import math

from diagnose.knowledge.interval import Interval, Number

INF = math.inf
End = tuple[float, bool]  # a bound and whether it is open (±∞ always is)


def ends(v: Number | Interval) -> tuple[End, End]:
    """An exact number is the interval of itself."""
    if not isinstance(v, Interval):
        return (float(v), False), (float(v), False)
    lo = (-INF, True) if v.lo is None else (float(v.lo), v.lo_open)
    hi = (INF, True) if v.hi is None else (float(v.hi), v.hi_open)
    return lo, hi


def interval(lo: End, hi: End) -> Number | Interval:
    """Back from ends: a single value is a plain number again, an infinite end a missing bound."""
    if lo == hi and not lo[1] and math.isfinite(lo[0]):
        return lo[0]
    return Interval(
        None if math.isinf(lo[0]) else lo[0],
        None if math.isinf(hi[0]) else hi[0],
        lo[1] and math.isfinite(lo[0]),
        hi[1] and math.isfinite(hi[0]),
    )


def _pick(candidates: list[End], lowest: bool) -> End:
    """The lowest (highest) end among candidates; among equal values a closed one wins (it is reached)."""
    best = min(c[0] for c in candidates) if lowest else max(c[0] for c in candidates)
    return best, all(c[1] for c in candidates if c[0] == best)


def _times(a: End, b: End) -> End:
    (x, ox), (y, oy) = a, b
    if (x == 0 and not ox) or (y == 0 and not oy):
        return 0.0, False  # a reached 0 times anything is a reached 0
    if x == 0 or y == 0:
        return 0.0, True  # 0 approached (open) times anything, ∞ too, only approaches 0
    return x * y, ox or oy


def add(a: Number | Interval, b: Number | Interval) -> Number | Interval:
    (alo, ahi), (blo, bhi) = ends(a), ends(b)
    return interval((alo[0] + blo[0], alo[1] or blo[1]), (ahi[0] + bhi[0], ahi[1] or bhi[1]))


def neg(a: Number | Interval) -> Number | Interval:
    lo, hi = ends(a)
    return interval((-hi[0], hi[1]), (-lo[0], lo[1]))


def sub(a: Number | Interval, b: Number | Interval) -> Number | Interval:
    return add(a, neg(b))


def mul(a: Number | Interval, b: Number | Interval) -> Number | Interval:
    products = [_times(x, y) for x in ends(a) for y in ends(b)]
    return interval(_pick(products, lowest=True), _pick(products, lowest=False))


def contains_zero(v: Number | Interval) -> bool:
    lo, hi = ends(v)
    return (lo[0] < 0 < hi[0]) or (lo[0] == 0 and not lo[1]) or (hi[0] == 0 and not hi[1])


def _over(a: End, b: End, positive: bool) -> End | None:
    """One end divided by one end of a divisor lying on one side of 0 (`positive`: above it); None for
    ∞/∞, which never decides an end (a finite end over ∞ gives the end that does)."""
    (x, ox), (y, oy) = a, b
    if math.isinf(x) and math.isinf(y):
        return None
    if x == 0:
        return 0.0, ox  # 0 (reached or approached) over anything not 0
    if math.isinf(y):
        return 0.0, True  # approaches 0
    if y == 0:  # an open end at 0: the quotient grows without bound
        return (INF if (x > 0) == positive else -INF), True
    return x / y, ox or oy


def div(a: Number | Interval, b: Number | Interval) -> Number | Interval | None:
    """a / b, or None when b can be 0. Each end is divided directly (not multiplied by 1/b), so an exact
    division of the ends gives the same float as dividing the numbers would."""
    if contains_zero(b):
        return None
    positive = ends(b)[0][0] >= 0  # b lies on one side of 0 (an open end may sit at 0)
    quotients = [q for x in ends(a) for y in ends(b) if (q := _over(x, y, positive)) is not None]
    return interval(_pick(quotients, lowest=True), _pick(quotients, lowest=False))
