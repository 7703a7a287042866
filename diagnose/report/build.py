"""Build a county's report from what the engine derived: the trail, in the user's language."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

import diagnose
from diagnose.answers.record import AnswerValue, County, shown
from diagnose.answers.validate import Answer, Validated
from diagnose.engine.compiled import Inference, compiled
from diagnose.i18n import t
from diagnose.knowledge import bands, conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.certainty import ROUND, Decision, combine
from diagnose.knowledge.choices import Choices
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.models import Diagnosis, Reference, Sign
from diagnose.report import voi
from diagnose.report.model import (
    AnswerNote,
    Borderline,
    Citation,
    Contraindicated,
    Coverage,
    DerivedValue,
    DiagnosisFinding,
    ImpliedGate,
    InPlaceOut,
    KbStamp,
    NextQuestion,
    NotAssessed,
    OpenSign,
    Reason,
    RecommendationOut,
    Report,
    RuledOut,
    SignFinding,
    Span,
    ToolStamp,
)
from diagnose.report.rank import recommendation_key

SEVERITY_ORDER = {"severe": 0, "warning": 1, "watch": 2}


def cite(kb: KnowledgeBase, refs: list[Reference], lang: str) -> list[Citation]:
    return [
        _citation(r.source, kb.sources[r.source].cite, r.locator, r.quote, r.claim, kb.sources[r.source].authors, lang)
        for r in refs
    ]


@lru_cache(maxsize=8192)
def _citation(source: str, cite: str, locator: str, quote: str, claim: str, authors: str, lang: str) -> Citation:
    # A report holds a hundred citations of the same few hundred quotes: each is built once per
    # process and shared (reports are never modified once built).
    return Citation(
        source=source,
        cite=cite,
        locator=locator,
        quote=quote,
        claim=claim,  # type: ignore[arg-type]
        attribution=t(f"claim_{claim}", lang, authors=authors),
    )


def open_questions(cond: conditions.Condition, answers: dict[str, Answer]) -> list[str]:
    """The questions in a condition that are unanswered or unknown, or answered by an interval that
    straddles one of its tests (a narrower answer would decide it), or known in part without the option
    a test reads."""
    return [
        q
        for q in _questions_of(cond)
        if answers.get(q) is None or (answers[q].__class__ in OPEN_ANSWERS and q in straddled(cond, answers))
    ]


OPEN_ANSWERS = (Interval, Choices)  # answers that may leave a test undetermined


def straddled(cond: conditions.Condition, answers: dict[str, Answer]) -> dict[str, list[conditions.Atom]]:
    """The tests of a condition whose interval answer straddles them (or whose partial multiple choice
    leaves the option tested unanswered), by question, where deciding them could still change the
    condition's truth."""
    out: dict[str, list[conditions.Atom]] = {}
    known = {k: v for k, v in answers.items() if v is not None}
    live = set(conditions.live_questions(cond, known))
    for atom in conditions.atoms(cond):
        answer = known.get(atom.q)
        if atom.q in live and answer.__class__ in OPEN_ANSWERS and conditions.evaluate(atom, known) is None:
            out.setdefault(atom.q, []).append(atom)
    return out


def borderline(kb: KnowledgeBase, answers: dict[str, Answer], inf: Inference, lang: str = "zh") -> list[Borderline]:
    """Every undetermined sign that an interval answer (or a partial multiple choice) leaves open, with
    the test it straddles (or the option it leaves unanswered)."""
    if not any(v.__class__ in OPEN_ANSWERS for v in answers.values()):
        return []
    out = []
    for d in kb.diagnoses.values():
        if inf.applies[d.id] is False:
            continue
        for s in d.signs:
            if inf.signs[d.id][s.id] is True and s.bands is not None:
                out += _straddled_bands(d.id, s, answers)
            if inf.signs[d.id][s.id] is not None:
                continue
            for qid, atoms in straddled(s.when, answers).items():
                iv = answers[qid]
                for atom in atoms:
                    threshold = conditions.describe(atom, label=lambda _: "", lang=lang).strip()
                    if isinstance(iv, Choices):
                        written = json.dumps({"yes": list(iv.yes), "no": list(iv.no)}, ensure_ascii=False)
                        out.append(
                            Borderline(
                                diagnosis=d.id,
                                sign=s.id,
                                question=qid,
                                answer=written,
                                interval=None,
                                threshold=threshold,
                                option=atom.value,
                            )
                        )
                        continue
                    assert isinstance(iv, Interval)
                    span = Span(min=iv.lo, max=iv.hi, min_open=iv.lo_open, max_open=iv.hi_open)
                    out.append(
                        Borderline(
                            diagnosis=d.id,
                            sign=s.id,
                            question=qid,
                            answer=iv.as_written(),
                            interval=span,
                            threshold=threshold,
                        )
                    )
    return out


