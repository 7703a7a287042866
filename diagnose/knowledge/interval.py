"""An approximate numeric answer: the range of values it allows, and how it meets a threshold.

It lives beside the condition language (which tests it) rather than with the answers (which make it),
because the knowledge layer must not import the answers layer. An exact answer never becomes one:
`25` stays the number 25; `约25`, `{"min": 20, "max": 30}` or `大多数` become an Interval.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Number = int | float


@dataclass(frozen=True)
class Interval:
    """Values between `lo` and `hi` (None: no bound on that side); an open end excludes the bound itself.

    `written` is the answer as the county wrote it (None for a JSON `{min, max}`): it is kept for the
    report and takes no part in equality, so two answers allowing the same values are equal.
    """

    lo: Number | None
    hi: Number | None
    lo_open: bool = False
    hi_open: bool = False
    written: str | None = field(default=None, compare=False)

    @property
    def exact(self) -> bool:
        """A single value (e.g. a count `约1` read as [1, 1]): it decides every test as an exact answer does."""
        return self.lo is not None and self.lo == self.hi and not (self.lo_open or self.hi_open)

    @property
    def empty(self) -> bool:
        if self.lo is None or self.hi is None:
            return False
        return self.lo > self.hi or (self.lo == self.hi and (self.lo_open or self.hi_open))

    def contains(self, x: Number) -> bool:
        above = self.lo is None or self.lo < x or (self.lo == x and not self.lo_open)
        below = self.hi is None or x < self.hi or (x == self.hi and not self.hi_open)
        return above and below

    def show(self) -> str:
        """Interval notation, e.g. `[20, 30]`, `(130, 140)`, `[1, ∞)`."""

        def num(v: Number) -> str:
            return str(int(v)) if float(v).is_integer() else repr(v)

        left = "(" if self.lo_open or self.lo is None else "["
        right = ")" if self.hi_open or self.hi is None else "]"
        lo = "−∞" if self.lo is None else num(self.lo)
        hi = "∞" if self.hi is None else num(self.hi)
        return f"{left}{lo}, {hi}{right}"

    def as_written(self) -> str:
        return self.written if self.written is not None else self.show()


# Three-valued truth: True, False or None (undetermined).
Truth = bool | None


def _above(iv: Interval, x: Number, strict: bool) -> bool:
    """Every value of the interval is ≥ x (or > x when strict)."""
    if iv.lo is None:
        return False
    return iv.lo > x or (iv.lo == x and (not strict or iv.lo_open))


def _below(iv: Interval, x: Number, strict: bool) -> bool:
    """Every value of the interval is ≤ x (or < x when strict)."""
    if iv.hi is None:
        return False
    return iv.hi < x or (iv.hi == x and (not strict or iv.hi_open))


def truth(op: str, iv: Interval, x: Number) -> Truth:
    """A comparison on an interval: True when every value passes, False when none does, else None."""
    if op == "gte":
        return True if _above(iv, x, strict=False) else False if _below(iv, x, strict=True) else None
    if op == "gt":
        return True if _above(iv, x, strict=True) else False if _below(iv, x, strict=False) else None
    if op == "lte":
        return True if _below(iv, x, strict=False) else False if _above(iv, x, strict=True) else None
    if op == "lt":
        return True if _below(iv, x, strict=True) else False if _above(iv, x, strict=False) else None
    if op in ("eq", "ne"):
        if iv.exact:
            equal: Truth = iv.lo == x
        else:
            equal = None if iv.contains(x) else False
        return equal if op == "eq" or equal is None else not equal
    raise ValueError(f"'{op}' does not apply to a number")
