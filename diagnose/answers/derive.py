"""Derived answers: a question with a `calculate:` formula gets its value from the answers it reads
(e.g. the share of grid staff who mainly serve, from the two counts an office holds). A direct answer
wins; one that disagrees with its inputs is flagged, and inputs that give a value outside the question's
range are flagged and give none."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from diagnose.answers.record import shown
from diagnose.knowledge import formula
from diagnose.knowledge.base import KnowledgeBase

# The tool's own tolerance for a direct answer against its inputs: officials round shares to whole
# points, so a difference within 1 (or 2% of the value, when larger) is agreement.
TOLERANCE_ABS = 1.0
TOLERANCE_REL = 0.02


@dataclass(frozen=True)
class Derivation:
    question: str
    formula: str
    inputs: dict[str, Any]  # the answers it read (None: unknown or unanswered)
    value: float | None  # worked out from the inputs; None when one is unknown or a divisor is 0
    direct: Any = None  # the direct answer, when the county gave one too
    disagrees: bool = False
    out_of_range: bool = False
    tally: dict[str, Any] | None = None  # an aggregate over a repeat group: {group, passed, total, unknown}


def _number(v: Any) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _tidy(v: float) -> int | float:
    v = round(v, 6)
    return int(v) if v.is_integer() else v


def derive(kb: KnowledgeBase, answers: dict[str, Any]) -> tuple[dict[str, Any], list[Derivation]]:
    """The answers with every derived value that could be worked out filled in, and how each was."""
    if not kb.derived:
        return answers, []
    out = dict(answers)
    trail: list[Derivation] = []
    for q in kb.derived:
        f = q.derivation()
        assert f is not None
        reads = formula.questions(f)
        numbers = {i: n for i in reads if (n := _number(out.get(i))) is not None}
        if not numbers:
            continue  # none of its inputs is known (missing and unknown alike): nothing to derive or check
        value = formula.evaluate(f, numbers)
        lo, hi = q.bounds()
        outside = value is not None and ((lo is not None and value < lo) or (hi is not None and value > hi))
        direct = _number(out.get(q.id))
        disagrees = (
            direct is not None
            and value is not None
            and not outside
            and abs(direct - value) > max(TOLERANCE_ABS, TOLERANCE_REL * abs(value))
        )
        if value is not None and not outside and out.get(q.id) is None:  # a direct answer, even a range, wins
            out[q.id] = _tidy(value)
        trail.append(
            Derivation(
                question=q.id,
                formula=formula.text(f),
                inputs={i: shown(out.get(i)) for i in reads},  # a range as written beside its interval
                value=None if value is None else _tidy(value),
                direct=out.get(q.id) if direct is not None else None,
                disagrees=disagrees,
                out_of_range=outside,
            )
        )
    return out, trail
