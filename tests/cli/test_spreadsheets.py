"""The spreadsheet path through the command line: template → filled → evaluate → summary workbook; the
XLSForm; stdin with --input-format; the exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import RULES
from openpyxl import load_workbook

from diagnose.answers.sheet import ANSWER_SHEET
from diagnose.cli import main

EXAMPLES = RULES.parent / "examples"


def run(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input)


def _fill(template: Path, rows: list[dict[str, object]]) -> None:
    wb = load_workbook(template)
    ws = wb[ANSWER_SHEET]
    col = {c.value.rsplit("(", 1)[1].rstrip(")"): c.column for c in ws[1]}
    for r, answers in enumerate(rows, start=2):
        for key, value in answers.items():
            ws.cell(row=r, column=col[key], value=value)
    wb.save(template)


def test_template_to_summary_workbook(tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    assert run("questions", "--format", "xlsx", "-o", str(template)).exit_code == 0
    wb = load_workbook(template)
    assert wb.sheetnames == [ANSWER_SHEET, "填写说明 instructions", "选项 choices"]
    ws = wb[ANSWER_SHEET]
    assert ws["A1"].value == "县域代码 (county_id)" and ws["C1"].value == "县域类型 (county_type)"
    rules = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    assert any(dv.type == "list" for dv in rules.values())
    custom = [dv for dv in rules.values() if dv.type == "custom"]
    assert custom and all(dv.formula1.startswith("OR(ISTEXT(") for dv in custom)  # phrases still allowed
    multi = json.loads((EXAMPLES / "multi_diagnosis.json").read_text(encoding="utf-8"))
    row = {"county_id": "m1", "county_name": multi["county"]["name"]}
    for qid, value in multi["answers"].items():
        row[qid] = (
            "是" if value is True else "否" if value is False else " ".join(value) if isinstance(value, list) else value
        )
    _fill(template, [row, {"county_id": "bad", "grid_in_use": "也许"}])
    summary = tmp_path / "summary.xlsx"
    r = run("evaluate", str(template), "--summary", str(summary), "--lang", "en")
    assert r.exit_code == 1, r.output  # one row invalid: the batch completed
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(lines) == 2 and lines[0]["county"]["id"] == "m1"
    expected = json.loads(run("evaluate", str(EXAMPLES / "multi_diagnosis.json"), "--lang", "en").stdout)
    assert [d["id"] for d in lines[0]["diagnoses"]] == [d["id"] for d in expected["diagnoses"]]
    problem = lines[1]["error"]["problems"][0]
    assert (problem["sheet"], problem["row"], problem["column"], problem["value"]) == (
        ANSWER_SHEET,
        3,
        "grid_in_use",
        "也许",
    )
    assert problem["expected"].startswith("yes / no")

    book = load_workbook(summary)
    assert book.sheetnames == ["matrix", "bands", "prevalence", "about"]
    matrix = list(book["matrix"].iter_rows(values_only=True))
    head = matrix[0]
    first = {d["id"]: d for d in expected["diagnoses"]}
    for did, d in first.items():
        col = next(i for i, h in enumerate(head) if h and h.endswith(f"({did})"))
        assert matrix[1][col] == round(d["certainty"], 4)
        assert list(book["bands"].iter_rows(values_only=True))[1][col] == d["severity"]
    assert matrix[2][3] == "invalid" and "grid_in_use" in matrix[2][-1]
    assert book["matrix"].conditional_formatting  # coloured by each diagnosis's own bands
    prevalence = list(book["prevalence"].iter_rows(values_only=True))
    p_head = prevalence[0]
    grid = next(r for r in prevalence if r[1] == "grid_asymmetry")
    assert grid[p_head.index("Counties assessed")] == 1 and grid[p_head.index("Counties reached")] == 1
    assert grid[p_head.index("Share of those assessed (%)")] == 100.0


def test_xlsform_written_and_output_required(tmp_path: Path) -> None:
    form = tmp_path / "form.xlsx"
    assert run("questions", "--format", "xlsform", "-o", str(form)).exit_code == 0
    assert load_workbook(form).sheetnames == ["survey", "choices", "settings"]
    r = run("questions", "--format", "xlsform")
    assert r.exit_code == 2 and "--output" in r.output


def test_csv_from_stdin_needs_its_format() -> None:
    data = "county_id,grid_in_use\nc1,是\n".encode()
    r = run("evaluate", "-", "--input-format", "csv", input=data)
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["county"]["id"] == "c1"


def test_an_unwritable_form_is_an_output_error(tmp_path: Path) -> None:
    r = run("questions", "--format", "xlsx", "-o", str(tmp_path / "no" / "such" / "dir.xlsx"))
    assert r.exit_code == 3
