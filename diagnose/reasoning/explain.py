"""HOW each diagnosis was reached and WHY-NOT for each one that was not (`diagnose explain`).

HOW: answers → signs → each sign's certainty contribution → diagnosis → mechanisms, with quotes.
WHY-NOT: which tests failed and by how much, which answers are unknown, how much certainty is missing.
The trail comes from the direct evaluator (conditions.evaluate), which the engine is tested against.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from diagnose.answers.record import AnswerValue, PartialChoices
from diagnose.answers.record import shown as as_shown
from diagnose.answers.validate import Answer, Validated
from diagnose.engine import direct
from diagnose.i18n import t
from diagnose.io.printable import printable
from diagnose.knowledge import bands, conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.reasoning import plain
from diagnose.report import voi
from diagnose.report.build import cite, straddled, witness
from diagnose.report.model import Citation, DerivedValue, ImpliedGate
from diagnose.report.text import band_text, derivation_text, implied_lines, show_answer


class Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FailedTest(Out):
    question: str
    label: str
    answer: AnswerValue
    test: str = Field(description="what the rule needs, e.g. ≥ 60")
    gap: float | None = Field(description="how far the answer is from passing, for numbers")


class SignTrail(Out):
    id: str
    title: str
    certainty: float
    holds: bool | None
    condition: str
    answers: dict[str, AnswerValue] = Field(description="for a sign that holds: the answers that make it hold")
    failed_tests: list[FailedTest]
    unknown_questions: list[str]
    borderline: list[FailedTest] = Field(
        default_factory=list, description="tests an approximate answer straddles (a narrower answer decides them)"
    )


class Step(Out):
    sign: str
    certainty: float = Field(description="what the sign lent: its graded band's certainty, for a sign with bands")
    band: float | None = Field(default=None, description="the threshold (≥) of the graded band that holds")
    combined: float = Field(description="the diagnosis's certainty after adding this sign (MYCIN)")


class MechanismTrail(Out):
    mechanism: str
    title: str
    rationale: str
    references: list[Citation]


class DiagnosisTrail(Out):
    id: str
    title: str
    status: str
    severity: str | None
    certainty: float
    certainty_possible: float
    threshold: float
    applies: bool | None
    applies_condition: str | None
    applies_unknown: list[str] = Field(
        default_factory=list, description="unanswered questions that keep it open whether the diagnosis applies"
    )
    steps: list[Step]
    signs: list[SignTrail]
    mechanisms: list[MechanismTrail]


class Worth(Out):
    question: str
    label: str
    score: float
    diagnoses: list[str]


class Explanation(Out):
    county: dict[str, Any]
    lang: str
    diagnoses: list[DiagnosisTrail]
    answer_next: list[Worth] = Field(description="unknown or unanswered questions that could change the report most")
    derived: list[DerivedValue] = Field(default_factory=list, description="values worked out from other answers")
    implied: list[ImpliedGate] = Field(default_factory=list, description="gates an answered follow-up implies")


def _gap(op: str, answer: Any, value: Any) -> float | None:
    if isinstance(answer, bool) or not isinstance(answer, (int, float)) or not isinstance(value, (int, float)):
        return None
    if op in ("gte", "gt"):
        return round(value - answer, 6)
    if op in ("lte", "lt"):
        return round(answer - value, 6)
    return None


def _blame(cond: conditions.Condition, known: dict[str, Answer], want: bool) -> list[tuple[conditions.Atom, bool]]:
    """The tests that keep `cond` from being `want`, each with the truth it would need."""
    truth = conditions.evaluate(cond, known)
    if truth is None or truth == want:
        return []
    if isinstance(cond, conditions.Atom):
        return [(cond, want)]
    if isinstance(cond, conditions.Not):
        return _blame(cond.item, known, not want)
    if isinstance(cond, (conditions.All, conditions.Any_)):
        return [b for item in cond.items for b in _blame(item, known, want)]
    return []


def _failed(kb: KnowledgeBase, cond: conditions.Condition, known: dict[str, Answer], lang: str) -> list[FailedTest]:
    out = []
    for atom, needed in _blame(cond, known, True):
        test = plain.requirement(kb, atom, lang, needed)  # in words: no set notation
        gap = _gap(atom.op, known[atom.q], atom.value) if needed else None
        out.append(
            FailedTest(
                question=atom.q,
                label=kb.questions[atom.q].label.get(lang),
                answer=as_shown(known[atom.q]),
                test=test,
                gap=gap,
            )
        )
    return out


def _test(kb: KnowledgeBase, atom: conditions.Atom, lang: str) -> str:
    """A straddled test as read: `≥ 60`, or for an option of a multiple choice `includes <its label>`."""
    if atom.op == "has":
        return f"{'包含' if lang == 'zh' else 'includes'} {show_answer(kb, atom.q, atom.value, lang)}"
    return conditions.describe(atom, label=lambda _: "").strip()


def _straddles(
    kb: KnowledgeBase, cond: conditions.Condition, answers: dict[str, Answer], lang: str
) -> list[FailedTest]:
    return [
        FailedTest(
            question=q,
            label=kb.questions[q].label.get(lang),
            answer=as_shown(answers[q]),
            test=_test(kb, atom, lang),  # a threshold ("straddles ≥ 60") or an option not answered
            gap=None,
        )
        for q, atoms in straddled(cond, answers).items()
        for atom in atoms
    ]


def explain(kb: KnowledgeBase, record: Validated, lang: str, only: str | None = None) -> Explanation:
    known: dict[str, Answer] = {k: v for k, v in record.answers.items() if v is not None}
    inf = direct.run(kb, record.answers)
    trails = []
    for d in kb.diagnoses.values():
        if only is not None and d.id != only:
            continue
        dec = inf.decisions[d.id]
        signs = []
        for s in d.signs:
            holds = inf.signs[d.id][s.id]
            signs.append(
                SignTrail(
                    id=s.id,
                    title=s.title.get(lang),
                    certainty=s.certainty,
                    holds=holds,
                    condition=plain.condition(kb, s.when, lang),
                    answers={q: as_shown(record.answers[q]) for q in witness(s.when, record.answers)} if holds else {},
                    failed_tests=_failed(kb, s.when, known, lang) if holds is False else [],
                    unknown_questions=[q for q in conditions.questions(s.when) if q not in known]
                    if holds is None
                    else [],
                    borderline=_straddles(kb, s.when, record.answers, lang) if holds is None else [],
                )
            )
        steps, running = [], 0.0
        held = [(s, *bands.lent(s, dec.true_signs, dec.lent)) for s in d.signs if inf.signs[d.id][s.id] is True]
        for s, cf, band in sorted(held, key=lambda x: x[1]):  # as certainty.combine does
            running = running + cf * (1 - running)
            steps.append(Step(sign=s.id, certainty=cf, band=band, combined=round(running, 4)))
        mechanisms = []
        if dec.status == "reached":
            for k, rec in enumerate(d.recommends):
                if (d.id, k) in inf.recommended:
                    mechanisms.append(
                        MechanismTrail(
                            mechanism=rec.mechanism,
                            title=kb.mechanisms[rec.mechanism].title.get(lang),
                            rationale=rec.rationale.get(lang),
                            references=cite(kb, rec.references, lang),
                        )
                    )
        trails.append(
            DiagnosisTrail(
                id=d.id,
                title=d.title.get(lang),
                status=dec.status,
                severity=dec.severity,
                certainty=dec.certainty,
                certainty_possible=dec.possible,
                threshold=d.severity.watch,
                applies=inf.applies[d.id],
                applies_condition=plain.condition(kb, d.applies, lang) if d.applies is not None else None,
                applies_unknown=[q for q in conditions.questions(d.applies) if q not in known]
                if d.applies is not None and inf.applies[d.id] is None
                else [],
                steps=steps,
                signs=signs,
                mechanisms=mechanisms,
            )
        )
    worth = [
        Worth(
            question=w.question,
            label=kb.questions[w.question].label.get(lang),
            score=w.score,
            diagnoses=list(w.diagnoses),
        )
        for w in voi.rank(kb, record.answers, only=only)
    ]
    derived = [DerivedValue(**vars(d)) for d in record.derived]
    implied = [ImpliedGate(question=i.question, value=as_shown(i.value), by=i.by) for i in record.implied]
    return Explanation(
        county=record.county, lang=lang, diagnoses=trails, answer_next=worth, derived=derived, implied=implied
    )


STATUS = {
    "reached": "status_reached",
    "not_assessed": "status_not_assessed",
    "absent": "status_absent",
    "not_applicable": "status_not_applicable",
}


def render(kb: KnowledgeBase, e: Explanation, lang: str) -> str:
    """The explanation as text, control characters from the input shown, never obeyed."""
    return printable(_render(kb, e, lang))


def _render(kb: KnowledgeBase, e: Explanation, lang: str) -> str:
    out = [t("explain_title", lang, county=e.county.get("name") or e.county.get("id"))]
    for d in e.diagnoses:
        out.append("")
        head = f"{d.title} [{d.id}]: {t(STATUS[d.status], lang)}"
        if d.severity:
            head += f" ({t(d.severity, lang)})"
        out.append(head)
        out.append(
            "  "
            + t(
                "explain_certainty",
                lang,
                certainty=f"{d.certainty:.2f}",
                possible=f"{d.certainty_possible:.2f}",
                threshold=f"{d.threshold:.2f}",
            )
        )
        if d.applies is False and d.applies_condition:
            out.append("  " + t("explain_scope_false", lang, condition=d.applies_condition))
        elif d.applies is None and d.applies_condition:
            asked = ("、" if lang == "zh" else "; ").join(kb.questions[q].title.get(lang) for q in d.applies_unknown)
            out.append("  " + t("explain_scope_unknown", lang, questions=asked, condition=d.applies_condition))
        if d.steps:
            out.append("  " + t("how", lang))
            titles = {s.id: s.title for s in d.signs}
            for step in d.steps:
                sign = next(s for s in d.signs if s.id == step.sign)
                answers = "; ".join(
                    f"{kb.questions[q].title.get(lang)} = {show_answer(kb, q, v, lang)}"
                    for q, v in sign.answers.items()
                )
                out.append(f"    {answers}")
                band = band_text(kb, d.id, step.sign, step.band, sign.answers, lang)
                out.append(f"      → {titles[step.sign]} (CF {step.certainty:.2f}{band}) ⇒ {step.combined:.2f}")
        for s in d.signs:
            if s.holds is False:
                out.append("  ✗ " + t("explain_sign_false", lang, sign=s.title, cf=f"{s.certainty:.2f}"))
                for f in s.failed_tests:
                    gap = "" if f.gap is None else t("explain_gap", lang, gap=f"{f.gap:g}")
                    out.append(
                        f"      {kb.questions[f.question].title.get(lang)} = "
                        f"{show_answer(kb, f.question, f.answer, lang)}; {t('explain_needs', lang)} {f.test}{gap}"
                    )
            elif s.holds is None:
                out.append("  ? " + t("explain_sign_unknown", lang, sign=s.title, cf=f"{s.certainty:.2f}"))
                for q in s.unknown_questions:
                    out.append(f"      {kb.questions[q].title.get(lang)} ({q})")
                for f in s.borderline:
                    shown = show_answer(kb, f.question, f.answer, lang)
                    if isinstance(f.answer, PartialChoices):  # the option tested was left unanswered
                        why = t("explain_option_unanswered", lang, test=f.test)
                    else:
                        why = t("explain_straddles", lang, test=f.test)
                    out.append(f"      {f.label} = {shown}; {why}")
        for m in d.mechanisms:
            out.append(f"  ⇒ {m.title} [{m.mechanism}]: {m.rationale}")
            for c in m.references[:1]:
                out.append(f"     「{c.quote}」 —— {c.cite}, {c.locator}")
    if e.derived:
        out += ["", t("derived", lang)] + [f"  - {derivation_text(kb, d, lang)}" for d in e.derived]
    out += implied_lines(kb, e.implied, lang)
    if e.answer_next:
        out.append("")
        out.append(t("answer_next", lang))
        for w in e.answer_next:
            out.append(f"  {kb.questions[w.question].title.get(lang)} ({w.question}) — {', '.join(w.diagnoses)}")
    return "\n".join(out) + "\n"
