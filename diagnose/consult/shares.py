"""One prompt for a share worked out from two counts (`calculate: 100 * part / whole` in rules/questionnaire).

An office holds either the share or the two counts. Rather than ask the counts one by one and then the
share, the consultation asks the share once and takes either form: a share (`30`, `约三成`, `大多数`) is
saved as the share question's answer; two counts (`12/40`, `40中12`, `12 of 40`) are saved as the
answers of the two count questions, from which the share is worked out as in `diagnose evaluate`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from diagnose.answers.validate import normalise_answer
from diagnose.consult import numbers
from diagnose.i18n import t
from diagnose.knowledge import formula
from diagnose.knowledge.formula import Num, Op, Ref
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.models import Question


@dataclass(frozen=True)
class Share:
    part: str  # the count question above the line
    whole: str  # the count question below it


def share_of(q: Question) -> Share | None:
    """The two counts a share question is worked out from (`100 * part / whole`), or None."""
    f = q.derivation()
    if isinstance(f, Op) and f.op == "/" and isinstance(f.right, Ref):  # (100 * part) / whole
        top = f.left
        if isinstance(top, Op) and top.op == "*":
            pair = (top.left, top.right)
            if Num(100.0) in pair and any(isinstance(x, Ref) for x in pair):
                part = next(x for x in pair if isinstance(x, Ref))
                return Share(part.q, f.right.q)
    if isinstance(f, Op) and f.op == "*" and f.left == Num(100.0):  # 100 * (part / whole)
        inner = f.right
        if isinstance(inner, Op) and inner.op == "/" and isinstance(inner.left, Ref) and isinstance(inner.right, Ref):
            return Share(inner.left.q, inner.right.q)
    return None


# part/whole, "whole 中 part" (40中12, 40个中有12个), "part of whole" (12 of 40, 12 out of 40)
_PAIRS = (
    re.compile(r"^(?P<part>[^/]+?)\s*/\s*(?P<whole>[^/]+)$"),
    re.compile(r"^(?P<whole>[^中]+?)(?:之中|当中|中)(?:有)?(?P<part>[^中]+)$"),
    re.compile(r"^(?P<part>.+?)\s+(?:out\s+of|of)\s+(?P<whole>.+)$", re.IGNORECASE),
)


def split(text: str) -> tuple[str, str] | None:
    """The two counts typed (part, whole), or None when the reply is not a pair."""
    s = unicodedata.normalize("NFKC", text).strip()
    for pattern in _PAIRS:
        m = pattern.match(s)
        if m and m["part"].strip() and m["whole"].strip():
            return m["part"].strip(), m["whole"].strip()
    return None


def read_pair(
    questions: dict[str, Question], share: Share, text: str, lang: str
) -> tuple[dict[str, Any] | None, str | None]:
    """({count question: JSON value}, None) for two counts typed; (None, None) when the reply is not a
    pair (it is then read as the share); (None, what is wrong) when a count is not one."""
    typed = split(text)
    if typed is None:
        return None, None
    values: dict[str, Any] = {}
    for qid, reply in zip((share.part, share.whole), typed, strict=True):
        q = questions[qid]
        value, problem = numbers.read_number(q, reply, lang)
        if problem is None:
            _, problem = normalise_answer(q, value, lang)
        if problem:
            return None, t("reply_share_count", lang, what=q.title.get(lang), problem=problem)
        values[qid] = value
    return values, None


def value_of(questions: dict[str, Question], q: Question, share: Share, values: dict[str, Any]) -> Any:
    """The share two counts give (a number or an interval), or None when they give none (0 as the whole,
    a part above it)."""
    normal: dict[str, float | Interval] = {}
    for qid in (share.part, share.whole):
        read, _ = normalise_answer(questions[qid], values[qid], "en")
        if not isinstance(read, (int, float, Interval)) or isinstance(read, bool):
            return None
        normal[qid] = read
    f = q.derivation()
    assert f is not None
    value = formula.evaluate(f, normal)  # None when dividing by zero
    lo, hi = q.bounds()
    if value is None:
        return None
    low, high = (value.lo, value.hi) if isinstance(value, Interval) else (value, value)
    if (lo is not None and low is not None and low < lo) or (hi is not None and high is not None and high > hi):
        return None
    return value


def echo(typed: tuple[str, str], value: Any, lang: str) -> str:
    """How two counts were read: 记为 12/40 → 30%."""
    share = numbers.span(value, lang, "%") if isinstance(value, Interval) else f"{value:.3g}%"
    return t("ask_recorded_share", lang, part=typed[0], whole=typed[1], share=share)
