"""Fewer questions without changing a conclusion: a sign left undetermined by "unknown" answers cannot move a
band, so a diagnosis whose band only such signs could move is asked no further; which mechanisms to
recommend is asked only once its diagnosis is reached."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from conftest import RULES
from replies import reply_to
from strategies import random_answers

from diagnose.batch.evaluate import evaluate_item
from diagnose.consult import repeat
from diagnose.consult.machine import Consultation
from diagnose.io.records import Item
from diagnose.knowledge import conditions, formula
from diagnose.knowledge.base import KnowledgeBase

EXAMPLES = RULES.parent / "examples"


def play(kb: KnowledgeBase, answers: dict[str, Any], deferred: bool = True) -> Consultation:
    """The whole consultation; `deferred`: the follow-ups deferred under unknown gates are answered too."""
    c = Consultation(kb, "zh", county={"id": "c", "name": "县"})
    while True:
        while (q := c.next_question()) is not None:
            assert c.answer(q, reply_to(kb, q.id, answers, "zh")) is None
        if not (deferred and c.deferring() and c.deferred()):
            return c
        c.open_deferred()


@pytest.mark.parametrize("name", ["multi_diagnosis.json", "gathering_county.json", "outflow_county.json"])
@pytest.mark.parametrize("seed", range(4))
def test_with_some_answers_unknown_the_conclusions_are_those_of_every_answer_given(
    kb: KnowledgeBase, name: str, seed: int
) -> None:
    """A county that does not know a random third of its answers: what the consultation did not ask could not
    have changed any diagnosis's status or band, so the batch over every answer it knows agrees."""
    record = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    rng = random.Random(seed)
    known = {q: v for q, v in record["answers"].items() if rng.random() > 1 / 3}
    c = play(kb, known)
    short = c.report()
    full = evaluate_item(kb, Item(1, value={"county": record["county"], "answers": known}), "zh")
    assert sorted((d.id, d.severity) for d in short.diagnoses) == sorted((d.id, d.severity) for d in full.diagnoses)  # type: ignore[union-attr]
    assert {n.id for n in short.not_assessed} == {n.id for n in full.not_assessed}  # type: ignore[union-attr]
    assert {r.id for r in short.ruled_out} == {r.id for r in full.ruled_out}  # type: ignore[union-attr]
    assert {r.mechanism for r in short.recommendations} == {r.mechanism for r in full.recommendations}  # type: ignore[union-attr]


def conclusions(report: Any) -> tuple[Any, ...]:
    """What the consultation must not change: each diagnosis's status and band, and the recommendation list."""
    return (
        sorted((d.id, d.severity) for d in report.diagnoses),
        sorted(n.id for n in report.not_assessed),
        sorted(r.id for r in report.ruled_out),
        sorted(r.mechanism for r in report.recommendations),
    )


def never_asked(kb: KnowledgeBase, c: Consultation) -> list[str]:
    """The questions the consultation left unasked that a county could still answer in a file: not the counts
    behind a share asked at its one prompt, nor the gates of questions answered (they were answered yes)."""
    answered = set(c.raw) | set(c.history)
    covered = {
        x
        for qid in answered
        if (sh := c.share(kb.questions[qid]) if qid in kb.questions else None)
        for x in (sh.part, sh.whole)
    }
    gates = {
        g
        for qid in answered
        if qid in kb.questions and (rel := kb.questions[qid].relevant)
        for g in conditions.questions(rel)
    }
    return [q for q in kb.questions if q not in answered | covered | gates]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("source", ["unknown", "random", *(p.name for p in sorted(EXAMPLES.glob("*.json")))])
