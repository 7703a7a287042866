"""The consultation state machine: goal-driven questions, back, skip, why, and the saved record."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import RULES
from replies import reply_to

from diagnose.batch.evaluate import evaluate_item
from diagnose.consult import repeat
from diagnose.consult.machine import Consultation, command_of, enclose, parse_reply
from diagnose.io.records import Item
from diagnose.knowledge import conditions, formula
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.model import dump_json

EXAMPLES = RULES.parent / "examples"


def play(kb: KnowledgeBase, answers: dict[str, Any], lang: str = "zh", ask_all: bool = False) -> Consultation:
    """Answer every question the consultation asks with the county's own answer (unknown if it has none)."""
    c = Consultation(kb, lang, county={"id": "c", "name": "县"}, ask_all=ask_all)
    while (q := c.next_question()) is not None:
        assert q.id not in c.raw, "a question was asked twice"
        assert c.answer(q, reply_to(kb, q.id, answers, lang)) is None
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
    sections = [order.index(repeat.section_of(kb, q)) for q in c.history]  # a repeat group's in its section
    assert sections == sorted(sections) and kb.section_of[c.history[0]] == "county"


def test_goal_driven_skips_questions_that_cannot_matter(kb: KnowledgeBase) -> None:
    c = Consultation(kb, "zh", county={"id": "c"})
    answer(c, "grid_in_use", "是")
    answer(c, "grid_patrol_time_pct", "10")
    # patrol time 10% makes the monitoring sign false, so service closure (asked as the ledger's two counts,
    # from which the share is worked out) cannot change it any more
    closure = {"grid_service_closed_pct", "grid_service_received", "grid_service_closed"}
    assert not closure & {q.id for q in c.candidates()}
    assert closure & {q.id for q in Consultation(kb, "zh", raw=dict(c.raw), ask_all=True).candidates()}


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


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_why_says_in_six_lines_what_a_question_decides_with_one_quote(kb: KnowledgeBase, lang: str) -> None:
    c = Consultation(kb, lang, county={"id": "c"})
    q = kb.questions["grid_patrol_time_pct"]
    text = c.why(q)
    lines = text.splitlines()
    assert len(lines) <= 6
    assert kb.diagnoses["grid_asymmetry"].title.get(lang) in text and q.title.get(lang) in text
    assert "肖滨「超越网格化管理」" in text  # one quote, cited
    assert "CF" not in text and "grid_patrol_time_pct" not in text  # no internal ids or certainty factors
    full = c.why(q, full=True)
    assert len(full) > len(text) and "CF" not in full
    gate = c.why(kb.questions["grid_in_use"], full=True)
    assert q.label.get(lang) in gate  # the questions it opens


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_quote_is_enclosed_once_in_marks_it_does_not_use(lang: str) -> None:
    assert enclose("“办+中心”的运行机制", lang) == "「“办+中心”的运行机制」"  # not ““办+中心”…”
    assert enclose("一网统管", lang) == ("「一网统管」" if lang == "zh" else "“一网统管”")
    assert enclose("「321」模式", lang) == ("『「321」模式』" if lang == "zh" else "“「321」模式”")


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


HEADLINE = frozenset({"grid_asymmetry", "pseudo_innovation", "digital_burden", "over_expansion"})


def _asked(c: Consultation) -> list[str]:
    asked = []
    while (q := c.next_question()) is not None:
        asked.append(q.id)
        c.answer(q, "不知道")
    return asked


def test_focus_on_the_four_headline_diagnoses_asks_well_under_half_even_when_all_is_unknown(kb: KnowledgeBase) -> None:
    full = _asked(Consultation(kb, "zh", county={"id": "c"}))
    quick = _asked(Consultation(kb, "zh", county={"id": "c"}, focus=HEADLINE))
    assert quick and len(quick) < 0.5 * len(full)
    readers = {q for did in HEADLINE for s in kb.diagnoses[did].signs for q in conditions.questions(s.when)}
    gates = {g for q in readers if kb.questions[q].relevant for g in conditions.questions(kb.questions[q].relevant)}
    inputs = {i for d in kb.derived if d.id in readers and (f := d.derivation()) for i in formula.questions(f)}
    groups = {
        repeat.count_id(kb.group_of[f]) for q in kb.aggregates if q.id in readers for f in q.aggregation().fields()
    }  # type: ignore[union-attr]
    assert set(quick) <= readers | gates | inputs | groups


