"""Conditions made into Python closures once, for the loops that test the same conditions for every
county of a batch (validation's relevance: ~80 conditions a county). `closure(cond)(answers, signs)`
is `conditions.evaluate(cond, answers, signs)`, the same three-valued truth (tests/knowledge/
test_closures.py checks them against each other on every condition of the knowledge base), without
walking the tree and asking each node its type for every county."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from diagnose.knowledge import interval
from diagnose.knowledge.choices import Choices
from diagnose.knowledge.conditions import All, Any_, Atom, Condition, Not, SignRef
from diagnose.knowledge.interval import Interval, Truth

Test = Callable[..., Truth]  # (answers, signs=None) → truth

# conditions.compare, one function per operator
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "has": lambda answer, value: value in answer,
    "in": lambda answer, value: answer in value,
    "eq": lambda answer, value: bool(answer == value),
    "ne": lambda answer, value: bool(answer != value),
    "lt": lambda answer, value: bool(answer < value),
    "lte": lambda answer, value: bool(answer <= value),
    "gt": lambda answer, value: bool(answer > value),
    "gte": lambda answer, value: bool(answer >= value),
}


def closure(cond: Condition) -> Test:
    """The condition as a function of (answers, signs=None), an answer absent or None being unknown."""
    if isinstance(cond, Atom):
        return _atom(cond)
    if isinstance(cond, All):
        return _all(tuple(closure(i) for i in cond.items))
    if isinstance(cond, Any_):
        return _any(tuple(closure(i) for i in cond.items))
    if isinstance(cond, Not):
        return _not(closure(cond.item))
    assert isinstance(cond, SignRef)
    sign = cond.sign

    def sign_holds(answers: Mapping[str, Any], signs: Mapping[str, Truth] | None = None) -> Truth:
        return (signs or {}).get(sign)

    return sign_holds


def _atom(atom: Atom) -> Test:
    q, op, value = atom.q, atom.op, atom.value
    compare, truth = _COMPARE[op], interval.truth

    def test(answers: Mapping[str, Any], signs: Mapping[str, Truth] | None = None) -> Truth:
        answer = answers.get(q)
        if answer is None:
            return None
        cls = answer.__class__
        if cls is Interval:
            return truth(op, answer, value)
        if cls is Choices:  # a multiple choice known in part: `has` is its only test
            return answer.has(value)
        return compare(answer, value)

    return test


def _all(items: tuple[Test, ...]) -> Test:
    def test(answers: Mapping[str, Any], signs: Mapping[str, Truth] | None = None) -> Truth:
        unknown = False
        for item in items:  # nothing is lost by stopping at a false part: evaluating has no effects
            result = item(answers, signs)
            if result is False:
                return False
            if result is None:
                unknown = True
        return None if unknown else True

    return test


def _any(items: tuple[Test, ...]) -> Test:
    def test(answers: Mapping[str, Any], signs: Mapping[str, Truth] | None = None) -> Truth:
        unknown = False
        for item in items:
            result = item(answers, signs)
            if result is True:
                return True
            if result is None:
                unknown = True
        return None if unknown else False

    return test


def _not(item: Test) -> Test:
    def test(answers: Mapping[str, Any], signs: Mapping[str, Truth] | None = None) -> Truth:
        inner = item(answers, signs)
        return None if inner is None else not inner

    return test
