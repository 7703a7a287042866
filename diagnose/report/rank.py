"""The order of recommendations, and so their numbers: one key, documented in docs/reasoning.md.

Priority first (the combined certainty of the diagnoses a mechanism answers, plus its fits). Ties are
broken by what a reader would weigh next: the strongest single diagnosis it answers, then how many
diagnoses it answers, then who can act (the county on its own before the county with higher levels,
before higher levels alone), and the mechanism's id only as the last resort, so that the order never
depends on the order of files.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from diagnose.report.model import RecommendationOut

LEVEL_ORDER = {"county": 0, "shared": 1, "higher": 2}


Key = tuple[float, float, int, int, str]


def recommendation_key(rec: RecommendationOut, strength: Mapping[str, float]) -> Key:
    """Sort key of a recommendation; `strength` is each reached diagnosis's certainty, by id."""
    return key_of(rec.priority, rec.addresses, rec.level, rec.mechanism, strength)


def key_of(priority: float, addresses: Sequence[str], level: str, mechanism: str, strength: Mapping[str, float]) -> Key:
    """The same key from its parts (the lean report ranks without building RecommendationOut)."""
    strongest = max((strength.get(d, 0.0) for d in addresses), default=0.0)
    return (-priority, -strongest, -len(addresses), LEVEL_ORDER[level], mechanism)
