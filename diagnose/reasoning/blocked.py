"""Why no patch exists: which signs cannot be moved, and why (`reason` in what-if's answer).

Three kinds. A floor (clearing) or ceiling (reaching): the signs no allowed change can move already
decide the certainty, because the questions they read are fixed, left out by --only-known/--only-unknown,
or part of the diagnosis's scope, or because no value of them changes the test. Out of scope (reaching):
the diagnosis's scope cannot be made to hold. Contradictory: every sign can be moved on its own, but not
all together (they need different values of the questions they share).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from diagnose.i18n import t
from diagnose.knowledge import conditions
from diagnose.knowledge.certainty import combine
from diagnose.reasoning.patches import Problem

MAX_TRIES = 20_000  # values tried per sign when asking whether it can be moved on its own


@dataclass
class Stuck:
    sign: str
    certainty: float
    truth: bool | None  # the sign's truth now
    questions: dict[str, str]  # question id → why it cannot move it (fixed_context, only_known, no_value, ...)


@dataclass
class Reason:
    code: str  # floor | ceiling | out_of_scope | contradictory | search_cut
    certainty: float  # the floor (or ceiling) the stuck signs set
    watch: float
    signs: list[Stuck] = field(default_factory=list)
    shared: list[str] = field(default_factory=list)  # contradictory: the questions the signs pull apart

    def data(self, text: str) -> dict[str, Any]:
        return {
            "code": self.code,
            "certainty": round(self.certainty, 4),
            "watch": self.watch,
            "signs": [vars(s) for s in self.signs],
            "shared_questions": self.shared,
            "text": text,
        }


def _why(p: Problem, qid: str) -> str:
    return p.blocked.get(qid, "no_value")


def _stuck(p: Problem, sign_index: int, truth: bool | None) -> Stuck:
    s = p.d.signs[sign_index]
    return Stuck(
        s.id, s.certainty, truth, {q: _why(p, q) for q in sorted(p.deps[s.id], key=list(p.kb.questions).index)}
    )


def explain(p: Problem, cut: bool) -> Reason:
    watch = p.d.severity.watch
    if cut:
        return Reason("search_cut", 0.0, watch)
    current = p.truths(p.patched({}))[1]
    open_ = set(p.vars)
    applies, partial = p.truths(p.patched({}, open_))
    settled = [not (p.deps[s.id] & open_) for s in p.d.signs]
    movable = [_movable(p, i) for i in range(len(p.d.signs))]
    if p.goal == "clear":
        stuck = [
            i
            for i, v in enumerate(partial)
            if current[i] is not False and (v is True or (settled[i] and v is None) or not movable[i])
        ]
        floor = combine(p.d.signs[i].certainty for i in stuck)
        if stuck and floor >= watch - 1e-9:
            return Reason("floor", floor, watch, [_stuck(p, i, current[i]) for i in stuck])
        rest = [i for i, v in enumerate(current) if v is not False and i not in stuck]
        return _contradictory(p, rest, floor)
    if applies is False or (applies is None and not (p.scope_deps & open_)):
        scope = Stuck("applies", 1.0, applies, {q: _why(p, q) for q in sorted(p.scope_deps)})
        return Reason("out_of_scope", 0.0, watch, [scope])
    able = [i for i, v in enumerate(partial) if v is True or (v is None and not settled[i] and movable[i])]
    ceiling = combine(p.d.signs[i].certainty for i in able)
    if ceiling < watch - 1e-9:
        cannot = [i for i in range(len(p.d.signs)) if i not in able]
        return Reason("ceiling", ceiling, watch, [_stuck(p, i, current[i]) for i in cannot])
    return _contradictory(p, [i for i in able if current[i] is not True], ceiling)


def _contradictory(p: Problem, signs: list[int], certainty: float) -> Reason:
    """The signs that must move and those sharing a question with them (moving one may move the other)."""
    must = set().union(*(p.deps[p.d.signs[i].id] for i in signs)) & set(p.vars) if signs else set()
    signs = [i for i, s in enumerate(p.d.signs) if i in signs or p.deps[s.id] & must]
    reads = [p.deps[p.d.signs[i].id] & set(p.vars) for i in signs]
    shared = sorted({q for a, b in itertools.combinations(reads, 2) for q in a & b}, key=list(p.kb.questions).index)
    return Reason("contradictory", certainty, p.d.severity.watch, [_stuck(p, i, None) for i in signs], shared)


def _movable(p: Problem, index: int) -> bool:
    """Whether some allowed values of a sign's own questions turn it (false to clear it, true to reach)."""
    s = p.d.signs[index]
    want = p.goal == "reach"
    qs = [q for q in p.vars if q in p.deps[s.id]]
    choices = [[None, *p.options[q]] for q in qs]
    for n, combo in enumerate(itertools.product(*choices)):
        if n > MAX_TRIES:
            return True  # too many to try: do not call it stuck
        values = {q: o.value for q, o in zip(qs, combo, strict=True) if o is not None}
        if conditions.evaluate(s.when, p.patched(values)) is want:
            return True
    return False


WHY = {
    "fixed_context": "whatif_why_context",
    "fixed_higher_level": "whatif_why_higher",
    "only_known": "whatif_why_only_known",
    "only_unknown": "whatif_why_only_unknown",
    "scope": "whatif_why_scope",
    "no_value": "whatif_why_no_value",
}


def render(p: Problem, r: Reason, lang: str) -> list[str]:
    """The reason as lines of text (without indentation)."""
    kb = p.kb
    titles = {s.id: s.title.get(lang) for s in p.d.signs}
    head = t(
        f"whatif_reason_{r.code}",
        lang,
        certainty=f"{r.certainty:.2f}",
        watch=f"{r.watch:.2f}",
        shared="、".join(kb.questions[q].title.get(lang) for q in r.shared)
        if lang == "zh"
        else ", ".join(kb.questions[q].title.get(lang) for q in r.shared),
    )
    lines = [head]
    for s in r.signs:
        name = titles.get(s.sign) or t("whatif_scope", lang)
        lines.append(f"  - {name} (CF {s.certainty:.2f})")
        for qid, why in s.questions.items():
            q = kb.questions[qid]
            extra = f": {q.fixed_by.reason.get(lang)}" if why.startswith("fixed_") and q.fixed_by else ""
            lines.append(f"      {q.title.get(lang)} ({qid}) — {t(WHY[why], lang)}{extra}")
    return lines
