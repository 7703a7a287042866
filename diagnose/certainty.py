"""How evidence combines (MYCIN certainty factors) and how a diagnosis is decided under unknowns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .conditions import Truth
from .models import Diagnosis

ROUND = 4


def combine(cfs: Iterable[float]) -> float:
    """MYCIN's combination of positive evidence, x + y(1 − x), applied in a fixed order."""
    total = 0.0
    for cf in sorted(cfs):
        total = total + cf * (1 - total)
    return total


@dataclass(frozen=True)
class Decision:
    status: str  # reached | not_assessed | absent | not_applicable
    certainty: float  # from the signs that hold
    possible: float  # if every undetermined sign held
    severity: str | None
    true_signs: tuple[str, ...]
    undetermined_signs: tuple[str, ...]


def decide(diag: Diagnosis, applies: Truth, signs: Mapping[str, Truth]) -> Decision:
    """Reached when the signs that hold reach `watch`; not assessed when only unknowns could get it there."""
    true_signs = tuple(s.id for s in diag.signs if signs.get(s.id) is True)
    open_signs = tuple(s.id for s in diag.signs if signs.get(s.id) is None)
    cf = {s.id: s.certainty for s in diag.signs}
    low = combine(cf[s] for s in true_signs)
    high = combine(cf[s] for s in true_signs + open_signs)
    band = diag.severity.band(low)
    if applies is False:
        status = "not_applicable"
    elif applies is None:
        status = "not_assessed" if diag.severity.band(high) else "absent"
    elif band:
        status = "reached"
    elif diag.severity.band(high):
        status = "not_assessed"
    else:
        status = "absent"
    return Decision(
        status=status,
        certainty=round(low, ROUND),
        possible=round(high, ROUND),
        severity=band if status == "reached" else None,
        true_signs=true_signs,
        undetermined_signs=open_signs,
    )