def _straddled_bands(did: str, s: Sign, answers: dict[str, Answer]) -> list[Borderline]:
    """A graded sign that holds, whose measured answer straddles a band's threshold: the lower band is
    counted, the higher one is borderline."""
    assert s.bands is not None
    iv = answers.get(s.bands.q)
    if not isinstance(iv, Interval):
        return []
    known = {k: v for k, v in answers.items() if v is not None}
    span = Span(min=iv.lo, max=iv.hi, min_open=iv.lo_open, max_open=iv.hi_open)
    return [
        Borderline(
            diagnosis=did,
            sign=s.id,
            question=s.bands.q,
            answer=iv.as_written(),
            interval=span,
            threshold=f"≥ {step.gte:g}",
            band=cf,
        )
        for (cf, cond), step in zip(s.band_conditions(), s.bands.steps, strict=True)
        if conditions.evaluate(cond, known) is None
    ]


def witness(cond: conditions.Condition, answers: dict[str, Answer]) -> list[str]:
    """The questions whose answers make a true condition true (the first true branch of an `any`)."""
    return _witness(cond, answers)  # conditions.evaluate reads a None answer as unknown


def _witness(cond: conditions.Condition, known: dict[str, Answer]) -> list[str]:
    if isinstance(cond, conditions.Atom):
        return [cond.q]
    if isinstance(cond, conditions.All):
        return list(dict.fromkeys(q for i in cond.items for q in _witness(i, known)))
    if isinstance(cond, conditions.Any_):
        for item in cond.items:
            if conditions.evaluate(item, known) is True:
                return _witness(item, known)
        return []
    if isinstance(cond, conditions.Not):
        return conditions.questions(cond.item)
    return []


def refuter(cond: conditions.Condition, known: dict[str, Answer]) -> list[str]:
    """The questions whose answers make a false condition false (every branch of an `any`)."""
    if isinstance(cond, conditions.Atom):
        return [cond.q]
    if isinstance(cond, conditions.All):
        for item in cond.items:
            if conditions.evaluate(item, known) is False:
                return refuter(item, known)
        return []
    if isinstance(cond, conditions.Any_):
        return list(dict.fromkeys(q for i in cond.items for q in refuter(i, known)))
    if isinstance(cond, conditions.Not):
        return _witness(cond.item, known)
    return []


class _Witnesses:
    """One report's witnesses, each condition's worked out once: a sign's is asked for again by every
    recommendation that rests on it (profiled: witnesses were a quarter of building a report). Keyed
    by the condition's identity, which the knowledge base keeps alive while the report is built."""

    def __init__(self, answers: dict[str, Answer]) -> None:
        self.answers = answers
        self._memo: dict[int, tuple[str, ...]] = {}

    def __call__(self, cond: conditions.Condition) -> tuple[str, ...]:
        found = self._memo.get(id(cond))
        if found is None:
            found = self._memo[id(cond)] = tuple(_witness(cond, self.answers))
        return found

    def answers_of(self, cond: conditions.Condition) -> dict[str, AnswerValue]:
        return {q: shown(self.answers[q]) for q in self(cond)}


def _static(cond: conditions.Condition, derive: Callable[[Any], Any], cache: dict[int, tuple[Any, Any]]) -> Any:
    """What `derive` makes of a condition's structure (not of any answers), once per condition."""
    hit = cache.get(id(cond))
    if hit is None or hit[0] is not cond:  # an id may be reused once a knowledge base is gone
        hit = cache[id(cond)] = (cond, derive(cond))
    return hit[1]


