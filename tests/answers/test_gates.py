"""An answered follow-up implies its gate (answers/gates.py, issue 16 point 3)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from diagnose.answers.gates import _implied, _side
from diagnose.answers.validate import validate
from diagnose.batch.evaluate import evaluate_item
from diagnose.io.records import Item
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.choices import Choices
from diagnose.knowledge.interval import Interval
from diagnose.report.model import Report
from diagnose.report.text import render


def rec(answers: dict) -> dict:
    return {"county": {"id": "c1", "name": "县"}, "answers": answers}


def report_of(kb: KnowledgeBase, answers: dict, lang: str) -> Report:
    r = evaluate_item(kb, Item(1, value=rec(answers)), lang)
    assert isinstance(r, Report)
    return r


@pytest.mark.parametrize("gate", ["unknown", "不知道", None])
def test_a_yes_no_gate_left_unknown_is_implied_by_its_answered_follow_up(kb: KnowledgeBase, gate: str | None) -> None:
    answers = {"duty_items_outside_list": 130} | ({"duty_village_list": gate} if gate else {})
    v = validate(kb, rec(answers), "zh")
    assert v.answers["duty_village_list"] is True
    assert [(i.question, i.value, i.by) for i in v.implied] == [("duty_village_list", True, "duty_items_outside_list")]


def test_a_stated_gate_is_never_overridden(kb: KnowledgeBase) -> None:
    no = validate(kb, rec({"duty_village_list": False, "duty_items_outside_list": 130}), "zh")
    assert no.answers["duty_village_list"] is False and "duty_items_outside_list" not in no.answers
    assert no.implied == [] and no.ignored == ["duty_items_outside_list"]
    yes = validate(kb, rec({"duty_village_list": True, "duty_items_outside_list": 130}), "zh")
    assert yes.implied == []


def test_an_unknown_or_untracked_follow_up_implies_nothing(kb: KnowledgeBase) -> None:
    for value in ("unknown", "not_tracked"):
        v = validate(kb, rec({"duty_village_list": "unknown", "duty_items_outside_list": value}), "zh")
        assert v.answers["duty_village_list"] is None and v.implied == []


def test_a_count_gate_above_zero_becomes_at_least_one(kb: KnowledgeBase) -> None:
    v = validate(kb, rec({"innov_project_count": "unknown", "innov_borrowed_pct": 40}), "zh")
    assert v.answers["innov_project_count"] == Interval(1, None)
    assert {i.question for i in v.implied} == {"innov_project_count"}


def test_a_gate_at_least_two_fields(kb: KnowledgeBase) -> None:
    follow_up = next(
        q.id for q in kb.questions.values() if q.relevant == conditions.parse({"q": "reform_field_count", "gte": 2})
    )
    answer = True if kb.questions[follow_up].type.value == "yes_no" else 1
    v = validate(kb, rec({follow_up: answer}), "zh")
    assert v.answers["reform_field_count"] == Interval(2, None)


def test_implied_gates_chain(kb: KnowledgeBase) -> None:
    """A gate implied is a follow-up itself: its own gate is implied in turn."""
    chained = [
        q
        for q in kb.questions.values()
        if q.relevant is not None
        and isinstance(q.relevant, conditions.Atom)
        and q.relevant.op == "eq"
        and kb.questions[q.relevant.q].relevant is not None
        and isinstance(kb.questions[q.relevant.q].relevant, conditions.Atom)
        and kb.questions[q.relevant.q].relevant.op in ("eq", "gt", "gte")  # type: ignore[union-attr]
    ]
    if not chained:
        pytest.skip("no two-level yes/no gate in this knowledge base")
    q = chained[0]
    answer = {"yes_no": True, "count": 3, "percent": 50, "number": 3}.get(q.type.value)
    if answer is None:
        answer = q.choice_ids()[0] if q.type.value == "single_choice" else [q.choice_ids()[0]]
    v = validate(kb, rec({q.id: answer}), "zh")
    gate = q.relevant.q  # type: ignore[union-attr]
    outer = kb.questions[gate].relevant.q  # type: ignore[union-attr]
    assert v.answers[gate] == q.relevant.value  # type: ignore[union-attr]
    assert v.answers[outer] is not None
    assert {i.question for i in v.implied} == {gate, outer}


def test_the_fact_counts_for_the_sign_and_the_report_says_where_the_gate_came_from(kb: KnowledgeBase) -> None:
    answers = {"duty_village_list": "unknown", "duty_items_outside_list": 130}
    report = report_of(kb, answers, "zh")
    reached = {d.id: d for d in report.diagnoses}
    assert "list_bypassed" in {s.id for s in reached["responsibility_overload"].signs}
    assert [(i.question, i.value, i.by) for i in report.implied] == [
        ("duty_village_list", True, "duty_items_outside_list")
    ]
    zh = render(kb, report, "zh")
    assert "由已答后续问题推知的前提" in zh and "已回答「清单之外要求村(社区)承担的事项数」" in zh
    en = render(kb, report_of(kb, answers, "en"), "en")
    assert "Gates implied by answered follow-ups" in en and "was answered, which presupposes it" in en


@pytest.mark.parametrize(
    ("cond", "current", "expected"),
    [
        ({"q": "g", "in": ["a"]}, None, [("g", "a")]),
        ({"q": "g", "in": ["a", "b"]}, None, []),  # one of two: which is not known
        ({"q": "m", "has": "x"}, None, [("m", Choices(yes=("x",), no=()))]),
        ({"q": "m", "has": "x"}, Choices(yes=("y",), no=()), [("m", Choices(yes=("x", "y"), no=()))]),
        ({"q": "m", "has": "x"}, Choices(yes=(), no=("x",)), []),  # stated absent: kept
        ({"q": "g", "ne": "a"}, None, []),
        ({"any": [{"q": "g", "eq": "a"}, {"q": "y", "eq": True}]}, None, []),
        ({"not": {"q": "y", "eq": False}}, None, []),
        ({"all": [{"q": "y", "eq": True}, {"q": "g", "in": ["b"]}]}, None, [("y", True), ("g", "b")]),
    ],
)
def test_which_conditions_imply_what(cond: dict, current: object, expected: list) -> None:
    from diagnose.knowledge.models import Question

    def q(qid: str, type_: str, choices: list[str] | None = None) -> Question:
        text = {"zh": qid, "en": qid}
        data: dict = {"id": qid, "type": type_, "title": text, "label": text, "help": text}
        if choices:
            data["choices"] = [{"id": c, "label": {"zh": c, "en": c}} for c in choices]
        return Question.model_validate(data)

    questions = {
        "g": q("g", "single_choice", ["a", "b"]),
        "m": q("m", "multiple_choice", ["x", "y", "z"]),
        "y": q("y", "yes_no"),
    }
    answers = {"m": current} if current is not None else {}
    assert _implied(SimpleNamespace(questions=questions), conditions.parse(cond), answers) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("type_", "op", "x", "expected"),
    [
        ("count", "gt", 0, Interval(1, None)),
        ("count", "gte", 2, Interval(2, None)),
        ("count", "gt", 2.5, Interval(3, None)),
        ("count", "lt", 3, Interval(0, 2)),
        ("count", "lte", 3, Interval(0, 3)),
        ("percent", "gt", 0, Interval(0, 100, lo_open=True)),
        ("percent", "gte", 50, Interval(50, 100)),
        ("percent", "lt", 10, Interval(0, 10, hi_open=True)),
        ("percent", "gt", 100, None),  # nothing left of the range
        ("count", "lt", 0, None),
    ],
)
def test_a_numeric_gate_becomes_its_side_of_the_threshold(
    type_: str, op: str, x: float, expected: Interval | None
) -> None:
    from diagnose.knowledge.models import Question

    text = {"zh": "n", "en": "n"}
    q = Question.model_validate({"id": "n", "type": type_, "title": text, "label": text, "help": text, "unit": text})
    assert _side(q, op, x) == expected


@pytest.mark.parametrize(
    ("lang", "heading"), [("zh", "由已答后续问题推知的前提"), ("en", "Gates implied by answered follow-ups")]
)
def test_explain_names_the_implied_gate(kb: KnowledgeBase, lang: str, heading: str) -> None:
    from diagnose.reasoning import explain

    record = validate(kb, rec({"duty_village_list": "unknown", "duty_items_outside_list": 130}), lang)
    e = explain.explain(kb, record, lang)
    assert [(i.question, i.by) for i in e.implied] == [("duty_village_list", "duty_items_outside_list")]
    text = explain.render(kb, e, lang)
    assert heading in text and kb.questions["duty_items_outside_list"].title.get(lang) in text


def test_the_county_type_is_never_implied(kb: KnowledgeBase) -> None:
    """Running an eco arrangement does not make a county border/ecological: a gate on a question fixed by the
    county's situation (`fixed_by: context`) is not implied."""
    follow_up = next(
        q
        for q in kb.questions.values()
        if q.relevant == conditions.parse({"q": "county_type", "in": ["border_ecological"]})
    )
    answer = follow_up.choice_ids()[:1] if follow_up.type.value == "multiple_choice" else True
    v = validate(kb, rec({"county_type": "unknown", follow_up.id: answer}), "zh")
    assert v.answers.get("county_type") is None and v.implied == []
