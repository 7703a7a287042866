"""Step definitions for features/consultation.feature: the consultation in domain words, questions and
sections named by their Chinese titles (names.py maps them to ids)."""

from __future__ import annotations

import json
from typing import Any

import names
import pytest
from conftest import RULES
from pytest_bdd import given, parsers, then, when
from replies import reply_to

from diagnose.batch.evaluate import evaluate_item
from diagnose.consult import deferred, in_place, repeat
from diagnose.consult.machine import Consultation
from diagnose.io.records import Item
from diagnose.report.model import dump_json


@pytest.fixture
def session() -> dict[str, Any]:
    return {}


@given("开始一次问卷咨询")
def start(kb: Any, session: dict[str, Any]) -> None:
    session["c"] = Consultation(kb, "zh", county={"id": "feature", "name": "示例县"})
    session["said"] = ""


@when("依次回答:")
def answer_in_turn(session: dict[str, Any], datatable: list[list[str]]) -> None:
    """Each question named must be one the consultation may still ask (its section may come later)."""
    c: Consultation = session["c"]
    assert datatable[0][:2] == ["问题", "回答"], datatable[0]
    for title, reply in datatable[1:]:
        qid = names.question(c.kb, title)
        assert qid in [q.id for q in c.candidates()], f"「{title}」 would not be asked"
        assert c.answer(c.kb.questions[qid], reply) is None


def question(group: str = "question") -> str:
    """A question's title in the features' corner brackets, captured as `group`."""
    return names.bracketed(group)


@when(parsers.re(rf"对{question()}回答 (?P<reply>.+)"))
def answer_named(session: dict[str, Any], question: str, reply: str) -> None:
    c: Consultation = session["c"]
    q = c.kb.questions[names.question(c.kb, question)]
    session["said"] = c.answer(q, reply) or ""
    session["echo"] = "" if session["said"] else c.recorded_as(q, reply) or ""


@then(parsers.re(r"回答读作 (?P<text>.+)"))
def read_as(session: dict[str, Any], text: str) -> None:
    assert session["echo"] == text, session["echo"]


@then(parsers.re(rf"“已在运行的机制”一节列出{names.bracketed('mechanism')}"))
def offered(kb: Any, session: dict[str, Any], mechanism: str) -> None:
    assert names.mechanism(kb, mechanism) in session["c"].mechanisms_to_offer()


@when(parsers.re(rf"填写已在运行的机制{names.bracketed('mechanism')}:(?P<entry>.+)"))
def in_place_entry(kb: Any, session: dict[str, Any], mechanism: str, entry: str) -> None:
    c: Consultation = session["c"]
    read, problem = in_place.parse_entry(entry, "zh")
    assert read is not None, problem
    c.in_place, c.in_place_done = {**c.in_place, names.mechanism(kb, mechanism): read}, True


@then(parsers.re(rf"报告列出已在实行的机制{names.bracketed('mechanism')},不在推荐之列"))
def listed_in_place(kb: Any, session: dict[str, Any], mechanism: str) -> None:
    report = session["c"].report()
    mid = names.mechanism(kb, mechanism)
    assert mid in [m.mechanism for m in report.in_place]
    assert mid not in [r.mechanism for r in report.recommendations]


@when("返回上一题")
def go_back(session: dict[str, Any]) -> None:
    assert session["c"].back() is not None


@when(parsers.re(rf"问{question()}为什么要问"))
def ask_why(session: dict[str, Any], question: str) -> None:
    c: Consultation = session["c"]
    session["said"] = c.why(c.kb.questions[names.question(c.kb, question)])


@when("中断后用保存的文件续答")
def resume(kb: Any, session: dict[str, Any]) -> None:
    saved = json.loads(json.dumps(session["c"].record(), ensure_ascii=False))
    session["c"] = Consultation(kb, "zh", county=saved["county"], raw=saved["answers"], history=list(saved["answers"]))


@when(parsers.re(r"按示例县 (?P<name>\S+) 的回答答完全部问题"))
def answer_all_as(kb: Any, session: dict[str, Any], name: str) -> None:
    record = json.loads((RULES.parent / "examples" / name).read_text(encoding="utf-8"))
    c: Consultation = session["c"]
    c.county = record["county"]
    while (q := c.next_question()) is not None:
        assert c.answer(q, reply_to(c.kb, q.id, record["answers"])) is None


@then(parsers.re(rf"不会再问{question()}"))
def not_asked(kb: Any, session: dict[str, Any], question: str) -> None:
    assert names.question(kb, question) not in [q.id for q in session["c"].candidates()]


@then(parsers.re(rf"选择“全部问题”时仍会问{question()}"))
def asked_with_all(kb: Any, session: dict[str, Any], question: str) -> None:
    c: Consultation = session["c"]
    every = Consultation(kb, "zh", county=c.county, raw=dict(c.raw), ask_all=True)
    assert names.question(kb, question) in [q.id for q in every.candidates()]


@then(parsers.re(rf"不会再问{question('section')}一节的任何问题"))
def section_not_asked(kb: Any, session: dict[str, Any], section: str) -> None:
    sid = names.section(kb, section)
    assert not [q for q in session["c"].candidates() if repeat.section_of(kb, q.id) == sid]  # projects too


@then(parsers.re(r"提示包含 (?P<text>.+)"))
def said_contains(session: dict[str, Any], text: str) -> None:
    assert text in session["said"], session["said"]


@then(parsers.re(rf"仍会问{question()}"))
def still_asked(kb: Any, session: dict[str, Any], question: str) -> None:
    assert names.question(kb, question) in [q.id for q in session["c"].candidates()]


@then(parsers.re(rf"{question()}暂缓到最后"))
def deferred_to_the_end(kb: Any, session: dict[str, Any], question: str) -> None:
    c: Consultation = session["c"]
    qid = names.question(kb, question)
    assert qid not in [q.id for q in c.candidates()] and qid in [q.id for q in c.deferred()]


@when("在暂缓追问的提示中答“是”")
def open_deferred(session: dict[str, Any]) -> None:
    assert deferred.choice("是") == deferred.ASK
    session["c"].open_deferred()


@then(parsers.re(rf"第一个问题是{question()}"))
def first_question(kb: Any, session: dict[str, Any], question: str) -> None:
    q = session["c"].next_question()
    assert q is not None and q.id == names.question(kb, question)


@then(parsers.re(rf"保存的回答中{question()}为 (?P<value>\w+)"))
def saved_value(kb: Any, session: dict[str, Any], question: str, value: str) -> None:
    saved = session["c"].record()["answers"][names.question(kb, question)]
    assert saved == value or (isinstance(saved, int) and str(saved) == value), saved  # a count saved as a number


@then("问卷显示的报告与对保存文件运行 diagnose evaluate 的结果完全一致")
def same_as_batch(kb: Any, session: dict[str, Any]) -> None:
    c: Consultation = session["c"]
    shown = dump_json(c.report(), 2)
    assert shown == dump_json(evaluate_item(kb, Item(1, value=c.record()), "zh"), 2)