_questions: dict[int, tuple[Any, Any]] = {}
_sign_refs: dict[int, tuple[Any, Any]] = {}


def _questions_of(cond: conditions.Condition) -> tuple[str, ...]:
    return _static(cond, lambda c: tuple(conditions.questions(c)), _questions)


def _sign_refs_of(cond: conditions.Condition) -> tuple[str, ...]:
    return _static(cond, lambda c: tuple(conditions.sign_refs(c)), _sign_refs)


def evaluate(kb: KnowledgeBase, record: Validated, lang: str) -> Report:
    """Run one validated county through the engine and assemble its report."""
    inf = compiled(kb).run(record.answers)
    return build(kb, record, inf, lang)


def build(kb: KnowledgeBase, record: Validated, inf: Inference, lang: str) -> Report:
    answers = record.answers
    witnessed = _Witnesses(answers)
    reached: list[DiagnosisFinding] = []
    pending: list[NotAssessed] = []
    ruled_out: list[RuledOut] = []
    for d in kb.diagnoses.values():
        dec = inf.decisions[d.id]
        if dec.status == "reached":
            assert dec.severity is not None
            signs = [
                SignFinding(
                    id=s.id,
                    title=s.title.get(lang),
                    certainty=bands.lent(s, dec.true_signs, dec.lent)[0],
                    band=bands.lent(s, dec.true_signs, dec.lent)[1],
                    answers=witnessed.answers_of(s.when),
                    rationale=s.rationale.get(lang),
                    references=cite(kb, s.references, lang),
                )
                for s in d.signs
                if s.id in dec.true_signs
            ]
            undetermined = [
                OpenSign(
                    id=s.id, title=s.title.get(lang), certainty=s.certainty, questions=open_questions(s.when, answers)
                )
                for s in d.signs
                if s.id in dec.undetermined_signs
            ]
            reached.append(
                DiagnosisFinding(
                    id=d.id,
                    title=d.title.get(lang),
                    severity=dec.severity,  # type: ignore[arg-type]
                    certainty=dec.certainty,
                    certainty_possible=dec.possible,
                    signs=signs,
                    undetermined_signs=undetermined,
                    references=cite(kb, d.references, lang),
                )
            )
        elif dec.status in ("absent", "not_applicable"):
            ruled_out.append(_ruled_out(d, dec, answers, lang))
        elif dec.status == "not_assessed":
            questions: list[str] = []
            if d.applies is not None and inf.applies[d.id] is None:
                questions += open_questions(d.applies, answers)
            for s in d.signs:
                if s.id in dec.undetermined_signs:
                    questions += open_questions(s.when, answers)
            pending.append(
                NotAssessed(
                    id=d.id,
                    title=d.title.get(lang),
                    certainty=dec.certainty,
                    certainty_possible=dec.possible,
                    questions=list(dict.fromkeys(questions)),
                )
            )
    reached.sort(key=lambda f: (SEVERITY_ORDER[f.severity], -f.certainty, f.id))
    recommendations, contra = _recommendations(kb, inf, witnessed, lang, {f.id: f.certainty for f in reached})
    recommendations = [r for r in recommendations if r.mechanism not in record.in_place]  # already runs them
    county = County.model_validate(record.county)
    open_questions_left = pending or any(f.undetermined_signs for f in reached)
    scored = voi.scores(kb, answers, inference=inf) if open_questions_left else None
    for n in pending:  # the questions that would settle it, the most telling first
        n.questions = voi.by_worth(kb, n.id, n.questions, scored) if scored else n.questions
    answer_next = [
        NextQuestion(question=w.question, label=kb.questions[w.question].label.get(lang), diagnoses=list(w.diagnoses))
        for w in (voi.rank(kb, answers, inference=inf, scored=scored) if scored else [])
    ]
    return Report(
        county=county,
        lang=lang,  # type: ignore[arg-type]
        diagnoses=reached,
        not_assessed=pending,
        answer_next=answer_next,
        recommendations=recommendations,
        contraindicated=contra,
        borderline=borderline(kb, answers, inf, lang),
        in_place=_in_place(kb, record, {f.id for f in reached}, lang),
        ruled_out=ruled_out,
        ignored_answers=record.ignored,
        not_tracked=record.not_tracked,
        notes={q: AnswerNote(**n.data()) for q, n in record.notes.items()},
        derived=[DerivedValue(**vars(d)) for d in record.derived],
        implied=[ImpliedGate(question=i.question, value=shown(i.value), by=i.by) for i in record.implied],
        knowledge_base=KbStamp(id=kb.meta.id, version=kb.meta.version, hash=kb.content_hash),
        tool=tool_stamp(),
        coverage=_coverage(kb, answers),
    )


