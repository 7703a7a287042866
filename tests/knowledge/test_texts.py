"""`diagnose kb export --texts`: every id a lean report holds is found there, with its texts in both
languages and its quotes as the knowledge base has them."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import RULES

from diagnose.cli import main
from diagnose.knowledge.base import KnowledgeBase

EXAMPLES = sorted((RULES.parent / "examples").glob("*.json"))


def test_every_id_of_a_lean_report_has_its_texts(kb: KnowledgeBase) -> None:
    runner = CliRunner()
    texts = json.loads(runner.invoke(main, ["kb", "export", "--texts"]).stdout)
    lines = "".join(json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False) + "\n" for p in EXAMPLES)
    lean = [
        json.loads(line)
        for line in runner.invoke(main, ["evaluate", "-", "--detail", "lean"], input=lines).stdout.splitlines()
    ]
    assert len(lean) == len(EXAMPLES)
    seen = 0
    for report in lean:
        assert report["knowledge_base"] == texts["knowledge_base"]
        for did, d in report["diagnoses"].items():
            diagnosis = texts["diagnoses"][did]
            assert diagnosis["title"]["zh"] and diagnosis["title"]["en"]
            for sid in d["signs"] + d.get("undetermined", []):
                sign = diagnosis["signs"][sid]
                assert sign["rationale"]["zh"] and sign["rationale"]["en"] and sign["references"]
                seen += 1
        for qid in report["evidence"]:
            assert texts["questions"][qid]["label"]["en"]
        for mid in [*report["recommendations"], *report.get("contraindicated", {}), *report.get("in_place", {})]:
            assert texts["mechanisms"][mid]["title"]["zh"]
        for did in [*report.get("not_assessed", []), *report.get("ruled_out", {})]:
            assert did in texts["diagnoses"]
    assert seen > 20


def test_texts_keep_the_quotes_and_leave_out_the_logic(kb: KnowledgeBase) -> None:
    texts = json.loads(CliRunner().invoke(main, ["kb", "export", "--texts"]).stdout)
    d = next(iter(kb.diagnoses.values()))
    s = d.signs[0]
    sign = texts["diagnoses"][d.id]["signs"][s.id]
    assert sign["references"][0]["quote"] == s.references[0].quote
    assert "when" not in sign
    assert set(texts["mechanisms"]) == set(kb.mechanisms)
    assert all("when" not in f for m in texts["mechanisms"].values() for f in m.get("suits", []))
    assert set(texts["questions"]) == set(kb.questions)
    assert texts["format"] == "county-diagnose-texts/1"
