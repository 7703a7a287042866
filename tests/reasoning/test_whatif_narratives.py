"""Issue 21's Done-when on the narrative suite: for every diagnosis the counties of
features/narratives/ reach, `--clear` gives a verified patch or a reason (with the default fixed
questions); the share with a patch is printed for the note."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import names
import pytest

from diagnose.answers.validate import validate
from diagnose.batch.evaluate import evaluate_item
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.reasoning import whatif
from diagnose.report.model import Report

FEATURE = Path(__file__).resolve().parents[2] / "features" / "narratives" / "county_narratives.feature"


def counties(kb: KnowledgeBase) -> list[tuple[str, dict[str, Any]]]:
    """Each scenario's facts as a record, read from its table as the narrative steps read it."""
    out = []
    for block in FEATURE.read_text(encoding="utf-8").split("场景:")[1:]:
        title = block.splitlines()[0].strip()
        answers: dict[str, Any] = {}
        for line in block.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.strip().startswith("|") else []
            if len(cells) == 3 and cells != ["事实", "问题", "回答"]:
                qid = names.question(kb, cells[1])
                answers[qid] = names.answer(kb, qid, cells[2])
        out.append((title, {"county": {"id": re.sub(r"\W", "", title)[:12] or "n"}, "answers": answers}))
    return out


def test_every_reached_diagnosis_gets_a_patch_or_a_reason(
    kb: KnowledgeBase, capsys: pytest.CaptureFixture[str]
) -> None:
    found = patched = 0
    for title, record in counties(kb):
        report = evaluate_item(kb, Item(1, value=record), "en")
        assert isinstance(report, Report), title
        answers = validate(kb, record, "en").answers
        for d in report.diagnoses:
            w = whatif.answer(kb, record["county"], answers, d.id, "clear")
            found += 1
            assert w.patches or w.reason is not None, (title, d.id)
            patched += bool(w.patches)
    assert found >= 12  # the suite reaches diagnoses in most of its counties
    with capsys.disabled():
        print(f"\nnarrative suite: {patched} of {found} reached diagnoses get a patch, the rest a reason")
