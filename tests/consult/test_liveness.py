"""Fewer questions without changing a conclusion: a sign left undetermined by "unknown" answers cannot move a
band, so a diagnosis whose band only such signs could move is asked no further; which mechanisms to
recommend is asked only once its diagnosis is reached."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from conftest import RULES
from replies import reply_for

from diagnose.batch.evaluate import evaluate_item
from diagnose.consult import repeat
from diagnose.consult.machine import Consultation
from diagnose.io.records import Item
from diagnose.knowledge import conditions, formula
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.certainty import Decider, combine

EXAMPLES = RULES.parent / "examples"


def play(kb: KnowledgeBase, answers: dict[str, Any], deferred: bool = True) -> Consultation:
    """The whole consultation; `deferred`: the follow-ups deferred under unknown gates are answered too."""
    c = Consultation(kb, "zh", county={"id": "c", "name": "县"})
    while True:
        while (q := c.next_question()) is not None:
            assert c.answer(q, reply_for(answers.get(q.id, "unknown"), "zh")) is None
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


def test_all_unknown_stops_asking_a_diagnosis_once_only_unknowns_could_move_it(kb: KnowledgeBase) -> None:
    c = play(kb, {})
    asked = set(c.raw)
    stopped = 0
    for d in kb.diagnoses.values():
        unasked = [s for s in d.signs if set(conditions.questions(s.when)) - asked]
        if not unasked:
            continue
        stopped += 1
        # the signs left unasked could not reach a band by themselves (or its scope, answered unknown, keeps
        # it from being reached at all), and the signs answered unknown already keep it from being ruled
        # out: no answer to the rest could have changed its status
        settled = [s.certainty for s in d.signs if s not in unasked]
        band = Decider(d).band
        scope_unknown = d.applies is not None and set(conditions.questions(d.applies)) <= asked
        assert scope_unknown or band(combine(s.certainty for s in unasked)) is None, d.id
        assert band(combine(settled)) is not None, d.id
    assert stopped, "every sign question was asked: the rule did nothing"
    assert len(asked) < len(Consultation(kb, "zh", ask_all=True).candidates())


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
