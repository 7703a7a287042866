"""The common answers read without ceremony: a bool for a yes/no question, a plain number within range,
a choice id, a list of distinct choice ids. Every county of a batch passes ~90 answers through
validation, and reading them one by one through the general path (notes, phrases, unknown words,
messages) was a third of `evaluate --detail lean` (profiled: benchmarks/README.md). Whatever is not
plainly valid here (notes, phrases, intervals, "unknown", anything wrong) goes the general way, which
gives the same normal form for what this path accepts (tests/answers/test_fast.py) and the messages.
"unknown" and "不知道" as written are read here too (None)."""

from __future__ import annotations

from typing import Any

from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase, once_per_base
from diagnose.knowledge.closures import Test, closure
from diagnose.knowledge.models import Question, QuestionType

SLOW = object()  # not plainly valid: read it the general way
_NUMERIC = (QuestionType.number, QuestionType.count, QuestionType.percent)


class Reader:
    """One question's fast reader: `read(value)` → its normal form, or SLOW."""

    __slots__ = ("kind", "lo", "hi", "count", "ids", "order", "unknown")

    def __init__(
        self,
        kind: str,
        lo: float | None,
        hi: float | None,
        magnitude: float,
        count: bool,
        ids: list[str],
        words: tuple[str, ...],
        unknown: tuple[str, ...] = (),
    ) -> None:
        self.kind = kind
        self.unknown = frozenset(unknown)
        # the range and the largest magnitude in one test (beyond it the general path says which is wrong)
        self.lo = -magnitude if lo is None else max(lo, -magnitude)
        self.hi = magnitude if hi is None else min(hi, magnitude)
        self.count = count
        # a choice id that reads as "unknown" or "not tracked" is left to the general path
        self.ids = frozenset(i for i in ids if i.strip().lower() not in words)
        self.order = {i: n for n, i in enumerate(ids)}

    def read(self, value: Any) -> Any:
        kind, cls = self.kind, value.__class__
        if kind == "yes_no":
            if cls is bool:
                return value
        elif kind == "number":
            if cls is int:
                return value if self.lo <= value <= self.hi else SLOW
            if cls is float and self.lo <= value <= self.hi:  # NaN compares false; infinities are out of range
                if value.is_integer():
                    return int(value)
                return SLOW if self.count else value
        elif kind == "single":
            if cls is str and value in self.ids:
                return value
        elif cls is list and all(v.__class__ is str and v in self.ids for v in value) and len(set(value)) == len(value):
            return sorted(value, key=self.order.__getitem__)
        # "unknown" as written (no space, no capital), whatever the question: unknown, no note (a tenth of
        # a generated county's answers; any other spelling goes the general way, which reads it the same)
        return None if cls is str and value in self.unknown else SLOW


_readers: dict[int, tuple[KnowledgeBase, dict[str, Reader]]] = {}
_gated: dict[int, tuple[KnowledgeBase, dict[str, frozenset[str]]]] = {}
_relevance: dict[int, tuple[KnowledgeBase, dict[str, Test]]] = {}


def readers(
    kb: KnowledgeBase, words: tuple[str, ...], magnitude: float, unknown: tuple[str, ...] = ()
) -> dict[str, Reader]:
    """Each question's fast reader, made once per knowledge base: `words` are those read as unknown or
    not tracked, `magnitude` the largest number accepted (validate.py's), `unknown` the words read as
    "unknown" exactly as written (read as None)."""
    return once_per_base(
        _readers, kb, lambda: {q.id: _reader(q, words, magnitude, unknown) for q in kb.questions.values()}
    )


def gated(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """The questions with a relevance condition, in questionnaire order (the others always apply), each
    with the questions its condition reads."""
    return once_per_base(
        _gated,
        kb,
        lambda: {
            q.id: frozenset(conditions.questions(q.relevant)) for q in kb.questions.values() if q.relevant is not None
        },
    )


def relevance(kb: KnowledgeBase) -> dict[str, Test]:
    """Each gated question's relevance condition as a closure (knowledge/closures.py), made once per
    knowledge base: validation tests them all for every county."""
    return once_per_base(
        _relevance,
        kb,
        lambda: {qid: closure(kb.questions[qid].relevant) for qid in gated(kb)},  # type: ignore[arg-type]
    )


def _reader(q: Question, words: tuple[str, ...], magnitude: float, unknown: tuple[str, ...]) -> Reader:
    kind = {QuestionType.yes_no: "yes_no", QuestionType.single_choice: "single"}.get(
        q.type, "number" if q.type in _NUMERIC else "multiple"
    )
    lo, hi = q.bounds()
    return Reader(kind, lo, hi, magnitude, q.type == QuestionType.count, q.choice_ids(), words, unknown)
