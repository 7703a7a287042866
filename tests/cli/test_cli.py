"""The command line, driven through click's CliRunner."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import RULES

from diagnose.cli import main
from diagnose.report.model import ErrorRecord, Report

EXAMPLES = RULES.parent / "examples"
MULTI = str(EXAMPLES / "multi_diagnosis.json")


def run(*args: str, input: str | bytes | None = None, env: dict | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input, env=env)


def test_evaluate_one_object_gives_one_pretty_report() -> None:
    r = run("evaluate", MULTI, "--lang", "en")
    assert r.exit_code == 0, r.output
    report = Report.model_validate(json.loads(r.stdout))
    assert report.county.id == "example-multi"
    assert {d.id for d in report.diagnoses} == {
        "grid_asymmetry",
        "pseudo_innovation",
        "digital_burden",
        "over_expansion",
    }
    assert r.stdout.startswith("{\n  ")


def test_same_input_byte_identical_output() -> None:
    assert run("evaluate", MULTI).stdout_bytes == run("evaluate", MULTI).stdout_bytes


def test_batch_with_malformed_records_in_the_middle(tmp_path: Path) -> None:
    good = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.json"))]
    records = [
        good[0],
        {"county": {"id": "bad-1"}, "answers": {"grid_patrol_time_pct": 150}},
        good[1],
        "not a record",
        good[2],
    ]
    path = tmp_path / "batch.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    r = run("evaluate", str(path), "--lang", "zh")
    assert r.exit_code == 1
    out = json.loads(r.stdout)
    assert len(out) == 5
    assert [o["county"] and o["county"].get("id") for o in out] == [
        good[0]["county"]["id"],
        "bad-1",
        good[1]["county"]["id"],
        None,
        good[2]["county"]["id"],
    ]
    err = ErrorRecord.model_validate(out[1])
    assert err.error.record == 2 and err.error.problems[0].path == "answers.grid_patrol_time_pct"
    assert "超出允许范围" in err.error.problems[0].message
    assert ErrorRecord.model_validate(out[3]).error.record == 4
    for i in (0, 2, 4):
        Report.model_validate(out[i])


def test_json_lines_from_stdin_give_one_line_each() -> None:
    lines = [json.dumps({"county": {"id": f"c{i}"}, "answers": {"grid_in_use": False}}) for i in range(3)]
    lines.insert(1, "{broken")
    r = run("evaluate", "-", "--lang", "en", input="\n".join(lines) + "\n")
    assert r.exit_code == 1
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["county"] and o["county"]["id"] for o in out] == ["c0", None, "c1", "c2"]
    assert "not valid JSON" in out[1]["error"]["problems"][0]["message"]


def test_text_report_in_both_languages() -> None:
    zh = run("evaluate", MULTI, "--format", "text", "--lang", "zh").stdout
    en = run("evaluate", MULTI, "--format", "text", "--lang", "en").stdout
    assert "网格化管理" in zh and "推荐机制" in zh and "——" in zh
    assert "Recommended mechanisms" in en and "severity" in en
    assert "「" in en  # quotes stay in the papers' script


def test_lang_defaults_from_the_locale() -> None:
    en = run("evaluate", MULTI, env={"LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    zh = run("evaluate", MULTI, env={"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert json.loads(en.stdout)["lang"] == "en" and json.loads(zh.stdout)["lang"] == "zh"


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    r = run("evaluate", MULTI, "--output", str(target))
    assert r.exit_code == 0 and r.stdout == ""
    Report.model_validate_json(target.read_text(encoding="utf-8"))
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("evaluate", MULTI, "--format", "pdf").exit_code == 2
    assert run("kb", "show", "no_such_thing").exit_code == 2


def test_schema_input_describes_the_questionnaire() -> None:
    r = run("schema", "input")
    schema = json.loads(r.stdout)
    answers = schema["$defs"]["Answers"]["properties"]
    assert "grid_patrol_time_pct" in answers and schema["$defs"]["Answers"]["additionalProperties"] is False
    text = json.dumps(answers["grid_staff_source"], ensure_ascii=False)
    assert "full_time_hired" in text and "unknown" in text


def test_schema_output_names_reports_and_errors() -> None:
    schema = json.loads(run("schema", "output").stdout)
    assert {"Report", "ErrorRecord"} <= set(schema["$defs"])


def test_questions_text_and_json() -> None:
    text = run("questions", "--lang", "en").stdout
    assert "[grid_patrol_time_pct]" in text and "only when" in text
    data = json.loads(run("questions", "--format", "json").stdout)
    assert data[0]["section"]["id"] == "county"


def test_kb_export_and_show() -> None:
    data = json.loads(run("kb", "export").stdout)
    assert len(data["diagnoses"]) >= 4 and data["sources"][0]["id"]
    doc = run("kb", "show", "grid_asymmetry", "--lang", "en").stdout
    for heading in ("What it is", "Signs", "Recommended mechanisms", "Contraindicated", "References"):
        assert heading in doc
    mech = run("kb", "show", "gongtong_dizao", "--lang", "zh").stdout
    assert "是什么" in mech and "被以下诊断推荐" in mech


def test_kb_check_good_and_broken(tmp_path: Path) -> None:
    ok = run("kb", "check", str(RULES), "--lang", "en")
    assert ok.exit_code == 0 and "0 errors" in ok.stdout
    broken = tmp_path / "rules"
    shutil.copytree(RULES, broken)
    path = broken / "diagnoses" / "digital_burden.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("mechanism: yi_zhang_biao", "mechanism: yi_zhang_biao_x", 1),
        encoding="utf-8",
    )
    bad = run("kb", "check", str(broken), "--lang", "en")
    assert bad.exit_code == 4 and re.search(
        r"diagnoses/digital_burden.yaml:\d+:\d+: error: recommends.yi_zhang_biao_x: .*did you mean `yi_zhang_biao`",
        bad.stdout,
    )
    zh = run("kb", "check", str(broken), "--lang", "zh")  # the scholar's language: every word but ids and paths
    assert zh.exit_code == 4 and re.search(
        r"diagnoses/digital_burden.yaml:\d+:\d+: 错误: recommends.yi_zhang_biao_x: 机制不在机制目录中;是否应为 `yi_zhang_biao`",
        zh.stdout,
    )
    assert "1 个错误" in zh.stdout and "error" not in zh.stdout


@pytest.mark.parametrize("command", [["evaluate", MULTI], ["questions"], ["kb", "export"], ["schema", "input"]])
def test_every_command_takes_rules_and_stops_on_a_broken_base(tmp_path: Path, command: list[str]) -> None:
    broken = tmp_path / "rules"
    shutil.copytree(RULES, broken)
    (broken / "mechanisms" / "gongtong_dizao.yaml").write_text("id: [", encoding="utf-8")
    r = run(*command, "--rules", str(broken), env={"LC_ALL": "en_US.UTF-8"})
    assert r.exit_code == 4  # a knowledge-base error, in one line naming file:line:column
    assert re.fullmatch(
        r"diagnose: .*mechanisms/gongtong_dizao.yaml:\d+:\d+: (not valid YAML|不是有效的 YAML): .*\n", r.output
    )


def test_a_base_only_the_deep_checks_fault_stops_every_command_too(tmp_path: Path) -> None:
    broken = tmp_path / "rules"
    shutil.copytree(RULES, broken)
    path = broken / "diagnoses" / "grid_asymmetry.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- {q: grid_service_closed_pct, lt: 50}", "- {q: grid_patrol_time_pct, lt: 20}", 1))
    r = run("evaluate", MULTI, "--rules", str(broken), env={"LC_ALL": "zh_CN.UTF-8"})
    assert r.exit_code == 4  # x ≥ 60 and x < 20: kb check's error, so no command runs on it
    assert re.fullmatch(
        r"diagnose: 知识库有错误,无法使用:.*diagnoses/grid_asymmetry.yaml:\d+:\d+: signs.monitoring_outweighs_service.when: "
        r"在问题的取值范围、选项与跳转条件下,此条件永远不可能为真.*\(用 diagnose kb check 查看全部\)\n",
        r.output,
    )


@pytest.mark.parametrize("fmt", ["json", "text", "markdown"])
def test_jobs_give_the_same_bytes_in_the_same_order(tmp_path: Path, fmt: str) -> None:
    """One process or two, from a file or a pipe, to stdout or to -o: the same bytes. With two jobs the
    workers write the reports themselves, taking turns; 200 records make four chunks."""
    import random
    import subprocess
    import sys

    from strategies import random_answers

    from diagnose.knowledge.load import load

    kb = load(RULES)
    rng = random.Random(7)
    records = [{"county": {"id": f"c{i}"}, "answers": random_answers(kb, rng)} for i in range(200)]
    records[40] = {"county": {"id": "bad"}, "answers": {"grid_in_use": 9}}
    for suffix, text in (("jsonl", "\n".join(json.dumps(r) for r in records) + "\n"), ("json", json.dumps(records))):
        path = tmp_path / f"batch.{suffix}"
        path.write_text(text, encoding="utf-8")
        outs = []
        for jobs, source, to_file in (
            ("1", "file", False),
            ("2", "file", False),
            ("2", "file", True),
            ("2", "pipe", False),
        ):
            out_file = tmp_path / f"out-{jobs}.{suffix}"
            done = subprocess.run(
                [sys.executable, "-m", "diagnose.cli", "evaluate", str(path) if source == "file" else "-"]
                + ["--format", fmt, "--jobs", jobs]
                + (["-o", str(out_file)] if to_file else []),
                input=text.encode() if source == "pipe" else None,
                capture_output=True,
                check=False,
                cwd=RULES.parent,
            )
            assert done.returncode == 1, done.stderr
            outs.append(out_file.read_bytes() if to_file else done.stdout)
        assert len(outs[0]) > 1000 and all(out == outs[0] for out in outs)


def test_summary_beside_the_reports(tmp_path: Path) -> None:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.json"))]
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    for jobs in ("1", "2"):
        r = run(
            "evaluate",
            str(batch),
            "-o",
            str(tmp_path / "out.json"),
            "--summary",
            str(tmp_path / f"s{jobs}.csv"),
            "--jobs",
            jobs,
        )
        assert r.exit_code == 0, r.output
    rows = (tmp_path / "s1.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == len(records) + 1 and rows[0].startswith("record,county_id,county_name,status")
    assert (tmp_path / "s1.csv").read_bytes() == (tmp_path / "s2.csv").read_bytes()
    assert (tmp_path / "s1-prevalence.csv").is_file()
    html = run("evaluate", str(batch), "-o", str(tmp_path / "out.json"), "--summary", str(tmp_path / "s.html"))
    assert html.exit_code == 0 and "<table" in (tmp_path / "s.html").read_text(encoding="utf-8")
    assert run("evaluate", str(batch), "--summary", str(tmp_path / "s.xls")).exit_code == 2


def test_markdown_and_html_formats(tmp_path: Path) -> None:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.json"))]
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps(records + ["broken"], ensure_ascii=False), encoding="utf-8")
    md = run("evaluate", str(batch), "--format", "markdown", "--lang", "en")
    assert md.exit_code == 1 and md.stdout.count("\n---\n") == len(records) and "[^1]:" in md.stdout
    pages = [run("evaluate", str(batch), "--format", "html", "--jobs", j).stdout for j in ("1", "2")]
    assert pages[0] == pages[1] and pages[0].count("<!DOCTYPE html>") == 1
    assert all(r["county"]["name"] in pages[0] for r in records)


def test_start_up_loads_neither_the_knowledge_base_nor_the_engine() -> None:
    """`diagnose --help` stays quick because each command imports the library it needs."""
    import subprocess
    import sys

    code = (
        "import sys, diagnose.cli; "
        "print([m for m in ('diagnose.knowledge.load', 'diagnose.engine.compiled', 'pydantic', 'durable', 'yaml') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
