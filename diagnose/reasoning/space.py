"""The search space of what-if: which questions may change, and the values worth trying for each.

A test on a number only tells apart the regions its thresholds cut the question's range into, so one
value per region is enough to try: the value of that region nearest to the county's answer (the
smallest movement). A choice offers each choice, yes/no the other answer, a multiple choice each
combination of the choices its tests name. A value in the region the answer already sits in changes no
test, so it is never offered. An unknown answer being filled in is "find out"; a known one altered,
"change" (an approximate answer narrowed to a value it already allows is finding out too).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from typing import Any

from diagnose.answers.validate import Answer
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.choices import Choices
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.models import Diagnosis, Question, QuestionType

FIND_OUT, CHANGE = "find_out", "change"
MAX_MULTI_CHOICES = 8  # combinations of the choices a multiple choice's tests name (2^8 at most)


@dataclass(frozen=True)
class Option:
    """One value to try for a question."""

    value: Any  # as JSON (what a county would write)
    kind: str  # FIND_OUT or CHANGE
    movement: float  # how far from the answer, relative to the question's range (1 for a choice)


@dataclass
class Allowed:
    """Which questions a search may change: the knowledge base's fixed questions stay as they are unless
    freed; `only` keeps to one kind of change."""

    free: frozenset[str] = frozenset()  # fixed questions freed by the user
    free_all: bool = False
    only: str | None = None  # None, FIND_OUT (--only-unknown) or CHANGE (--only-known)
    fixed: dict[str, str] = field(default_factory=dict)  # filled in: question id → why it may not change

    def why_not(self, q: Question, answer: Answer) -> str | None:
        """Why this question may not change here (a word for the reason), or None when it may."""
        if q.fixed_by is not None and not self.free_all and q.id not in self.free and not _open(answer):
            return f"fixed_{q.fixed_by.kind}"  # not the county's to change; still there to be found out
        if self.only == CHANGE and answer is None:
            return "only_known"
        if self.only == FIND_OUT and answer is not None and not isinstance(answer, Interval):
            return "only_unknown"
        return None


def _open(answer: Answer) -> bool:
    """Not known in full (unknown, approximate, a multiple choice known in part): finding it out changes nothing."""
    return answer is None or isinstance(answer, (Interval, Choices))


def fixed_and_open(q: Question, answer: Answer, allowed: Allowed) -> bool:
    """A fixed question whose answer is not known in full: it may only be found out."""
    return q.fixed_by is not None and not allowed.free_all and q.id not in allowed.free and _open(answer)


def reads(kb: KnowledgeBase, d: Diagnosis, include_scope: bool) -> list[str]:
    """The questions a diagnosis reads and the questions that gate them, gates first."""
    qs = {q for s in d.signs for q in conditions.questions(s.when)}
    if d.applies is not None:
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
    return gates_first(kb, [q for q in kb.questions if q in qs])


def gates_first(kb: KnowledgeBase, qids: list[str]) -> list[str]:
    """The questions ordered so that each comes after every question its relevance reads."""
    out: list[str] = []
    seen: set[str] = set()

    def visit(qid: str, depth: int = 0) -> None:
        if qid in seen or depth > len(kb.questions):
            return
        seen.add(qid)
        rel = kb.questions[qid].relevant
        for gate in conditions.questions(rel) if rel is not None else []:
            if gate in qids:
                visit(gate, depth + 1)
        out.append(qid)

    for q in qids:
        visit(q)
    return out


def thresholds(kb: KnowledgeBase, d: Diagnosis) -> dict[str, set[float]]:
    """Every number the diagnosis's signs, scope and the skip logic compare each question with."""
    conds = [s.when for s in d.signs] + ([d.applies] if d.applies is not None else [])
    conds += [q.relevant for q in kb.questions.values() if q.relevant is not None]
    out: dict[str, set[float]] = {}
    for cond in conds:
        for atom in conditions.atoms(cond):
            if isinstance(atom.value, (int, float)) and not isinstance(atom.value, bool):
                out.setdefault(atom.q, set()).add(float(atom.value))
    return out


def named_choices(kb: KnowledgeBase, d: Diagnosis, qid: str) -> list[str]:
    conds = [s.when for s in d.signs] + ([d.applies] if d.applies is not None else [])
    conds += [q.relevant for q in kb.questions.values() if q.relevant is not None]
    named = {a.value for c in conds for a in conditions.atoms(c) if a.q == qid and a.op == "has"}
    return [c for c in kb.questions[qid].choice_ids() if c in named]


def options(q: Question, answer: Answer, cuts: set[float], named: list[str]) -> list[Option]:
    """The values worth trying for one question, given its answer now (None: unknown)."""
    kind = FIND_OUT if answer is None else CHANGE
    if q.type == QuestionType.yes_no:
        return [Option(v, kind, 1.0) for v in (True, False) if v != answer]
    if q.type == QuestionType.single_choice:
        return [Option(c, kind, 1.0) for c in q.choice_ids() if c != answer]
    if q.type == QuestionType.multiple_choice:
        return _multi(q, answer, named[:MAX_MULTI_CHOICES])
    return _numeric(q, answer, cuts)


def as_answer(value: Any) -> Answer:
    """An option's value as the evaluators read it: a multiple choice known in part ({"yes", "no"}) as Choices."""
    if isinstance(value, dict) and ("yes" in value or "no" in value):
        return Choices(tuple(value.get("yes", ())), tuple(value.get("no", ())))
    return value


