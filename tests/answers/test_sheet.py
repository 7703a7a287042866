"""Spreadsheets in: the Excel template filled in, an ODK/Kobo export, a generic sheet; bad cells; fuzzing.

Round trips compare whole reports: each example's answers written into a sheet and evaluated must give
the report the JSON gives, but for where an approximate answer came from (a JSON {min, max} has no text
as written; its cell does)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from diagnose.answers import sheet
from diagnose.answers.template import write_template
from diagnose.batch.evaluate import evaluate_items
from diagnose.io.records import Item
from diagnose.io.workbook import Table
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.models import QuestionType
from diagnose.report.model import CellProblem, ErrorRecord, Report

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    """The record without what a sheet does not carry: notes and sources, and mechanisms already in place."""
    answers = {}
    for qid, value in record["answers"].items():
        if isinstance(value, dict) and "value" in value:
            value = value["value"]
        elif isinstance(value, dict):
            value = {k: v for k, v in value.items() if k in ("min", "max")}
        answers[qid] = value
    return {"county": record["county"], "answers": answers}


def _cell(value: Any, yes: str = "是", no: str = "否") -> Any:
    """An answer as an office would write it in a cell."""
    if value is True:
        return yes
    if value is False:
        return no
    if isinstance(value, list):  # nothing ticked is written in words: an empty cell is no answer
        return " ".join(value) if value else "无"
    if isinstance(value, dict):  # a JSON range
        if "min" in value and "max" in value:
            return f"{value['min']}~{value['max']}"
        return f"至少{value['min']}" if "min" in value else f"至多{value['max']}"
    return value


def _comparable(result: Report | ErrorRecord) -> Any:
    """A report as data, with each approximate answer's text as written left out (see the module's doc)."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if not (k == "written" and "min_open" in node)}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return strip(json.loads(result.model_dump_json()))


def _expected(kb: KnowledgeBase, records: list[dict[str, Any]]) -> list[Any]:
    items = [Item(n, value=r) for n, r in enumerate(records, 1)]
    return [_comparable(r) for r in evaluate_items(kb, items, "zh")]


def _evaluate_table(kb: KnowledgeBase, table: Table) -> list[Report | ErrorRecord]:
    return evaluate_items(kb, list(sheet.items(kb, table, "zh")), "zh")


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    # projects one by one (a repeat group) have no place in a one-row-per-county sheet: the sheet asks the
    # shares directly (docs/spreadsheets.md), so the example that describes projects is left out here
    loaded = [_plain(json.loads(p.read_text(encoding="utf-8"))) for p in EXAMPLES]
    return [r for r in loaded if "innovation_projects" not in r["answers"]]


def test_every_question_kind_has_a_cell_reading() -> None:
    """A kind of question added to the questionnaire must be mapped from cells: this fails until it is."""
    assert sheet.MAPPED_KINDS == frozenset(QuestionType)


