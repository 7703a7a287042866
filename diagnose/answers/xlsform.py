"""The questionnaire as an XLSForm (`diagnose questions --format xlsform`), for ODK Collect and KoboToolbox.

- One group per section, in order; `county_id` (required) and `county_name` first.
- yes/no → `select_one yes_no_unknown` (是 / 否 / 不知道); a single choice → `select_one <id>`, a multiple
  choice → `select_multiple <id>`, each list with "不知道" (unknown) added, which a multiple choice takes alone.
- A numeric question is a `text` field, so that a figure known only roughly is written as officials write
  it (约25, 20-30, 至少3, 大多数 …) and read by the tool exactly as in the consultation. Its constraint
  checks a plain number against the question's range (a whole number for a count) and lets other text
  through only when it holds a digit, or is 不知道 / 没有统计 (or, for a percentage, a proportion word); a
  phrase the tool cannot read becomes an error record naming its row and column when the export is evaluated.
- `relevant` mirrors the tool: a question is skipped only when its skip condition is definitely false,
  and asked when it holds or cannot yet be told (a gate unanswered or "不知道", an approximate figure).
- A derived question (`calculate:`) gets a `calculate` field `<id>__calc` beside it, worked out from plain
  figures; the question itself is asked only when that has no value (the tool derives it again itself).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from diagnose.answers.phrases import PROPORTIONS
from diagnose.answers.sheet import CALC_SUFFIX
from diagnose.io.workbook import save_workbook
from diagnose.knowledge import conditions, formula
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.models import NUMERIC_TYPES, Question, QuestionType

ZH, EN = "中文 (zh)", "English (en)"
SURVEY_COLUMNS = (
    "type",
    "name",
    f"label::{ZH}",
    f"label::{EN}",
    f"hint::{ZH}",
    f"hint::{EN}",
    "required",
    "relevant",
    "constraint",
    f"constraint_message::{ZH}",
    f"constraint_message::{EN}",
    "calculation",
)
CHOICE_COLUMNS = ("list_name", "name", f"label::{ZH}", f"label::{EN}")
SETTINGS_COLUMNS = ("form_title", "form_id", "version", "default_language")
YES_NO = "yes_no_unknown"
UNKNOWN = ("unknown", "不知道", "Don't know")
PLAIN_NUMBER = r"^\s*-?[0-9]+(\.[0-9]+)?\s*$"
TEXT_WORDS = ("不知道", "unknown", "没有统计", "not_tracked")
_XPATH_OPS = {"eq": "=", "ne": "!=", "lt": "<", "lte": "<=", "gt": ">", "gte": ">="}
Row = dict[str, Any]


def _ref(kb: KnowledgeBase, qid: str) -> str:
    """A question's value in XPath; a derived question's is its calculation when it was not asked."""
    if kb.questions[qid].derivation() is not None:
        return f"coalesce(${{{qid}}}, ${{{qid}{CALC_SUFFIX}}})"
    return f"${{{qid}}}"


def _is_number(value: str) -> str:
    return f"regex({value}, '{PLAIN_NUMBER}')"


def _literal(value: Any) -> str:
    text = repr(value) if isinstance(value, int | float) else f"'{value}'"
    return text


def truth(kb: KnowledgeBase, cond: conditions.Condition) -> tuple[str, str]:
    """XPath for (the condition definitely holds, the condition definitely fails): Kleene's three values,
    as the tool evaluates them, with anything not a plain known answer counting as unknown."""
    if isinstance(cond, conditions.All | conditions.Any_):
        parts = [truth(kb, i) for i in cond.items]
        conj = " and ".join(f"({p[0]})" for p in parts), " or ".join(f"({p[1]})" for p in parts)
        disj = " or ".join(f"({p[0]})" for p in parts), " and ".join(f"({p[1]})" for p in parts)
        return conj if isinstance(cond, conditions.All) else disj
    if isinstance(cond, conditions.Not):
        yes, no = truth(kb, cond.item)
        return no, yes
    if not isinstance(cond, conditions.Atom):
        raise ValueError(f"a form's skip logic reads answers only, not {cond!r}")
    return _atom(kb, cond)


def _atom(kb: KnowledgeBase, a: conditions.Atom) -> tuple[str, str]:
    q = kb.questions[a.q]
    v = _ref(kb, a.q)
    if q.type == QuestionType.yes_no and a.op in ("eq", "ne") and isinstance(a.value, bool):
        holds = "yes" if (a.value is True) == (a.op == "eq") else "no"
        return f"{v} = '{holds}'", f"{v} = '{'no' if holds == 'yes' else 'yes'}'"
    if q.type in NUMERIC_TYPES and a.op in _XPATH_OPS and not isinstance(a.value, bool | str):
        test = f"number({v}) {_XPATH_OPS[a.op]} {_literal(a.value)}"
        return f"{_is_number(v)} and {test}", f"{_is_number(v)} and not({test})"
    if q.type == QuestionType.single_choice and a.op in ("in", "eq", "ne"):
        ids = a.value if a.op == "in" else (a.value,)
        among = " or ".join(f"{v} = '{c}'" for c in ids)
        known = f"{v} != '' and {v} != 'unknown'"
        if a.op == "ne":
            return f"{known} and not({among})", f"({among})"
        return f"({among})", f"{known} and not({among})"
    if q.type == QuestionType.multiple_choice and a.op == "has":
        known = f"count-selected({v}) > 0 and not(selected({v}, 'unknown'))"
        return f"selected({v}, '{a.value}')", f"{known} and not(selected({v}, '{a.value}'))"
    # a new kind of question or comparison must be mapped here: the test over the whole base fails loudly
    raise ValueError(f"no XLSForm skip logic for {a.op} on a {q.type.value} question ({a.q})")


def relevant(kb: KnowledgeBase, q: Question) -> str:
    """Asked unless its skip condition is definitely false; a derived question only when not worked out."""
    parts = []
    if q.relevant is not None:
        parts.append(f"not({truth(kb, q.relevant)[1]})")
    if q.derivation() is not None:
        parts.append(f"${{{q.id}{CALC_SUFFIX}}} = ''")
    return " and ".join(parts)


def _formula(kb: KnowledgeBase, f: formula.Formula, divisors: list[str]) -> str:
    if isinstance(f, formula.Num):
        return _literal(f.value)
    if isinstance(f, formula.Ref):
        return f"number({_ref(kb, f.q)})"
    if isinstance(f, formula.Neg):
        return f"-({_formula(kb, f.item, divisors)})"
    left, right = _formula(kb, f.left, divisors), _formula(kb, f.right, divisors)
    if f.op == "/":
        divisors.append(right)
        return f"({left} div {right})"
    return f"({left} {f.op} {right})"


def calculation(kb: KnowledgeBase, q: Question) -> str:
    """The derived value from plain figures, or '' while an input is missing, approximate or a divisor is 0."""
    tree = q.derivation()
    assert tree is not None
    divisors: list[str] = []
    expr = _formula(kb, tree, divisors)
    guards = [_is_number(_ref(kb, r)) for r in formula.questions(tree)] + [f"{d} != 0" for d in divisors]
    return f"if({' and '.join(guards)}, {expr}, '')"


def _number_constraint(q: Question) -> str:
    lo, hi = q.bounds()
    checks = [_is_number(".")]
    if lo is not None:
        checks.append(f"number(.) >= {lo:g}")
    if hi is not None:
        checks.append(f"number(.) <= {hi:g}")
    if q.type == QuestionType.count:
        checks.append("floor(number(.)) = number(.)")
    words = [*TEXT_WORDS, *(PROPORTIONS if q.type == QuestionType.percent else ())]
    text = " or ".join(["regex(., '[0-9]')", *(f". = '{w}'" for w in words)])
    return f"({' and '.join(checks)}) or (not({_is_number('.')}) and ({text}))"


def _number_hints(q: Question) -> tuple[str, str]:
    lo, hi = q.bounds()
    span = f"{'−∞' if lo is None else f'{lo:g}'}–{'∞' if hi is None else f'{hi:g}'}"
    unit_zh, unit_en = (q.unit.zh, q.unit.en) if q.unit else ("", "")
    words_zh = "、大多数、半数左右" if q.type == QuestionType.percent else ""
    words_en = ", 大多数 (most), 半数左右 (about half)" if q.type == QuestionType.percent else ""
    return (
        f"单位:{unit_zh};范围 {span}。可填确切数字,或近似写法:约25、20-30、至少3、130余{words_zh};"
        "不掌握填“不知道”,没有统计填“没有统计”。",
        f"Unit: {unit_en}; range {span}. Give the figure, or an approximate one: 约25 (about 25), 20-30, "
        f"至少3 (at least 3), 130余 (130-odd){words_en}; write 不知道 (unknown) or 没有统计 (not tracked).",
    )


def _question_rows(kb: KnowledgeBase, q: Question) -> list[Row]:
    rows: list[Row] = []
    row: Row = {
        "name": q.id,
        f"label::{ZH}": q.label.zh,
        f"label::{EN}": q.label.en,
        f"hint::{ZH}": q.help.zh,
        f"hint::{EN}": q.help.en,
        "relevant": relevant(kb, q),
    }
    if q.type == QuestionType.yes_no:
        row["type"] = f"select_one {YES_NO}"
    elif q.type == QuestionType.single_choice:
        row["type"] = f"select_one {q.id}"
    elif q.type == QuestionType.multiple_choice:
        row["type"] = f"select_multiple {q.id}"
        row["constraint"] = "not(selected(., 'unknown')) or count-selected(.) = 1"
        row[f"constraint_message::{ZH}"] = "“不知道”须单独选择"
        row[f"constraint_message::{EN}"] = '"Don\'t know" is chosen on its own'
    elif q.type in NUMERIC_TYPES:
        zh, en = _number_hints(q)
        row["type"] = "text"
        row[f"hint::{ZH}"] = f"{q.help.zh}\n{zh}"
        row[f"hint::{EN}"] = f"{q.help.en}\n{en}"
        row["constraint"] = _number_constraint(q)
        row[f"constraint_message::{ZH}"] = zh
        row[f"constraint_message::{EN}"] = en
        if q.derivation() is not None:  # an aggregate over projects is asked directly here
            rows.append({"type": "calculate", "name": f"{q.id}{CALC_SUFFIX}", "calculation": calculation(kb, q)})
    else:  # pragma: no cover - a new kind of question must be given a form field here
        raise ValueError(f"no XLSForm field for a {q.type.value} question ({q.id})")
    return [*rows, row]


def survey(kb: KnowledgeBase) -> list[Row]:
    rows: list[Row] = [
        {"type": "text", "name": "county_id", f"label::{ZH}": "县域代码", f"label::{EN}": "County id"},
        {"type": "text", "name": "county_name", f"label::{ZH}": "县域名称", f"label::{EN}": "County name"},
    ]
    rows[0]["required"] = "yes"
    for section in sorted(kb.sections, key=lambda s: s.order):
        rows.append(
            {
                "type": "begin group",
                "name": section.id,
                f"label::{ZH}": section.title.zh,
                f"label::{EN}": section.title.en,
            }
        )
        for q in kb.questions_in(section.id):
            rows += _question_rows(kb, q)
        rows.append({"type": "end group", "name": section.id})
    return rows


def choices(kb: KnowledgeBase) -> list[Row]:
    rows: list[Row] = [
        {"list_name": YES_NO, "name": "yes", f"label::{ZH}": "是", f"label::{EN}": "Yes"},
        {"list_name": YES_NO, "name": "no", f"label::{ZH}": "否", f"label::{EN}": "No"},
    ]
    rows.append({"list_name": YES_NO, "name": UNKNOWN[0], f"label::{ZH}": UNKNOWN[1], f"label::{EN}": UNKNOWN[2]})
    for q in kb.questions.values():
        if q.type in (QuestionType.single_choice, QuestionType.multiple_choice):
            for c in q.choices or []:
                rows.append({"list_name": q.id, "name": c.id, f"label::{ZH}": c.label.zh, f"label::{EN}": c.label.en})
            rows.append({"list_name": q.id, "name": UNKNOWN[0], f"label::{ZH}": UNKNOWN[1], f"label::{EN}": UNKNOWN[2]})
    return rows


def settings(kb: KnowledgeBase) -> list[Row]:
    meta = kb.meta
    return [
        {
            "form_title": meta.title.zh,
            "form_id": meta.id.replace("-", "_"),
            "version": meta.version,
            "default_language": ZH,
        }
    ]


def write_xlsform(kb: KnowledgeBase, path: str | Path) -> None:
    """The XLSForm workbook (survey, choices, settings), written atomically."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "survey"
    for sheet, columns, rows in (
        (ws, SURVEY_COLUMNS, survey(kb)),
        (wb.create_sheet("choices"), CHOICE_COLUMNS, choices(kb)),
        (wb.create_sheet("settings"), SETTINGS_COLUMNS, settings(kb)),
    ):
        sheet.append(list(columns))
        for row in rows:
            sheet.append([row.get(c) or None for c in columns])
    save_workbook(wb, path)