def _partial(q: Question, answer: Choices, named: list[str]) -> list[Option]:
    """Finding out options left unanswered (each named one yes, no or still unknown), before changing any."""
    open_ = answer.unknown(named)
    out = []
    for picks in itertools.product((None, True, False), repeat=len(open_)):
        if all(p is None for p in picks):
            continue
        yes = {c for c, p in zip(open_, picks, strict=True) if p is True} | set(answer.yes)
        no = {c for c, p in zip(open_, picks, strict=True) if p is False} | set(answer.no)
        ids = q.choice_ids()
        value: Any = (
            [c for c in ids if c in yes]
            if yes | no == set(ids)
            else {"yes": [c for c in ids if c in yes], "no": [c for c in ids if c in no]}
        )
        out.append(Option(value, FIND_OUT, 0.0))
    return out


def _multi(q: Question, answer: Answer, named: list[str]) -> list[Option]:
    if isinstance(answer, Choices):
        return _partial(q, answer, named)
    now = set(answer) if isinstance(answer, list) else set()
    out = []
    for picks in itertools.product((False, True), repeat=len(named)):
        chosen = {c for c, p in zip(named, picks, strict=True) if p}
        value = [c for c in q.choice_ids() if c in chosen or (c in now and c not in named)]
        if answer is not None and set(value) == now:
            continue
        toggled = len(set(named) & (now ^ chosen))
        kind = FIND_OUT if answer is None else CHANGE
        out.append(Option(value, kind, 0.0 if answer is None else toggled / len(q.choice_ids())))
    return out


def _step(q: Question, cuts: set[float]) -> float:
    whole = q.type == QuestionType.count or all(float(c).is_integer() for c in cuts)
    return 1.0 if whole else 0.1


def regions(q: Question, cuts: set[float]) -> list[tuple[float, float, bool, bool]]:
    """The pieces the thresholds cut the range into: (lo, hi, lo_open, hi_open); a threshold is a piece of its own."""
    lo, hi = q.bounds()
    lo = -math.inf if lo is None else lo
    hi = math.inf if hi is None else hi
    points = sorted(c for c in cuts if lo <= c <= hi)
    out: list[tuple[float, float, bool, bool]] = []
    edge, edge_open = lo, False
    for c in points:
        if c > edge or (c == edge and not edge_open and c != lo):
            out.append((edge, c, edge_open, True))
        out.append((c, c, False, False))
        edge, edge_open = c, True
    if edge < hi or (edge == hi and not edge_open):
        out.append((edge, hi, edge_open, False))
    return [r for r in out if not (r[0] == r[1] and (r[2] or r[3]))]


def _nearest(r: tuple[float, float, bool, bool], x: float, step: float, count: bool) -> float | None:
    """The value of a region nearest to x (one step inside an open end), or None when it holds none."""
    lo, hi, lo_open, hi_open = r
    first = lo + step if lo_open else lo
    last = hi - step if hi_open else hi
    if count:
        first = first if math.isinf(first) else math.ceil(first)
        last = last if math.isinf(last) else math.floor(last)
    if first > last:  # a narrow open piece: its middle (never for counts: no whole number in it)
        if count or math.isinf(lo) or math.isinf(hi):
            return None
        return round((lo + hi) / 2, 6)
    x = min(max(x, first), last)
    return None if math.isinf(x) else x


def _numeric(q: Question, answer: Answer, cuts: set[float]) -> list[Option]:
    step = _step(q, cuts)
    count = q.type == QuestionType.count
    lo, hi = q.bounds()
    span = (hi - lo) if lo is not None and hi is not None and hi > lo else None
    iv = answer if isinstance(answer, Interval) else None
    out: list[Option] = []
    for r in regions(q, cuts):
        if answer is None or iv is not None:
            # nothing known (or a range): the value of the piece nearest its threshold, or inside the range
            anchor = _anchor(r, iv)
            x = _nearest(r, anchor, step, count)
        else:
            assert isinstance(answer, (int, float))
            if _inside(r, float(answer)):
                continue  # the piece the answer is in: no test would change
            x = _nearest(r, float(answer), step, count)
        if x is None or (iv is not None and _inside_all(r, iv)):
            continue  # no value here, or the range already lies wholly in this piece
        value = int(x) if float(x).is_integer() else round(x, 6)
        if answer is None:
            out.append(Option(value, FIND_OUT, 0.0))
        elif iv is not None:
            if iv.contains(value):
                out.append(Option(value, FIND_OUT, 0.0))
            else:
                gap = min(abs(value - b) for b in (iv.lo, iv.hi) if b is not None)
                out.append(Option(value, CHANGE, _relative(gap, span, value)))
        else:
            assert isinstance(answer, (int, float))
            out.append(Option(value, CHANGE, _relative(abs(value - answer), span, answer)))
    return out


def _relative(gap: float, span: float | None, ref: float) -> float:
    return round(gap / (span if span else max(abs(ref), 1.0) * 2), 6)


def _anchor(r: tuple[float, float, bool, bool], iv: Interval | None) -> float:
    """Where to look in a piece when nothing exact is known: a range's middle, else the threshold
    the piece starts or ends at."""
    lo, hi, lo_open, _ = r
    if iv is not None:
        ends = [float(b) for b in (iv.lo, iv.hi) if b is not None]
        return sum(ends) / len(ends) if ends else (lo if not math.isinf(lo) else hi)
    return lo if lo_open or math.isinf(hi) else hi


def _inside(r: tuple[float, float, bool, bool], x: float) -> bool:
    lo, hi, lo_open, hi_open = r
    return (lo < x or (lo == x and not lo_open)) and (x < hi or (x == hi and not hi_open))


def _inside_all(r: tuple[float, float, bool, bool], iv: Interval) -> bool:
    """The range lies wholly in the piece (so a value in the piece changes no test)."""
    if iv.lo is None or iv.hi is None:
        return False
    return _inside(r, float(iv.lo)) and _inside(r, float(iv.hi))
