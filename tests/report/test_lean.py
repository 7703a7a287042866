"""The lean report (`--detail lean`) says what the full report says, in ids and figures: compared with
the full report on the examples, seeded random counties and generated approximate answers."""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import RULES, diagnose_command, diagnose_env
from hypothesis import HealthCheck, given, settings
from strategies import interval_answer_sets, random_answers

from diagnose.answers.record import IntervalAnswer
from diagnose.answers.validate import validate
from diagnose.cli import main
from diagnose.engine.compiled import compiled
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.load import load
from diagnose.report.build import build
from diagnose.report.lean import build_lean, dump_lean
from diagnose.report.model import Report, dump_json

EXAMPLES = sorted((RULES.parent / "examples").glob("*.json"))
KB = load(RULES)


def _written(v: Any) -> Any:
    """An approximate answer as the county wrote it (a JSON range shown as its interval)."""
    if not isinstance(v, IntervalAnswer):
        return v
    return Interval(v.min, v.max, v.min_open, v.max_open, written=v.written).as_written()


def projected(report: Report) -> dict[str, Any]:
    """What the lean report must hold, read off the full report."""
    evidence: dict[str, Any] = {}
    for d in report.diagnoses:
        for s in d.signs:
            for q, v in s.answers.items():
                evidence[q] = _written(v)
    return {
        "diagnoses": [
            (
                d.id,
                d.severity,
                d.certainty,
                d.certainty_possible,
                [s.id for s in d.signs],
                [s.id for s in d.undetermined_signs],
            )
            for d in report.diagnoses
        ],
        "evidence": evidence,
        "not_assessed": [d.id for d in report.not_assessed],
        "recommendations": [(r.mechanism, rank) for rank, r in enumerate(report.recommendations, 1)],
        "contraindicated": [(c.mechanism, c.diagnoses) for c in report.contraindicated],
        "borderline": sorted((b.diagnosis, b.sign, b.question) for b in report.borderline),
        "ruled_out": [(r.id, r.status) for r in report.ruled_out],
        "in_place": [(p.mechanism, p.advice) for p in report.in_place],
        "knowledge_base": report.knowledge_base.model_dump(),
        "county": report.county.model_dump(),
    }


def lean_projected(lean: dict[str, Any]) -> dict[str, Any]:
    """The lean report read back as the full report has it: an absent list or map is empty, an absent
    `possible` is the certainty, a recommendation's rank is its position."""
    return {
        "diagnoses": [
            (k, d["band"], d["certainty"], d.get("possible", d["certainty"]), d["signs"], d.get("undetermined", []))
            for k, d in lean["diagnoses"].items()
        ],
        "evidence": lean["evidence"],
        "not_assessed": lean.get("not_assessed", []),
        "recommendations": [(m, rank) for rank, m in enumerate(lean["recommendations"], 1)],
        "contraindicated": list(lean.get("contraindicated", {}).items()),
        "borderline": sorted((b["diagnosis"], b["sign"], b["question"]) for b in lean.get("borderline", [])),
        "ruled_out": list(lean.get("ruled_out", {}).items()),
        "in_place": list(lean.get("in_place", {}).items()),
        "knowledge_base": lean["knowledge_base"],
        "county": lean["county"],
    }


def compact_as_documented(lean: dict[str, Any]) -> None:
    """Nothing empty is written, nor a `possible` equal to the certainty, nor a name the county has not got."""
    optional = ("not_assessed", "contraindicated", "borderline", "ruled_out", "in_place")
    assert all(lean[k] for k in optional if k in lean)
    for d in lean["diagnoses"].values():
        assert d.get("possible", -1) != d["certainty"] and d.get("undetermined", [None])
    assert lean["county"].get("name", "") is not None


def both(kb: KnowledgeBase, record: dict[str, Any]) -> tuple[Report, dict[str, Any]]:
    valid = validate(kb, record, "zh")
    inf = compiled(kb).run(valid.answers)
    lean = json.loads(dump_lean(build_lean(kb, valid, inf), None))  # as written, not as built
    return build(kb, valid, inf, "zh"), lean


def check_same(kb: KnowledgeBase, record: dict[str, Any]) -> None:
    full, lean = both(kb, record)
    # the evidence holds the answers behind the signs in questionnaire order, whatever the full report's order
    expected = projected(full)
    expected["county"] = {k: v for k, v in expected["county"].items() if v is not None or k != "name"}
    compact_as_documented(lean)
    assert lean_projected(lean) == expected | {"evidence": lean["evidence"]}
    assert lean["evidence"] == expected["evidence"]
    assert list(lean["evidence"]) == [q for q in kb.questions if q in expected["evidence"]]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_lean_says_what_the_full_report_says_on_the_examples(kb: KnowledgeBase, path: Path) -> None:
    record = json.loads(path.read_text(encoding="utf-8"))
    for r in record if isinstance(record, list) else [record]:
        check_same(kb, r)


def test_lean_says_what_the_full_report_says_on_random_counties(kb: KnowledgeBase) -> None:
    rng = random.Random(19)
    mechanisms = list(kb.mechanisms)
    for i in range(300):
        record: dict[str, Any] = {"county": {"id": f"c{i}", "region": "x"}, "answers": random_answers(kb, rng)}
        if i % 3 == 0:  # mechanisms already in place, working or not
            working = ["yes", "partly", "no", "unknown"]
            record["in_place"] = {m: {"working": rng.choice(working)} for m in rng.sample(mechanisms, 4)}
        check_same(kb, record)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=interval_answer_sets(KB))