def test_the_filled_template_gives_the_same_reports(kb: KnowledgeBase, records: list, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(kb, path)
    wb = load_workbook(path)
    ws = wb[sheet.ANSWER_SHEET]
    columns = {sheet.column_of(kb, c.value).key: c.column for c in ws[1]}
    for row, record in enumerate(records, start=3):  # row 2 left empty: an empty row is no county
        ws.cell(row=row, column=columns["county_id"], value=record["county"]["id"])
        ws.cell(row=row, column=columns["county_name"], value=record["county"].get("name"))
        for qid, value in record["answers"].items():
            ws.cell(row=row, column=columns[qid], value=_cell(value))
    wb.save(path)
    from diagnose.answers.sheet import read_items

    got = evaluate_items(kb, list(read_items(kb, path.read_bytes(), "xlsx", str(path), "zh")), "zh")
    assert [_comparable(r) for r in got] == _expected(kb, records)
    assert all(isinstance(r, Report) for r in got)


def _odk_export(kb: KnowledgeBase, records: list[dict[str, Any]], split: bool) -> str:
    """A synthetic KoboToolbox CSV export of the XLSForm: system columns, `group/qid` headers, yes/no as the
    choice names, multiple choices space separated (and, with `split`, one 1/0 column per choice only)."""
    headers = ["start", "end", "county_id", "county_name"]
    for q in kb.questions.values():
        group = kb.section_of[q.id]
        if q.type == QuestionType.multiple_choice and split:
            headers += [f"{group}/{q.id}/{c}" for c in q.choice_ids()]
        else:
            headers.append(f"{group}/{q.id}")
        if q.derivation() is not None:
            headers.append(f"{group}/{q.id}{sheet.CALC_SUFFIX}")
    headers += ["meta/instanceID", "_id", "_uuid", "_submission_time", "__version__", "_index"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    for i, r in enumerate(records):
        row = {"start": "2026-01-01T09:00:00", "county_id": r["county"]["id"], "county_name": r["county"].get("name")}
        row |= {"_id": str(1000 + i), "_uuid": f"uuid-{i}", "meta/instanceID": f"uuid:{i}", "_index": str(i + 1)}
        for qid, value in r["answers"].items():
            group = kb.section_of[qid]
            q = kb.questions[qid]
            if q.type == QuestionType.multiple_choice and split and isinstance(value, list):
                row |= {f"{group}/{qid}/{c}": "1" if c in value else "0" for c in q.choice_ids()}
            elif q.type != QuestionType.multiple_choice or not split:
                row[f"{group}/{qid}"] = _cell(value, "yes", "no")
        writer.writerow([row.get(h, "") for h in headers])
    return out.getvalue()


@pytest.mark.parametrize("split", [False, True], ids=["space-separated", "one-column-per-choice"])
def test_an_odk_export_gives_the_same_reports(kb: KnowledgeBase, records: list, split: bool) -> None:
    if split:  # a multiple choice answered "unknown" has no column of its own in a split export
        records = [
            {
                **r,
                "answers": {
                    k: v
                    for k, v in r["answers"].items()
                    if not (kb.questions[k].type == QuestionType.multiple_choice and not isinstance(v, list))
                },
            }
            for r in records
        ]
    data = _odk_export(kb, records, split).encode("utf-8")
    got = evaluate_items(kb, list(sheet.read_items(kb, data, "csv", "kobo.csv", "zh")), "zh")
    assert [_comparable(r) for r in got] == _expected(kb, records)


def test_a_generic_sheet_with_chinese_titles_reads(kb: KnowledgeBase, records: list) -> None:
    record = records[0]
    header = ["county_id", *(kb.questions[q].title.zh for q in record["answers"])]
    row = [record["county"]["id"], *(_cell(v) for v in record["answers"].values())]
    got = _evaluate_table(kb, Table("Sheet1", header, [(2, row)]))
    expected = _expected(kb, [{"county": {"id": record["county"]["id"]}, "answers": record["answers"]}])
    assert [_comparable(r) for r in got] == expected


def test_yes_no_cells_read_every_documented_way(kb: KnowledgeBase) -> None:
    q = kb.questions["grid_in_use"]
    for yes in ("yes", "YES", "是", "true", "TRUE", "1", 1, 1.0, True):
        assert sheet.cell_answer(q, yes) is True, yes
    for no in ("no", "否", "false", "0", 0, False):
        assert sheet.cell_answer(q, no) is False, no
    assert sheet.cell_answer(q, "不知道") == "不知道"
    assert sheet.cell_answer(q, "  ") is None


def test_number_cells_keep_phrases_and_read_plain_figures(kb: KnowledgeBase) -> None:
    q = kb.questions["county_pop_change_5y_pct"]
    assert sheet.cell_answer(q, "-8") == -8
    assert sheet.cell_answer(q, "１２.５") == 12.5  # full-width digits, as a Chinese keyboard types them
    assert sheet.cell_answer(q, "约-8") == "约-8"
    assert sheet.cell_answer(q, "没有统计") == "没有统计"


def test_rows_numbered_as_the_spreadsheet_numbers_them_and_bad_cells_named(kb: KnowledgeBase, records: list) -> None:
    good = records[0]
    qids = list(good["answers"])
    header = ["county_id", "county_name", *qids, "备注"]
    good_row = [good["county"]["id"], good["county"]["name"], *(_cell(v) for v in good["answers"].values()), ""]
    bad_row = list(good_row)
    bad_row[0] = "bad"
    bad_row[2 + qids.index("grid_in_use")] = "也许"
    bad_row[2 + qids.index("grid_patrol_time_pct")] = 150
    bad_row[-1] = "a remark"
    table = Table("答卷", header, [(2, good_row), (3, [None] * len(header)), (4, bad_row), (5, good_row)])
    got = _evaluate_table(kb, table)
    assert len(got) == 3  # three non-empty rows in, three records out, in order
    assert isinstance(got[0], Report) and isinstance(got[2], Report)
    assert _comparable(got[0]) == _comparable(got[2]) == _expected(kb, [good])[0]
    err = got[1]
    assert (
        isinstance(err, ErrorRecord)
        and err.error.record == 2
        and err.county == {"id": "bad", "name": good["county"]["name"]}
    )
    problems = {p.column: p for p in err.error.problems}
    assert set(problems) == {"grid_in_use", "grid_patrol_time_pct", "备注"}
    assert all(isinstance(p, CellProblem) and p.sheet == "答卷" and p.row == 4 for p in problems.values())
    assert problems["grid_in_use"].value == "也许" and "是 / 否" in problems["grid_in_use"].expected
    assert problems["grid_patrol_time_pct"].value == "150" and "0 到 100" in problems["grid_patrol_time_pct"].expected
    assert problems["grid_patrol_time_pct"].path == "answers.grid_patrol_time_pct"
    assert problems["备注"].value == "a remark"


def test_expected_is_in_the_users_language(kb: KnowledgeBase) -> None:
    q = kb.questions["county_type"]
    assert "gathering" in sheet.expected(q, "en") and "one of" in sheet.expected(q, "en")
    assert "以下选项之一" in sheet.expected(q, "zh")


def test_a_percentage_formatted_cell_reads_in_percent(tmp_path: Path, kb: KnowledgeBase) -> None:
    from openpyxl import Workbook

    from diagnose.io.workbook import read_table

    wb = Workbook()
    ws = wb.active
    ws.append(["county_id", "grid_patrol_time_pct"])
    ws.append(["a", 0.3])
    ws["B2"].number_format = "0%"
    wb.save(tmp_path / "p.xlsx")
    table = read_table((tmp_path / "p.xlsx").read_bytes(), "xlsx")
    assert table.rows[0][1][1] == 30


def test_an_unreadable_file_is_one_error_record(kb: KnowledgeBase) -> None:
    got = evaluate_items(kb, list(sheet.read_items(kb, b"not a zip", "xlsx", "x.xlsx", "en")), "en")
    assert len(got) == 1 and isinstance(got[0], ErrorRecord)
    assert "cannot be read" in got[0].error.problems[0].message


def test_gbk_csv_from_excel_reads(kb: KnowledgeBase) -> None:
    data = "county_id,county_name,grid_in_use\nx,青石县,是\n".encode("gb18030")
    got = evaluate_items(kb, list(sheet.read_items(kb, data, "csv", "x.csv", "zh")), "zh")
    assert isinstance(got[0], Report) and got[0].county.name == "青石县"


CELLS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["是", "否", "约25", "20-30", "大多数", "不知道", "没有统计", "finance land", "130余", "-", "="]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_cell_content_gives_a_traceback(kb: KnowledgeBase, data: st.DataObject) -> None:
    names = ["county_id", "county_name", *list(kb.questions)[:12], "grid_staff_tasks/patrol", "", "weird/col"]
    headers = st.one_of(st.sampled_from(names), st.text(max_size=20), st.integers(), st.none())
    header = data.draw(st.lists(headers, min_size=1, max_size=8))
    rows = data.draw(st.lists(st.lists(CELLS, min_size=len(header), max_size=len(header)), max_size=4))
    table = Table("s", header, [(n, r) for n, r in enumerate(rows, start=2)])
    got = _evaluate_table(kb, table)
    non_empty = sum(1 for r in rows if not all(c is None or (isinstance(c, str) and not c.strip()) for c in r))
    assert len(got) == max(non_empty, 1)
    for r in got:
        r.model_dump_json()  # every result can be written out


def test_a_damaged_workbook_is_one_error_record(kb: KnowledgeBase, tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<not xml")
    got = evaluate_items(kb, list(sheet.read_items(kb, path.read_bytes(), "xlsx", str(path), "en")), "en")
    assert len(got) == 1 and isinstance(got[0], ErrorRecord)
    assert "cannot be read" in got[0].error.problems[0].message
