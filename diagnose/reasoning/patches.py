"""The exact search for the smallest patches: fewest answer changes, then the smallest total movement.

Best-first (A*) over sets of changes. A node fixes the questions up to a position in gates-first order
(each changed or kept) and leaves the rest open; its cost is (changes, movement). Three-valued logic
bounds it: with the open questions unknown, a sign that holds holds whatever they become, and one that
fails fails (Kleene's logic is monotone in what is known, and gates come first, so no open answer can
set aside a decided one). A node is dropped when those bounds show its goal is out of reach; its
estimate adds the fewest further changes any completion needs (signs still to move, over the most
signs one open question reads), never more than the truth, so the first patches taken off the queue
are the cheapest. A patch whose questions include another patch's is no alternative and is skipped.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from diagnose.answers.derive import derive
from diagnose.answers.validate import Answer
from diagnose.knowledge import conditions, formula
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.certainty import Decider, Decision, combine
from diagnose.knowledge.conditions import Truth
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.models import Diagnosis
from diagnose.reasoning import space
from diagnose.reasoning.space import Allowed, Option, as_answer

MAX_NODES = 200_000  # a guard for knowledge bases far larger than this one; reported, never silent


@dataclass(frozen=True)
class Found:
    changes: dict[str, Option]
    decision: Decision


class Problem:
    """One diagnosis, one county, one goal: the variables, their options, and fast evaluation."""

    def __init__(self, kb: KnowledgeBase, answers: dict[str, Answer], did: str, goal: str, allowed: Allowed) -> None:
        if goal not in ("clear", "reach"):
            raise ValueError("goal is clear or reach")
        self.kb, self.goal, self.allowed = kb, goal, allowed
        self.d: Diagnosis = kb.diagnoses[did]
        self.decider = Decider(self.d)
        self.answers = answers
        self.reads = space.reads(kb, self.d, include_scope=True)
        readable = space.reads(kb, self.d, include_scope=goal == "reach")
        cuts = space.thresholds(kb, self.d)
        self.blocked: dict[str, str] = {}
        self.vars: list[str] = []
        self.options: dict[str, list[Option]] = {}
        for qid in readable:
            q = kb.questions[qid]
            why = allowed.why_not(q, answers.get(qid))
            opts = (
                []
                if why
                else space.options(q, answers.get(qid), cuts.get(qid, set()), space.named_choices(kb, self.d, qid))
            )
            if allowed.only is not None:
                opts = [o for o in opts if o.kind == allowed.only]
            if space.fixed_and_open(q, answers.get(qid), allowed):
                opts = [o for o in opts if o.kind == space.FIND_OUT and _within(o, answers.get(qid))]
            if why:
                self.blocked[qid] = why
            if opts:
                self.vars.append(qid)
                self.options[qid] = opts
        for qid in self.reads:
            if qid not in readable:
                self.blocked[qid] = "scope"
        self.position = {q: i for i, q in enumerate(self.vars)}
        # derived values worked out from their inputs are worked out again from the patched inputs
        self.derived = {q.id for q in kb.derived if q.id in answers and _rederives(kb, answers, q.id)}
        self.base = {k: v for k, v in answers.items() if k not in self.derived}
        self.inputs = {i for q in kb.derived for i in formula.questions(q.derivation())}  # type: ignore[arg-type]
        self.deps = {s.id: self._deps(s.when) for s in self.d.signs}
        self.scope_deps = self._deps(self.d.applies) if self.d.applies is not None else set()

    def _deps(self, cond: conditions.Condition) -> set[str]:
        """The questions a condition's truth can depend on: those it reads, their gates and, for a
        derived question, its inputs."""
        out = set(conditions.questions(cond))
        pending = list(out)
        while pending:
            q = self.kb.questions[pending.pop()]
            reads = conditions.questions(q.relevant) if q.relevant is not None else []
            reads += formula.questions(q.derivation()) if q.calculate is not None else []  # type: ignore[arg-type]
            for g in reads:
                if g not in out:
                    out.add(g)
                    pending.append(g)
        return out

    def patched(self, changes: dict[str, Any], open_: frozenset[str] | set[str] = frozenset()) -> dict[str, Answer]:
        """The known answers after the changes, with relevance applied; `open_` questions are unknown."""
        merged: dict[str, Answer] = {**self.base, **{k: as_answer(v) for k, v in changes.items()}}
        raw = {k: v for k, v in merged.items() if v is not None and k not in open_}
        if self.derived or self.inputs & set(changes):
            raw, _ = derive(self.kb, raw)
        known: dict[str, Answer] = {
            k: v for k, v in raw.items() if v is not None and k not in open_
        }  # open stays open when derived
        for qid in self.reads:  # gates first: one pass reaches the fixed point
            rel = self.kb.questions[qid].relevant
            if qid in known and rel is not None and conditions.evaluate(rel, known) is False:
                del known[qid]
        return known

    def truths(self, known: dict[str, Answer]) -> tuple[Truth, list[Truth]]:
        applies = True if self.d.applies is None else conditions.evaluate(self.d.applies, known)
        return applies, [conditions.evaluate(s.when, known) for s in self.d.signs]

    def meets(self, dec: Decision) -> bool:
        if self.goal == "clear":
            return dec.status in ("absent", "not_applicable")
        return dec.status == "reached"

    def decide(self, changes: dict[str, Any]) -> Decision:
        applies, signs = self.truths(self.patched(changes))
        return self.decider(applies, signs)

    # --- bounds ---

    def hopeless(self, changes: dict[str, Any], start: int) -> bool:
        """No completion of this node (questions from `start` on open) can meet the goal."""
        open_ = set(self.vars[start:])
        applies, signs = self.truths(self.patched(changes, open_))
        settled = [not (self.deps[s.id] & open_) for s in self.d.signs]
        cfs = [s.certainty for s in self.d.signs]
        watch = self.d.severity.watch - 1e-9
        if self.goal == "clear":
            if applies is False:
                return False
            floor = combine(
                cf for cf, v, done in zip(cfs, signs, settled, strict=True) if v is True or (done and v is None)
            )
            return floor >= watch
        if applies is False or (applies is None and not (self.scope_deps & open_)):
            return True
        ceiling = combine(
            cf for cf, v, done in zip(cfs, signs, settled, strict=True) if v is True or (v is None and not done)
        )
        return ceiling < watch

    def estimate(self, changes: dict[str, Any], start: int) -> int:
        """The fewest further changes any completion needs (0 when none may be needed)."""
        open_ = self.vars[start:]
        applies, signs = self.truths(self.patched(changes))  # open questions kept as they are
        _, partial = self.truths(self.patched(changes, set(open_)))
        cfs = {s.id: s.certainty for s in self.d.signs}
        watch = self.d.severity.watch - 1e-9
        must: list[str] = []
        if self.goal == "clear":
            forced = [s.id for s, v in zip(self.d.signs, partial, strict=True) if v is True]
            movable = [
                s.id for s, v, p in zip(self.d.signs, signs, partial, strict=True) if v is not False and p is not True
            ]
            movable = [s for s in movable if self.deps[s] & set(open_)]
            stuck = [
                s.id
                for s, v, p in zip(self.d.signs, signs, partial, strict=True)
                if v is not False and p is not True and not (self.deps[s.id] & set(open_))
            ]
            base = [cfs[s] for s in forced + stuck]
            rest = sorted(movable, key=lambda s: -cfs[s])
            while rest and combine(base + [cfs[s] for s in rest]) >= watch:
                must.append(rest.pop(0))
        else:
            holding = [cfs[s.id] for s, v in zip(self.d.signs, signs, strict=True) if v is True]
            candidates = sorted(
                (s.id for s, v, p in zip(self.d.signs, signs, partial, strict=True) if v is not True and p is None),
                key=lambda s: -cfs[s],
            )
            while candidates and combine(holding) < watch:
                s = candidates.pop(0)
                must.append(s)
                holding.append(cfs[s])
        need = 0
        if must:
            cover = max((sum(1 for s in must if q in self.deps[s]) for q in open_), default=0)
            need = math.ceil(len(must) / cover) if cover else 1
        if self.goal == "reach" and applies is not True:
            need = max(need, 1)
        return need


def _within(option: Option, answer: Answer) -> bool:
    """A value that only finds out a fixed question: inside its interval, or keeping its known options."""
    if isinstance(answer, Interval):
        return isinstance(option.value, (int, float)) and answer.contains(option.value)
    return True  # unknown, or options of a partial choice not yet answered (space._partial keeps the rest)


def _rederives(kb: KnowledgeBase, answers: dict[str, Answer], qid: str) -> bool:
    """Whether this derived question's value is the one its inputs give (not a direct answer)."""
    without = {k: v for k, v in answers.items() if k != qid}
    again, _ = derive(kb, without)
    return again.get(qid) == answers.get(qid)


