"""A spreadsheet's rows as input records: this tool's Excel template, an ODK/KoboToolbox export of its
XLSForm, or any sheet whose headers are question ids or their Chinese titles or labels.

Each non-empty row becomes one record, in order (a wholly empty row is no county and is skipped: an
office's sheet has them between blocks and below the data). Cells are turned into the answers' JSON
forms and then validated like any record, so a cell reads exactly as the same answer would in JSON or
in the consultation; where each answer came from (sheet, row, cell) travels with the record, so that
a bad cell's problem names it (batch/evaluate.py).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from diagnose.answers import phrases
from diagnose.answers.validate import NOT_TRACKED_WORDS, UNKNOWN_WORDS
from diagnose.i18n import t
from diagnose.io.records import Item, Origin
from diagnose.io.workbook import Cell, Table
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.models import Question, QuestionType

# The template's answer sheet (answers/template.py); any other workbook is read from its first sheet.
ANSWER_SHEET = "答卷 answers"
COUNTY_COLUMNS = {"county_id": ("县域代码", "county id"), "county_name": ("县域名称", "county name")}
YES = ("yes", "y", "true", "是", "1", "对", "有")
NO = ("no", "n", "false", "否", "0", "不", "无")
# A template header: the title, then the id in brackets (县域类型 (county_type)).
_ID_IN_HEADER = re.compile(r"\(\s*([a-z][a-z0-9_]*)\s*\)\s*$")
# Columns ODK Central and KoboToolbox add to an export, and the form's own helper fields: not answers.
_SYSTEM = frozenset(
    "start end today deviceid username phonenumber simserial subscriberid audit instanceid instancename key "
    "submissiondate submitterid submittername attachmentspresent attachmentsexpected status reviewstate edits "
    "formversion uuid".split()
)
_SYSTEM_GROUPS = ("meta", "formhub")
CALC_SUFFIX = "__calc"  # the XLSForm's calculation beside a derived question (answers/xlsform.py)
_SPLIT_CHOICES = re.compile(r"[\s,，、;；]+")
# The question kinds this module turns cells into answers for: a kind added to the questionnaire
# without a mapping here fails the test that checks this covers QuestionType, not a county's row.
MAPPED_KINDS = frozenset(QuestionType)


@dataclass(frozen=True)
class Column:
    kind: str  # "question", "choice" (one column per choice of a multiple choice), "county", "ignored", "unknown"
    key: str = ""  # question id, or county_id / county_name
    choice: str = ""
    header: str = ""


def _norm(value: Any) -> str:
    return unicodedata.normalize("NFKC", str(value)).strip()


def _names(kb: KnowledgeBase) -> dict[str, Column]:
    """Every name a header may use for a column: ids, Chinese titles and labels, the template's headers."""
    names: dict[str, Column] = {}
    for key, titles in COUNTY_COLUMNS.items():
        for name in (key, *titles):
            names[name.lower()] = Column("county", key)
    for q in kb.questions.values():
        for name in (q.id, q.title.zh, q.label.zh):
            names.setdefault(_norm(name).lower(), Column("question", q.id))
    return names


def column_of(kb: KnowledgeBase, header: Cell, names: dict[str, Column] | None = None) -> Column:
    """What a header names. ODK and Kobo prefix a field with its groups (`group/qid`, or `group-qid` in
    ODK Central) and may split a multiple choice into one column per choice (`qid/choice`)."""
    names = names if names is not None else _names(kb)
    text = _norm("" if header is None else header)
    if not text:
        return Column("ignored", header="")
    found = names.get(text.lower())
    if found is not None:
        return Column(found.kind, found.key, header=text)
    m = _ID_IN_HEADER.search(text)
    if m and m[1] in names:
        return Column(names[m[1]].kind, names[m[1]].key, header=text)
    parts = [p for p in re.split(r"[/\-]", text.lower()) if p]
    if not parts:
        return Column("unknown", header=text)
    if text.startswith("_") or parts[-1] in _SYSTEM or any(p in _SYSTEM_GROUPS for p in parts):
        return Column("ignored", header=text)
    if parts[-1].endswith(CALC_SUFFIX):
        return Column("ignored", header=text)
    if parts[-1] in kb.questions:
        return Column("question", parts[-1], header=text)
    if parts[-1] in COUNTY_COLUMNS:
        return Column("county", parts[-1], header=text)
    if len(parts) >= 2 and parts[-2] in kb.questions:
        q = kb.questions[parts[-2]]
        if q.type == QuestionType.multiple_choice and parts[-1] in q.choice_ids():
            return Column("choice", q.id, parts[-1], header=text)
    return Column("unknown", header=text)


def _choice_of(q: Question, token: str) -> str:
    """A choice written as its id or its Chinese or English label (any other text is left as written)."""
    low = token.lower()
    for c in q.choices or []:
        if low in (c.id, _norm(c.label.zh).lower(), _norm(c.label.en).lower()):
            return c.id
    return token


def _plain_number(text: str) -> int | float | None:
    try:
        reading = phrases.read(text)
    except phrases.PhraseError:
        return None
    return reading.value if isinstance(reading.value, int | float) else None


