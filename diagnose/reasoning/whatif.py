"""What-if: the smallest sets of answer changes that would clear or reach a diagnosis.

Candidate values come from the knowledge base itself: for a number, each threshold a rule compares
that question with and the values just either side of it (within the question's range); for a
choice, each choice; for yes/no, both. Patches are searched by size (one question changed, then
two, then three) over the questions the diagnosis reads and the questions that gate them; the
smallest size that works is reported. Every patch is verified by re-evaluating the patched county
through the rules engine before it is shown. Clearing does not change a diagnosis's scope
(`applies`): "we do not run a grid" is no remedy for a grid's asymmetry.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from diagnose.answers.validate import Answer, apply_relevance
from diagnose.engine import direct
from diagnose.engine.compiled import compiled
from diagnose.i18n import t
from diagnose.io.printable import printable
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.choices import Choices
from diagnose.knowledge.models import Question, QuestionType
from diagnose.report.text import show_answer

MAX_CHANGES = 3
MAX_EVALUATIONS = 60_000  # a bound on the search; reached only by very large diagnoses


@dataclass(frozen=True)
class Patch:
    changes: dict[str, Any]  # question id → new value (the JSON answer)
    status: str
    severity: str | None
    certainty: float


def candidate_values(q: Question, thresholds: set[float], current: Answer = None) -> list[Any]:
    if q.type == QuestionType.yes_no:
        return [True, False]
    if q.type == QuestionType.single_choice:
        return q.choice_ids()
    if q.type == QuestionType.multiple_choice:
        ids = q.choice_ids()
        if isinstance(current, Choices):  # known in part: first, what answering one more option would do
            more: list[Any] = []
            for c in current.unknown(ids):
                more += [
                    {"yes": [*current.yes, c], "no": list(current.no)},
                    {"yes": list(current.yes), "no": [*current.no, c]},
                ]
            return more + [[c] for c in ids] + [[c for c in ids if c != drop] for drop in ids] + [[]]
        return [[c] for c in ids] + [[c for c in ids if c != drop] for drop in ids] + [[]]
    lo, hi = q.bounds()
    step = 1.0 if q.type == QuestionType.count or all(th.is_integer() for th in thresholds) else 0.1
    values: set[float] = set()
    for th in thresholds:
        for v in (th - step, th, th + step):
            if (lo is None or v >= lo) and (hi is None or v <= hi):
                values.add(round(v, 6))
    return [int(v) if v.is_integer() else v for v in sorted(values)]


def _reads(kb: KnowledgeBase, did: str, include_scope: bool) -> list[str]:
    """The questions a diagnosis reads, and the questions that gate them, in questionnaire order."""
    d = kb.diagnoses[did]
    qs = {q for s in d.signs for q in conditions.questions(s.when)}
    if include_scope and d.applies is not None:
        qs |= set(conditions.questions(d.applies))
    pending = list(qs)
    while pending:
        rel = kb.questions[pending.pop()].relevant
        for gate in conditions.questions(rel) if rel is not None else []:
            if gate not in qs:
                qs.add(gate)
                pending.append(gate)
    if not include_scope and d.applies is not None:
        qs -= set(conditions.questions(d.applies))
    return [q for q in kb.questions if q in qs]


def _normal(q: Question, value: Any) -> Answer:
    if isinstance(value, dict):  # a multiple choice known in part, {"yes": [..], "no": [..]}
        ids = q.choice_ids()
        yes, no = set(value.get("yes", ())), set(value.get("no", ()))
        if yes | no == set(ids):
            return [c for c in ids if c in yes]
        return Choices(tuple(c for c in ids if c in yes), tuple(c for c in ids if c in no))
    if isinstance(value, list):
        order = q.choice_ids()
        return sorted(value, key=order.index)
    return value


def search(
    kb: KnowledgeBase, answers: dict[str, Answer], did: str, goal: str, limit: int = 5
) -> tuple[list[Patch], bool]:
    """(patches of the smallest size that meet the goal, whether the search was cut short)."""
    if goal not in ("clear", "reach"):
        raise ValueError("goal is clear or reach")
    thresholds = kb.thresholds()
    questions = _reads(kb, did, include_scope=goal == "reach")
    options = {}
    for qid in questions:
        q = kb.questions[qid]
        current = answers.get(qid)
        options[qid] = [v for v in candidate_values(q, thresholds.get(qid, set()), current) if _normal(q, v) != current]
    evaluations = 0

    diagnosis = kb.diagnoses[did]

    def meets(patched: dict[str, Answer]) -> Any:
        relevant, _ = apply_relevance(kb, patched)
        dec = direct.decide_one(diagnosis, {k: v for k, v in relevant.items() if v is not None})
        ok = dec.status in ("absent", "not_applicable") if goal == "clear" else dec.status == "reached"
        return dec if ok else None

    def patches(size: int) -> Iterator[dict[str, Any]]:
        for combo in itertools.combinations(questions, size):
            for values in itertools.product(*(options[q] for q in combo)):
                yield dict(zip(combo, values, strict=True))

    found: list[Patch] = []
    for size in range(1, MAX_CHANGES + 1):
        for changes in patches(size):
            evaluations += 1
            if evaluations > MAX_EVALUATIONS:
                return _verified(kb, answers, did, goal, found, limit), True
            patched = {**answers, **{q: _normal(kb.questions[q], v) for q, v in changes.items()}}
            dec = meets(patched)
            if dec is not None:
                found.append(Patch(changes, dec.status, dec.severity, dec.certainty))
        if found:
            break
    found.sort(key=lambda p: _distance(kb, answers, p.changes))
    # one patch per set of questions changed: the closest; the others differ only in degree
    closest: dict[frozenset[str], Patch] = {}
    for p in found:
        closest.setdefault(frozenset(p.changes), p)
    found = list(closest.values())
    return _verified(kb, answers, did, goal, found, limit), False


def _distance(kb: KnowledgeBase, answers: dict[str, Answer], changes: dict[str, Any]) -> float:
    """How far a patch moves the answers: smaller changes first (numbers relative to their range)."""
    total = 0.0
    for qid, new in changes.items():
        old = answers.get(qid)
        lo, hi = kb.questions[qid].bounds()
        if isinstance(new, (int, float)) and not isinstance(new, bool) and isinstance(old, (int, float)):
            span = (hi - lo) if lo is not None and hi is not None and hi > lo else max(abs(old), 1.0) * 2
            total += abs(new - old) / span
        elif isinstance(new, dict):  # answering one more option of a partial multiple choice: a small step
            total += 0.5
        else:
            total += 1.0
    return total


def _verified(
    kb: KnowledgeBase, answers: dict[str, Answer], did: str, goal: str, found: list[Patch], limit: int
) -> list[Patch]:
    """Re-evaluate each patch through the rules engine; keep those that truly meet the goal."""
    engine = compiled(kb)
    out = []
    for p in found:
        patched = {**answers, **{q: _normal(kb.questions[q], v) for q, v in p.changes.items()}}
        relevant, _ = apply_relevance(kb, patched)
        dec = engine.run(relevant).decisions[did]
        ok = dec.status in ("absent", "not_applicable") if goal == "clear" else dec.status == "reached"
        if ok:
            out.append(Patch(p.changes, dec.status, dec.severity, dec.certainty))
        if len(out) == limit:
            break
    return out


# --- one county's what-if answer, as JSON data and as text (`diagnose whatif`) ---


def status_now(kb: KnowledgeBase, answers: dict[str, Answer], did: str) -> str:
    return compiled(kb).run(answers).decisions[did].status


@dataclass
class Answered:
    """What-if for one county: where the diagnosis stands now and the verified patches found."""

    county: dict[str, Any]
    answers: dict[str, Answer]
    did: str
    goal: str  # "clear" or "reach"
    now: str
    patches: list[Patch]
    cut: bool

    @property
    def done(self) -> bool:
        return self.now == "reached" if self.goal == "reach" else self.now in ("absent", "not_applicable")

    def data(self) -> dict[str, Any]:
        return {
            "county": self.county,
            "diagnosis": self.did,
            "goal": self.goal,
            "status_now": self.now,
            "patches": [
                {
                    "patch": p.changes,
                    "status": p.status,
                    "severity": p.severity,
                    "certainty": p.certainty,
                    "verified": True,
                }
                for p in self.patches
            ],
            "search_complete": not self.cut,
        }


def answer(kb: KnowledgeBase, county: dict[str, Any], answers: dict[str, Answer], did: str, goal: str) -> Answered:
    now = status_now(kb, answers, did)
    out = Answered(county, answers, did, goal, now, [], False)
    if not out.done:
        out.patches, out.cut = search(kb, answers, did, goal)
    return out


def render(kb: KnowledgeBase, w: Answered, lang: str) -> str:
    """The answer as text, control characters from the input shown, never obeyed."""
    return printable(_render(kb, w, lang))


def _render(kb: KnowledgeBase, w: Answered, lang: str) -> str:
    title = kb.diagnoses[w.did].title.get(lang)
    lines = [
        t("whatif_title", lang, goal=t(f"whatif_{w.goal}", lang), diagnosis=title)
        + f" — {w.county.get('name') or w.county['id']}"
    ]
    if w.done:
        lines.append("  " + t("whatif_already", lang))
    elif not w.patches:
        lines.append("  " + t("whatif_none", lang, n=MAX_CHANGES) + (t("whatif_cut", lang) if w.cut else ""))
    for n, p in enumerate(w.patches, 1):
        status = t(f"status_{p.status}", lang) + (f" ({t(p.severity, lang)})" if p.severity else "")
        lines.append("  " + t("whatif_patch", lang, n=n, k=len(p.changes), status=status))
        for qid, value in p.changes.items():
            old = w.answers.get(qid)
            lines.append(
                f"    {kb.questions[qid].label.get(lang)}: {show_answer(kb, qid, old, lang)} → "
                f"{show_answer(kb, qid, _normal(kb.questions[qid], value), lang)}"
            )
    if w.cut and w.patches:
        lines.append("  " + t("whatif_cut", lang))
    return "\n".join(lines)
