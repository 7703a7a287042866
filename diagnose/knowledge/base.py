"""The knowledge base as one object: its questions, diagnoses, mechanisms and sources, loaded and checked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from diagnose.i18n import t
from diagnose.knowledge import conditions
from diagnose.knowledge.findings import Finding, Path_
from diagnose.knowledge.models import Diagnosis, KbMeta, Mechanism, Question, RepeatGroup, Section, Source
from diagnose.knowledge.say import in_lang


class KnowledgeBaseError(Exception):
    """The rules hold errors (kb check's findings, each with file:line:column): nothing can be evaluated."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("\n".join(str(f) for f in findings))

    def one_line(self, lang: str) -> str:
        """The first error where it is, and how many more there are, in the user's language."""
        first = self.findings[0] if self.findings else None
        where = first.location() if first else ""
        entry = f"{first.entry}: " if first and first.entry else ""
        more = len(self.findings) - 1
        extra = t("kb_more_errors", lang, n=more) if more > 0 else ""
        message = in_lang(first.message, lang) if first else ""
        what = " ".join(f"{entry}{message}".split())  # one line, whatever the message
        return t("kb_error", lang, where=where, what=what, more=extra)


@dataclass
class KnowledgeBase:
    root: Path
    meta: KbMeta
    sources: dict[str, Source]
    sections: list[Section]
    questions: dict[str, Question]  # in questionnaire order
    section_of: dict[str, str]
    question_file: dict[str, str]  # question id → the questionnaire file that defines it
    diagnoses: dict[str, Diagnosis]
    mechanisms: dict[str, Mechanism]
    content_hash: str
    warnings: list[Finding] = field(default_factory=list)
    question_at: dict[str, Path_] = field(default_factory=dict)  # where each question sits in its file
    groups: dict[str, RepeatGroup] = field(default_factory=dict)  # repeat groups (items asked one by one)
    group_section: dict[str, str] = field(default_factory=dict)  # group id → its section

    @cached_property
    def item_questions(self) -> dict[str, Question]:
        """Every repeat group's item questions, by id."""
        return {q.id: q for g in self.groups.values() for q in g.questions}

    @cached_property
    def group_of(self) -> dict[str, str]:
        """Item question id → its group's id."""
        return {q.id: g.id for g in self.groups.values() for q in g.questions}

    @cached_property
    def aggregates(self) -> list[Question]:
        """The derived questions worked out over a repeat group's items (`calculate: share(...)`)."""
        return [q for q in self.questions.values() if q.aggregation() is not None]

    def thresholds(self) -> dict[str, set[float]]:
        """Every number a rule compares each question with (skip logic, scopes, signs and their bands,
        recommendations, fits)."""
        conds = [q.relevant for q in self.questions.values() if q.relevant]
        for d in self.diagnoses.values():
            conds += [s.when for s in d.signs] + [r.when for r in d.recommends if r.when]
            conds += [band for s in d.signs for _, band in s.band_conditions()]  # graded bands' thresholds too
            conds += [d.applies] if d.applies else []
        for m in self.mechanisms.values():
            conds += [f.when for f in [*m.suits, *m.unsuitable]]
        out: dict[str, set[float]] = {}
        for cond in conds:
            for atom in conditions.atoms(cond):
                if isinstance(atom.value, (int, float)) and not isinstance(atom.value, bool):
                    out.setdefault(atom.q, set()).add(float(atom.value))
        return out

    @cached_property
    def derived(self) -> list[Question]:
        """The derived questions (`calculate:`), each after those it reads."""
        from diagnose.knowledge.derived import order

        return order(self.questions)

    def _groups_in(self, section_id: str) -> dict[str, Any]:
        groups = [g for g in self.groups.values() if self.group_section[g.id] == section_id]
        return {"groups": [g.model_dump(mode="json", exclude_none=True) for g in groups]} if groups else {}

    def questions_in(self, section_id: str) -> list[Question]:
        return [q for q in self.questions.values() if self.section_of[q.id] == section_id]

    def export(self) -> dict[str, Any]:
        """The whole knowledge base as JSON-ready data."""
        return {
            "knowledge_base": {**self.meta.model_dump(mode="json"), "hash": self.content_hash},
            "sources": [s.model_dump(mode="json") for s in self.sources.values()],
            "questionnaire": [
                {
                    "section": s.model_dump(mode="json", exclude_none=True),
                    "questions": [q.model_dump(mode="json", exclude_none=True) for q in self.questions_in(s.id)],
                    **self._groups_in(s.id),
                }
                for s in self.sections
            ],
            "diagnoses": [d.model_dump(mode="json", exclude_none=True) for d in self.diagnoses.values()],
            "mechanisms": [m.model_dump(mode="json", exclude_none=True) for m in self.mechanisms.values()],
        }


T = TypeVar("T")


def once_per_base(made: dict[int, tuple[KnowledgeBase, T]], kb: KnowledgeBase, build: Callable[[], T]) -> T:
    """`build()` worked out once per knowledge base and kept in `made`, for what every county would
    otherwise work out again. Keyed by id, checked against the base itself: an id may be reused once a
    knowledge base is gone."""
    hit = made.get(id(kb))
    if hit is None or hit[0] is not kb:
        hit = made[id(kb)] = (kb, build())
    return hit[1]
