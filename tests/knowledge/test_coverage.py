from __future__ import annotations

import json

from click.testing import CliRunner

from diagnose.cli import main
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.coverage import coverage
from diagnose.knowledge.models import PaperSection, Source


def test_every_paper_is_cited_at_least_five_times(kb: KnowledgeBase) -> None:
    data = coverage(kb)
    assert {p["source"]: p["citations"] >= 5 for p in data["papers"]} == {s: True for s in kb.sources}
    assert data["unmatched_locators"] == []


def test_every_entry_rests_on_named_sections(kb: KnowledgeBase) -> None:
    data = coverage(kb)
    ids = {(e["kind"], e["id"]) for e in data["entries"]}
    assert {("diagnosis", d) for d in kb.diagnoses} <= ids and {("mechanism", m) for m in kb.mechanisms} <= ids
    titles = {s.title for src in kb.sources.values() for s in src.sections}
    assert all(s["section"] in titles for e in data["entries"] for s in e["sections"])


def test_the_most_specific_section_wins() -> None:
    src = Source(
        id="p",
        file="p.txt",
        authors="a",
        title="t",
        venue="v",
        year=2025,
        script="simplified",
        cite="c",
        sections=[
            PaperSection(title="part", match=["实现机制"], start="实现机制"),
            PaperSection(title="sub", match=["任务协同"], start="任务协同"),
        ],
    )
    assert src.section_of("实现机制 · 以任务协同为重点") == "sub"
    assert src.section_of("实现机制") == "part"
    assert src.section_of("别处") is None


def test_coverage_command(kb: KnowledgeBase) -> None:
    text = CliRunner().invoke(main, ["kb", "coverage", "--lang", "en"]).stdout
    assert "Citations per paper" in text and "Sections each mechanism rests on" in text
    data = json.loads(CliRunner().invoke(main, ["kb", "coverage", "--format", "json"]).stdout)
    assert len(data["papers"]) == len(kb.sources)


def test_apparatus_is_not_listed_as_unused(kb: KnowledgeBase) -> None:
    papers = {p["source"]: p for p in coverage(kb)["papers"]}
    wang = papers["wang2025"]
    assert {"section": "參考文獻", "citations": 0} in wang["sections"]  # it still bounds 結論與展望
    assert "參考文獻" not in wang["unused_sections"]
    assert "四 多維互動治理驅動基層社會治理共同體構建的機制(總述)" in papers["he_zhao2023"]["unused_sections"]
