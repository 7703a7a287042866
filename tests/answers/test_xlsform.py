"""The XLSForm: pyxform converts it to an XForm without errors or warnings (and ODK Validate passes it when
Java is present); its skip logic decides as the tool does; every kind of question has a field."""

from __future__ import annotations

import math
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pyxform.xls2xform import convert

from diagnose.answers import xlsform
from diagnose.answers.validate import normalise_answer, relevant
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.models import Question, QuestionType, Text


@pytest.fixture(scope="module")
def form(kb: KnowledgeBase, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("form") / "form.xlsx"
    xlsform.write_xlsform(kb, path)
    return path


def test_pyxform_converts_it_without_warnings(form: Path, kb: KnowledgeBase) -> None:
    warnings: list[str] = []
    result = convert(xlsform=str(form), warnings=warnings, validate=False)
    assert warnings == [] and result.warnings == []
    for qid in kb.questions:
        assert f"/{kb.section_of[qid]}/{qid}" in result.xform
    assert 'lang="中文 (zh)"' in result.xform and 'lang="English (en)"' in result.xform


@pytest.mark.skipif(shutil.which("java") is None, reason="ODK Validate needs Java; the conversion test runs without")
def test_odk_validate_passes_it(form: Path) -> None:
    warnings: list[str] = []
    convert(xlsform=str(form), warnings=warnings, validate=True)  # raises on an ODK Validate error
    assert warnings == []


def test_sheets_and_columns(form: Path, kb: KnowledgeBase) -> None:
    wb = load_workbook(form)
    assert wb.sheetnames == ["survey", "choices", "settings"]
    survey = list(wb["survey"].iter_rows(values_only=True))
    head = survey[0]
    rows = {r[head.index("name")]: dict(zip(head, r, strict=True)) for r in survey[1:]}
    assert rows["county_id"]["required"] == "yes"
    assert rows["grid_in_use"]["type"] == "select_one yes_no_unknown"
    assert rows["county_powers"]["type"] == "select_multiple county_powers"
    assert rows["county_pop_change_5y_pct"]["type"] == "text"
    assert "number(.) >= -60" in rows["county_pop_change_5y_pct"]["constraint"]
    assert rows["county_pop_change_5y_pct"]["constraint_message::English (en)"]
    derived = [q for q in kb.questions.values() if q.derivation() is not None]  # aggregates are asked directly
    assert derived
    for q in derived:
        assert rows[q.id + "__calc"]["type"] == "calculate"
        assert " div " in rows[q.id + "__calc"]["calculation"] or "/" not in (q.calculate or "")
    choices = list(wb["choices"].iter_rows(values_only=True))
    assert ("county_type", "unknown", "不知道", "Don't know") in choices


def test_every_kind_of_question_has_a_field(kb: KnowledgeBase) -> None:
    """A kind added to the questionnaire without a form field fails here, not in a province's survey."""
    text = Text(zh="题", en="q")
    for kind in QuestionType:
        extra: dict[str, Any] = {}
        if kind in (QuestionType.single_choice, QuestionType.multiple_choice):
            extra["choices"] = [{"id": "a", "label": text}, {"id": "b", "label": text}]
        if kind in (QuestionType.number, QuestionType.count, QuestionType.percent):
            extra |= {"unit": text, "min": 0, "max": 10}
        q = Question(id="x", type=kind, title=text, label=text, help=text, **extra)
        assert xlsform._question_rows(kb, q)[-1]["type"]


# ---------------------------------------------------------------- skip logic, decided as the tool decides


def _xpath_to_python(expr: str) -> str:
    """The XPath subset the form uses, as a Python expression over the helpers below."""
    expr = re.sub(r"\$\{(\w+)\}", r"v('\1')", expr)
    expr = expr.replace("count-selected(", "count_selected(").replace(" div ", " / ")
    expr = expr.replace(", '^", ", r'^")  # the regex literals, as raw strings
    return re.sub(r"(?<![!<>=])=(?!=)", "==", expr)


def _form_value(q: Question, answer: Any) -> str:
    """An answer as ODK holds it in the form's field."""
    if answer is None:
        return ""
    if isinstance(answer, bool):
        return "yes" if answer else "no"
    if isinstance(answer, list):
        return " ".join(answer)
    return str(answer)


class _Num(float):
    """XPath's numbers: a division by zero is infinity, not an error (both branches of if() are computed here)."""

    def __truediv__(self, other: float) -> _Num:  # type: ignore[override]
        return _Num("inf") if other == 0 else _Num(float(self) / other)

    def __rtruediv__(self, other: float) -> _Num:  # type: ignore[override]
        return _Num("inf") if self == 0 else _Num(other / float(self))

    def __mul__(self, other: float) -> _Num:  # type: ignore[override]
        return _Num(float(self) * other)

    __rmul__ = __mul__


def _evaluate(expr: str, values: dict[str, str], when: bool = False) -> Any:
    def number(s: Any) -> float:
        try:
            return _Num(s)
        except (TypeError, ValueError):
            return _Num("nan")

    env = {
        "v": lambda q: values.get(q, ""),
        "regex": lambda s, p: re.search(p, s) is not None,
        "selected": lambda s, c: c in s.split(),
        "count_selected": lambda s: len(s.split()),
        "number": number,
        "coalesce": lambda a, b: a or b,
        "floor": math.floor,
        # if(c, a, b): XPath evaluates only the branch taken; here a division by 0 gives inf, never used
        "when": lambda c, a, b: a if c else b,
    }
    result = eval(_xpath_to_python(expr), env)  # noqa: S307 - the test's own translation of the form's XPath
    return result if when else bool(result)  # noqa: S307 - the test's own translation of the form's XPath


def _answer(q: Question) -> st.SearchStrategy[Any]:
    if q.type == QuestionType.yes_no:
        plain: st.SearchStrategy[Any] = st.booleans()
    elif q.type == QuestionType.single_choice:
        plain = st.sampled_from(q.choice_ids())
    elif q.type == QuestionType.multiple_choice:
        plain = st.lists(st.sampled_from(q.choice_ids()), min_size=1, unique=True)
    else:
        lo, hi = q.bounds()
        plain = st.integers(int(lo if lo is not None else -100), int(hi if hi is not None else 1000))
    return st.one_of(st.none(), st.just("unknown"), plain)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_skip_logic_decides_as_the_tool_does(kb: KnowledgeBase, data: st.DataObject) -> None:
    gated = [q for q in kb.questions.values() if q.relevant is not None]
    q = data.draw(st.sampled_from(gated))
    assert q.relevant is not None
    gates = conditions.questions(q.relevant)
    known: dict[str, Any] = {}
    values: dict[str, str] = {}
    for g in gates:
        answer = data.draw(_answer(kb.questions[g]), label=g)
        values[g] = _form_value(kb.questions[g], answer)
        normal, problem = normalise_answer(kb.questions[g], answer, "en") if answer is not None else (None, None)
        assert problem is None
        if normal is not None:
            known[g] = normal
    asked_by_tool = relevant(kb, q.id, known) is not False
    asked_by_form = _evaluate(xlsform.relevant(kb, q), values) if xlsform.relevant(kb, q) else True
    if q.calculate is None:
        assert asked_by_form == asked_by_tool, (q.id, values)


def test_an_approximate_gate_is_asked_rather_than_skipped(kb: KnowledgeBase) -> None:
    """The form cannot read 约-8: a question it gates is asked (the tool decides when the export is evaluated)."""
    q = kb.questions["county_service_relayout"]
    assert _evaluate(xlsform.relevant(kb, q), {"county_type": "other", "county_pop_change_5y_pct": "约-3"})
    assert not _evaluate(xlsform.relevant(kb, q), {"county_type": "other", "county_pop_change_5y_pct": "-3"})
    assert _evaluate(xlsform.relevant(kb, q), {"county_type": "outflow", "county_pop_change_5y_pct": "-3"})


def test_a_derived_question_is_worked_out_from_plain_figures_and_then_not_asked(kb: KnowledgeBase) -> None:
    q = kb.questions["digital_form_time_pct"]
    assert q.calculate == "100 * digital_form_hours_week / digital_work_hours_week"
    calc = xlsform.calculation(kb, q).replace("if(", "when(", 1)
    values = {"digital_form_hours_week": "10", "digital_work_hours_week": "40"}
    assert _evaluate(calc, values, when=True) == 25
    assert _evaluate(calc, values | {"digital_work_hours_week": "约40"}, when=True) == ""
    assert _evaluate(calc, values | {"digital_work_hours_week": "0"}, when=True) == ""
    assert not _evaluate(xlsform.relevant(kb, q), {"digital_form_time_pct__calc": "25"})
    assert _evaluate(xlsform.relevant(kb, q), {"digital_form_time_pct__calc": ""}) == (
        q.relevant is None or relevant(kb, q.id, {}) is not False
    )


def _constraint_holds(q: Question, text: str) -> bool:
    expr = xlsform._number_constraint(q)
    expr = expr.replace("(.)", "(v('.'))").replace("(., ", "(v('.'), ").replace(". = ", "v('.') = ")
    return bool(_evaluate(expr, {".": text}))


def test_number_constraint_takes_figures_in_range_and_phrases(kb: KnowledgeBase) -> None:
    pct = kb.questions["grid_patrol_time_pct"]
    for ok in ("0", "55", "100", "约25", "20-30", "至少60", "大多数", "半数左右", "不知道", "没有统计", "30%左右"):
        assert _constraint_holds(pct, ok), ok
    for bad in ("101", "-1", "很多", "abc"):
        assert not _constraint_holds(pct, bad), bad
    count = next(q for q in kb.questions.values() if q.type == QuestionType.count)
    assert _constraint_holds(count, "3") and not _constraint_holds(count, "2.5") and _constraint_holds(count, "130余")
    assert not _constraint_holds(count, "大多数")  # a proportion word is for percentages only