def _coverage(kb: KnowledgeBase, answers: dict[str, Answer]) -> Coverage:
    # "unknown" is not counted apart: a consultation records it where a batch record may leave the
    # question out, and both must give the same report.
    answered = sum(1 for v in answers.values() if v is not None)
    return Coverage(answered=answered, questions=len(kb.questions))


def _ruled_out(d: Diagnosis, dec: Decision, answers: dict[str, Answer], lang: str) -> RuledOut:
    """A diagnosis assessed and not found, with the known answers that rule it out: its scope's when it
    does not apply, else those that make its signs false."""
    if dec.status == "not_applicable" and d.applies is not None:
        qids = refuter(d.applies, answers)
    else:
        held = {*dec.true_signs, *dec.undetermined_signs}
        qids = [q for s in d.signs if s.id not in held for q in refuter(s.when, answers)]
    behind = {q: shown(answers[q]) for q in dict.fromkeys(qids) if answers.get(q) is not None}
    return RuledOut(id=d.id, title=d.title.get(lang), status=dec.status, answers=behind)  # type: ignore[arg-type]


def _in_place(kb: KnowledgeBase, record: Validated, reached: set[str], lang: str) -> list[InPlaceOut]:
    """Each mechanism the county already runs, with what to do about it. One a reached diagnosis would
    recommend is a finding of its own: the problem it addresses persists."""
    reading = kb.meta.in_place_persisting
    out = []
    for mid, where in record.in_place.items():
        persists = [
            d.id for d in kb.diagnoses.values() if d.id in reached and any(r.mechanism == mid for r in d.recommends)
        ]
        advice = "review" if persists or where.working == "no" else "keep" if where.working == "yes" else "strengthen"
        out.append(
            InPlaceOut(
                mechanism=mid,
                title=kb.mechanisms[mid].title.get(lang),
                since=where.since,
                working=where.working,  # type: ignore[arg-type]
                advice=advice,  # type: ignore[arg-type]
                problem_persists=persists,
                finding=reading.text.get(lang) if persists and reading else None,
                references=cite(kb, reading.references, lang) if persists and reading else [],
            )
        )
    return out


@cache
def tool_stamp() -> ToolStamp:
    """This program and its version (from the package metadata), as stamped on every report."""
    return ToolStamp(name=diagnose.DISTRIBUTION, version=diagnose.__version__)


def _answers_behind(
    when: conditions.Condition | None, witnessed: _Witnesses, holding: dict[str, conditions.Condition]
) -> dict[str, AnswerValue]:
    """The county's answers behind a recommendation: its own tests, and the signs it rests on
    (`holding`: its diagnosis's signs that hold, by id, to their conditions)."""
    answers = witnessed.answers
    if when is None:
        qids = [q for cond in holding.values() for q in witnessed(cond)]
    else:
        qids = list(witnessed(when))
        for sid in _sign_refs_of(when):
            if sid in holding:
                qids += witnessed(holding[sid])
    return {q: shown(answers[q]) for q in dict.fromkeys(qids) if q in answers}


FIT_WEIGHT = 0.1  # the tool's choice: a fit moves a mechanism up, but never past a clearly stronger diagnosis