def test_what_the_consultation_did_not_ask_could_not_have_changed_a_conclusion(
    kb: KnowledgeBase, source: str, seed: int
) -> None:
    """Stop when nothing can change: whatever a county would have answered to the questions the consultation
    did not ask (the deferred follow-ups answered too), the batch over its answers reaches the consultation's
    conclusions. Checked on every example county, with every answer unknown, and on random counties."""
    rng = random.Random(seed)
    if source == "unknown":
        answers: dict[str, Any] = {}
    elif source == "random":
        answers = random_answers(kb, rng)
    else:
        answers = json.loads((EXAMPLES / source).read_text(encoding="utf-8"))["answers"]
        answers = {q: v for q, v in answers.items() if q in kb.questions}  # the projects are not typed here
    c = play(kb, answers)
    settled = conclusions(c.report())
    record = c.record()
    unasked = never_asked(kb, c)
    assert unasked, "every question was asked: the test would prove nothing"
    for _ in range(3):
        filled = {q: v for q, v in random_answers(kb, rng).items() if q in unasked}
        other = {"county": record["county"], "answers": {**record["answers"], **filled}}
        assert conclusions(evaluate_item(kb, Item(1, value=other), "zh")) == settled, sorted(filled)


def test_recommendation_questions_wait_until_the_diagnosis_is_reached(kb: KnowledgeBase) -> None:
    """A question read only by a recommendation's or a mechanism's fit test is not asked while nothing is reached."""
    c = play(kb, {})
    sign_or_scope = {
        q
        for d in kb.diagnoses.values()
        for cond in [d.applies, *(s.when for s in d.signs)]
        if cond is not None
        for q in conditions.questions(cond)
    }
    gates = {g for q in kb.questions.values() if q.relevant for g in conditions.questions(q.relevant)}
    inputs = {i for d in kb.derived if (f := d.derivation()) is not None for i in formula.questions(f)}
    # a repeat group's count and items are the inputs of the aggregates that read the group
    read = sign_or_scope | gates | inputs
    groups = {a.group for q in kb.aggregates if q.id in read and (a := q.aggregation()) is not None}
    inputs |= {qid for qid in c.raw if (where := repeat.parse_id(kb, qid)) is not None and where[0] in groups}
    only_for_mechanisms = set(c.raw) - sign_or_scope - gates - inputs
    assert only_for_mechanisms == set(), only_for_mechanisms


def test_a_sign_that_can_no_longer_hold_is_not_asked_towards_holding(kb: KnowledgeBase) -> None:
    """ "Tasks grow, staff do not" needs both figures (growth ≥ 20 and staff change ≤ 0): once the growth is
    answered unknown the sign can never hold, and the staff change could only rule it out, which cannot
    rule the diagnosis out while another sign stays unknown: it is not asked. Given the growth, it is."""
    unknown = play(kb, {}, deferred=False)
    assert "duty_items_growth_pct" in unknown.raw and "duty_township_staff_change_pct" not in unknown.raw
    grows = play(kb, {"duty_items_growth_pct": 35}, deferred=False)
    assert "duty_township_staff_change_pct" in grows.raw


def test_every_answer_unknown_asks_fewer_questions_than_before_issue_17(kb: KnowledgeBase) -> None:
    """d68a371 (before issue 17, 99 questions) asked 51 with every answer unknown; the questionnaire has 144 now."""
    c = play(kb, {}, deferred=False)
    assert len(c.history) < 51, len(c.history)


def test_a_fact_that_settles_a_sign_alone_is_asked_before_two_that_settle_it_together(kb: KnowledgeBase) -> None:
    """ "Administration crowds out self-governance" needs fewer than 4 deliberations AND (committee time ≥ 50%
    OR hired staff): the deliberation count refutes it alone, the other two only together. gathering_county
    (12 deliberations a year, its other grid signs refuted too, so ruling the diagnosis out is at stake) is
    asked the count before the other two, and then neither of them."""
    answers = json.loads((EXAMPLES / "gathering_county.json").read_text(encoding="utf-8"))["answers"]
    assert answers["grid_deliberation_count"] == 12
    c = play(kb, answers, deferred=False)
    assert "grid_deliberation_count" in c.raw
    assert "grid_staff_source" not in c.raw and "grid_committee_grid_time_pct" not in c.raw
