"""Rationales that speak more firmly than the quotes they rest on, for a person to review.

A word list is enough here: a quote that says 可能/容易/往往 is hedged; a rationale that says 必然/会导致
is firm. `diagnose kb check --hedges` lists every rationale whose modal strength exceeds that of the
least firm of its quotes, and every English text that drops a hedge its Chinese keeps. It is a
review list, not a verdict: the listing never changes the exit status of `kb check`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from diagnose.knowledge.findings import Finding
from diagnose.knowledge.models import Reference, Text

if TYPE_CHECKING:
    from diagnose.knowledge.base import KnowledgeBase

# Both scripts: the papers are in traditional and simplified, the rationales in simplified.
HEDGES = (
    "可能|容易|往往|或許|或许|也許|也许|未必|不一定|一定程度|某些|有的|常常|時常|时常|多半|大多|"
    "易於|易于|傾向|倾向|難免|难免|有時|有时|恐怕|風險|风险|隱患|隐患|警惕"
)
FIRM = (
    "必然|必定|一定會|一定会|必將|必将|勢必|势必|注定|總是|总是|都會|都会|會帶來|会带来|會導致|会导致|"
    "決定了|决定了|無疑|无疑|最直接|唯一|根本原因|必須|必须|始終|始终"
)
_HEDGE = re.compile(HEDGES)
_FIRM = re.compile(FIRM)
_NOT_HEDGES = re.compile("不可能|尽可能|盡可能")  # a firm negative, or "as far as possible": not hedges
_EN_HEDGE = re.compile(r"\b(may|might|can|could|often|tends?|likely|possibly|risks?|some|sometimes)\b", re.I)

HEDGED, PLAIN, FIRMLY = 0, 1, 2


def strength(text: str) -> tuple[int, str]:
    """The modal strength of a Chinese text and the word that decides it."""
    text = _NOT_HEDGES.sub("", text)
    hedge, firm = _HEDGE.search(text), _FIRM.search(text)
    if hedge and not firm:
        return HEDGED, hedge.group(0)
    if firm and not hedge:
        return FIRMLY, firm.group(0)
    return PLAIN, ""


def _rationales(kb: KnowledgeBase) -> Iterator[tuple[str, str, Text, list[Reference]]]:
    for d in kb.diagnoses.values():
        rel = f"diagnoses/{d.id}.yaml"
        yield rel, "description", d.description, d.references
        for s in d.signs:
            yield rel, f"signs.{s.id}.rationale", s.rationale, s.references
        for r in d.recommends:
            yield rel, f"recommends.{r.mechanism}.rationale", r.rationale, r.references
        for c in d.contraindicates:
            yield rel, f"contraindicates.{c.mechanism}.rationale", c.rationale, c.references
    for m in kb.mechanisms.values():
        for kind in ("suits", "unsuitable"):
            for k, fit in enumerate(getattr(m, kind)):
                yield f"mechanisms/{m.id}.yaml", f"{kind}[{k}].rationale", fit.rationale, fit.references


def hedge_findings(kb: KnowledgeBase) -> list[Finding]:
    """Rationales firmer than their quotes, and English that drops the Chinese hedge (level `review`)."""
    out: list[Finding] = []
    for rel, entry, text, refs in _rationales(kb):
        said, word = strength(text.zh)
        if refs:
            quoted = min((strength(r.quote) + (r.quote,) for r in refs), key=lambda x: x[0])
            if said > quoted[0]:
                paper = f"says '{quoted[1]}'" if quoted[1] else "states it plainly"
                mine = f"says '{word}'" if word else "drops the hedge"
                out.append(
                    Finding(
                        rel,
                        entry,
                        f"the rationale {mine} where the paper {paper} (「{quoted[2][:30]}」); "
                        "keep the paper's strength or say the firmer claim is this knowledge base's",
                        "review",
                    )
                )
                continue
        if said == HEDGED and not _EN_HEDGE.search(text.en):
            out.append(
                Finding(rel, entry, f"the Chinese hedges ('{word}') but the English does not; hedge it too", "review")
            )
    return out