def test_lean_says_what_the_full_report_says_with_approximate_answers(answers: dict[str, Any]) -> None:
    check_same(KB, {"county": {"id": "c"}, "answers": answers})


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input)


def test_lean_and_full_outputs_and_error_records_validate_against_the_output_schema() -> None:
    schema = json.loads(run("schema", "output").stdout)
    lines = [json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False) for p in EXAMPLES]
    lines.insert(2, '{"county": {"id": "bad"}, "answers": {"grid_patrol_time_pct": 101}}')
    lines.insert(4, "{not json")
    stdin = "\n".join(lines) + "\n"
    lean, full = run("evaluate", "-", "--detail", "lean", input=stdin), run("evaluate", "-", input=stdin)
    assert lean.exit_code == full.exit_code == 1
    lean_out, full_out = lean.stdout.splitlines(), full.stdout.splitlines()
    assert len(lean_out) == len(full_out) == len(lines)  # N in, N out: no header record
    for i, (a, b) in enumerate(zip(lean_out, full_out, strict=True)):
        ra, rb = json.loads(a), json.loads(b)
        jsonschema.validate(ra, schema)
        jsonschema.validate(rb, schema)
        if "error" in rb:
            assert a == b, i  # an error record is the same in both
        else:
            assert ra["detail"] == "lean" and "detail" not in rb
            with pytest.raises(jsonschema.ValidationError):  # the schema tells the two apart
                jsonschema.validate({**rb, "detail": "lean"}, schema)


def test_lean_output_is_small(kb: KnowledgeBase) -> None:
    """Measured sizes, JSON Lines, UTF-8 (benchmarks/README.md gives them): far below the full report."""
    for path in EXAMPLES:
        record = json.loads(path.read_text(encoding="utf-8"))
        full, lean = both(kb, record)
        size = len(json.dumps(lean, ensure_ascii=False, separators=(",", ":")).encode())
        # 3,300 before issue 16's decisive-fact signs: a fact counted alone adds a sign (and, straddled, a
        # borderline entry) beside the two-fact one; measured with_intervals 3,197 → 3,390 B
        assert size <= 3500, path.stem
        full_size = len(dump_json(full, None).encode())
        assert size * (10 if full.diagnoses else 4) < full_size, path.stem


def test_lean_output_of_generated_counties_is_compact(kb: KnowledgeBase) -> None:
    """The bench's kind of county (seeded random answers): 3,855 B a county measured on these 300, where
    the form with empty containers, equal `possible`s and recommendation ranks written out took 4,131 B
    on the bench's 5,000 (3,874 B in this form; benchmarks/README.md)."""
    rng = random.Random(1)
    sizes = []
    for i in range(300):
        valid = validate(kb, {"county": {"id": f"c{i}"}, "answers": random_answers(kb, rng)}, "zh")
        sizes.append(len(dump_lean(build_lean(kb, valid, compiled(kb).run(valid.answers)), None)) + 1)
    assert sum(sizes) / len(sizes) <= 3950


def test_lean_in_both_shapes_with_jobs_from_a_file_or_a_pipe(kb: KnowledgeBase, tmp_path: Path) -> None:
    """One process or two (the workers write the reports), a file or a pipe: the same bytes, N in, N out."""
    rng = random.Random(7)
    records: list[Any] = [{"county": {"id": f"c{i}"}, "answers": random_answers(kb, rng)} for i in range(200)]
    records[40] = {"county": {"id": "bad"}, "answers": {"grid_in_use": 9}}
    for suffix, text in (("jsonl", "\n".join(json.dumps(r) for r in records) + "\n"), ("json", json.dumps(records))):
        path = tmp_path / f"batch.{suffix}"
        path.write_text(text, encoding="utf-8")
        outs = []
        for jobs, source in (("1", "file"), ("2", "file"), ("2", "pipe")):
            done = subprocess.run(
                diagnose_command(
                    "evaluate", str(path) if source == "file" else "-", "--detail", "lean", "--jobs", jobs
                ),
                input=text.encode() if source == "pipe" else None,
                capture_output=True,
                check=False,
                env=diagnose_env(),
            )
            assert done.returncode == 1, done.stderr
            outs.append(done.stdout)
        assert all(out == outs[0] for out in outs)
        out = outs[0].decode()
        written = [json.loads(line) for line in out.splitlines()] if suffix == "jsonl" else json.loads(out)
        assert len(written) == len(records)
        assert [r["county"]["id"] for r in written] == [r["county"]["id"] for r in records]
        assert [r.get("detail") for r in written] == ["lean"] * 40 + [None] + ["lean"] * 159


@pytest.mark.parametrize("extra", [["--format", "text"], ["--format", "html"], ["--summary", "s.csv"]])
def test_lean_is_for_json_only(extra: list[str]) -> None:
    r = run("evaluate", str(EXAMPLES[0]), "--detail", "lean", *extra, "--lang", "en")
    assert r.exit_code == 2
    assert "--detail lean is for JSON output only" in r.output
