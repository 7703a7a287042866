"""The knowledge base's texts keyed by id (`diagnose kb export --texts`): every title, rationale and
quote a lean report (`evaluate --detail lean`) refers to by id, written once for a whole batch instead
of in every county's report (as SARIF keeps its rules apart from its results). Both languages; quotes
in the papers' own script. Conditions are left out: they are the knowledge base's logic, not its texts
(`diagnose kb export` has everything)."""

from __future__ import annotations

from typing import Any

from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.models import Reference, Strict

TEXTS_FORMAT = "county-diagnose-texts/1"  # what a reader of the file checks before it looks ids up
_LOGIC = {"when", "applies", "relevant", "calculate"}
_FITS: dict[str, Any] = {"suits": {"__all__": {"when"}}, "unsuitable": {"__all__": {"when"}}}


def texts(kb: KnowledgeBase) -> dict[str, Any]:
    """Titles, rationales and references of the questions, diagnoses, signs and mechanisms, by id."""
    return {
        "format": TEXTS_FORMAT,
        "knowledge_base": {"id": kb.meta.id, "version": kb.meta.version, "hash": kb.content_hash},
        "title": kb.meta.title.model_dump(),
        "sources": {s.id: _dump(s, {"id", "file", "sections"}) for s in kb.sources.values()},
        "questions": {
            q.id: {
                "title": q.title.model_dump(),
                "label": q.label.model_dump(),
                "unit": q.unit.model_dump() if q.unit else None,
                "choices": {c.id: c.label.model_dump() for c in q.choices or []},
            }
            for q in kb.questions.values()
        },
        "diagnoses": {
            d.id: {
                "title": d.title.model_dump(),
                "description": d.description.model_dump(),
                "references": _refs(d.references),
                "signs": {s.id: _dump(s, {"id"}) for s in d.signs},
                "recommends": [_dump(r) for r in d.recommends],
                "contraindicates": {c.mechanism: _dump(c, {"mechanism"}) for c in d.contraindicates},
            }
            for d in kb.diagnoses.values()
        },
        "mechanisms": {
            m.id: m.model_dump(mode="json", exclude={"id": True, **_FITS}, exclude_none=True)
            for m in kb.mechanisms.values()
        },
        "in_place_persisting": _dump(kb.meta.in_place_persisting) if kb.meta.in_place_persisting else None,
    }


def _dump(model: Strict, leave_out: set[str] | None = None) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude=_LOGIC | (leave_out or set()), exclude_none=True)


def _refs(refs: list[Reference]) -> list[dict[str, Any]]:
    return [r.model_dump(mode="json", exclude_none=True) for r in refs]
