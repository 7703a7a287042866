"""The small condition language of the knowledge base: parse, evaluate (three-valued), explain.

A condition is plain data, never code:

    {q: grid_patrol_time_pct, gte: 60}          compare one answer (eq ne lt lte gt gte)
    {q: county_type, in: [gathering, outflow]}  a single choice among several
    {q: grid_staff_tasks, has: patrol}          a multiple choice that includes one choice
    {all: [...]}, {any: [...]}, {not: {...}}    combine
    {sign: monitoring_outweighs_service}        a sign of the same diagnosis holds (recommendations)

Evaluation is Kleene three-valued logic: an atom on an unknown or missing answer is UNKNOWN,
`all` is false as soon as one part is false, `any` is true as soon as one part is true. A numeric
answer may be an interval (interval.py): its test is true when every value it allows passes, false
when none does, and UNKNOWN when the interval straddles the threshold. A multiple choice may be known
in part (choices.py): `has` on an option left unanswered is UNKNOWN.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from diagnose.knowledge import interval
from diagnose.knowledge.choices import Choices
from diagnose.knowledge.interval import Interval, Truth  # Truth: True, False or None (unknown)
from diagnose.knowledge.say import both, in_lang, say
from diagnose.knowledge.suggest import did_you_mean

COMPARISONS = ("eq", "ne", "lt", "lte", "gt", "gte")
OPERATORS = (*COMPARISONS, "in", "has")
KEYS = ("q", "all", "any", "not", "sign")
# Deeper than any condition a person writes, shallow enough that the checks' recursion is safe
MAX_DEPTH = 32


class ConditionError(ValueError):
    """A condition that is not well formed; `path` says where inside it."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(say("at_path", path=path, message=message) if path else message)
        self.path = path
        self.message = message

    def steps(self) -> tuple[str | int, ...]:
        """The path as keys and list indexes (`.all[1].not` → ("all", 1, "not"))."""
        return tuple(int(i) if i else k for k, i in re.findall(r"\.(\w+)|\[(\d+)\]", self.path))


@dataclass(frozen=True)
class Atom:
    q: str
    op: str
    value: Any  # a scalar, or a tuple of choice ids for `in`

    def to_data(self) -> dict[str, Any]:
        return {"q": self.q, self.op: list(self.value) if self.op == "in" else self.value}


@dataclass(frozen=True)
class All:
    items: tuple[Condition, ...]

    def to_data(self) -> dict[str, Any]:
        return {"all": [i.to_data() for i in self.items]}


@dataclass(frozen=True)
class Any_:
    items: tuple[Condition, ...]

    def to_data(self) -> dict[str, Any]:
        return {"any": [i.to_data() for i in self.items]}


@dataclass(frozen=True)
class Not:
    item: Condition

    def to_data(self) -> dict[str, Any]:
        return {"not": self.item.to_data()}


@dataclass(frozen=True)
class SignRef:
    sign: str

    def to_data(self) -> dict[str, Any]:
        return {"sign": self.sign}


Condition = Atom | All | Any_ | Not | SignRef

CONDITION_JSON_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "A condition: {q, eq|ne|lt|lte|gt|gte|in|has}, {all: [...]}, {any: [...]}, "
    "{not: {...}} or {sign: id}.",
}


def _hints(hints: Iterable[str]) -> str:
    """Several did-you-mean hints as one message, each in the reader's language."""
    found = [h for h in hints if h]
    if len(found) <= 1:
        return found[0] if found else ""
    return both(zh="".join(in_lang(h, "zh") for h in found), en="".join(in_lang(h, "en") for h in found))


def parse(raw: Any, path: str = "") -> Condition:
    """Turn YAML data into a condition tree, with a message that names the offending part."""
    if isinstance(raw, (Atom, All, Any_, Not, SignRef)):
        return raw
    if path.count(".") > MAX_DEPTH:
        raise ConditionError(path, say("cond_too_deep", depth=MAX_DEPTH))
    if not isinstance(raw, Mapping):
        raise ConditionError(path, say("cond_not_mapping", got=type(raw).__name__))
    keys = set(raw)
    for combinator, cls in (("all", All), ("any", Any_)):
        if combinator in keys:
            if keys != {combinator}:
                raise ConditionError(
                    path, say("cond_alone", key=combinator, others=sorted(keys - {combinator}, key=str))
                )
            parts = raw[combinator]
            if not isinstance(parts, list) or not parts:
                raise ConditionError(path, say("cond_needs_list", key=combinator))
            return cls(tuple(parse(p, f"{path}.{combinator}[{i}]") for i, p in enumerate(parts)))
    if "not" in keys:
        if keys != {"not"}:
            raise ConditionError(path, say("cond_not_alone"))
        return Not(parse(raw["not"], f"{path}.not"))
    if "sign" in keys:
        if keys != {"sign"} or not isinstance(raw["sign"], str):
            raise ConditionError(path, say("cond_sign_ref"))
        return SignRef(raw["sign"])
    if "q" in keys:
        if not isinstance(raw["q"], str) or not raw["q"]:
            raise ConditionError(path, say("cond_q_id"))
        ops = keys - {"q"}
        if len(ops) != 1 or not ops <= set(OPERATORS):
            hint = _hints(did_you_mean(str(o), OPERATORS) for o in sorted(ops, key=str) if o not in OPERATORS)
            raise ConditionError(
                path,
                say("cond_one_operator", ops=", ".join(OPERATORS), got=sorted(ops, key=str) or "none", hint=hint),
            )
        op = ops.pop()
        value = raw[op]
        if op == "in":
            if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
                raise ConditionError(path, say("cond_in_list"))
            return Atom(raw["q"], op, tuple(value))
        if op == "has":
            if not isinstance(value, str):
                raise ConditionError(path, say("cond_has_one"))
            return Atom(raw["q"], op, value)
        if op in ("lt", "lte", "gt", "gte") and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise ConditionError(path, say("cond_needs_number", op=op, got=repr(value)))
        if not isinstance(value, (bool, int, float, str)):
            raise ConditionError(path, say("cond_needs_value", op=op, got=repr(value)))
        if isinstance(value, float) and not math.isfinite(value):
            raise ConditionError(path, say("cond_needs_finite", op=op, got=repr(value)))
        return Atom(raw["q"], op, value)
    hint = _hints(did_you_mean(str(k), KEYS) for k in sorted(keys, key=str))
    raise ConditionError(path, say("cond_unknown_keys", keys=sorted(keys, key=str), hint=hint))