def test_progress_counts_the_questions_still_reachable(kb: KnowledgeBase) -> None:
    c = Consultation(kb, "zh", county={"id": "c"})
    q = c.next_question()
    assert q is not None and q.id == "county_type"
    before = c.progress(q).left
    c.answer(q, "4")  # "other": the positioning questions of the county types fall away
    q2 = c.next_question()
    assert q2 is not None and c.progress(q2).left < before - 1 and c.progress(q2).minutes_left >= 1


@pytest.mark.parametrize("name", ["gathering_county", "partly_answered", "with_projects", None])
def test_progress_is_an_upper_bound_that_only_shrinks(kb: KnowledgeBase, name: str | None) -> None:
    """ "At most N to go" holds at every question (N was once the next questions only, 57 at the start of a
    consultation that asked 87: a gate's follow-ups were not counted until it was answered yes), and it
    falls with every answer, the deferred follow-ups counted at their own prompt."""
    answers = json.loads((RULES.parent / "examples" / f"{name}.json").read_text())["answers"] if name else {}
    c = Consultation(kb, "zh", county={"id": "c"})
    lefts = []
    while (q := c.next_question()) is not None:
        lefts.append(c.progress(q).left)
        assert c.answer(q, reply_to(kb, q.id, answers, "zh")) is None
    assert len(lefts) > 20
    assert all(left >= len(lefts) - i for i, left in enumerate(lefts))  # never fewer than are still asked
    assert all(b <= a for a, b in zip(lefts, lefts[1:], strict=False))  # and never more than before


def test_the_consultation_asks_how_many_projects_then_each_project_and_saves_them_as_a_list() -> None:
    """Innovation projects one by one (a repeat group): the count first, then each project's questions,
    one line per question as scripted input has always been; the saved file evaluates as the batch does."""
    from diagnose.answers.validate import validate
    from diagnose.knowledge.load import load

    kb = load()
    c = Consultation(kb, "en", county={"id": "c"})
    asked: list[str] = []
    yes = {"innov_p_borrowed", "innov_p_leader_moved"}
    while (q := c.next_question()) is not None:
        asked.append(q.id)
        if q.id == "innovation_projects__n":
            assert "How many projects will you describe" in q.label.en
            c.answer(q, "2")
        elif q.id.startswith("innovation_projects__"):
            field = q.id.split("__")[2]
            c.answer(q, ("yes" if field in yes else "no") if q.type.value == "yes_no" else "4")
        else:
            c.answer(q, "unknown")
    group = [a for a in asked if a.startswith("innovation_projects__")]
    assert group[0] == "innovation_projects__n" and "innovation_projects__1__innov_p_borrowed" in group
    firsts = [i for i, a in enumerate(group) if a.startswith("innovation_projects__1__")]
    seconds = [i for i, a in enumerate(group) if a.startswith("innovation_projects__2__")]
    assert seconds and max(firsts) < min(seconds)  # project by project
    assert "innov_borrowed_pct" not in asked  # worked out from the projects, not asked again
    saved = c.record()
    projects = saved["answers"]["innovation_projects"]
    assert len(projects) == 2 and projects[0]["innov_p_borrowed"] is True
    v = validate(kb, saved, "en")
    # project 1 borrowed: the share is above 0 whatever project 2 did, so project 2 is not asked that (no
    # answer to it could change a conclusion), and the share is 50-100%
    borrowed = v.answers["innov_borrowed_pct"]
    assert borrowed == 100 or (borrowed.lo, borrowed.hi) == (50, 100), borrowed  # type: ignore[union-attr]
    if any(a.endswith("__innov_p_leader_moved") for a in asked):  # asked only while it could matter
        assert v.answers["innov_leader_moved"] is True


def test_not_describing_projects_leaves_the_shares_to_be_asked_directly() -> None:
    from diagnose.knowledge.load import load

    kb = load()
    c = Consultation(kb, "zh", county={"id": "c"})
    asked = []
    while (q := c.next_question()) is not None:
        asked.append(q.id)
        c.answer(q, "0" if q.id == "innovation_projects__n" else "5" if q.id == "innov_project_count" else "不知道")
    assert "innovation_projects__n" in asked and "innov_project_count" in asked and "innov_with_plan_pct" in asked
    assert not any(a.startswith("innovation_projects__1") for a in asked)
    assert c.record()["answers"]["innovation_projects"] == []
