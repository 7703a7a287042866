"""Derived answers: a question with a `calculate:` formula gets its value from the answers it reads
(e.g. the share of grid staff who mainly serve, from the two counts an office holds). A direct answer
wins; one that disagrees with its inputs is flagged, and inputs that give a value outside the question's
range are flagged and give none."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from diagnose.answers.record import IntervalAnswer, shown
from diagnose.knowledge import formula
from diagnose.knowledge.base import KnowledgeBase, once_per_base
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.models import Question

# The tool's own tolerance for a direct answer against its inputs: officials round shares to whole
# points, so a difference within 1 (or 2% of the value, when larger) is agreement.
TOLERANCE_ABS = 1.0
TOLERANCE_REL = 0.02


@dataclass(frozen=True)
class Derivation:
    question: str
    formula: str
    inputs: dict[str, Any]  # the answers it read (None: unknown or unanswered)
    value: float | IntervalAnswer | None  # worked out; an interval from approximate inputs; None when one is
    # unknown or a divisor can be 0
    direct: Any = None  # the direct answer, when the county gave one too
    disagrees: bool = False
    out_of_range: bool = False
    tally: dict[str, Any] | None = None  # an aggregate over a repeat group: {group, passed, total, unknown}


def _number(v: Any) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _input(v: Any) -> float | Interval | None:
    """A formula's input: a number, or an approximate answer's interval."""
    return v if isinstance(v, Interval) else _number(v)


BOUND_DECIMALS = 9  # as answers/validate.py keeps an interval's bounds (engine/facts.py relies on it)


def _within(q: Question, iv: Interval) -> Interval | None:
    """A derived interval clipped to the question's range, its bounds rounded as an answer's are; None
    when no part of it lies in the range."""
    q_lo, q_hi = q.bounds()
    lo = None if iv.lo is None else _bound(iv.lo)
    hi = None if iv.hi is None else _bound(iv.hi)
    lo_open, hi_open = iv.lo_open, iv.hi_open
    if q_lo is not None and (lo is None or lo < q_lo):
        lo, lo_open = _bound(q_lo), False
    if q_hi is not None and (hi is None or hi > q_hi):
        hi, hi_open = _bound(q_hi), False
    clipped = Interval(lo, hi, lo_open, hi_open)
    return None if clipped.empty else clipped


def _bound(v: float) -> int | float:
    v = round(float(v), BOUND_DECIMALS)
    return int(v) if v.is_integer() else v


def _outside(q: Question, value: float | Interval) -> bool:
    """The value (every value of the interval) lies outside the question's range."""
    lo, hi = q.bounds()
    if isinstance(value, Interval):
        return _within(q, value) is None
    return (lo is not None and value < lo) or (hi is not None and value > hi)


def _disagrees(direct: float, value: float | Interval) -> bool:
    """The direct answer lies beyond rounding of the worked-out value (of every value of the interval)."""
    if not isinstance(value, Interval):
        return abs(direct - value) > max(TOLERANCE_ABS, TOLERANCE_REL * abs(value))
    below = value.lo is not None and direct < value.lo - max(TOLERANCE_ABS, TOLERANCE_REL * abs(value.lo))
    above = value.hi is not None and direct > value.hi + max(TOLERANCE_ABS, TOLERANCE_REL * abs(value.hi))
    return below or above


def _tidy(v: float) -> int | float:
    v = round(float(v), 6)
    return int(v) if v.is_integer() else v


_plans: dict[int, tuple[KnowledgeBase, list[tuple[Question, formula.Formula, list[str], str]]]] = {}


def _formulas(kb: KnowledgeBase) -> list[tuple[Question, formula.Formula, list[str], str]]:
    """Each derived question with its formula, the questions it reads and its text, worked out once per
    knowledge base rather than once per county (a batch's counties each went through them all: a tenth
    of `evaluate --detail lean`, profiled)."""

    def build() -> list[tuple[Question, formula.Formula, list[str], str]]:
        plan = []
        for q in kb.derived:
            f = q.derivation()
            assert f is not None
            plan.append((q, f, formula.questions(f), formula.text(f)))
        return plan

    return once_per_base(_plans, kb, build)


def derive(kb: KnowledgeBase, answers: dict[str, Any]) -> tuple[dict[str, Any], list[Derivation]]:
    """The answers with every derived value that could be worked out filled in, and how each was."""
    if not kb.derived:
        return answers, []
    out = dict(answers)
    trail: list[Derivation] = []
    for q, f, reads, written in _formulas(kb):
        numbers: dict[str, float | Interval] = {}
        for i in reads:  # _input, inlined: 12 formulas a county
            v: Any = out.get(i)
            cls = v.__class__
            if cls is int or cls is float:
                numbers[i] = float(v)
            elif cls is Interval:
                numbers[i] = v
            elif v is not None and (n := _input(v)) is not None:  # any other number (a subclass)
                numbers[i] = n
        if not numbers:
            continue  # none of its inputs is known (missing and unknown alike): nothing to derive or check
        # an input unknown leaves the whole formula without a value (formula.evaluate: no operator makes
        # one of None), so the tree is walked only when every input is known
        value = formula.evaluate(f, numbers) if len(numbers) == len(reads) else None
        if isinstance(value, Interval):
            value = _within(q, value) or value  # clipped to the range (left whole when wholly outside it)
        outside = value is not None and _outside(q, value)
        direct = _number(out.get(q.id))
        disagrees = direct is not None and value is not None and not outside and _disagrees(direct, value)
        if value is not None and not outside and out.get(q.id) is None:  # a direct answer, even a range, wins
            out[q.id] = value if isinstance(value, Interval) else _tidy(value)
        trail.append(
            Derivation(
                question=q.id,
                formula=written,
                inputs={i: shown(out.get(i)) for i in reads},  # a range as written beside its interval
                value=None
                if value is None
                else IntervalAnswer.of(value)
                if isinstance(value, Interval)
                else _tidy(value),
                direct=out.get(q.id) if direct is not None else None,
                disagrees=disagrees,
                out_of_range=outside,
            )
        )
    return out, trail
