"""A county's answers as the JSON text of engine facts, built fast: the engine asserts a dozen facts
per county for thousands of counties, and building them was a third of its time (profiled).

Each known answer becomes its fields' JSON once ("q12":5 or, for multiple choice, one 0/1 field per
choice), looked up in a bounded cache keyed by question and value; a fact is a head plus the
fragments of the questions its rules read.
"""

from __future__ import annotations

import json
from typing import Any

from diagnose.answers.validate import Answer
from diagnose.knowledge.models import Question, QuestionType

# Distinct (question, value) pairs kept; beyond it fragments are still built, just not kept.
CACHE_LIMIT = 20_000

Fragments = dict[str, str]  # question id → its fields as JSON text, without braces
Template = tuple[str, tuple[str, ...]]  # a fact's head (its fixed fields, as JSON text) and the questions it carries


class FactEncoder:
    def __init__(self, questions: dict[str, Question], key: dict[str, str]) -> None:
        self.questions = questions
        self.key = key
        self._cache: dict[str, dict[Any, str]] = {}  # question → answer value → fragment
        self._cached = 0

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
            assert isinstance(value, list)
            return ",".join(f'"{key}_{c}":{int(c in value)}' for c in q.choice_ids())
        if isinstance(value, bool):
            return f'"{key}":{int(value)}'
        if isinstance(value, str):
            return f'"{key}":{json.dumps(value, ensure_ascii=False)}'
        # validated numbers are ints or finite floats, whose repr is their JSON (as json.dumps writes them)
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
