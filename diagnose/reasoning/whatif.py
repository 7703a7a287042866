"""What-if: the smallest sets of answer changes that would clear or reach a diagnosis, or why there are none.

The search (patches.py) is exact: the fewest changed answers, then the smallest total movement (a number's
move relative to its range; 1 for a choice; 0 for finding out an unknown), over one value per piece of
each question's range that the rules' thresholds cut (space.py). Every patch is verified by evaluating
the patched county again, through the direct evaluator and through the rules engine, before it is shown.
Clearing does not change a diagnosis's scope (`applies`): "we do not run a grid" is no remedy for a grid's
asymmetry. Questions the knowledge base marks `fixed_by` (the county's type, its population trend, powers
granted from above) stay as they are unless freed. A derived question is changed directly (its value is
what the rules read); the derived values a patch changes are shown beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from diagnose.answers.derive import derive
from diagnose.answers.record import shown
from diagnose.answers.validate import Answer, apply_relevance
from diagnose.engine import direct
from diagnose.engine.compiled import compiled
from diagnose.i18n import t
from diagnose.io.printable import printable
from diagnose.knowledge import conditions, formula
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.certainty import Decision
from diagnose.reasoning import blocked, patches
from diagnose.reasoning.patches import Problem
from diagnose.reasoning.space import CHANGE, FIND_OUT, Allowed, Option, as_answer
from diagnose.report.text import show_answer

DEFAULT_ALTERNATIVES = 3


@dataclass(frozen=True)
class Patch:
    changes: dict[str, Any]  # question id → new value (the JSON answer)
    kinds: dict[str, str]  # question id → find_out | change
    movement: float
    status: str
    severity: str | None
    certainty: float
    derived: dict[str, Any] = field(default_factory=dict)  # derived values the patch changes
    through: dict[str, dict[str, Any]] = field(default_factory=dict)  # derived question → one input's value giving it
    mechanisms: list[dict[str, Any]] = field(default_factory=list)


def _full(
    kb: KnowledgeBase, answers: dict[str, Answer], changes: dict[str, Any], problem: patches.Problem
) -> dict[str, Answer]:
    """The whole county after the patch, worked out as validation does (derive, then relevance)."""
    raw = {k: v for k, v in answers.items() if k not in problem.derived}
    raw, _ = derive(kb, {**raw, **{k: as_answer(v) for k, v in changes.items()}})
    relevant, _ = apply_relevance(kb, raw)
    return relevant


def _meets(goal: str, dec: Decision) -> bool:
    return dec.status in ("absent", "not_applicable") if goal == "clear" else dec.status == "reached"


def verify(kb: KnowledgeBase, problem: patches.Problem, found: patches.Found) -> Patch | None:
    """The patch re-evaluated through the direct evaluator and the rules engine; None unless both agree it works."""
    answers, did = problem.answers, problem.d.id
    changes = {q: o.value for q, o in found.changes.items()}
    after = _full(kb, answers, changes, problem)
    by_direct = direct.run(kb, after).decisions[did]
    by_engine = compiled(kb).run(after).decisions[did]
    if not (_meets(problem.goal, by_direct) and _meets(problem.goal, by_engine)):
        return None
    derived = {
        q.id: shown(after.get(q.id)) for q in kb.derived if q.id not in changes and after.get(q.id) != answers.get(q.id)
    }
    return Patch(
        changes,
        {q: o.kind for q, o in found.changes.items()},
        round(sum(o.movement for o in found.changes.values()), 6),
        by_engine.status,
        by_engine.severity,
        by_engine.certainty,
        derived=derived,
        mechanisms=_mechanisms(kb, problem, answers, after) if problem.goal == "clear" else [],
        through={q: via for q in changes if q in problem.derived and (via := _through_inputs(kb, problem, changes, q))},
    )


def _through_inputs(kb: KnowledgeBase, problem: Problem, changes: dict[str, Any], qid: str) -> dict[str, Any]:
    """For a derived question the patch changes directly: the value one of its inputs would need (the
    others as they are) to give the same outcome, found by bisection and checked by evaluating again;
    the input that moves least relative to its answer. Empty when none does."""
    f = kb.questions[qid].derivation()
    assert f is not None
    known = {i: float(v) for i in formula.questions(f) if isinstance(v := problem.answers.get(i), (int, float))}
    best: tuple[float, str, Any] | None = None
    for i in known:
        x = _solve(f, known, i, float(changes[qid]), kb.questions[i].bounds())
        if x is None:
            continue
        for value in dict.fromkeys(_rounded(kb, i, x)):
            trial = {k: v for k, v in changes.items() if k != qid} | {i: value}
            if problem.meets(problem.decide(trial)):
                move = abs(value - known[i]) / max(abs(known[i]), 1.0)
                if best is None or move < best[0]:
                    best = (move, i, value)
                break
    return {} if best is None else {best[1]: best[2]}


def _solve(
    f: Any, known: dict[str, float], i: str, target: float, bounds: tuple[float | None, float | None]
) -> float | None:
    lo = bounds[0] if bounds[0] is not None else 0.0
    hi = bounds[1] if bounds[1] is not None else max(known[i] * 10, 100.0)

    def gap(x: float) -> float | None:
        v = formula.evaluate(f, {**known, i: x})
        return v - target if isinstance(v, (int, float)) else None  # exact inputs give a number

    a, b = lo + 1e-9, hi
    ga, gb = gap(a), gap(b)
    if ga is None or gb is None or ga * gb > 0:
        return None
    for _ in range(100):
        m = (a + b) / 2
        gm = gap(m)
        if gm is None:
            return None
        if ga * gm <= 0:
            b = m
        else:
            a, ga = m, gm
    return (a + b) / 2


def _rounded(kb: KnowledgeBase, qid: str, x: float) -> list[int | float]:
    """The solution as an official would write it: whole, then to one decimal (each side of it)."""
    import math

    whole: list[int | float] = [math.floor(x), math.ceil(x)]
    if kb.questions[qid].type.value == "count":
        return whole
    return [round(x, 1), math.floor(x * 10) / 10, math.ceil(x * 10) / 10, *whole]


def _mechanisms(
    kb: KnowledgeBase, problem: patches.Problem, before: dict[str, Answer], after: dict[str, Answer]
) -> list[dict[str, Any]]:
    """(Clearing only.) The diagnosis's recommended mechanisms that work on the signs the patch moves: those whose
    recommendation names a moved sign or reads a changed answer, else the ones recommended without
    a condition (they answer the diagnosis as a whole)."""
    d = problem.d
    was = {k: v for k, v in before.items() if v is not None}
    moved = {s.id for s in d.signs if conditions.evaluate(s.when, was) != conditions.evaluate(s.when, after)}
    changed = {q for q in after.keys() | was.keys() if after.get(q) != was.get(q)}
    named: list[tuple[int, Any, list[str]]] = []
    general: list[tuple[int, Any, list[str]]] = []
    for k, rec in enumerate(d.recommends):
        if rec.when is None:
            general.append((k, rec, []))
            continue
        signs = [s for s in conditions.sign_refs(rec.when) if s in moved]
        if signs or set(conditions.questions(rec.when)) & changed:
            named.append((k, rec, signs))
    return [
        {"mechanism": rec.mechanism, "recommendation": k, "signs": signs, "level": kb.mechanisms[rec.mechanism].level}
        for k, rec, signs in (named or general)
    ]


def allowed(
    kb: KnowledgeBase,
    free: str | None = None,
    free_all: bool = False,
    only_known: bool = False,
    only_unknown: bool = False,
    lang: str = "en",
) -> Allowed:
    """The changes a search may make, from the command's options; ValueError names what is wrong, in `lang`."""
    if only_known and only_unknown:
        raise ValueError(t("whatif_only_one_kind", lang))
    freed = [q.strip() for q in (free or "").split(",") if q.strip()]
    unknown = [q for q in freed if q not in kb.questions]
    if unknown:
        raise ValueError(t("whatif_free_unknown", lang, ids=", ".join(unknown)))
    only = CHANGE if only_known else FIND_OUT if only_unknown else None
    return Allowed(free=frozenset(freed), free_all=free_all, only=only)