def atoms(cond: Condition) -> Iterator[Atom]:
    """Every answer comparison inside a condition."""
    if isinstance(cond, Atom):
        yield cond
    elif isinstance(cond, (All, Any_)):
        for item in cond.items:
            yield from atoms(item)
    elif isinstance(cond, Not):
        yield from atoms(cond.item)


def atoms_at(cond: Condition, at: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Atom]]:
    """Every answer comparison with where it sits in the condition's data (("all", 1, "not"), ...)."""
    if isinstance(cond, Atom):
        yield at, cond
    elif isinstance(cond, (All, Any_)):
        kind = "all" if isinstance(cond, All) else "any"
        for i, item in enumerate(cond.items):
            yield from atoms_at(item, (*at, kind, i))
    elif isinstance(cond, Not):
        yield from atoms_at(cond.item, (*at, "not"))


def sign_refs(cond: Condition) -> Iterator[str]:
    if isinstance(cond, SignRef):
        yield cond.sign
    elif isinstance(cond, (All, Any_)):
        for item in cond.items:
            yield from sign_refs(item)
    elif isinstance(cond, Not):
        yield from sign_refs(cond.item)


def questions(cond: Condition) -> list[str]:
    """The question ids a condition reads, in order of first appearance."""
    return list(dict.fromkeys(a.q for a in atoms(cond)))


def compare(op: str, answer: Any, value: Any) -> bool:
    """One comparison on a known, normalised answer (yes/no as bool, choices as str, lists for multi)."""
    if op == "has":
        return value in answer
    if op == "in":
        return answer in value
    if op == "eq":
        return bool(answer == value)
    if op == "ne":
        return bool(answer != value)
    if op == "lt":
        return bool(answer < value)
    if op == "lte":
        return bool(answer <= value)
    if op == "gt":
        return bool(answer > value)
    return bool(answer >= value)


def evaluate(cond: Condition, answers: Mapping[str, Any], signs: Mapping[str, Truth] | None = None) -> Truth:
    """Three-valued truth of a condition; an answer absent from `answers` is unknown."""
    if isinstance(cond, Atom):
        answer = answers.get(cond.q)
        if answer is None:
            return None
        if answer.__class__ is Interval:
            return interval.truth(cond.op, answer, cond.value)
        if answer.__class__ is Choices:  # a multiple choice known in part: `has` is its only test
            return answer.has(cond.value)
        return compare(cond.op, answer, cond.value)
    if isinstance(cond, All):
        results = [evaluate(i, answers, signs) for i in cond.items]
        if False in results:
            return False
        return None if None in results else True
    if isinstance(cond, Any_):
        results = [evaluate(i, answers, signs) for i in cond.items]
        if True in results:
            return True
        return None if None in results else False
    if isinstance(cond, Not):
        inner = evaluate(cond.item, answers, signs)
        return None if inner is None else not inner
    return (signs or {}).get(cond.sign)


def live_questions(cond: Condition, answers: Mapping[str, Any], signs: Mapping[str, Truth] | None = None) -> list[str]:
    """The unknown questions whose answer could still change an undetermined condition's truth.

    An `all` with a false part, or an `any` with a true part, is decided: nothing in it is live.
    """
    if evaluate(cond, answers, signs) is not None:
        return []
    if isinstance(cond, Atom):
        return [cond.q]
    if isinstance(cond, (All, Any_)):
        return list(dict.fromkeys(q for i in cond.items for q in live_questions(i, answers, signs)))
    if isinstance(cond, Not):
        return live_questions(cond.item, answers, signs)
    return []


def describe(cond: Condition, label: Any = None, lang: str = "zh") -> str:
    """A readable rendering of a condition, e.g. `网格员巡查时间占比 ≥ 60`."""
    symbols = {"eq": "=", "ne": "≠", "lt": "<", "lte": "≤", "gt": ">", "gte": "≥"}
    join = {"all": (" 且 ", " and "), "any": (" 或 ", " or ")}
    zh = lang == "zh"

    def name(qid: str) -> str:
        return str(label(qid)) if label else qid

    def show(value: Any) -> str:
        if isinstance(value, bool):
            return ("是" if value else "否") if zh else ("yes" if value else "no")
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    if isinstance(cond, Atom):
        if cond.op == "in":
            return f"{name(cond.q)} ∈ {{{', '.join(cond.value)}}}"
        if cond.op == "has":
            return f"{name(cond.q)} {'包含' if zh else 'includes'} {cond.value}"
        return f"{name(cond.q)} {symbols[cond.op]} {show(cond.value)}"
    if isinstance(cond, (All, Any_)):
        word = join["all" if isinstance(cond, All) else "any"][0 if zh else 1]
        return "(" + word.join(describe(i, label, lang) for i in cond.items) + ")"
    if isinstance(cond, Not):
        return ("并非 " if zh else "not ") + describe(cond.item, label, lang)
    return ("征象 " if zh else "sign ") + cond.sign
