"""The Excel template for offices (`diagnose questions --format xlsx`): one row per county, one column per
question headed by its Chinese title and id (`县域类型 (county_type)`), which `diagnose evaluate` reads back.

- 答卷 answers: the columns, with data validation — yes/no and single choices from a list (the choices
  sheet), numbers within the question's range while any text is let through, for a figure written as
  officials write it (约25, 20-30, 大多数 …; checked when the sheet is evaluated) — and each header's
  comment giving the question, its unit and range;
- 填写说明 instructions: how to fill it in, in Chinese and English;
- 选项 choices: every choice of every question, with its id and labels (and 不知道).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from diagnose.answers.sheet import ANSWER_SHEET, COUNTY_COLUMNS
from diagnose.io.workbook import save_workbook
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.models import NUMERIC_TYPES, Question, QuestionType

ROWS = 1000  # rows the validation covers below the header
INSTRUCTIONS_SHEET = "填写说明 instructions"
CHOICES_SHEET = "选项 choices"
YES_NO_LABELS = ("是", "否", "不知道")
INSTRUCTIONS = [
    ("填写说明", "How to fill in this sheet"),
    (
        "每个县(区)填一行,从第 2 行起;第 1 行是表头,请勿修改(列的顺序可以调整,也可以删去不用的列)。",
        "One county (district) per row, from row 2; row 1 is the header: do not change it (columns may be "
        "reordered, and unused ones removed).",
    ),
    (
        "county_id 填县域代码(如行政区划代码),county_name 填名称;不填代码时以行号代替。",
        "county_id takes the county's code (e.g. its administrative division code), county_name its name; "
        "without a code the row number stands in.",
    ),
    (
        "是/否题:填 是 或 否(也可写 yes/no、true/false、1/0)。",
        "Yes/no questions: 是 or 否 (yes/no, true/false and 1/0 are read too).",
    ),
    (
        "单选题:从下拉列表中选择,或填选项编号(见“选项”表)。",
        "Single-choice questions: pick from the drop-down list, or write the choice id (see the choices sheet).",
    ),
    (
        "多选题:填一个或多个选项编号或选项文字,以空格、逗号或顿号分隔,如:finance land。",
        "Multiple-choice questions: one or more choice ids or labels, separated by spaces or commas, e.g. finance land.",
    ),
    (
        "数字题:填确切数字;只知道大概时照平常的写法填:约25、25左右、20-30、至少3、不到10、130余;百分比题还可填 大多数、"
        "半数左右、少数 等(读法见 docs/answers.md)。",
        "Number questions: the figure; where only a rough figure is known, write it as usual: 约25 (about 25), 20-30, "
        "至少3 (at least 3), 不到10 (under 10), 130余 (130-odd); for percentages also 大多数 (most), 半数左右 "
        "(about half), 少数 (a minority) … (their readings: docs/answers.md).",
    ),
    (
        "确实不掌握的填“不知道”;本县没有这项统计的填“没有统计”;不适用(被跳过)的题留空即可。",
        "Write 不知道 (unknown) where you truly have no figure, 没有统计 (not tracked) where the county keeps no "
        "statistics on it; leave a question that does not apply empty.",
    ),
    (
        "完全空白的行不算一个县;有误的格子会在评估结果中按 工作表、行号、列(问题编号)指出。",
        "A wholly empty row is no county; a bad cell is reported in the results by sheet, row and column (question id).",
    ),
    (
        "评估:diagnose evaluate 本文件.xlsx --summary 汇总.xlsx > 报告.jsonl",
        "To evaluate: diagnose evaluate this-file.xlsx --summary summary.xlsx > reports.jsonl",
    ),
]


def header(q: Question) -> str:
    return f"{q.title.zh} ({q.id})"


def _range(q: Question) -> str:
    lo, hi = q.bounds()
    unit = f" {q.unit.zh}" if q.unit else ""
    return f"{'−∞' if lo is None else f'{lo:g}'} – {'∞' if hi is None else f'{hi:g}'}{unit}"


def _comment(q: Question) -> str:
    lines = [q.label.zh, q.label.en]
    if q.type in NUMERIC_TYPES:
        lines.append(f"范围 range: {_range(q)}; 可填近似写法 approximate figures allowed (约25, 20-30)")
    elif q.type == QuestionType.multiple_choice:
        lines.append("多选,以空格分隔 several, separated by spaces: " + " ".join(q.choice_ids()))
    if q.relevant is not None:
        lines.append("(跳题:不适用时留空 skipped: leave empty when it does not apply)")
    return "\n".join(lines)


def write_template(kb: KnowledgeBase, path: str | Path) -> None:
    """The template workbook, written atomically."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = ANSWER_SHEET
    questions = list(kb.questions.values())
    ws.append([*(f"{titles[0]} ({key})" for key, titles in COUNTY_COLUMNS.items()), *(header(q) for q in questions)])
    choices = wb.create_sheet(CHOICES_SHEET)
    lists = _choices_sheet(choices, questions)
    for i, q in enumerate(questions, start=len(COUNTY_COLUMNS) + 1):
        col = get_column_letter(i)
        cell = ws.cell(row=1, column=i)
        cell.comment = Comment(_comment(q), "diagnose", width=360, height=160)
        dv = _validation(q, col, lists)
        if dv is not None:
            ws.add_data_validation(dv)
            dv.add(f"{col}2:{col}{ROWS + 1}")
        ws.column_dimensions[col].width = 18
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = ws.column_dimensions["B"].width = 16
    ws.freeze_panes = "C2"
    info = wb.create_sheet(INSTRUCTIONS_SHEET, 1)
    for zh, en in INSTRUCTIONS:
        info.append([zh, en])
    info.column_dimensions["A"].width = info.column_dimensions["B"].width = 80
    for row in info.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    save_workbook(wb, path)


