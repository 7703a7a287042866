"""A county's answers as the JSON text of engine facts, built fast: the engine asserts a dozen facts
per county for thousands of counties, and building them was a third of its time (profiled).

Each known answer becomes its fields' JSON once ("q12":5 or, for multiple choice, one 0/1 field per
choice), looked up in a bounded cache keyed by question and value; a fact is a head plus the
fragments of the questions its rules read.

A multiple choice known in part (knowledge/choices.py) has fields for its answered options only; such
counties, too, go through the interval ruleset, whose closed world counts options (see compiled.py).

For counties with approximate answers (the interval ruleset, see compiled.py), a numeric answer is
two fields, its lower and upper bound ("q12":20,"q12h":30; an exact answer has both equal). The
engine compares closed bounds only, so an open end is moved inward to a number strictly between it
and the nearest threshold any rule compares the question with (or by 1 past the last): for every
such threshold it then passes and fails exactly the tests the open end does. A missing bound
likewise becomes a number beyond every threshold.
"""

from __future__ import annotations

import json
from typing import Any

from diagnose.answers.validate import Answer
from diagnose.knowledge.choices import Choices
from diagnose.knowledge.interval import Interval, Number
from diagnose.knowledge.models import Question, QuestionType

# Distinct (question, value) pairs kept; beyond it fragments are still built, just not kept.
CACHE_LIMIT = 20_000

Fragments = dict[str, str]  # question id → its fields as JSON text, without braces
Template = tuple[str, tuple[str, ...]]  # a fact's head (its fixed fields, as JSON text) and the questions it carries


NUMERIC = (QuestionType.number, QuestionType.percent, QuestionType.count)
OPTION = "\x00"  # joins a multiple choice's question id and one option id into an answer unit


class Vague(Exception):
    """An interval answer, or a multiple choice known in part, met by the encoder of exact answers: the
    county belongs to the interval compilation. Raised on a cache miss only, so telling counties apart costs exact ones nothing."""


class BoundError(ValueError):
    """An open end too close to a threshold to be moved between them (no float lies between)."""


