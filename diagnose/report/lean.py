"""The lean report (`evaluate --detail lean`): per county only ids, certainties, severity bands, the
answers behind the signs that hold, recommendation ids and ranks, and the knowledge base's stamp. No
text and no quote: `diagnose kb export --texts` writes those once, keyed by the same ids (as SARIF keeps
its rules apart from its results).

Built as plain data straight from the engine's inference, never through the full report's models: a
province streams millions of these, and building the full report (rationales, citations, value of
information) was most of a county's time (profiled: benchmarks/README.md). Objects are keyed by id,
which keeps them short, and in the full report's order; the order and
figures are the full report's (tests/report/test_lean.py compares the two). Its JSON Schema is
`LeanReport` in report/model.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from pydantic_core import to_json

from diagnose.answers.validate import Answer, Validated
from diagnose.engine.compiled import Inference
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase, once_per_base
from diagnose.knowledge.certainty import ROUND, combine
from diagnose.knowledge.closures import closure
from diagnose.knowledge.interval import Interval
from diagnose.report.build import FIT_WEIGHT, OPEN_ANSWERS, SEVERITY_ORDER, borderline, tool_stamp, witness
from diagnose.report.rank import LEVEL_ORDER

Lean = dict[str, Any]


def dump_lean(lean: Lean, indent: int | None) -> bytes:
    """The lean report as UTF-8 JSON, serialised by pydantic-core like the full one."""
    return to_json(lean, indent=indent)


def build_lean(kb: KnowledgeBase, record: Validated, inf: Inference, lang: str = "zh") -> Lean:
    """The lean report of one county (`lang` is unused: the lean report holds no text)."""
    answers = record.answers
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
                for q in _witness(s.when, answers):
                    if q not in evidence and q in answers:
                        evidence[q] = _written(answers[q])
            found: dict[str, Any] = {"band": dec.severity, "certainty": dec.certainty, "signs": [s.id for s in signs]}
            if dec.possible != dec.certainty:  # absent: the certainty is all it could be
                found["possible"] = dec.possible
            undetermined = [s.id for s in d.signs if s.id in dec.undetermined_signs]
            if undetermined:
                found["undetermined"] = undetermined
            reached.append((d.id, found))
        elif status == "not_assessed":
            pending.append(d.id)
        else:  # absent | not_applicable
            ruled_out[d.id] = status
    reached.sort(key=lambda f: (SEVERITY_ORDER[f[1]["band"]], -f[1]["certainty"], f[0]))
    strength = {did: f["certainty"] for did, f in reached}
    ranked, contraindicated = _recommendations(kb, inf, strength)
    county = record.county
    lean: Lean = {
        "county": _county(county),
        "detail": "lean",
        "diagnoses": dict(reached),
        "evidence": {q: evidence[q] for q in answers if q in evidence},  # in questionnaire order
        # in rank order: a mechanism's rank is its position, 1, 2, 3 … (the full report's numbering)
        "recommendations": [m for m in ranked if m not in record.in_place],
    }
    # The lists and maps below are left out when empty (most counties have no borderline sign and no
    # mechanism in place): absent means none. The schema says so (report/model.py LeanReport).
    if pending:
        lean["not_assessed"] = pending
    if contraindicated:
        lean["contraindicated"] = contraindicated
    # borderline() looks for an approximate or partly known answer first; looked for here in C loops
    if not _OPEN.isdisjoint(map(type, answers.values())) and (edge := borderline(kb, answers, inf)):
        lean["borderline"] = [{"diagnosis": b.diagnosis, "sign": b.sign, "question": b.question} for b in edge]
    if ruled_out:
        lean["ruled_out"] = ruled_out
    if record.in_place:
        lean["in_place"] = _in_place(kb, record, strength)
    if record.implied:
        lean["implied"] = {i.question: i.by for i in record.implied}
    lean["knowledge_base"] = _kb_stamp(kb.meta.id, kb.meta.version, kb.content_hash)
    lean["tool"] = _tool()
    return lean


_OPEN = frozenset(OPEN_ANSWERS)
_witnesses: dict[int, tuple[conditions.Condition, Callable[[dict[str, Answer]], Sequence[str]]]] = {}


def _witness(cond: conditions.Condition, answers: dict[str, Answer]) -> Sequence[str]:
    """The questions whose answers make a true condition true (build.witness), by a function made once
    per condition: only an `any` makes them depend on the answers (its first true branch, tested by
    a closure, knowledge/closures.py); the rest is worked out when the function is made."""
    hit = _witnesses.get(id(cond))
    if hit is None or hit[0] is not cond:  # an id may be reused once a knowledge base is gone
        hit = _witnesses[id(cond)] = (cond, _witness_of(cond))
    return hit[1](answers)


def _witness_of(cond: conditions.Condition) -> Callable[[dict[str, Answer]], Sequence[str]]:
    """build._witness, the tree walked once."""
    if not _has_any(cond):
        fixed = tuple(witness(cond, {}))
        return lambda answers: fixed
    if isinstance(cond, conditions.Any_):
        branches = [(closure(i), _witness_of(i)) for i in cond.items]

        def first_true(answers: dict[str, Answer]) -> Sequence[str]:
            for holds, of in branches:
                if holds(answers) is True:
                    return of(answers)
            return ()

        return first_true
    assert isinstance(cond, conditions.All)  # a `not` reads as its questions, `any` or not (build._witness)
    parts = [_witness_of(i) for i in cond.items]
    return lambda answers: list(dict.fromkeys(q for part in parts for q in part(answers)))


def _has_any(cond: conditions.Condition) -> bool:
    if isinstance(cond, conditions.Any_):
        return True
    return isinstance(cond, conditions.All) and any(_has_any(i) for i in cond.items)


def _written(answer: Answer) -> Any:
    """An answer as evidence: an approximate one as the county wrote it."""
    return answer.as_written() if answer.__class__ is Interval else answer


def _county(county: dict[str, Any]) -> dict[str, Any]:
    """The county as the full report echoes it (id, name, further fields), without a name it has not got."""
    if len(county) == 1:
        return {"id": county["id"]}
    name = county.get("name")
    out = {"id": county["id"]} if name is None else {"id": county["id"], "name": name}
    out.update((k, v) for k, v in county.items() if k != "id" and k != "name")
    return out


class _Tables:
    """What the ranking reads of the knowledge base, looked up once per knowledge base instead of once
    per county: each recommendation's place and mechanism, each diagnosis's contraindications."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.recommends = {
            (d.id, i): ((n, i), r.mechanism)
            for n, d in enumerate(kb.diagnoses.values())
            for i, r in enumerate(d.recommends)
        }
        self.contraindicates = {d.id: tuple(c.mechanism for c in d.contraindicates) for d in kb.diagnoses.values()}
        self.level = {mid: LEVEL_ORDER[m.level] for mid, m in kb.mechanisms.items()}
        self.addressing = {
            m: tuple(d.id for d in kb.diagnoses.values() if any(r.mechanism == m for r in d.recommends))
            for m in kb.mechanisms
        }


