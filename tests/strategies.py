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


PROPORTION_WORDS = [
    "全部",
    "绝大多数",
    "大多数",
    "多数",
    "半数左右",
    "少数",
    "极少",
    "没有",
    "most",
    "about half",
    "none",
]


def interval_value(kb: KnowledgeBase, qid: str, near: dict[str, set[float]]) -> st.SearchStrategy[Any]:
    """An approximate answer to a numeric question, as a county writes it: a JSON range or a phrase,
    its numbers near the question's thresholds often (where straddling and open ends matter)."""
    q = kb.questions[qid]
    lo, hi = q.bounds()
    lo_i, hi_i = int(lo if lo is not None else -50), int(hi if hi is not None else 400)
    points = sorted({int(p) + d for p in near.get(qid, set()) for d in (-2, -1, 0, 1, 2) if lo_i <= int(p) + d <= hi_i})
    number = st.one_of([st.integers(lo_i, hi_i)] + ([st.sampled_from(points)] if points else []))
    inner = number.filter(lambda x: lo_i < x < hi_i)  # `>x` at the top of the range allows nothing
    tens = [x for x in range(10, hi_i, 10) if x >= lo_i]
    pair = st.tuples(number, number).map(sorted)
    options = [
        pair.map(lambda ab: {"min": ab[0], "max": ab[1]}),
        number.map(lambda x: {"min": x}),
        number.map(lambda x: {"max": x}),
        pair.map(lambda ab: f"{ab[0]}-{ab[1]}"),
        pair.map(lambda ab: f"{ab[0]}～{ab[1]}人"),
        number.map(lambda x: f"约{x}"),
        number.map(lambda x: f"{x}左右"),
        number.map(lambda x: f"至少{x}"),
        number.map(lambda x: f"不少于{x}"),
        inner.map(lambda x: f"不到{x}"),
        inner.map(lambda x: f"<{x}"),
        inner.map(lambda x: f">{x}"),
        number.map(lambda x: f"≤{x}"),
    ]
    if tens:
        options += [st.sampled_from(tens).map(lambda x: f"{x}多"), st.sampled_from(tens).map(lambda x: f"{x}余人")]
    if q.type == QuestionType.percent:
        options.append(st.sampled_from(PROPORTION_WORDS))
    if q.type != QuestionType.count:
        options.append(pair.map(lambda ab: {"min": min(ab[0] + 0.5, ab[1]), "max": ab[1]}))
    return st.one_of(options)


def interval_answer_sets(kb: KnowledgeBase) -> st.SearchStrategy[dict[str, Any]]:
    """Answer sets in which numeric questions are often answered approximately."""
    near = kb.thresholds()
    numeric = (QuestionType.number, QuestionType.percent, QuestionType.count)
    fields = {
        qid: st.one_of(
            answer_value(kb, qid, near),
            *([interval_value(kb, qid, near)] * 2 if kb.questions[qid].type in numeric else []),
            st.just("unknown"),
            st.just(ABSENT),
        )
        for qid in kb.questions
    }
    return st.fixed_dictionaries(fields).map(lambda d: {k: v for k, v in d.items() if v is not ABSENT})


def partial_choice_value(kb: KnowledgeBase, qid: str) -> st.SearchStrategy[Any]:
    """A multiple choice known in part: each option yes, no or left out (unknown); either list may be absent."""
    options = kb.questions[qid].choice_ids()

    def build(marks: list[str], keep: tuple[bool, bool]) -> dict[str, list[str]]:
        out = {side: [c for c, m in zip(options, marks, strict=True) if m == side] for side in ("yes", "no")}
        kept = {side: v for (side, v), k in zip(out.items(), keep, strict=True) if k or v}
        return kept or {"yes": []}

    marks = st.lists(st.sampled_from(["yes", "no", "?"]), min_size=len(options), max_size=len(options))
    return st.builds(build, marks, st.tuples(st.booleans(), st.booleans()))


def partial_answer_sets(kb: KnowledgeBase) -> st.SearchStrategy[dict[str, Any]]:
    """Answer sets in which multiple choices are often known in part, and numbers often approximate."""
    near = kb.thresholds()
    numeric = (QuestionType.number, QuestionType.percent, QuestionType.count)
    fields = {}
    for qid, q in kb.questions.items():
        forms = [answer_value(kb, qid, near), st.just("unknown"), st.just(ABSENT)]
        if q.type == QuestionType.multiple_choice:
            forms += [partial_choice_value(kb, qid)] * 3
        elif q.type in numeric:
            forms.append(interval_value(kb, qid, near))
        fields[qid] = st.one_of(forms)
    return st.fixed_dictionaries(fields).map(lambda d: {k: v for k, v in d.items() if v is not ABSENT})
