from __future__ import annotations

import json

from conftest import RULES

from diagnose.answers.validate import validate
from diagnose.batch.evaluate import evaluate_item
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.voi import rank


def test_nothing_to_ask_when_everything_is_settled(kb: KnowledgeBase) -> None:
    record = json.loads((RULES.parent / "examples" / "well_governed.json").read_text(encoding="utf-8"))
    assert rank(kb, validate(kb, record, "en").answers) == []
    assert evaluate_item(kb, Item(1, value=record), "en").answer_next == []  # type: ignore[union-attr]


def test_unanswered_questions_that_decide_come_first_and_spread(kb: KnowledgeBase) -> None:
    record = json.loads((RULES.parent / "examples" / "partly_answered.json").read_text(encoding="utf-8"))
    answers = validate(kb, record, "en").answers
    worth = rank(kb, answers)
    assert worth and all(w.question not in answers or answers[w.question] is None for w in worth)
    assert len({w.diagnoses[0] for w in worth}) > 1  # spread over the open diagnoses
    report = evaluate_item(kb, Item(1, value=record), "en")
    assert [n.question for n in report.answer_next] == [w.question for w in worth]  # type: ignore[union-attr]


def test_only_one_diagnosis(kb: KnowledgeBase) -> None:
    record = json.loads((RULES.parent / "examples" / "partly_answered.json").read_text(encoding="utf-8"))
    worth = rank(kb, validate(kb, record, "en").answers, only="grid_asymmetry")
    assert worth and all(w.diagnoses == ("grid_asymmetry",) for w in worth)
