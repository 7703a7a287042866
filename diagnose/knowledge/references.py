"""Every citation in the knowledge base, with where it sits: read by `kb check` and by coverage."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from diagnose.knowledge.findings import Path_
from diagnose.knowledge.models import Diagnosis, Mechanism, Reference

if TYPE_CHECKING:
    from diagnose.knowledge.base import KnowledgeBase


def diagnosis_references(diag: Diagnosis) -> Iterable[tuple[str, Reference]]:
    for entry, _, r in diagnosis_references_at(diag):
        yield entry, r


def diagnosis_references_at(diag: Diagnosis) -> Iterator[tuple[str, Path_, Reference]]:
    """(entry name, where in the file, reference) for every citation of a diagnosis."""
    for i, r in enumerate(diag.references):
        yield f"references[{i}]", ("references", i), r
    for k, s in enumerate(diag.signs):
        for i, r in enumerate(s.references):
            yield f"signs.{s.id}.references[{i}]", ("signs", k, "references", i), r
    for k, rec in enumerate(diag.recommends):
        for i, r in enumerate(rec.references):
            yield f"recommends.{rec.mechanism}.references[{i}]", ("recommends", k, "references", i), r
    for k, c in enumerate(diag.contraindicates):
        for i, r in enumerate(c.references):
            yield f"contraindicates.{c.mechanism}.references[{i}]", ("contraindicates", k, "references", i), r


def mechanism_references_at(mech: Mechanism) -> Iterator[tuple[str, Path_, Reference]]:
    """(entry name, where in the file, reference) for every citation of a mechanism."""
    for i, r in enumerate(mech.references):
        yield f"references[{i}]", ("references", i), r
    for kind in ("suits", "unsuitable"):
        for k, fit in enumerate(getattr(mech, kind)):
            for i, r in enumerate(fit.references):
                yield f"{kind}[{k}].references[{i}]", (kind, k, "references", i), r


def references(kb: KnowledgeBase) -> Iterator[tuple[str, str, Reference]]:
    """(kind, id, reference) for every citation in the knowledge base."""
    for d in kb.diagnoses.values():
        for _, ref in diagnosis_references(d):
            yield "diagnosis", d.id, ref
    for m in kb.mechanisms.values():
        for ref in [*m.references, *(r for f in [*m.suits, *m.unsuitable] for r in f.references)]:
            yield "mechanism", m.id, ref


def located_references(kb: KnowledgeBase) -> Iterator[tuple[str, str, Reference]]:
    """(file, entry, reference) for every citation, the file and entry named as `kb check` names them."""
    for d in kb.diagnoses.values():
        for entry, ref in diagnosis_references(d):
            yield f"diagnoses/{d.id}.yaml", entry, ref
    reading = kb.meta.in_place_persisting
    for i, ref in enumerate(reading.references if reading else []):
        yield "kb.yaml", f"in_place_persisting.references[{i}]", ref
    for m in kb.mechanisms.values():
        for i, ref in enumerate(m.references):
            yield f"mechanisms/{m.id}.yaml", f"references[{i}]", ref
        for kind in ("suits", "unsuitable"):
            for k, fit in enumerate(getattr(m, kind)):
                for i, ref in enumerate(fit.references):
                    yield f"mechanisms/{m.id}.yaml", f"{kind}[{k}].references[{i}]", ref