class FactEncoder:
    """`thresholds`: per numeric question, every number a rule compares it with; given, numeric
    answers are encoded as bounds (the interval ruleset), else as their value."""

    def __init__(
        self, questions: dict[str, Question], key: dict[str, str], thresholds: dict[str, set[float]] | None = None
    ) -> None:
        self.questions = questions
        self.key = key
        self.bounds = thresholds is not None
        self.thresholds = {
            qid: sorted((thresholds or {}).get(qid, ())) for qid, q in questions.items() if q.type in NUMERIC
        }
        self._cache: dict[str, dict[Any, str]] = {}  # question → answer value → fragment
        self._cached = 0

    def high(self, qid: str) -> str:
        """The field of a numeric answer's upper bound (interval ruleset)."""
        return f"{self.key[qid]}h"

    def closed(self, qid: str, value: Number | Interval) -> tuple[Number, Number]:
        """An answer's bounds as the engine compares them (see the module's docstring)."""
        if not isinstance(value, Interval):
            return value, value
        ts = self.thresholds.get(qid, [])
        lo, hi = value.lo, value.hi
        if lo is None:
            lo = ts[0] - 1 if ts else 0
        elif value.lo_open:
            above = [t for t in ts if t > lo]
            lo = _between(lo, above[0]) if above else lo + 1
        if hi is None:
            hi = ts[-1] + 1 if ts else 0
        elif value.hi_open:
            below = [t for t in ts if t < hi]
            hi = _between(below[-1], hi) if below else hi - 1
        return lo, hi

    def unit_field(self, unit: str) -> str:
        """The engine field of an answer unit (compiled.units): a question, or one option of a multiple choice."""
        qid, _, choice = unit.partition(OPTION)
        return f"{self.key[qid]}_{choice}" if choice else self.first_field(qid)

    def answered_units(self, answers: dict[str, Answer]) -> set[str]:
        """The answer units a county answered: each known question; for a multiple choice, each option
        answered (every option of a plain list, the yes and no ones of a partial answer)."""
        out: set[str] = set()
        for qid, value in answers.items():
            if value is None:
                continue
            if isinstance(value, Choices):
                out.update(f"{qid}{OPTION}{c}" for c in (*value.yes, *value.no))
            elif self.questions[qid].type == QuestionType.multiple_choice:
                out.update(f"{qid}{OPTION}{c}" for c in self.questions[qid].choice_ids())
            else:
                out.add(qid)
        return out

    def first_field(self, qid: str) -> str:
        """The engine field that is present exactly when the question is answered."""
        q = self.questions[qid]
        if q.type == QuestionType.multiple_choice:
            return f"{self.key[qid]}_{q.choice_ids()[0]}"
        return self.key[qid]

    def fragment(self, qid: str, value: Answer) -> str:
        """One known answer's fields as JSON text: yes/no as 0/1; multiple choice one 0/1 field per choice."""
        q = self.questions[qid]
        key = self.key[qid]
        if q.type == QuestionType.multiple_choice:
            if isinstance(value, Choices):  # known in part: an unanswered option has no field (unknown)
                known = (c for c in q.choice_ids() if c in value.yes or c in value.no)
                return ",".join(f'"{key}_{c}":{int(c in value.yes)}' for c in known)
            assert isinstance(value, list)
            return ",".join(f'"{key}_{c}":{int(c in value)}' for c in q.choice_ids())
        if isinstance(value, bool):
            return f'"{key}":{int(value)}'
        if isinstance(value, str):
            return f'"{key}":{json.dumps(value, ensure_ascii=False)}'
        # validated numbers are ints or finite floats, whose repr is their JSON (as json.dumps writes them)
        if self.bounds and q.type in NUMERIC:
            assert isinstance(value, (int, float, Interval))
            lo, hi = self.closed(qid, value)
            return f'"{key}":{lo!r},"{key}h":{hi!r}'
        return f'"{key}":{value!r}'

    def fragments(self, answers: dict[str, Answer]) -> Fragments:
        """Every known answer's fragment."""
        out: Fragments = {}
        caches = self._cache
        for qid, value in answers.items():
            # Hot: 60 answers a county, so the cache is tried first whatever the value. 1 and 1.0 (and
            # True) are one key and may share a fragment: the engine compares numbers by value, an int
            # with a float too (measured). A list (multiple choice) is unhashable: keyed as a tuple.
            if value is not None:
                try:
                    out[qid] = caches[qid][value]
                except (KeyError, TypeError):
                    out[qid] = self._remembered(qid, value)
        return out

    def _remembered(self, qid: str, value: Answer) -> str:
        if not self.bounds and isinstance(value, (Interval, Choices)):
            raise Vague(qid)
        key = tuple(value) if isinstance(value, list) else value
        cache = self._cache.setdefault(qid, {})
        if key in cache:  # a list's tuple: `fragments` could not look it up
            return cache[key]
        text = self.fragment(qid, value)
        if self._cached < CACHE_LIMIT:
            cache[key] = text
            self._cached += 1
        return text

    def fields(self, answers: dict[str, Answer]) -> dict[str, Any]:
        """The answers as the engine sees them, decoded (for tests and inspection)."""
        text = ",".join(self.fragments(answers).values())
        return json.loads("{" + text + "}") if text else {}

    @staticmethod
    def template(head: dict[str, Any], questions: set[str] | list[str]) -> Template:
        return json.dumps(head, separators=(",", ":"))[1:-1], tuple(sorted(questions))

    @staticmethod
    def fact(template: Template, frags: Fragments, extra: str = "") -> str:
        """The fact's fields as JSON text without the braces (the driver opens each fact with its id):
        its head, `extra` fields (JSON text), then the fields of its known answers."""
        head, questions = template
        body = ",".join(filter(None, map(frags.get, questions)))  # the known answers, in C loops
        return ",".join(filter(None, (head, extra, body)))


def _between(a: float, b: float) -> float:
    """A number strictly between a < b. Interval bounds are kept to 9 decimals (answers/validate.py)
    and thresholds are a rule's round figures, so one always exists; if not, refuse rather than
    answer wrongly."""
    mid = a + (b - a) / 2
    if not a < mid < b:
        raise BoundError(f"no number between {a!r} and {b!r}")
    return mid
