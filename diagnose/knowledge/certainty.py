"""How evidence combines (MYCIN certainty factors) and how a diagnosis is decided under unknowns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from diagnose.knowledge.conditions import Truth
from diagnose.knowledge.models import Diagnosis

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


class Decider:
    """One diagnosis's decision rule with its signs, certainties and bands read once (the engine decides
    every diagnosis of every county; `decide` builds one per call)."""

    def __init__(self, diag: Diagnosis) -> None:
        self.sign_ids = tuple(s.id for s in diag.signs)
        self.certainties = tuple(s.certainty for s in diag.signs)
        bands = diag.severity
        self.bands = (("severe", bands.severe - 1e-9), ("warning", bands.warning - 1e-9), ("watch", bands.watch - 1e-9))

    def band(self, certainty: float) -> str | None:
        for name, floor in self.bands:
            if certainty >= floor:
                return name
        return None

    def __call__(self, applies: Truth, truths: Sequence[Truth]) -> Decision:
        """Decide from the truth of each sign, in the diagnosis's order of signs."""
        true_signs = tuple(s for s, v in zip(self.sign_ids, truths, strict=True) if v is True)
        open_signs = tuple(s for s, v in zip(self.sign_ids, truths, strict=True) if v is None)
        low = combine(cf for cf, v in zip(self.certainties, truths, strict=True) if v is True)
        high = combine(cf for cf, v in zip(self.certainties, truths, strict=True) if v is not False)
        band = self.band(low)
        if applies is False:
            status = "not_applicable"
        elif applies is None:
            status = "not_assessed" if self.band(high) else "absent"
        elif band:
            status = "reached"
        elif self.band(high):
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


def decide(diag: Diagnosis, applies: Truth, signs: Mapping[str, Truth]) -> Decision:
    """Reached when the signs that hold reach `watch`; not assessed when only unknowns could get it there."""
    decider = Decider(diag)
    return decider(applies, [signs.get(s) for s in decider.sign_ids])
