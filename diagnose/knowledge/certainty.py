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
    lent: tuple[float, ...] = ()  # the certainty each true sign lent (its band's, for a sign with bands)


class Decider:
    """One diagnosis's decision rule with its signs, certainties and bands read once (the engine decides
    every diagnosis of every county; `decide` builds one per call).

    A sign with graded bands (models.Bands) lends the certainty of the highest band that holds (its own
    below the first); `band_truths` gives each band's truth, signs in order, bands in order. Without
    them, a sign's bands are taken as undetermined: it lends its own certainty and could lend its top one."""

    def __init__(self, diag: Diagnosis) -> None:
        self.sign_ids = tuple(s.id for s in diag.signs)
        self.certainties = tuple(s.certainty for s in diag.signs)
        self.band_cfs = tuple(tuple(cf for cf, _ in s.band_conditions()) for s in diag.signs)
        self.n_bands = sum(len(b) for b in self.band_cfs)
        bands = diag.severity
        self.bands = (("severe", bands.severe - 1e-9), ("warning", bands.warning - 1e-9), ("watch", bands.watch - 1e-9))

    def band(self, certainty: float) -> str | None:
        for name, floor in self.bands:
            if certainty >= floor:
                return name
        return None

    def _lent(self, band_truths: Sequence[Truth] | None) -> tuple[list[float], list[float]]:
        """Per sign: the certainty it lends if it holds (bands that hold), and the most it could (bands not false)."""
        if not self.n_bands:
            return list(self.certainties), list(self.certainties)
        truths = list(band_truths) if band_truths is not None else [None] * self.n_bands
        low, high, k = [], [], 0
        for base, cfs in zip(self.certainties, self.band_cfs, strict=True):
            mine = truths[k : k + len(cfs)]
            k += len(cfs)
            low.append(max([base, *(cf for cf, v in zip(cfs, mine, strict=True) if v is True)]))
            high.append(max([base, *(cf for cf, v in zip(cfs, mine, strict=True) if v is not False)]))
        return low, high

    def __call__(self, applies: Truth, truths: Sequence[Truth], band_truths: Sequence[Truth] | None = None) -> Decision:
        """Decide from the truth of each sign, in the diagnosis's order of signs (and of each band)."""
        true_signs = tuple(s for s, v in zip(self.sign_ids, truths, strict=True) if v is True)
        open_signs = tuple(s for s, v in zip(self.sign_ids, truths, strict=True) if v is None)
        cf_low, cf_high = self._lent(band_truths)
        lent = tuple(cf for cf, v in zip(cf_low, truths, strict=True) if v is True)
        low = combine(lent)
        high = combine(cf for cf, v in zip(cf_high, truths, strict=True) if v is not False)
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
            lent=lent if self.n_bands else (),
        )


def decide(
    diag: Diagnosis, applies: Truth, signs: Mapping[str, Truth], bands: Sequence[Truth] | None = None
) -> Decision:
    """Reached when the signs that hold reach `watch`; not assessed when only unknowns could get it there.
    `bands`: the truth of each graded band (Decider), when the diagnosis has any."""
    decider = Decider(diag)
    return decider(applies, [signs.get(s) for s in decider.sign_ids], bands)