def cell_answer(q: Question, value: Cell) -> Any:
    """A cell as the JSON answer it stands for; text this cannot read is passed on as written, so that
    validation names what is wrong with it. None: the cell is empty (no answer)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        text = _norm(value)
        if text.lower() in (*UNKNOWN_WORDS, *NOT_TRACKED_WORDS):
            return text.lower() if text.lower() in ("unknown", "not_tracked") else text
    if q.type not in MAPPED_KINDS:  # pragma: no cover - a new kind must be mapped here (see MAPPED_KINDS)
        raise NotImplementedError(q.type)
    if q.type == QuestionType.yes_no:
        if isinstance(value, bool):
            return value
        word = _norm(value).lower()
        if isinstance(value, int | float) and value in (0, 1):
            word = str(int(value))
        return True if word in YES else False if word in NO else value
    if q.type in (QuestionType.number, QuestionType.count, QuestionType.percent):
        if isinstance(value, str):
            number = _plain_number(value)
            return _norm(value) if number is None else number
        return value
    if q.type == QuestionType.single_choice:
        return _choice_of(q, _norm(value))
    word = _norm(value).lower()
    if word in NONE_WORDS and not (word == "none" and "none" in q.choice_ids()):
        return []  # nothing ticked, said in words (an empty cell is no answer; `none` may be a choice's id)
    tokens = [tok for tok in _SPLIT_CHOICES.split(_norm(value)) if tok]
    return [_choice_of(q, tok) for tok in tokens]


# a multiple choice with nothing ticked, as the consultation takes it
NONE_WORDS = ("无", "没有", "都没有", "都不是", "none")


def _ticked(value: Cell) -> bool | None:
    """An ODK/Kobo one-column-per-choice cell: ticked, not ticked (empty, 0, false), or None (unreadable)."""
    if value is None or isinstance(value, bool):
        return bool(value)
    word = _norm(value).lower()
    if isinstance(value, int | float):
        word = str(int(value)) if value in (0, 1) else word
    if word in ("", *NO):
        return False
    return True if word in YES else None


def expected(q: Question, lang: str) -> str:
    """What a cell of this question may hold, in the user's language (for a bad cell's problem)."""
    if q.type == QuestionType.yes_no:
        return t("sheet_expect_yes_no", lang)
    if q.type in (QuestionType.number, QuestionType.count, QuestionType.percent):
        lo, hi = q.bounds()
        key = "sheet_expect_count" if q.type == QuestionType.count else "sheet_expect_number"
        return t(
            key,
            lang,
            lo="−∞" if lo is None else f"{lo:g}",
            hi="∞" if hi is None else f"{hi:g}",
            unit=q.unit.get(lang) if q.unit else "",
        )
    choices = ", ".join(f"{c.id} ({c.label.get(lang)})" for c in q.choices or [])
    key = "sheet_expect_choice" if q.type == QuestionType.single_choice else "sheet_expect_choices"
    return t(key, lang, choices=choices)


def column_letter(index: int) -> str:
    """A 0-based column index as the spreadsheet names it: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _written(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _empty(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def items(kb: KnowledgeBase, table: Table, lang: str) -> Iterator[Item]:
    """One Item per non-empty row, numbered 1, 2, … in order, each with its Origin."""
    names = _names(kb)
    columns = [column_of(kb, h, names) for h in table.header]
    known = [c.key for c in columns if c.kind == "question"] + list(kb.questions)
    n = 0
    for row, cells in table.rows:
        if all(_empty(c) for c in cells):
            continue
        n += 1
        yield _record(kb, table.name, row, n, columns, cells, known, lang)
    if n == 0:
        yield Item(1, error=t("empty_input", lang))


def _record(
    kb: KnowledgeBase,
    sheet: str,
    row: int,
    n: int,
    columns: list[Column],
    cells: list[Cell],
    known: list[str],
    lang: str,
) -> Item:
    county: dict[str, Any] = {}
    answers: dict[str, Any] = {}
    written: dict[str, str] = {}
    ticks: dict[str, list[str]] = {}
    problems: list[tuple[str, str, str]] = []
    for i, (col, value) in enumerate(zip(columns, cells, strict=False)):
        if _empty(value) or col.kind == "ignored" and col.header:
            continue
        text = _written(value)
        if col.kind == "county":
            county["id" if col.key == "county_id" else "name"] = text.strip()
        elif col.kind == "question":
            if col.key in answers:
                problems.append((col.key, text, t("sheet_duplicate_column", lang, column=col.header)))
                continue
            answers[col.key] = cell_answer(kb.questions[col.key], value)
            written[col.key] = text
        elif col.kind == "choice":
            ticked = _ticked(value)
            if ticked is None:
                problems.append((col.key, text, t("sheet_choice_cell", lang, column=col.header)))
            else:  # a 0 written out means the question was answered: nothing ticked is [] (an empty cell is no answer)
                chosen = ticks.setdefault(col.key, []) if ticked or text.strip() else ticks.get(col.key)
                if ticked and chosen is not None:
                    chosen.append(col.choice)
        else:  # a header this tool does not know, or a value under no header: never dropped silently
            name = col.header or column_letter(i)
            close = difflib.get_close_matches(col.header.lower(), known, n=3) if col.header else []
            hint = t("did_you_mean", lang, ids=", ".join(close)) if close else ""
            problems.append((name, text, t("sheet_unknown_column", lang, column=name, hint=hint)))
    for qid, chosen in ticks.items():  # in questionnaire order of their columns
        if answers.get(qid) is None:
            answers[qid] = chosen
            written[qid] = " ".join(chosen)
    county.setdefault("id", str(row))
    if not county["id"]:
        county["id"] = str(row)
    answers = {k: v for k, v in answers.items() if v is not None}
    return Item(n, value={"county": county, "answers": answers}, origin=Origin(sheet, row, written, tuple(problems)))


def read_items(kb: KnowledgeBase, data: bytes, fmt: str, name: str, lang: str) -> Iterator[Item]:
    """The records of a whole .xlsx or .csv file's bytes; a file that is no such spreadsheet is one error record."""
    from diagnose.io.workbook import SheetError, read_table

    try:
        table = read_table(data, fmt, prefer=(ANSWER_SHEET,), name=name)
    except SheetError as e:
        yield Item(1, error=t("sheet_unreadable", lang, detail=str(e)))
        return
    yield from items(kb, table, lang)