def _recommendations(
    kb: KnowledgeBase, inf: Inference, witnessed: _Witnesses, lang: str, strength: dict[str, float]
) -> tuple[list[RecommendationOut], list[Contraindicated]]:
    """Merge the recommendations that fired per mechanism, rank them, and hold back contraindicated ones."""
    holding: dict[str, dict[str, conditions.Condition]] = {}  # diagnosis → its signs that hold
    blocked: dict[str, list[Reason]] = {}
    blocked_refs: dict[str, list[Reference]] = {}
    for did in strength:
        for c in kb.diagnoses[did].contraindicates:
            blocked.setdefault(c.mechanism, []).append(Reason(diagnosis=did, text=c.rationale.get(lang)))
            blocked_refs.setdefault(c.mechanism, []).extend(c.references)
    merged: dict[str, dict[str, Any]] = {}
    order = {d: i for i, d in enumerate(kb.diagnoses)}
    for did, index in sorted(inf.recommended, key=lambda r: (order[r[0]], r[1])):
        rec = kb.diagnoses[did].recommends[index]
        entry = merged.setdefault(rec.mechanism, {"addresses": [], "rationale": [], "seen": set(), "refs": {}})
        if did not in entry["addresses"]:
            entry["addresses"].append(did)
        if did not in holding:
            truths = inf.signs[did]
            holding[did] = {sg.id: sg.when for sg in kb.diagnoses[did].signs if truths[sg.id] is True}
        behind = _answers_behind(rec.when, witnessed, holding[did])
        text = rec.rationale.get(lang)
        key = (did, text, repr(behind))
        if key not in entry["seen"]:  # one mechanism may be recommended for several signs
            entry["seen"].add(key)
            entry["rationale"].append(Reason(diagnosis=did, text=text, answers=behind))
        entry["refs"].update({(r.source, r.locator, r.quote): r for r in rec.references})
    held_fits: dict[tuple[str, str], list[int]] = {}
    for kind in ("suits", "unsuitable"):
        for m, k in sorted(getattr(inf, kind)):
            held_fits.setdefault((m, kind), []).append(k)

    def fit_reasons(mid: str, kind: str) -> list[Reason]:
        fits = getattr(kb.mechanisms[mid], kind)
        held = held_fits.get((mid, kind), [])
        return [
            Reason(
                diagnosis=None,
                text=fits[k].rationale.get(lang),
                answers=witnessed.answers_of(fits[k].when),
            )
            for k in held
        ]

    out = []
    for mid, entry in merged.items():
        unfit = fit_reasons(mid, "unsuitable")
        if unfit:
            blocked.setdefault(mid, []).extend(unfit)
            unsuitable = kb.mechanisms[mid].unsuitable
            blocked_refs.setdefault(mid, []).extend(
                r for k in held_fits.get((mid, "unsuitable"), []) for r in unsuitable[k].references
            )
        if mid in blocked:
            continue
        m = kb.mechanisms[mid]
        refs: dict[tuple[str, str, str], Reference] = dict(entry["refs"])
        fit = fit_reasons(mid, "suits")
        for r in [*m.references, *(r for k in held_fits.get((mid, "suits"), []) for r in m.suits[k].references)]:
            refs.setdefault((r.source, r.locator, r.quote), r)
        out.append(
            RecommendationOut(
                mechanism=mid,
                title=m.title.get(lang),
                level=m.level,
                kind=m.kind,
                addresses=entry["addresses"],
                priority=round(combine(strength[d] for d in entry["addresses"]) + FIT_WEIGHT * len(fit), ROUND),
                rationale=entry["rationale"],
                fit=fit,
                references=cite(kb, list(refs.values()), lang),
            )
        )
    out.sort(key=lambda r: recommendation_key(r, strength))
    contra = [
        Contraindicated(
            mechanism=mid,
            title=kb.mechanisms[mid].title.get(lang),
            diagnoses=list(dict.fromkeys(r.diagnosis for r in reasons if r.diagnosis)),
            rationale=reasons,
            held_back_from=merged[mid]["addresses"] if mid in merged else [],
            references=cite(kb, list({(r.source, r.quote): r for r in blocked_refs.get(mid, [])}.values()), lang),
        )
        for mid, reasons in sorted(blocked.items())
    ]
    return out, contra
