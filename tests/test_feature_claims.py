"""Each feature opens with whose claim it checks: a diagnosis's feature with the paper's claim and its quotes
(verbatim, as cited in rules/, which check_quotes holds to the papers); the tool's own features say so."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import RULES, SEEDS

from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.check import quote_found
from diagnose.knowledge.references import references

FEATURES = RULES.parent / "features"
CLAIM = "论文的主张("
OWN = "本工具的约定(不是论文的主张)"
QUOTE = re.compile(r"^引文:「(?P<quote>.+)」——(?P<cite>[^,]+),(?P<locator>.+)$")


def opening(text: str) -> tuple[str, list[str]]:
    """The feature's name and the lines of its description (up to the first blank line or scenario)."""
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("功能:"))
    description = []
    for line in lines[at + 1 :]:
        if not line.strip() or line.strip().startswith("场景:"):
            break
        description.append(line.strip())
    return lines[at].removeprefix("功能:").strip(), description


def problems(kb: KnowledgeBase, text: str) -> list[str]:
    """What is wrong with a feature's opening; the empty list when it is right."""
    name, lines = opening(text)
    out: list[str] = []
    is_diagnosis = name in {d.title.zh for d in kb.diagnoses.values()}
    first = lines[0] if lines else ""
    if not first.startswith(CLAIM) and not (first.startswith(OWN) and not is_diagnosis):
        out.append(f"{name}: the description must open with {CLAIM}…)" + ("" if is_diagnosis else f" or {OWN}"))
    quotes = [line for line in lines if line.startswith("引文")]
    if first.startswith(CLAIM) and (len(lines) < 2 or not lines[1].startswith("引文:")):
        out.append(f"{name}: the claim must be followed by its quote (引文:「…」——出处,章节)")
    cited = {(kb.sources[r.source].cite, r.locator, r.quote): r.source for _, _, r in references(kb)}
    papers = {s.id: SEEDS / s.file for s in kb.sources.values()}
    for line in quotes:
        m = QUOTE.match(line)
        if m is None:
            out.append(f"{name}: not in the form 引文:「…」——出处,章节: {line}")
            continue
        key = (m["cite"], m["locator"], m["quote"])
        if key not in cited:
            out.append(f"{name}: quote not cited so in rules/ (same quote, source and locator): {m['quote'][:30]}")
        elif papers[cited[key]].is_file() and not quote_found(m["quote"], papers[cited[key]].read_text("utf-8")):
            out.append(f"{name}: quote not verbatim in the paper: {m['quote'][:30]}")
    return out


@pytest.mark.parametrize("path", sorted(FEATURES.glob("*.feature")), ids=lambda p: p.stem)
def test_feature_opens_with_whose_claim_it_checks(kb: KnowledgeBase, path: Path) -> None:
    assert problems(kb, path.read_text(encoding="utf-8")) == []


def test_every_diagnosis_has_a_feature_opening_with_the_papers_claim(kb: KnowledgeBase) -> None:
    openings = dict(opening(p.read_text(encoding="utf-8")) for p in FEATURES.glob("*.feature"))
    for d in kb.diagnoses.values():
        assert d.title.zh in openings, f"no feature named 功能: {d.title.zh}"
        assert openings[d.title.zh][0].startswith(CLAIM)


DIGITAL = (FEATURES / "digital_burden.feature").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda t: t.replace("使得基层治理复杂化", "使基层治理复杂化", 1), "quote not cited so in rules/"),
        (
            lambda t: t.replace("——徐勇等 2025,徐勇「化繁为简」(四)", "——徐勇等 2025,徐勇「化繁为简」(三)", 1),
            "not cited so",
        ),
        (lambda t: re.sub(r"\n  引文:[^\n]*", "", t), "must be followed by its quote"),
        (lambda t: t.replace("论文的主张(", OWN + "(", 1), "must open with 论文的主张"),
        (lambda t: t.replace("——徐勇等 2025,", " 徐勇等 2025 ", 1), "not in the form"),
    ],
    ids=["altered quote", "wrong locator", "no quote", "diagnosis as the tool's own", "malformed"],
)
def test_a_seeded_defect_in_an_opening_is_caught(
    kb: KnowledgeBase, change: Callable[[str], str], expected: str
) -> None:
    changed = change(DIGITAL)
    assert changed != DIGITAL
    found = problems(kb, changed)
    assert any(expected in p for p in found), found