def search(
    kb: KnowledgeBase,
    answers: dict[str, Answer],
    did: str,
    goal: str,
    limit: int = 5,
    allowed: Allowed | None = None,
) -> tuple[list[Patch], bool]:
    """(up to `limit` verified patches, cheapest first, whether the search's guard cut it short)."""
    problem = patches.Problem(kb, answers, did, goal, allowed or Allowed())
    found, cut = patches.search(problem, limit)
    return [p for f in found if (p := verify(kb, problem, f)) is not None], cut


# --- one county's what-if answer, as JSON data and as text (`diagnose whatif`) ---


def status_now(kb: KnowledgeBase, answers: dict[str, Answer], did: str) -> str:
    return compiled(kb).run(answers).decisions[did].status


@dataclass
class Answered:
    """What-if for one county: where the diagnosis stands now, the verified patches, or why there are none."""

    county: dict[str, Any]
    answers: dict[str, Answer]
    did: str
    goal: str  # "clear" or "reach"
    now: str
    patches: list[Patch]
    cut: bool
    reason: blocked.Reason | None = None
    problem: Problem | None = None

    @property
    def done(self) -> bool:
        return self.now == "reached" if self.goal == "reach" else self.now in ("absent", "not_applicable")

    def data(self, lang: str = "en") -> dict[str, Any]:
        out: dict[str, Any] = {
            "county": self.county,
            "diagnosis": self.did,
            "goal": self.goal,
            "status_now": self.now,
            "patches": [
                {
                    "patch": p.changes,
                    "kinds": p.kinds,
                    "was": {q: shown(self.answers.get(q)) for q in p.changes},
                    "changes": len(p.changes),
                    "movement": p.movement,
                    "status": p.status,
                    "severity": p.severity,
                    "certainty": p.certainty,
                    "derived": p.derived,
                    "through_inputs": p.through,
                    "mechanisms": p.mechanisms,
                    "verified": True,
                }
                for p in self.patches
            ],
            "search_complete": not self.cut,
        }
        if self.reason is not None and self.problem is not None:
            out["reason"] = self.reason.data("\n".join(blocked.render(self.problem, self.reason, lang)))
        return out


