"""Formulas of derived questions (`calculate:` in the questionnaire, as in ODK): arithmetic over other
questions' answers, e.g. `100 * grid_service_staff / grid_staff_total`.

Only numbers, question ids, + - * / and brackets are allowed; the text is parsed into a small tree,
never evaluated as code. A formula whose inputs are not all known has no value, and neither has a
division by zero: the derived question then stays unanswered (unknown), never a guess. Over approximate
inputs (intervals) the value is the interval of every result they allow.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Union

from diagnose.knowledge import interval_math
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.say import say

MAX_LENGTH = 300  # characters: a formula is a line, not a program


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Ref:
    q: str


@dataclass(frozen=True)
class Op:
    op: str  # + - * /
    left: Formula
    right: Formula


@dataclass(frozen=True)
class Neg:
    item: Formula


Formula = Union[Num, Ref, Op, Neg]  # noqa: UP007 (a runtime alias of dataclasses)
_OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}


class FormulaError(ValueError):
    pass


def parse(text: str) -> Formula:
    """The formula's tree, or FormulaError saying what is not allowed."""
    if not isinstance(text, str) or not text.strip():
        raise FormulaError(say("formula_empty"))
    if len(text) > MAX_LENGTH:
        raise FormulaError(say("formula_too_long", limit=MAX_LENGTH))
    try:
        tree = ast.parse(text.strip(), mode="eval").body
    except SyntaxError as e:
        raise FormulaError(say("formula_syntax", detail=e.msg)) from None
    return _node(tree)


def _node(n: ast.AST) -> Formula:
    if isinstance(n, ast.Constant) and isinstance(n.value, (int, float)) and not isinstance(n.value, bool):
        return Num(float(n.value))
    if isinstance(n, ast.Name):
        return Ref(n.id)
    if isinstance(n, ast.BinOp) and type(n.op) in _OPS:
        return Op(_OPS[type(n.op)], _node(n.left), _node(n.right))
    if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub):
        return Neg(_node(n.operand))
    if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.UAdd):
        return _node(n.operand)
    raise FormulaError(say("formula_not_allowed", part=ast.unparse(n)))


def questions(f: Formula) -> list[str]:
    """The question ids the formula reads, in order of first use."""
    if isinstance(f, Ref):
        return [f.q]
    if isinstance(f, Op):
        return list(dict.fromkeys([*questions(f.left), *questions(f.right)]))
    if isinstance(f, Neg):
        return questions(f.item)
    return []


def divisors(f: Formula) -> list[Formula]:
    """Every expression the formula divides by (kb check warns when one can be zero)."""
    if isinstance(f, Op):
        return [*divisors(f.left), *divisors(f.right), *([f.right] if f.op == "/" else [])]
    if isinstance(f, Neg):
        return divisors(f.item)
    return []


def evaluate(f: Formula, values: Mapping[str, float | Interval]) -> float | Interval | None:
    """The value, or None when an input is missing or a divisor is zero. An approximate input (an
    Interval) makes the value an interval (interval_math.py); a divisor interval holding 0 gives None."""
    if isinstance(f, Num):
        return f.value
    if isinstance(f, Ref):
        return values.get(f.q)
    if isinstance(f, Neg):
        v = evaluate(f.item, values)
        return None if v is None else interval_math.neg(v) if isinstance(v, Interval) else -v
    left, right = evaluate(f.left, values), evaluate(f.right, values)
    if left is None or right is None:
        return None
    if isinstance(left, Interval) or isinstance(right, Interval):
        if f.op == "/":
            return interval_math.div(left, right)
        return {"+": interval_math.add, "-": interval_math.sub, "*": interval_math.mul}[f.op](left, right)
    if f.op == "+":
        return left + right
    if f.op == "-":
        return left - right
    if f.op == "*":
        return left * right
    return None if right == 0 else left / right


def text(f: Formula, shown: dict[str, str] | None = None) -> str:
    """The formula written out again (brackets kept where they matter); `shown` writes some question ids
    as something else, e.g. their answers ("12 / 40 * 100")."""
    if isinstance(f, Num):
        return str(int(f.value)) if f.value.is_integer() else str(f.value)
    if isinstance(f, Ref):
        return shown.get(f.q, f.q) if shown else f.q
    if isinstance(f, Neg):
        return f"-{_wrapped(f.item, shown)}"
    return f"{_wrapped(f.left, shown)} {f.op} {_wrapped(f.right, shown)}"


def _wrapped(f: Formula, shown: dict[str, str] | None) -> str:
    return f"({text(f, shown)})" if isinstance(f, Op) else text(f, shown)
