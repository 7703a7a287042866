"""Value of information: which unknown or unanswered questions could change the report most.

A question is worth asking for a diagnosis when its answer could still change an open test of that
diagnosis (its `applies` or an undetermined sign), directly or by opening questions it gates. Its
worth there is how far the diagnosis could still move: the certainty the undetermined signs could
add (possible − certainty). The ranking adds this up over the diagnoses; the weighting is this
tool's choice, not the papers'.
"""

from __future__ import annotations

from dataclasses import dataclass

from diagnose.answers.validate import Answer, relevant, with_open_gates
from diagnose.engine import direct
from diagnose.engine.compiled import Inference
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase


@dataclass(frozen=True)
class Worth:
    question: str
    score: float
    diagnoses: tuple[str, ...]


@dataclass(frozen=True)
class Scores:
    """Each open question's worth (summed over the diagnoses it could change), and those diagnoses."""

    total: dict[str, float]
    by: dict[str, dict[str, float]]  # question → diagnosis → worth there
    feeds: dict[str, list[str]]  # question → the diagnoses it could change
    # diagnosis → (weight, live questions) of each open part: its scope (weight 1) and each open sign (its CF)
    parts: dict[str, list[tuple[float, list[str]]]]
    order: dict[str, int]  # questionnaire order, the last tie-break


def scores(
    kb: KnowledgeBase, answers: dict[str, Answer], only: str | None = None, inference: Inference | None = None
) -> Scores:
    """The worth of every question that could still change an open test, before any spreading."""
    known: dict[str, Answer] = {k: v for k, v in answers.items() if v is not None}
    inf = inference or direct.run(kb, known)  # the report passes the engine's, already computed
    total: dict[str, float] = {}
    feeds: dict[str, list[str]] = {}
    scores_by: dict[str, dict[str, float]] = {}
    parts: dict[str, list[tuple[float, list[str]]]] = {}
    for d in kb.diagnoses.values():
        dec = inf.decisions[d.id]
        if inf.applies[d.id] is False or (only is not None and d.id != only):
            continue
        gap = dec.possible - dec.certainty
        if gap <= 0 and inf.applies[d.id] is not None:
            continue
        live: set[str] = set()
        mine = parts[d.id] = []
        if d.applies is not None and inf.applies[d.id] is None:
            mine.append((1.0, conditions.live_questions(d.applies, known)))
        for s in d.signs:
            if inf.signs[d.id][s.id] is None:
                mine.append((s.certainty, conditions.live_questions(s.when, known)))
        for _, questions in mine:
            live.update(questions)
        for q in with_open_gates(kb, live, known):
            if q in known or relevant(kb, q, known) is False:  # `known` holds known answers only
                continue
            total[q] = total.get(q, 0.0) + max(gap, 0.05)
            scores_by.setdefault(q, {})[d.id] = max(gap, 0.05)
            feeds.setdefault(q, []).append(d.id)
    return Scores(total, scores_by, feeds, parts, {q: i for i, q in enumerate(kb.questions)})


def by_worth(kb: KnowledgeBase, diagnosis: str, questions: list[str], scored: Scores) -> list[str]:
    """The questions that would settle one diagnosis, best first: by worth over every open diagnosis,
    then by how much of this one they could decide (its scope counts 1, each open sign they feed adds
    its certainty; a gate, which must be answered before the questions it opens, counts the whole),
    then questionnaire order. One worth nothing now (its gate answered no, say) goes last."""
    parts = scored.parts.get(diagnosis, [])
    local: dict[str, float] = {}
    for weight, live in parts:
        for q in live:
            local[q] = local.get(q, 0.0) + weight
    whole = sum(weight for weight, _ in parts)
    order = scored.order

    def key(q: str) -> tuple[float, float, int]:
        worth = scored.total.get(q, 0.0)
        return (-round(worth, 6), -round(local.get(q, whole if worth else 0.0), 6), order.get(q, len(order)))

    return sorted(questions, key=key)


def rank(
    kb: KnowledgeBase,
    answers: dict[str, Answer],
    limit: int = 5,
    only: str | None = None,
    inference: Inference | None = None,
    scored: Scores | None = None,
) -> list[Worth]:
    """The questions most worth answering next, best first (ties by questionnaire order);
    `only` restricts the worth to one diagnosis; `scored` reuses `scores` already worked out."""
    found = scored or scores(kb, answers, only, inference)
    scores_by, feeds = found.by, found.feeds
    order = found.order
    # Greedy, so that the list spreads over the open diagnoses: a diagnosis already served by a
    # chosen question halves the worth of the others that feed it.
    served: dict[str, int] = {}
    fed_by: dict[str, list[str]] = {}
    for q, dids in feeds.items():
        for did in dids:
            fed_by.setdefault(did, []).append(q)

    def worth(q: str) -> float:
        return sum(scores_by[q][d] * 0.5 ** served.get(d, 0) for d in feeds[q])

    # each question's worth so far: only those feeding a diagnosis just served change
    current = {q: worth(q) for q in found.total}
    chosen: list[Worth] = []
    while current and len(chosen) < limit:
        best = min(current, key=lambda q: (-round(current[q], 6), -len(feeds[q]), order[q]))
        chosen.append(Worth(best, round(current.pop(best), 4), tuple(feeds[best])))
        for did in feeds[best]:
            served[did] = served.get(did, 0) + 1
        for q in {q for did in feeds[best] for q in fed_by[did] if q in current}:
            current[q] = worth(q)
    return chosen
