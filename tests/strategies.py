"""Hypothesis strategies that generate answer sets from the questionnaire itself."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.models import QuestionType

ABSENT = object()  # marks a question left out of the answer set


def answer_value(kb: KnowledgeBase, qid: str, near: dict[str, set[float]]) -> st.SearchStrategy[Any]:
    q = kb.questions[qid]
    if q.type == QuestionType.yes_no:
        return st.booleans()
    if q.type == QuestionType.single_choice:
        return st.sampled_from(q.choice_ids())
    if q.type == QuestionType.multiple_choice:
        return st.lists(st.sampled_from(q.choice_ids()), unique=True)
    lo, hi = q.bounds()
    lo_i, hi_i = int(lo if lo is not None else 0), int(hi if hi is not None else 200)
    points = sorted({p + d for p in near.get(qid, set()) for d in (-1, 0, 1) if lo_i <= p + d <= hi_i})
    ints = st.integers(lo_i, hi_i)
    options = [ints] + ([st.sampled_from(points)] if points else [])
    if q.type != QuestionType.count:
        options.append(st.floats(lo_i, hi_i, allow_nan=False).map(lambda x: round(x, 1)))
    return st.one_of(options)


def answer_sets(kb: KnowledgeBase) -> st.SearchStrategy[dict[str, Any]]:
    """Answer sets: each question answered, answered "unknown", or left out; values near thresholds often."""
    near = kb.thresholds()  # values near them are where bugs live
    fields = {qid: st.one_of(answer_value(kb, qid, near), st.just("unknown"), st.just(ABSENT)) for qid in kb.questions}
    return st.fixed_dictionaries(fields).map(lambda d: {k: v for k, v in d.items() if v is not ABSENT})


def random_answers(kb: KnowledgeBase, rng: Any) -> dict[str, Any]:
    """A quick seeded answer set (no shrinking) for bulk data: values, unknowns and gaps."""
    answers: dict[str, Any] = {}
    for q in kb.questions.values():
        roll = rng.random()
        if roll < 0.1:
            continue
        if roll < 0.2:
            answers[q.id] = "unknown"
        elif q.type == QuestionType.yes_no:
            answers[q.id] = rng.random() < 0.5
        elif q.type == QuestionType.single_choice:
            answers[q.id] = rng.choice(q.choice_ids())
        elif q.type == QuestionType.multiple_choice:
            answers[q.id] = [c for c in q.choice_ids() if rng.random() < 0.4]
        else:
            lo, hi = q.bounds()
            answers[q.id] = rng.randint(int(lo or 0), int(hi if hi is not None else 100))
    return answers
