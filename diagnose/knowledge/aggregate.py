"""Aggregate formulas: a derived question worked out over a repeat group's items (innovation projects
one by one), written in `calculate:` as one call:

    count(innovation_projects)                        how many items were described
    count(innov_p_borrowed)                           items where a test holds
    share(innov_p_borrowed)                           100 × items where it holds / items
    share(innov_p_survey, innov_p_borrowed)           the same among the items where the second test holds
    any(innov_p_leader_moved)                         yes when one item passes, no when none can (yes/no)
    ratio(innov_p_showcase_funds, innov_p_funds)      100 × Σ first / Σ second (money, people: a weighted share)

A test is an item question id (a yes/no: "is yes"), a comparison of a numeric item question with a
number (`innov_p_years >= 2`), or `not`/`and`/`or` of tests. Tests become ordinary conditions, so an
item's unknown or approximate answer makes its test undetermined; the aggregate is then an interval
spanning every way the undetermined items could go, never a guess.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from diagnose.knowledge import conditions
from diagnose.knowledge.interval import Interval, Truth
from diagnose.knowledge.say import say

FUNCTIONS = ("count", "share", "any", "ratio")
_COMPARE = {ast.Lt: "lt", ast.LtE: "lte", ast.Gt: "gt", ast.GtE: "gte", ast.Eq: "eq", ast.NotEq: "ne"}


class AggregateError(ValueError):
    pass


@dataclass(frozen=True)
class Aggregate:
    fn: str  # count | share | any
    group: str | None  # count(name): a group's id (count its items) or a yes/no item question; the kb decides
    test: conditions.Condition | None
    among: conditions.Condition | None = None
    sums: tuple[str, str] | None = None  # ratio(part, whole): the two numeric item questions summed

    def fields(self) -> list[str]:
        """The item questions the tests read, in order of first use."""
        if self.sums is not None:
            return list(dict.fromkeys(self.sums))
        conds = [c for c in (self.test, self.among) if c is not None]
        return list(dict.fromkeys(q for c in conds for q in conditions.questions(c)))


def is_aggregate(text: Any) -> bool:
    """Whether a `calculate:` text is an aggregate call rather than arithmetic."""
    if not isinstance(text, str):
        return False
    head = text.strip().split("(", 1)[0].strip()
    return head in FUNCTIONS and "(" in text


def parse(text: str) -> Aggregate:
    try:
        tree = ast.parse(text.strip(), mode="eval").body
    except SyntaxError as e:
        raise AggregateError(say("agg_syntax", detail=e.msg)) from None
    if not isinstance(tree, ast.Call) or not isinstance(tree.func, ast.Name) or tree.func.id not in FUNCTIONS:
        raise AggregateError(say("agg_one_call", functions=", ".join(FUNCTIONS)))
    fn, args = tree.func.id, tree.args
    if tree.keywords:
        raise AggregateError(say("agg_by_position", fn=fn))
    if fn == "ratio":
        if len(args) != 2 or not all(isinstance(a, ast.Name) for a in args):
            raise AggregateError(say("agg_ratio_two"))
        return Aggregate(fn, None, None, None, (args[0].id, args[1].id))  # type: ignore[attr-defined]
    most = 2 if fn == "share" else 1
    if not 1 <= len(args) <= most:
        raise AggregateError(say("agg_arguments_two" if most == 2 else "agg_arguments_one", fn=fn))
    test = _test(args[0])
    among = _test(args[1]) if len(args) == 2 else None
    group = args[0].id if fn == "count" and isinstance(args[0], ast.Name) else None
    return Aggregate(fn, group, test, among)


def _test(n: ast.AST) -> conditions.Condition:
    if isinstance(n, ast.Name):
        return conditions.parse({"q": n.id, "eq": True})
    if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.Not):
        return conditions.Not(_test(n.operand))
    if isinstance(n, ast.BoolOp):
        items = tuple(_test(v) for v in n.values)
        return conditions.All(items) if isinstance(n.op, ast.And) else conditions.Any_(items)
    if (
        isinstance(n, ast.Compare)
        and len(n.ops) == 1
        and type(n.ops[0]) in _COMPARE
        and isinstance(n.left, ast.Name)
        and isinstance(n.comparators[0], ast.Constant)
        and isinstance(n.comparators[0].value, (int, float))
        and not isinstance(n.comparators[0].value, bool)
    ):
        return conditions.parse({"q": n.left.id, _COMPARE[type(n.ops[0])]: n.comparators[0].value})
    raise AggregateError(say("agg_test_form", part=ast.unparse(n)))


@dataclass(frozen=True)
class Tally:
    """What the items gave: `passed` of `total` items (among those the `among` test admits), `unknown` of
    them undetermined; `value` the aggregate (an Interval when the undetermined items could change it)."""

    passed: int
    total: int
    unknown: int
    value: int | float | bool | Interval | None
    sums: tuple[int | float, int | float, int | float] | None = None  # ratio(): Σ part (lowest, highest), Σ whole


def evaluate(agg: Aggregate, items: Sequence[Mapping[str, Any]], whole_group: bool = False) -> Tally:
    """The aggregate over the items' answers (None answers are unknown); `whole_group`: a count(group)
    that counts the items themselves."""
    if whole_group:
        n = len(items)
        return Tally(n, n, 0, n)
    if agg.sums is not None:
        return _ratio_of_sums(agg.sums, items)
    assert agg.test is not None
    pairs = [(_truth(agg.test, it), True if agg.among is None else _truth(agg.among, it)) for it in items]
    if agg.fn in ("count", "any"):
        yes = sum(1 for t, _ in pairs if t is True)
        maybe = sum(1 for t, _ in pairs if t is None)
        value: int | bool | Interval | None
        if agg.fn == "any":
            value = True if yes else (None if maybe else False)
        elif maybe and maybe == len(items):
            value = None  # no item says anything: unknown, not the widest interval
        else:
            value = yes if not maybe else Interval(yes, yes + maybe)
        return Tally(yes, len(items), maybe, value)
    if pairs and all(t is None for t, _ in pairs):
        return Tally(0, len(items), len(items), None)  # no item says anything: unknown, not [0, 100]
    return _share(pairs)


def _truth(cond: conditions.Condition, item: Mapping[str, Any]) -> Truth:
    return conditions.evaluate(cond, {k: v for k, v in item.items() if v is not None})


def _share(pairs: list[tuple[Truth, Truth]]) -> Tally:
    """100 × passed / admitted, bounded over every way the undetermined items could go: each item adds
    (1, 1), (0, 1) or (0, 0) to (numerator, denominator); a (1, 1) never lowers a share and a (0, 1) never
    raises it, so the greedy choice per item gives the exact bounds."""
    options = [_options(t, a) for t, a in pairs]
    passed = sum(1 for o in options if o == {(1, 1)})
    admitted = sum(1 for o in options if o <= {(1, 1), (0, 1)})
    unknown = sum(1 for o in options if len(o) > 1)
    hi_pick = [max(o, key=lambda p: (p == (1, 1), p == (0, 0))) for o in options]
    lo_pick = [max(o, key=lambda p: (p == (0, 1), p == (0, 0))) for o in options]
    hi, lo = _ratio(hi_pick), _ratio(lo_pick)
    if hi is None and lo is None:
        return Tally(passed, admitted, unknown, None)
    # a denominator of 0 on one side: that side takes the other's value (no share exists there)
    lo = hi if lo is None else lo
    hi = lo if hi is None else hi
    assert lo is not None and hi is not None
    value: int | float | Interval = _tidy(lo) if lo == hi else Interval(_tidy(lo), _tidy(hi))
    return Tally(passed, admitted, unknown, value)


def _ratio_of_sums(names: tuple[str, str], items: Sequence[Mapping[str, Any]]) -> Tally:
    """100 × Σ part / Σ whole. An item's unknown part lies between 0 and its whole (an approximate one
    within its interval, capped by the whole); an item whose whole is not an exact figure leaves the
    share unknown, since its part could then be anything."""
    part_q, whole_q = names
    lo = hi = whole = 0.0
    known = unknown = informed = 0
    for it in items:
        w, p = it.get(whole_q), it.get(part_q)
        if not isinstance(w, (int, float)) or isinstance(w, bool):
            return Tally(known, len(items), len(items) - known, None)
        whole += w
        if isinstance(p, (int, float)) and not isinstance(p, bool):
            lo, hi, known = lo + min(p, w), hi + min(p, w), known + 1
        else:
            informed += isinstance(p, Interval)
            span = p if isinstance(p, Interval) else Interval(0, w)
            lo += min(max(span.lo or 0, 0), w)
            hi += w if span.hi is None else min(span.hi, w)
            unknown += 1
    if whole == 0 or not known + informed:  # nothing spent, or no item says where its money went: unknown
        return Tally(known, len(items), unknown, None)
    a, b = _tidy(100 * lo / whole), _tidy(100 * hi / whole)
    return Tally(known, len(items), unknown, a if a == b else Interval(a, b), (_tidy(lo), _tidy(hi), _tidy(whole)))


def _options(test: Truth, among: Truth) -> set[tuple[int, int]]:
    inside = {True: {True}, False: {False}, None: {True, False}}[among]
    passes = {True: {True}, False: {False}, None: {True, False}}[test]
    return {((1 if p else 0), 1) if i else (0, 0) for i in inside for p in passes}


def _ratio(picks: list[tuple[int, int]]) -> float | None:
    den = sum(d for _, d in picks)
    return None if den == 0 else 100 * sum(n for n, _ in picks) / den


def _tidy(v: float) -> int | float:
    v = round(v, 2)  # a share of at most a few hundred items: two decimals keep every distinct value apart
    return int(v) if float(v).is_integer() else v