_tables: dict[int, tuple[KnowledgeBase, _Tables]] = {}


def _tables_of(kb: KnowledgeBase) -> _Tables:
    return once_per_base(_tables, kb, lambda: _Tables(kb))


def _recommendations(
    kb: KnowledgeBase, inf: Inference, strength: dict[str, float]
) -> tuple[list[str], dict[str, list[str]]]:
    """The recommended mechanisms in rank order, and the contraindicated ones with the diagnoses behind
    them, as the full report has them (build._recommendations): merged per mechanism, ranked, and held
    back where a reached diagnosis contraindicates a mechanism or an `unsuitable` entry holds."""
    tables = _tables_of(kb)
    level = tables.level
    blocked: dict[str, list[str]] = {}  # mechanism → the diagnoses contraindicating it
    for did in strength:
        for mid in tables.contraindicates[did]:
            blocked.setdefault(mid, []).append(did)
    addresses: dict[str, list[str]] = {}
    for (_, mid), (did, _) in sorted((tables.recommends[r], r) for r in inf.recommended):
        merged = addresses.setdefault(mid, [])
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
        if len(dids) == 1:
            certainty = strongest = strength[dids[0]]
        else:
            certainty, strongest = combine(strength[d] for d in dids), max(strength[d] for d in dids)
        priority = round(certainty + FIT_WEIGHT * fits.get(mid, 0), ROUND)
        # rank.key_of, its parts at hand: every diagnosis a mechanism addresses here is reached
        out.append(((-priority, -strongest, -len(dids), level[mid], mid), mid))
    out.sort()  # the full report's order (report/rank.py)
    return [mid for _, mid in out], {mid: list(dict.fromkeys(dids)) for mid, dids in sorted(blocked.items())}


def _in_place(kb: KnowledgeBase, record: Validated, reached: dict[str, float]) -> dict[str, str]:
    """Each mechanism already in place, and the advice about it, as the full report has it (build._in_place)."""
    addressing = _tables_of(kb).addressing
    out = {}
    for mid, where in record.in_place.items():
        persists = any(did in reached for did in addressing[mid])
        out[mid] = "review" if persists or where.working == "no" else "keep" if where.working == "yes" else "strengthen"
    return out


@lru_cache(maxsize=4)
def _kb_stamp(kb_id: str, version: str, content_hash: str) -> dict[str, str]:
    return {"id": kb_id, "version": version, "hash": content_hash}


@lru_cache(maxsize=1)
def _tool() -> dict[str, str]:
    return tool_stamp().model_dump()
