"""Which way an undetermined condition can still go, and which questions could take it there.

A question answered "unknown" (or skipped, ruled out by its gate, or held back for the deferred prompt)
stays unknown for the rest of the consultation. So an `all` with such a part can never become true, an
`any` with one can never become false, and asking its other parts can only move it the other way.
The consultation asks a question only for a direction that could change a conclusion: a sign towards
true while that could raise a diagnosis's band, towards false while that could rule it out, a
recommendation's test or a mechanism's `unsuitable` test only towards true (an undetermined one
neither recommends nor holds back).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from diagnose.knowledge.conditions import All, Any_, Atom, Condition, Not, SignRef, Truth, evaluate

Free = Callable[[str], bool]  # whether a question may still be asked (not answered, skipped, closed or held)


def can(cond: Condition, known: Mapping[str, Any], signs: Mapping[str, Truth] | None, free: Free) -> tuple[bool, bool]:
    """(can still become true, can still become false), asking only the free questions."""
    truth = evaluate(cond, known, signs)
    if truth is not None:
        return truth, not truth
    if isinstance(cond, Atom):
        # an answer known as an interval across the threshold (or a choice known in part) is asked no more
        return (False, False) if cond.q in known or not free(cond.q) else (True, True)
    if isinstance(cond, (All, Any_)):
        parts = [can(i, known, signs, free) for i in cond.items]
        every_true, any_true = all(t for t, _ in parts), any(t for t, _ in parts)
        every_false, any_false = all(f for _, f in parts), any(f for _, f in parts)
        return (every_true, any_false) if isinstance(cond, All) else (any_true, every_false)
    if isinstance(cond, Not):
        t, f = can(cond.item, known, signs, free)
        return f, t
    return True, True  # a sign a recommendation reads: its own questions are weighed with the sign


def live(
    cond: Condition, want: bool, known: Mapping[str, Any], signs: Mapping[str, Truth] | None, free: Free
) -> list[str]:
    """The free questions whose answers could make an undetermined condition `want` (true or false)."""
    if evaluate(cond, known, signs) is not None:
        return []
    if isinstance(cond, Atom):
        return [cond.q] if can(cond, known, signs, free)[0 if want else 1] else []
    if isinstance(cond, Not):
        return live(cond.item, not want, known, signs, free)
    if isinstance(cond, SignRef):
        return []
    parts = cond.items
    # all→true and any→false need every part to go that way; all→false and any→true need one part
    every = want == isinstance(cond, All)
    if every and not can(cond, known, signs, free)[0 if want else 1]:
        return []
    out: list[str] = []
    for item in parts:
        if can(item, known, signs, free)[0 if want else 1]:
            out += [q for q in live(item, want, known, signs, free) if q not in out]
    return out


def costs(
    cond: Condition, want: bool, known: Mapping[str, Any], signs: Mapping[str, Truth] | None, free: Free
) -> dict[str, int]:
    """`live`'s questions, each with the fewest questions that could settle the condition `want` through it
    (an `all` refuted by one part costs that part's questions; one made true needs every part's). Asking
    the cheapest first lets an early answer make the others moot."""
    if evaluate(cond, known, signs) is not None:
        return {}
    if isinstance(cond, Atom):
        return {cond.q: 1} if can(cond, known, signs, free)[0 if want else 1] else {}
    if isinstance(cond, Not):
        return costs(cond.item, not want, known, signs, free)
    if isinstance(cond, SignRef) or not can(cond, known, signs, free)[0 if want else 1]:
        return {}
    parts = [c for item in cond.items if (c := costs(item, want, known, signs, free))]
    out: dict[str, int] = {}
    if want == isinstance(cond, All):  # every part must go that way: the parts' cheapest ways add up
        total = sum(min(c.values()) for c in parts)
        for c in parts:
            for q, n in c.items():
                out[q] = min(out.get(q, n + total), n + total - min(c.values()))
        return out
    for c in parts:  # one part suffices
        for q, n in c.items():
            out[q] = min(out.get(q, n), n)
    return out
