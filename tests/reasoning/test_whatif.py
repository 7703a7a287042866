"""What-if patches: every patch, applied to the input and re-evaluated, clears or reaches as promised."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import RULES

from diagnose.answers.validate import validate
from diagnose.batch.evaluate import evaluate_item
from diagnose.cli import main
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.load import load
from diagnose.knowledge.models import QuestionType
from diagnose.reasoning.whatif import MAX_CHANGES, candidate_values, search

KB = load(RULES)
EXAMPLES = sorted((RULES.parent / "examples").glob("*.json"))
CASES = [(p.name, d) for p in EXAMPLES for d in KB.diagnoses]


@pytest.mark.parametrize(("example", "did"), CASES)
def test_every_patch_does_what_it_promises(kb: KnowledgeBase, example: str, did: str) -> None:
    record = json.loads((RULES.parent / "examples" / example).read_text(encoding="utf-8"))
    before = evaluate_item(kb, Item(1, value=record), "en")
    reached = did in [d.id for d in before.diagnoses]  # type: ignore[union-attr]
    goal = "clear" if reached else "reach"
    patches, _ = search(kb, validate(kb, record, "en").answers, did, goal)
    sizes = {len(p.changes) for p in patches}
    assert len(sizes) <= 1 and all(0 < s <= MAX_CHANGES for s in sizes)  # only the smallest size is shown
    for p in patches:
        for qid, value in p.changes.items():  # values within the allowed ranges
            q = kb.questions[qid]
            lo, hi = q.bounds()
            if q.type in (QuestionType.number, QuestionType.count, QuestionType.percent):
                assert (lo is None or value >= lo) and (hi is None or value <= hi)
        patched = {**record, "answers": {**record["answers"], **p.changes}}
        after = evaluate_item(kb, Item(1, value=patched), "en")
        now_reached = did in [d.id for d in after.diagnoses]  # type: ignore[union-attr]
        assert now_reached == (goal == "reach")
        if goal == "clear":
            assert did not in [n.id for n in after.not_assessed]  # type: ignore[union-attr]


def test_a_single_change_that_suffices_is_found(kb: KnowledgeBase) -> None:
    record = json.loads((RULES.parent / "examples" / "well_governed.json").read_text(encoding="utf-8"))
    patches, cut = search(kb, validate(kb, record, "en").answers, "digital_burden", "reach")
    assert not cut and patches and all(len(p.changes) == 1 for p in patches)
    assert {"digital_form_time_pct": 30} in [p.changes for p in patches]


def test_candidate_values_sit_on_the_thresholds(kb: KnowledgeBase) -> None:
    q = kb.questions["grid_patrol_time_pct"]
    assert candidate_values(q, {60.0}) == [59, 60, 61]
    assert candidate_values(kb.questions["grid_in_use"], set()) == [True, False]


def test_whatif_command_text_and_json() -> None:
    example = str(RULES.parent / "examples" / "multi_diagnosis.json")
    text = CliRunner().invoke(main, ["whatif", example, "--clear", "grid_asymmetry", "--lang", "en"])
    assert text.exit_code == 0 and "Patch 1" in text.stdout and "→" in text.stdout
    data = json.loads(
        CliRunner().invoke(main, ["whatif", example, "--clear", "grid_asymmetry", "--format", "json"]).stdout
    )
    assert data["patches"] and all(p["verified"] and p["patch"] for p in data["patches"])
    same = CliRunner().invoke(main, ["whatif", example, "--reach", "grid_asymmetry", "--lang", "en"])
    assert "Nothing to change" in same.stdout
    assert CliRunner().invoke(main, ["whatif", example]).exit_code == 2
    assert CliRunner().invoke(main, ["whatif", example, "--clear", "nope"]).exit_code == 2