def _choices_sheet(ws: Any, questions: list[Question]) -> dict[str, str]:
    """Every choice list; returns question id (or "yes_no") → the range its drop-down reads (column D)."""
    ws.append(["问题编号 question", "问题 title", "选项编号 choice id", "选项 label (zh)", "label (en)"])
    lists: dict[str, str] = {}
    start = ws.max_row + 1
    for label, en in zip(YES_NO_LABELS, ("yes", "no", "unknown"), strict=True):
        ws.append(["(是/否 yes/no)", "", en, label, en])
    lists["yes_no"] = f"'{CHOICES_SHEET}'!$D${start}:$D${ws.max_row}"
    for q in questions:
        if q.type not in (QuestionType.single_choice, QuestionType.multiple_choice):
            continue
        start = ws.max_row + 1
        for c in q.choices or []:
            ws.append([q.id, q.title.zh, c.id, c.label.zh, c.label.en])
        ws.append([q.id, q.title.zh, "unknown", "不知道", "unknown"])
        lists[q.id] = f"'{CHOICES_SHEET}'!$D${start}:$D${ws.max_row}"
    for col, width in zip("ABCDE", (30, 30, 20, 50, 50), strict=True):
        ws.column_dimensions[col].width = width
    return lists


def _validation(q: Question, col: str, lists: dict[str, str]) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    if q.type == QuestionType.yes_no:
        return _list(lists["yes_no"], q)
    if q.type == QuestionType.single_choice:
        return _list(lists[q.id], q)
    if q.type in NUMERIC_TYPES:
        # a number within range (a whole one for a count), or any text: an approximate figure is text
        lo, hi = q.bounds()
        cell = f"{col}2"
        checks = [f"ISNUMBER({cell})"]
        checks += [f"{cell}>={lo:g}"] if lo is not None else []
        checks += [f"{cell}<={hi:g}"] if hi is not None else []
        checks += [f"{cell}=INT({cell})"] if q.type == QuestionType.count else []
        dv = DataValidation(type="custom", formula1=f"OR(ISTEXT({cell}),AND({','.join(checks)}))", allow_blank=True)
        dv.error = f"应为 {_range(q)} 之间的数字,或近似写法(约25、20-30)/ a number in range, or an approximate figure"
        dv.errorTitle = q.title.zh[:32]
        dv.showErrorMessage = True
        return dv
    if q.type == QuestionType.multiple_choice:
        return None  # several choices in one cell: no list can check them; evaluate does
    raise ValueError(f"no template column for a {q.type.value} question ({q.id})")


def _list(source: str, q: Question) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    dv = DataValidation(type="list", formula1=f"={source}", allow_blank=True)
    dv.error = "请从下拉列表中选择 / choose from the list"
    dv.errorTitle = q.title.zh[:32]
    dv.showErrorMessage = True
    return dv