def answer(
    kb: KnowledgeBase,
    county: dict[str, Any],
    answers: dict[str, Answer],
    did: str,
    goal: str,
    allowed: Allowed | None = None,
    alternatives: int = DEFAULT_ALTERNATIVES,
) -> Answered:
    now = status_now(kb, answers, did)
    out = Answered(county, answers, did, goal, now, [], False)
    if not out.done:
        problem = patches.Problem(kb, answers, did, goal, allowed or Allowed())
        found, out.cut = patches.search(problem, max(alternatives, 1))
        out.patches = [p for f in found if (p := verify(kb, problem, f)) is not None]
        out.problem = problem
        if not out.patches:
            out.reason = blocked.explain(problem, out.cut)
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
    elif not w.patches and w.reason is not None and w.problem is not None:
        lines += ["  " + line for line in blocked.render(w.problem, w.reason, lang)]
    for n, p in enumerate(w.patches, 1):
        status = t(f"status_{p.status}", lang) + (f" ({t(p.severity, lang)})" if p.severity else "")
        lines.append("  " + t("whatif_patch", lang, n=n, k=len(p.changes), status=status))
        for qid, value in p.changes.items():
            old = w.answers.get(qid)
            kind = t("whatif_find_out" if p.kinds[qid] == FIND_OUT else "whatif_change", lang)
            lines.append(
                f"    [{kind}] {kb.questions[qid].label.get(lang)}: {show_answer(kb, qid, old, lang)} → "
                f"{show_answer(kb, qid, value, lang)}"
            )
            for i, by in p.through.get(qid, {}).items():
                old, new = show_answer(kb, i, w.answers.get(i), lang), show_answer(kb, i, by, lang)
                lines.append("      " + t("whatif_through", lang, q=kb.questions[i].title.get(lang), old=old, new=new))
        for qid, value in p.derived.items():
            lines.append(
                "    "
                + t(
                    "whatif_derived", lang, q=kb.questions[qid].title.get(lang), value=show_answer(kb, qid, value, lang)
                )
            )
        if p.mechanisms:
            names = ("、" if lang == "zh" else "; ").join(
                f"{kb.mechanisms[m['mechanism']].title.get(lang)} [{m['mechanism']}]" for m in p.mechanisms
            )
            lines.append("    " + t("whatif_mechanisms", lang, names=names))
    if w.cut and w.patches:
        lines.append("  " + t("whatif_cut", lang))
    return "\n".join(lines)


__all__ = ["Allowed", "Answered", "Option", "Patch", "answer", "render", "search", "verify"]
