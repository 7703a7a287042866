"""Rationales that speak more firmly than the quotes they rest on, for a person to review.

A word list is enough here: a quote that says 可能/容易/往往 is hedged; a rationale that says 必然/会导致
is firm. `diagnose kb check --hedges` lists a rationale whose modal strength exceeds its quotes': it
hedges nothing although one of its quotes hedges, or it uses a firm word none of its quotes uses; and
an English text that drops a hedge its Chinese keeps. It is a review list, not a verdict: the listing
never changes the exit status of `kb check`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from diagnose.knowledge.findings import Finding
from diagnose.knowledge.models import Reference, Text
from diagnose.knowledge.say import say

if TYPE_CHECKING:
    from diagnose.knowledge.base import KnowledgeBase

# Both scripts: the papers are in traditional and simplified, the rationales in simplified.
HEDGES = (
    "可能|容易|往往|或許|或许|也許|也许|未必|不一定|一定程度|某些|常常|時常|时常|多半|大多|"
    "易於|易于|傾向|倾向|難免|难免|恐怕|風險|风险|隱患|隐患|警惕"
)
FIRM = (
    "必然|必定|一定會|一定会|必將|必将|勢必|势必|注定|總是|总是|都會|都会|會帶來|会带来|會導致|会导致|"
    "決定了|决定了|無疑|无疑|最直接|唯一|根本原因|必須|必须|始終|始终"
)
_HEDGE = re.compile(HEDGES)
_FIRM = re.compile(FIRM)
_NOT_HEDGES = re.compile("不可能|尽可能|盡可能")  # a firm negative, or "as far as possible": not hedges
_NOT_FIRM = re.compile("并非总是|並非總是|不总是|不總是|未必都会")  # a negated firm word is not firm
_EN_HEDGE = re.compile(
    r"\b(may|might|can|could|often|tends?|tend(ed|ing)|likely|possible|possibly|risks?|some|sometimes|perhaps)\b",
    re.I,
)


def hedge_word(text: str) -> str | None:
    """The first hedge in a Chinese text, if any."""
    found = _HEDGE.search(_NOT_HEDGES.sub("", text))
    return found.group(0) if found else None


def firm_word(text: str) -> str | None:
    """The first firm modal in a Chinese text, if any."""
    found = _FIRM.search(_NOT_FIRM.sub("", text))
    return found.group(0) if found else None


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
    advice = say("hedge_advice")
    for rel, entry, text, refs in _rationales(kb):
        hedge, firm = hedge_word(text.zh), firm_word(text.zh)
        hedged = next(((r.quote, w) for r in refs if (w := hedge_word(r.quote))), None)
        if hedged and not hedge:
            out.append(
                Finding(
                    rel,
                    entry,
                    say("hedge_paper_hedges", hedge=hedged[1], quote=hedged[0][:30], advice=advice),
                    "review",
                )
            )
        if firm and not any(firm_word(r.quote) for r in refs):
            out.append(
                Finding(
                    rel,
                    entry,
                    say("hedge_too_firm", firm=firm, advice=advice),
                    "review",
                )
            )
        if hedge and not _EN_HEDGE.search(text.en):
            out.append(Finding(rel, entry, say("hedge_en_missing", hedge=hedge), "review"))
    return out
