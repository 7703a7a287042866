"""The lean report (`evaluate --detail lean`): per county only ids, certainties, severity bands, the
answers behind the signs that hold, recommendation ids and ranks, and the knowledge base's stamp. No
text and no quote: `diagnose kb export --texts` writes those once, keyed by the same ids (as SARIF keeps
its rules apart from its results).

Built as plain data straight from the engine's inference, never through the full report's models: a
province streams millions of these, and building the full report (rationales, citations, value of
information) was most of a county's time (profiled: benchmarks/README.md). Objects are keyed by id,
which keeps them short (≤ 2 KB a county is the aim) and in the full report's order; the order and
figures are the full report's (tests/report/test_lean.py compares the two). Its JSON Schema is
`LeanReport` in report/model.py."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pydantic_core import to_json

from diagnose.answers.validate import Answer, Validated
from diagnose.engine.compiled import Inference
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.certainty import ROUND, combine
from diagnose.knowledge.interval import Interval
from diagnose.report.build import FIT_WEIGHT, SEVERITY_ORDER, _Witnesses, borderline, tool_stamp

Lean = dict[str, Any]


def dump_lean(lean: Lean, indent: int | None) -> bytes:
    """The lean report as UTF-8 JSON, serialised by pydantic-core like the full one."""
    return to_json(lean, indent=indent)


def build_lean(kb: KnowledgeBase, record: Validated, inf: Inference, lang: str = "zh") -> Lean:
    """The lean report of one county (`lang` is unused: the lean report holds no text)."""
    answers = record.answers
    witnessed = _Witnesses(answers)
    reached: list[tuple[str, dict[str, Any]]] = []
    evidence: dict[str, Any] = {}
    pending: list[str] = []
    ruled_out: dict[str, str] = {}
    for d in kb.diagnoses.values():
        dec = inf.decisions[d.id]
        status = dec.status
        if status == "reached":
            signs = [s for s in d.signs if s.id in dec.true_signs]
            for s in signs:
                for q in witnessed(s.when):
                    if q not in evidence and q in answers:
                        evidence[q] = _written(answers[q])
            reached.append(
                (
                    d.id,
                    {
                        "band": dec.severity,
                        "certainty": dec.certainty,
                        "possible": dec.possible,
                        "signs": [s.id for s in signs],
                        "undetermined": [s.id for s in d.signs if s.id in dec.undetermined_signs],
                    },
                )
            )
        elif status == "not_assessed":
            pending.append(d.id)
        else:  # absent | not_applicable
            ruled_out[d.id] = status
    reached.sort(key=lambda f: (SEVERITY_ORDER[f[1]["band"]], -f[1]["certainty"], f[0]))
    strength = {did: f["certainty"] for did, f in reached}
    ranked, contraindicated = _recommendations(kb, inf, strength)
    county = record.county
    return {
        "county": {"id": county["id"], "name": county.get("name"), **_extra(county)},
        "detail": "lean",
        "diagnoses": dict(reached),
        "evidence": {q: evidence[q] for q in answers if q in evidence},  # in questionnaire order
        "not_assessed": pending,
        "recommendations": {mid: rank for rank, mid in enumerate((m for m in ranked if m not in record.in_place), 1)},
        "contraindicated": contraindicated,
        "borderline": [
            {"diagnosis": b.diagnosis, "sign": b.sign, "question": b.question} for b in borderline(kb, answers, inf)
        ],
        "ruled_out": ruled_out,
        "in_place": _in_place(kb, record, strength),
        "knowledge_base": _kb_stamp(kb.meta.id, kb.meta.version, kb.content_hash),
        "tool": _tool(),
    }


def _written(answer: Answer) -> Any:
    """An answer as evidence: an approximate one as the county wrote it."""
    return answer.as_written() if answer.__class__ is Interval else answer


def _extra(county: dict[str, Any]) -> dict[str, Any]:
    """The county's further fields, echoed as the full report does."""
    return {k: v for k, v in county.items() if k != "id" and k != "name"} if len(county) > 1 else {}


def _recommendations(
    kb: KnowledgeBase, inf: Inference, strength: dict[str, float]
) -> tuple[list[str], dict[str, list[str]]]:
    """The recommended mechanisms in rank order, and the contraindicated ones with the diagnoses behind
    them, as the full report has them (build._recommendations): merged per mechanism, ranked, and held
    back where a reached diagnosis contraindicates a mechanism or an `unsuitable` entry holds."""
    blocked: dict[str, list[str]] = {}  # mechanism → the diagnoses contraindicating it
    for did in strength:
        for c in kb.diagnoses[did].contraindicates:
            blocked.setdefault(c.mechanism, []).append(did)
    order = {d: i for i, d in enumerate(kb.diagnoses)}
    addresses: dict[str, list[str]] = {}
    for did, index in sorted(inf.recommended, key=lambda r: (order[r[0]], r[1])):
        merged = addresses.setdefault(kb.diagnoses[did].recommends[index].mechanism, [])
        if did not in merged:
            merged.append(did)
    fits: dict[str, int] = {}
    for m, _ in inf.suits:
        fits[m] = fits.get(m, 0) + 1
    unsuitable = {m for m, _ in inf.unsuitable}
    out = []
    for mid, dids in addresses.items():
        if mid in unsuitable:
            blocked.setdefault(mid, [])
        if mid in blocked:
            continue
        out.append((-round(combine(strength[d] for d in dids) + FIT_WEIGHT * fits.get(mid, 0), ROUND), mid))
    out.sort()
    return [mid for _, mid in out], {mid: list(dict.fromkeys(dids)) for mid, dids in sorted(blocked.items())}


def _in_place(kb: KnowledgeBase, record: Validated, reached: dict[str, float]) -> dict[str, str]:
    """Each mechanism already in place, and the advice about it, as the full report has it (build._in_place)."""
    out = {}
    for mid, where in record.in_place.items():
        persists = any(d.id in reached and any(r.mechanism == mid for r in d.recommends) for d in kb.diagnoses.values())
        out[mid] = "review" if persists or where.working == "no" else "keep" if where.working == "yes" else "strengthen"
    return out


@lru_cache(maxsize=4)
def _kb_stamp(kb_id: str, version: str, content_hash: str) -> dict[str, str]:
    return {"id": kb_id, "version": version, "hash": content_hash}


@lru_cache(maxsize=1)
def _tool() -> dict[str, str]:
    return tool_stamp().model_dump()
