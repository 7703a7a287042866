"""The consultation state machine: goal-driven questions, back, skip, why, and the saved record."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import RULES
from replies import reply_for

from diagnose.batch.evaluate import evaluate_item
from diagnose.consult.machine import Consultation, command_of, parse_reply
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.model import dump_json

EXAMPLES = RULES.parent / "examples"


def play(kb: KnowledgeBase, answers: dict[str, Any], lang: str = "zh", ask_all: bool = False) -> Consultation:
    """Answer every question the consultation asks with the county's own answer (unknown if it has none)."""
    c = Consultation(kb, lang, county={"id": "c", "name": "县"}, ask_all=ask_all)
    while (q := c.next_question()) is not None:
        assert q.id not in c.raw, "a question was asked twice"
        assert c.answer(q, reply_for(answers.get(q.id, "unknown"), lang)) is None
    return c


@pytest.mark.parametrize("name", ["well_governed.json", "multi_diagnosis.json", "partly_answered.json"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_full_consultation_reproduces_the_batch_report(kb: KnowledgeBase, name: str, lang: str) -> None:
    record = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    c = play(kb, record["answers"], lang, ask_all=True)
    c.county = record["county"]
    batch = dump_json(evaluate_item(kb, Item(1, value=record), lang), 2)
    assert dump_json(c.report(), 2) == batch
    # the saved record, evaluated in batch, gives the report the consultation shows
    assert dump_json(evaluate_item(kb, Item(1, value=c.record()), lang), 2) == batch


@pytest.mark.parametrize("name", ["well_governed.json", "multi_diagnosis.json", "partly_answered.json"])
def test_goal_driven_consultation_reaches_the_same_conclusions(kb: KnowledgeBase, name: str) -> None:
    record = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    c = play(kb, record["answers"])
    full = evaluate_item(kb, Item(1, value=record), "zh")
    short = c.report()
    # the same conclusions (each diagnosis with its band); certainty within a band may be lower, since a sign
    # that could no longer change the band is not asked, and so the order within a band may differ
    assert sorted((d.id, d.severity) for d in short.diagnoses) == sorted((d.id, d.severity) for d in full.diagnoses)  # type: ignore[union-attr]
    assert {n.id for n in short.not_assessed} == {n.id for n in full.not_assessed}  # type: ignore[union-attr]
    assert {r.mechanism for r in short.recommendations} == {r.mechanism for r in full.recommendations}  # type: ignore[union-attr]
    assert len(c.raw) <= len(play(kb, record["answers"], ask_all=True).raw)


def answer(c: Consultation, qid: str, reply: str) -> None:
    """Answer a named question, which must be one the consultation may still ask."""
    assert qid in [q.id for q in c.candidates()], f"{qid} would not be asked"
    assert c.answer(c.kb.questions[qid], reply) is None


def test_asks_section_by_section_starting_with_the_county_profile(kb: KnowledgeBase) -> None:
    record = json.loads((EXAMPLES / "multi_diagnosis.json").read_text(encoding="utf-8"))
    c = play(kb, record["answers"], ask_all=True)
    order = [s.id for s in kb.sections]
    sections = [order.index(kb.section_of[q]) for q in c.history]
    assert sections == sorted(sections) and kb.section_of[c.history[0]] == "county"


def test_goal_driven_skips_questions_that_cannot_matter(kb: KnowledgeBase) -> None:
    c = Consultation(kb, "zh", county={"id": "c"})
    answer(c, "grid_in_use", "是")
    answer(c, "grid_patrol_time_pct", "10")
    # patrol time 10% makes the monitoring sign false, so service closure cannot change it any more
    assert "grid_service_closed_pct" not in {q.id for q in c.candidates()}
    assert "grid_service_closed_pct" in {
        q.id for q in Consultation(kb, "zh", raw=dict(c.raw), ask_all=True).candidates()
    }


def test_skip_logic_drops_irrelevant_sections(kb: KnowledgeBase) -> None:
    c = Consultation(kb, "zh", county={"id": "c"})
    answer(c, "grid_in_use", "否")
    assert not [x for x in c.candidates() if x.id.startswith("grid_")]


def test_back_withdraws_the_previous_answer(kb: KnowledgeBase) -> None:
    c = Consultation(kb, "en", county={"id": "c"})
    first = c.next_question()
    assert first is not None
    c.answer(first, "1")
    second = c.next_question()
    assert second is not None and second != first
    c.answer(second, "10")
    assert c.back() == second and second.id not in c.raw
    assert c.next_question() == second
    assert c.back() == first and c.back() is None
    assert c.next_question() == first


def test_skip_moves_on_without_saving(kb: KnowledgeBase) -> None:
    c = Consultation(kb, "zh", county={"id": "c"})
    q = c.next_question()
    assert q is not None
    c.skip(q)
    assert c.next_question() != q and q.id not in c.record()["answers"]


def test_invalid_replies_say_what_is_expected(kb: KnowledgeBase) -> None:
    c = Consultation(kb, "zh", county={"id": "c"})
    yes_no = kb.questions["grid_in_use"]
    assert "是" in (c.answer(yes_no, "也许") or "")
    answer(c, "grid_in_use", "是")
    pct = kb.questions["grid_patrol_time_pct"]
    assert "超出允许范围" in (c.answer(pct, "120") or "")
    assert "数字" in (c.answer(pct, "很多") or "")
    assert c.answer(pct, "60%") is None and c.raw[pct.id] == 60
    choice = kb.questions["county_type"]
    assert "1–4" in (c.answer(choice, "9") or "")


@pytest.mark.parametrize(
    ("qid", "text", "value"),
    [
        ("grid_in_use", "yes", True),
        ("grid_in_use", "否", False),
        ("grid_staff_source", "2", "committee_members"),
        ("grid_staff_source", "mixed", "mixed"),
        ("grid_resident_roles", "1, 3", ["report", "deliberate"]),
        ("grid_resident_roles", "1、2", ["report", "volunteer"]),
        ("grid_deliberation_count", "4", 4),
        ("grid_patrol_time_pct", "不知道", "unknown"),
        ("grid_patrol_time_pct", "UNKNOWN", "unknown"),
    ],
)
def test_parse_reply(kb: KnowledgeBase, qid: str, text: str, value: Any) -> None:
    assert parse_reply(kb.questions[qid], text, "zh") == (value, None)


def test_commands_in_both_languages() -> None:
    assert [
        command_of(x) for x in ("?", "帮助", "why", "为什么", "back", "返回", "skip", "跳过", "quit", "退出", "70")
    ] == ["help", "help", "why", "why", "back", "back", "skip", "skip", "quit", "quit", None]


def test_why_cites_the_signs_a_question_feeds(kb: KnowledgeBase) -> None:
    c = Consultation(kb, "en", county={"id": "c"})
    text = c.why(kb.questions["grid_patrol_time_pct"])
    assert "monitoring" in text.lower() and "「" in text and "CF" in text
    gate = c.why(kb.questions["grid_in_use"])
    assert "decides whether these are asked" in gate


def test_progress_counts_down(kb: KnowledgeBase) -> None:
    c = Consultation(kb, "zh", county={"id": "c"})
    q = c.next_question()
    assert q is not None
    p = c.progress(q)
    assert p.section_index == 1 and p.asked == 1 and p.at_most >= 1
    c.answer(q, "4")  # a county of type "other": its positioning questions no longer matter
    q2 = c.next_question()
    assert q2 is not None
    p2 = c.progress(q2)
    assert p2.asked == 2 and p2.at_most < p.at_most


def test_an_unknown_gate_opens_its_follow_ups_and_a_no_closes_them(kb: KnowledgeBase) -> None:
    """Gates skip only on a definite no: an office that cannot say whether it runs a grid may still know
    how grid workers spend their time."""
    follow_ups = {q.id for q in kb.questions.values() if q.relevant is not None and "grid_in_use" in str(q.relevant)}

    def asked_after(reply: str) -> set[str]:
        c = Consultation(kb, "zh", county={"id": "c"}, ask_all=True)
        while (q := c.next_question()) is not None and q.id != "grid_in_use":
            c.answer(q, "不知道")
        assert q is not None
        c.answer(q, reply)
        seen = set()
        while (q := c.next_question()) is not None:
            seen.add(q.id)
            c.answer(q, "不知道")
        return seen

    assert follow_ups and follow_ups <= asked_after("不知道")
    assert not follow_ups & asked_after("否")
