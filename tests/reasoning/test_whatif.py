"""What-if on the bundled knowledge base: every patch, applied to the input and re-evaluated, clears or
reaches as promised; every diagnosis reached in the examples gets a patch or a reason; fixed questions,
kinds of change, alternatives with mechanisms, and the cohort summary."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import RULES
from test_patches import small_kb

from diagnose.answers.validate import validate
from diagnose.batch.evaluate import evaluate_item
from diagnose.cli import main
from diagnose.engine.compiled import compiled
from diagnose.io.records import Item
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.load import load
from diagnose.knowledge.models import QuestionType
from diagnose.reasoning import blocked, patches, whatif
from diagnose.reasoning.space import Allowed

KB = load(RULES)
EXAMPLES = sorted((RULES.parent / "examples").glob("*.json"))
CASES = [(p.name, d) for p in EXAMPLES for d in KB.diagnoses]


def record_of(example: str) -> dict:
    return json.loads((RULES.parent / "examples" / example).read_text(encoding="utf-8"))


def reached_in_examples(kb: KnowledgeBase) -> list[tuple[str, str]]:
    out = []
    for p in EXAMPLES:
        answers = validate(kb, record_of(p.name), "en").answers
        out += [(p.name, did) for did, dec in compiled(kb).run(answers).decisions.items() if dec.status == "reached"]
    return out


@pytest.mark.parametrize(("example", "did"), CASES)
def test_every_patch_does_what_it_promises(kb: KnowledgeBase, example: str, did: str) -> None:
    record = record_of(example)
    before = evaluate_item(kb, Item(1, value=record), "en")
    reached = did in [d.id for d in before.diagnoses]  # type: ignore[union-attr]
    goal = "clear" if reached else "reach"
    w = whatif.answer(kb, record["county"], validate(kb, record, "en").answers, did, goal)
    if w.done:
        return
    assert w.patches or w.reason is not None  # an answer either way
    sizes = [len(p.changes) for p in w.patches]
    assert sizes == sorted(sizes)
    for p in w.patches:
        for qid, value in p.changes.items():  # values within the allowed ranges; fixed questions only found out
            q = kb.questions[qid]
            assert q.fixed_by is None or p.kinds[qid] == "find_out", (qid, p.kinds)
            lo, hi = q.bounds()
            if q.type in (QuestionType.number, QuestionType.count, QuestionType.percent):
                assert (lo is None or value >= lo) and (hi is None or value <= hi)
        patched = {**record, "answers": {**record["answers"], **p.changes}}
        after = evaluate_item(kb, Item(1, value=patched), "en")
        now_reached = did in [d.id for d in after.diagnoses]  # type: ignore[union-attr]
        assert now_reached == (goal == "reach")
        if goal == "clear":
            assert did not in [n.id for n in after.not_assessed]  # type: ignore[union-attr]


def test_most_diagnoses_reached_in_the_examples_can_be_cleared(kb: KnowledgeBase) -> None:
    """Issue 21's measure: each gets a verified patch or a reason, and at least 80% a patch (fixed
    questions fixed)."""
    cases = reached_in_examples(kb)
    answered = [
        whatif.answer(kb, {"id": ex}, validate(kb, record_of(ex), "en").answers, did, "clear") for ex, did in cases
    ]
    assert len(cases) >= 20
    assert all(w.patches or (w.reason is not None and w.reason.code != "search_cut") for w in answered)
    share = sum(bool(w.patches) for w in answered) / len(answered)
    assert share >= 0.8, share


def test_a_single_change_that_suffices_is_found(kb: KnowledgeBase) -> None:
    record = record_of("well_governed.json")
    patches, cut = whatif.search(kb, validate(kb, record, "en").answers, "digital_burden", "reach")
    assert not cut and patches and len(patches[0].changes) == 1
    assert {"digital_form_time_pct": 30} in [p.changes for p in patches]
    assert all(not p.mechanisms for p in patches)  # mechanisms remedy a diagnosis; none "brings one about"


def test_fixed_questions_stay_unless_freed_and_the_reason_names_them(kb: KnowledgeBase) -> None:
    record = record_of("outflow_county.json")
    answers = validate(kb, record, "en").answers
    fixed = whatif.answer(kb, record["county"], answers, "county_positioning_gap", "clear")
    assert not fixed.patches and fixed.reason is not None and fixed.reason.code == "floor"
    why = {q: w for s in fixed.reason.signs for q, w in s.questions.items()}
    assert why["county_pop_change_5y_pct"] == "fixed_context"
    assert fixed.data("en")["reason"]["text"].startswith("No patch")
    freed = whatif.answer(kb, record["county"], answers, "county_positioning_gap", "clear", Allowed(free_all=True))
    assert freed.patches and "reason" not in freed.data()


def test_find_out_and_change_are_told_apart_and_can_be_kept_to_one_kind(kb: KnowledgeBase) -> None:
    record = record_of("partly_answered.json")
    answers = validate(kb, record, "en").answers
    w = whatif.answer(kb, record["county"], answers, "digital_burden", "clear")
    kinds = w.patches[0].kinds
    assert {kinds[q] for q in kinds} == {"find_out", "change"}
    assert all((answers.get(q) is None) == (k == "find_out") for q, k in kinds.items())
    only_unknown = whatif.answer(kb, record["county"], answers, "digital_burden", "clear", Allowed(only="find_out"))
    assert all(k == "find_out" for p in only_unknown.patches for k in p.kinds.values())
    only_known = whatif.answer(kb, record["county"], answers, "digital_burden", "clear", Allowed(only="change"))
    assert not only_known.patches and only_known.reason is not None
    assert "only_known" in {w for s in only_known.reason.signs for w in s.questions.values()}


def test_alternatives_each_with_the_mechanisms_that_bring_it_about(kb: KnowledgeBase) -> None:
    record = record_of("multi_diagnosis.json")
    w = whatif.answer(kb, record["county"], validate(kb, record, "en").answers, "grid_asymmetry", "clear", None, 3)
    # two, not three: raising the closure rate no longer clears it, since the patrol share alone still counts
    # (issue 16: a decisive fact counts alone); every way out lowers the patrol share
    assert len(w.patches) == 2 and all("grid_patrol_time_pct" in p.changes for p in w.patches)
    recommended = {r.mechanism for r in kb.diagnoses["grid_asymmetry"].recommends}
    assert all(p.mechanisms and {m["mechanism"] for m in p.mechanisms} <= recommended for p in w.patches)
    sets = [frozenset(p.changes) for p in w.patches]
    assert len(set(sets)) == 2 and not any(a < b for a in sets for b in sets)


def test_a_derived_share_changed_directly_shows_the_input_that_gives_it(kb: KnowledgeBase) -> None:
    """Issue 21, point 6: the share is what the rules read, so it is changed directly; the office's own
    figure (hours on forms) that gives the same outcome is shown beside it, and works when applied."""
    record = record_of("multi_diagnosis.json")
    answers = {k: v for k, v in record["answers"].items() if k != "digital_form_time_pct"}
    record = {**record, "answers": {**answers, "digital_form_hours_week": 16, "digital_work_hours_week": 40}}
    w = whatif.answer(kb, record["county"], validate(kb, record, "en").answers, "digital_burden", "clear")
    patch = next(p for p in w.patches if "digital_form_time_pct" in p.changes)
    via = patch.through["digital_form_time_pct"]
    assert set(via) == {"digital_form_hours_week"} and via["digital_form_hours_week"] < 16
    changes = {k: v for k, v in patch.changes.items() if k != "digital_form_time_pct"} | via
    after = evaluate_item(kb, Item(1, value={**record, "answers": {**record["answers"], **changes}}), "en")
    assert "digital_burden" not in [d.id for d in after.diagnoses]  # type: ignore[union-attr]
    assert kb.questions["digital_form_hours_week"].title.en in whatif.render(kb, w, "en")


def test_a_contradiction_is_the_reason_when_signs_pull_one_answer_apart(kb: KnowledgeBase) -> None:
    toy = small_kb(kb, random.Random(0))
    d = toy.diagnoses["toy"]
    signs = [
        d.signs[0].model_copy(update={"id": "high", "when": conditions.parse({"q": "p", "gte": 50}), "certainty": 0.6}),
        d.signs[1].model_copy(update={"id": "low", "when": conditions.parse({"q": "p", "lt": 50}), "certainty": 0.6}),
    ]
    toy.diagnoses["toy"] = d.model_copy(update={"signs": signs, "applies": None})
    problem = patches.Problem(toy, {"p": 70}, "toy", "clear", Allowed(free_all=True))
    found, cut = patches.search(problem, 1)
    assert not found and not cut
    reason = blocked.explain(problem, cut)
    assert reason.code == "contradictory" and reason.shared == ["p"]
    assert [s.sign for s in reason.signs] == ["high", "low"]


def test_whatif_command_text_and_json(tmp_path: Path) -> None:
    example = str(RULES.parent / "examples" / "multi_diagnosis.json")
    text = CliRunner().invoke(main, ["whatif", example, "--clear", "grid_asymmetry", "--lang", "en"])
    assert text.exit_code == 0 and "Patch 1" in text.stdout and "→" in text.stdout and "[change]" in text.stdout
    data = json.loads(
        CliRunner().invoke(main, ["whatif", example, "--clear", "grid_asymmetry", "--format", "json"]).stdout
    )
    assert data["patches"] and all(p["verified"] and p["patch"] and p["kinds"] for p in data["patches"])
    assert all(set(p["kinds"]) == set(p["patch"]) for p in data["patches"])
    same = CliRunner().invoke(main, ["whatif", example, "--reach", "grid_asymmetry", "--lang", "en"])
    assert "Nothing to change" in same.stdout
    outflow = str(RULES.parent / "examples" / "outflow_county.json")
    none = CliRunner().invoke(main, ["whatif", outflow, "--clear", "county_positioning_gap", "--format", "json"])
    assert none.exit_code == 0 and json.loads(none.stdout)["reason"]["code"] == "floor"
    assert json.loads(none.stdout)["patches"] == []
    zh = CliRunner().invoke(main, ["whatif", outflow, "--clear", "county_positioning_gap", "--lang", "zh"])
    assert "没有可行的改动" in zh.stdout and "县情" in zh.stdout
    freed = CliRunner().invoke(
        main,
        [
            "whatif",
            outflow,
            "--clear",
            "county_positioning_gap",
            "--free",
            "county_pop_change_5y_pct,county_builtup_change_5y_pct",
        ],
    )
    assert freed.exit_code == 0 and "方案 1" in freed.stdout
    assert CliRunner().invoke(main, ["whatif", example]).exit_code == 2
    assert CliRunner().invoke(main, ["whatif", example, "--clear", "nope"]).exit_code == 2
    assert CliRunner().invoke(main, ["whatif", example, "--clear", "grid_asymmetry", "--free", "nope"]).exit_code == 2
    both = ["whatif", example, "--clear", "grid_asymmetry", "--only-known", "--only-unknown"]
    assert CliRunner().invoke(main, both).exit_code == 2


def test_cohort_summary_best_lever_first_and_bad_records_reported(tmp_path: Path) -> None:
    lines = [json.dumps(record_of(p.name), ensure_ascii=False) for p in EXAMPLES]
    twin = record_of("multi_diagnosis.json")  # a second county like it: a lever that clears one clears both
    lines.append(json.dumps({**twin, "county": {"id": "example-multi-twin"}}, ensure_ascii=False))
    lines.insert(2, '{"county": {"id": "bad"}, "answers": {"grid_patrol_time_pct": 500}}')
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["whatif", str(batch), "--summary", "--clear", "grid_asymmetry"]
    result = CliRunner().invoke(main, [*args, "--format", "json", "--alternatives", "5"])
    assert result.exit_code == 1  # a bad record, reported
    data = json.loads(result.stdout)
    assert data["diagnosis"] == "grid_asymmetry" and data["invalid"][0]["record"] == 3
    cleared = [lv["counties_cleared"] for lv in data["levers"]]
    assert cleared and cleared == sorted(cleared, reverse=True) and cleared[0] >= 2
    for lever in data["levers"]:
        assert len(lever["counties"]) == lever["counties_cleared"] and 1 <= len(lever["patch"]) <= 2
        for record in [json.loads(line) for line in lines if '"bad"' not in line]:  # each county counted is cleared
            if record["county"]["id"] in lever["counties"]:
                patched = {**record, "answers": {**record["answers"], **lever["patch"]}}
                after = evaluate_item(KB, Item(1, value=patched), "en")
                assert "grid_asymmetry" not in [d.id for d in after.diagnoses]  # type: ignore[union-attr]
    text = CliRunner().invoke(main, [*args, "--lang", "en"])
    assert "Cohort what-if" in text.stdout and "Invalid records" in text.stdout
    assert CliRunner().invoke(main, ["whatif", str(batch), "--summary", "--reach", "grid_asymmetry"]).exit_code == 2
