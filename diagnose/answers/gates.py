"""An answered follow-up implies its gate (issue 16 point 3).

A follow-up is asked when its gate is yes *or unknown*, so an office may answer "不知道" to "does the county
have a village duty list?" and still count 130 items pushed onto villages outside the list. The count only
makes sense if the list exists: the follow-up's answer says the gate holds. Without this, a sign that reads
both (`all: [{q: duty_village_list, eq: true}, {q: duty_items_outside_list, gte: 5}]`) stays undetermined
and the fact the office gave does not count.

So when a question has a definite answer while its relevance condition is undetermined, the parts of that
condition that can be read as a single answer are filled in, for gates the county left unknown or
unanswered only (a stated answer is never overridden):
    {q: G, eq: v}            G = v
    {q: G, gt|gte|lt|lte: x} G within that side of x (an interval within G's range; whole numbers for counts)
    {q: G, in: [c]}          G = c (one choice only; two or more say nothing of which)
    {q: G, has: c}           option c ticked (the others stay as they were, or unanswered)
    {all: [...]}             each part
`any` and `not` imply nothing, and neither does a gate on the county's situation (`fixed_by: context`, e.g.
its type): a follow-up answered says the county has that arrangement, not that it is that kind of county. Implied gates may in turn imply theirs. Each is recorded (`Implied`) so the
report can say where the value came from.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from diagnose.answers import fast
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase, once_per_base
from diagnose.knowledge.choices import Choices
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.models import NUMERIC_TYPES, Question, QuestionType


@dataclass(frozen=True)
class Implied:
    question: str  # the gate
    value: Any  # what the follow-up's answer implies of it
    by: str  # the follow-up answered


def imply_gates(kb: KnowledgeBase, answers: Mapping[str, Any]) -> tuple[dict[str, Any], list[Implied]]:
    """The answers with the gates their answered follow-ups imply filled in, and what was implied."""
    out = dict(answers)
    implied: list[Implied] = []
    applies = fast.relevance(kb)  # each gated question's condition as a closure (conditions.evaluate's truth)
    known = {k: v for k, v in out.items() if v is not None}  # kept in step with `out`, not gathered again
    changed = True
    while changed:  # an implied gate may be a follow-up itself: to a fixed point (each gate fills once)
        changed = False
        for qid, reads in fast.gated(kb).items():
            if out.get(qid) is None:
                continue  # unanswered
            for r in reads:  # a plain loop (no generator): 76 gated questions a county
                v = out.get(r)
                if v is None or isinstance(v, (Interval, Choices)):
                    break
            else:
                continue  # its gate is decided (plain answers decide every test)
            if applies[qid](known) is not None:
                continue
            rel = kb.questions[qid].relevant
            assert rel is not None
            for gate, value in _implied(kb, rel, out):
                out[gate] = known[gate] = value  # never None: a value, an interval or ticked options
                implied.append(Implied(gate, value, qid))
                changed = True
    if not implied:
        return out, []
    return {qid: out[qid] for qid in kb.questions if qid in out}, implied


def impliable(gate: Question) -> bool:
    """Whether a follow-up's answer may imply this gate: not one on the county's situation (its type is a
    classification: running eco arrangements does not make a county border_ecological)."""
    return gate.fixed_by is None or gate.fixed_by.kind != "context"


_follow_ups: dict[int, tuple[KnowledgeBase, dict[str, tuple[str, ...]]]] = {}


def follow_ups(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Each gate a follow-up's answer may imply → the questions whose relevance reads it (once per base)."""

    def build() -> dict[str, tuple[str, ...]]:
        table: dict[str, list[str]] = {}
        for qid, reads in fast.gated(kb).items():
            for g in reads:
                if impliable(kb.questions[g]):
                    table.setdefault(g, []).append(qid)
        return {g: tuple(qs) for g, qs in table.items()}

    return once_per_base(_follow_ups, kb, build)


def _implied(kb: KnowledgeBase, cond: conditions.Condition, answers: Mapping[str, Any]) -> list[tuple[str, Any]]:
    if isinstance(cond, conditions.All):
        found: dict[str, Any] = {}
        for part in cond.items:
            for gate, value in _implied(kb, part, answers):
                found.setdefault(gate, value)  # two parts on one gate: the first (kb check keeps them apart)
        return list(found.items())
    if not isinstance(cond, conditions.Atom) or cond.q not in kb.questions:
        return []
    q = kb.questions[cond.q]
    if not impliable(q):
        return []
    current = answers.get(cond.q)
    if q.type == QuestionType.multiple_choice and cond.op == "has":
        if current is None:
            return [(q.id, Choices(yes=(cond.value,), no=()))]
        if isinstance(current, Choices) and current.has(cond.value) is None:
            yes = set(current.yes) | {cond.value}
            return [(q.id, Choices(yes=tuple(c for c in q.choice_ids() if c in yes), no=current.no))]
        return []
    if current is not None:
        return []
    if cond.op == "eq":
        return [(q.id, cond.value)]
    if cond.op == "in" and len(cond.value) == 1:
        return [(q.id, cond.value[0])]
    if q.type in NUMERIC_TYPES and cond.op in ("gt", "gte", "lt", "lte"):
        iv = _side(q, cond.op, float(cond.value))
        return [(q.id, iv)] if iv is not None else []
    return []


def _side(q: Question, op: str, x: float) -> Interval | None:
    """The values of q's range on the side of x the test allows; None if that is empty."""
    lo, hi = q.bounds()
    whole = q.type == QuestionType.count
    if op in ("gt", "gte"):
        start, open_ = x, op == "gt"
        if whole:
            start, open_ = (math.floor(x) + 1 if op == "gt" else math.ceil(x)), False
        if lo is not None and (start < lo or (start == lo and not open_)):
            start, open_ = lo, False
        iv = Interval(_num(start), _num(hi) if hi is not None else None, lo_open=open_)
    else:
        end, open_ = x, op == "lt"
        if whole:
            end, open_ = (math.ceil(x) - 1 if op == "lt" else math.floor(x)), False
        if hi is not None and (end > hi or (end == hi and not open_)):
            end, open_ = hi, False
        iv = Interval(_num(lo) if lo is not None else None, _num(end), hi_open=open_)
    return None if iv.empty else iv


def _num(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x