def search(problem: Problem, wanted: int) -> tuple[list[Found], bool]:
    """Up to `wanted` patches, cheapest first, none containing another; whether the guard cut it short."""
    found: list[Found] = []
    taken: list[frozenset[str]] = []
    tie = itertools.count()
    queue: list[tuple[int, float, int, int, dict[str, Option]]] = []
    if not problem.hopeless({}, 0):
        heapq.heappush(queue, (problem.estimate({}, 0), 0.0, next(tie), 0, {}))
    nodes = 0
    while queue and len(found) < wanted:
        _, movement, _, start, chosen = heapq.heappop(queue)
        nodes += 1
        if nodes > MAX_NODES:
            return found, True
        keys = frozenset(chosen)
        if any(t <= keys for t in taken):
            continue
        values = {q: o.value for q, o in chosen.items()}
        dec = problem.decide(values)
        if problem.meets(dec):
            if chosen:  # the empty patch: the goal is met already (callers check first)
                found.append(Found(dict(chosen), dec))
                taken.append(keys)
            continue
        for j in range(start, len(problem.vars)):
            qid = problem.vars[j]
            for opt in problem.options[qid]:
                child = {**chosen, qid: opt}
                child_values = {**values, qid: opt.value}
                if problem.hopeless(child_values, j + 1):
                    continue
                cost = len(child) + problem.estimate(child_values, j + 1)
                heapq.heappush(queue, (cost, round(movement + opt.movement, 9), next(tie), j + 1, child))
    return found, False


def brute_force(problem: Problem) -> Iterator[tuple[int, float, dict[str, Any]]]:
    """Every patch over the same options, by exhaustion: what the tests check the search against."""
    for size in range(1, len(problem.vars) + 1):
        for combo in itertools.combinations(problem.vars, size):
            for opts in itertools.product(*(problem.options[q] for q in combo)):
                values = {q: o.value for q, o in zip(combo, opts, strict=True)}
                if problem.meets(problem.decide(values)):
                    yield size, round(sum(o.movement for o in opts), 9), values
