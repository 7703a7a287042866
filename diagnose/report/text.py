"""The readable text rendering of a report (and of an error record), in the report's language."""

from __future__ import annotations

from typing import Any

from diagnose.answers.record import IntervalAnswer, PartialChoices
from diagnose.i18n import t
from diagnose.io.printable import printable
from diagnose.knowledge import formula
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.choices import Choices
from diagnose.knowledge.interval import Interval
from diagnose.report.model import (
    AnswerNote,
    Borderline,
    Citation,
    DerivedValue,
    DiagnosisFinding,
    ErrorRecord,
    ImpliedGate,
    Report,
)
from diagnose.report.overview import asks_text, list_sep, overview
from diagnose.report.script import Script, for_lang
from diagnose.report.tally import tally_text


def show_answer(kb: KnowledgeBase, qid: str, value: Any, lang: str) -> str:
    """An answer as an official would read it: yes/no words, choice labels, numbers with their unit;
    an approximate answer as written, with the interval it was read as."""
    q = kb.questions[qid]
    if value is None:
        return t("unknown", lang)
    if isinstance(value, IntervalAnswer):
        value = Interval(value.min, value.max, value.min_open, value.max_open, value.written)
    if isinstance(value, Interval):
        unit = q.unit.get(lang) if q.unit else ""
        read_as = t("read_as", lang, interval=f"{value.show()}{unit if unit in ('%', '％') else ''}")
        return f"{value.written} ({read_as})" if value.written is not None else f"{value.show()} {unit}".rstrip()
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    labels: dict[str, str] = {c.id: c.label.get(lang) for c in q.choices or []}
    if isinstance(value, (PartialChoices, Choices)):  # known in part: what is sure, and what is not known
        sep = "、" if lang == "zh" else ", "
        parts = [(key, list(group)) for key, group in (("partial_yes", value.yes), ("partial_no", value.no))]
        unknown = [c for c in q.choice_ids() if c not in value.yes and c not in value.no]
        parts.append(("partial_unknown", unknown))
        return "; ".join(
            t(key, lang, options=sep.join(labels.get(c, c) for c in group)) for key, group in parts if group
        )
    if isinstance(value, list):
        names = [labels.get(str(v), str(v)) for v in value]
        return ("、" if lang == "zh" else ", ").join(names)
    if isinstance(value, str):
        return labels.get(value, value)
    unit = q.unit.get(lang) if q.unit else ""
    return f"{value}{unit}" if unit in ("%", "％") else f"{value} {unit}".rstrip()


def borderline_line(kb: KnowledgeBase, b: Borderline, titles: dict[str, str], lang: str) -> str:
    """One borderline sign, briefly: which sign of which diagnosis, the answer and the threshold it straddles."""
    d = kb.diagnoses.get(b.diagnosis)
    sign = next((s.title.get(lang) for s in d.signs if s.id == b.sign), b.sign) if d else b.sign
    if b.band is not None and b.interval is not None:  # a graded band straddled: the lower one counted
        iv = Interval(b.interval.min, b.interval.max, b.interval.min_open, b.interval.max_open, b.answer)
        return t(
            "borderline_band_line",
            lang,
            sign=sign,
            diagnosis=titles.get(b.diagnosis, b.diagnosis),
            question=kb.questions[b.question].label.get(lang) if b.question in kb.questions else b.question,
            answer=show_answer(kb, b.question, iv, lang) if b.question in kb.questions else b.answer,
            threshold=b.threshold,
            cf=f"{b.band:.2f}",
        )
    if b.interval is None:  # a multiple choice known in part, without the option the sign tests
        q = kb.questions.get(b.question)
        labels = {c.id: c.label.get(lang) for c in (q.choices or [])} if q else {}
        return t(
            "borderline_option_line",
            lang,
            sign=sign,
            diagnosis=titles.get(b.diagnosis, b.diagnosis),
            question=q.label.get(lang) if q else b.question,
            option=labels.get(b.option or "", b.option),
        )
    iv = Interval(b.interval.min, b.interval.max, b.interval.min_open, b.interval.max_open)
    iv = Interval(iv.lo, iv.hi, iv.lo_open, iv.hi_open, None if b.answer == iv.show() else b.answer)
    return t(
        "borderline_line",
        lang,
        sign=sign,
        diagnosis=titles.get(b.diagnosis, b.diagnosis),
        question=kb.questions[b.question].label.get(lang) if b.question in kb.questions else b.question,
        answer=show_answer(kb, b.question, iv, lang) if b.question in kb.questions else b.answer,
        threshold=b.threshold,
    )


def band_text(kb: KnowledgeBase, did: str, sid: str, band: float | None, answers: dict[str, Any], lang: str) -> str:
    """For a graded sign: the measured answer, the band it falls in and what that band lends, e.g.
    `; 分档:130余 → ≥100 → 0.70` (empty for a sign without bands, or below its first band)."""
    d = kb.diagnoses.get(did)
    sign = next((x for x in d.signs if x.id == sid), None) if d else None
    if sign is None or sign.bands is None or band is None:
        return ""
    step = next(x for x in sign.bands.steps if x.gte == band)
    qid = sign.bands.q
    shown = show_answer(kb, qid, answers[qid], lang) if qid in answers and qid in kb.questions else qid
    return t("band_held", lang, answer=shown, gte=f"{band:g}", cf=f"{step.certainty:.2f}")


def diagnosis_titles_of(kb: KnowledgeBase, lang: str) -> dict[str, str]:
    return {d.id: d.title.get(lang) for d in kb.diagnoses.values()}


def _answers(kb: KnowledgeBase, answers: dict[str, Any], lang: str, notes: dict[str, AnswerNote] | None = None) -> str:
    return "; ".join(
        f"{kb.questions[q].label.get(lang)} = {show_answer(kb, q, v, lang)}{noted(notes.get(q) if notes else None, lang)}"
        for q, v in answers.items()
    )


def titled(kb: KnowledgeBase, answers: dict[str, Any], lang: str, notes: dict[str, AnswerNote] | None = None) -> str:
    """Answers named by their questions' short titles (for one-line lists: what is working, derived values)."""
    return "; ".join(
        f"{kb.questions[q].title.get(lang)} = {show_answer(kb, q, v, lang)}{noted(notes.get(q) if notes else None, lang)}"
        for q, v in answers.items()
    )


def noted(note: AnswerNote | None, lang: str) -> str:
    """A note and source given with an answer, in brackets after it."""
    if note is None:
        return ""
    parts = [note.note or "", f"{t('source', lang)}: {note.source}" if note.source else ""]
    return f" ({'; '.join(p for p in parts if p)})"


def _quote(c: Citation, lang: str, script: Script | None = None) -> str:
    quote, original = script.quote(c) if script else (c.quote, None)
    mark = t("quote_converted_mark", lang, n=original) if original else ""
    if lang == "zh":
        return f"「{quote}」 —— {c.cite},{c.locator}({c.attribution}){mark}"
    return f"“{quote}” — {c.cite}, {c.locator} ({c.attribution}){mark}"


def _originals(script: Script, lang: str) -> list[str]:
    """The bibliography of a report whose quotes were converted: each original, as the paper has it."""
    if not script.originals:
        return []
    out = [f"\n{t('quote_originals', lang)}"]
    return out + [f"  {n}. {_quote(c, lang)}" for n, c in enumerate(script.originals, 1)]


def render(kb: KnowledgeBase, result: Report | ErrorRecord, lang: str, simplified: bool = False) -> str:
    """The report as text; control characters from the input (a county name) shown, never obeyed.
    `simplified`: quotes in traditional script shown in simplified characters (zh only; script.py)."""
    return printable(_render(kb, result, lang, for_lang(lang, simplified)))


def _render(kb: KnowledgeBase, result: Report | ErrorRecord, lang: str, script: Script) -> str:
    if isinstance(result, ErrorRecord):
        return render_error(result, lang)
    r = result
    out: list[str] = []
    name = r.county.name or r.county.id
    out.append(f"{t('report_title', lang)}: {name} ({r.county.id})")
    out.append("=" * 60)
    out += summary_lines(kb, r, lang)
    out.append(f"\n{'=' * 25} {t('ov_details', lang)} {'=' * 25}\n{t('diagnoses', lang)}")
    if not r.diagnoses:
        out.append(f"  {t('no_diagnosis' if r.ruled_out else 'nothing_assessed', lang)}")
    for i, d in enumerate(r.diagnoses, 1):
        band = f"{t('severity', lang)}: {t(d.severity, lang)}; {t('certainty', lang)}: {d.certainty:.2f}"
        out.append(f"\n  {i}. {d.title} [{d.id}] ({band})")
        out.append(f"     {t('signs', lang)}:")
        for s in d.signs:
            out.append(f"     - {s.title} (CF {s.certainty:.2f}{band_text(kb, d.id, s.id, s.band, s.answers, lang)})")
            out.append(f"       {t('answers_used', lang)}: {_answers(kb, s.answers, lang, r.notes)}")
            out.append(f"       {s.rationale}")
            for c in s.references:
                out.append(f"       {_quote(c, lang, script)}")
        if d.undetermined_signs:
            out.append(f"     {t('undetermined', lang)}:")
            for o in d.undetermined_signs:
                asks = list_sep(lang).join(
                    kb.questions[q].title.get(lang) if q in kb.questions else q for q in o.questions
                )
                out.append(f"     - {o.title}: {asks}")
    if r.not_assessed:
        out.append(f"\n{t('ov_would_settle', lang)}")
        for na in overview(kb, r, lang).not_assessed:
            out.append(f"  - {na.title} [{na.id}]: {asks_text(na, lang)}")
    if r.borderline:
        out.append(f"\n{t('borderline', lang)}")
        titles = diagnosis_titles_of(kb, lang)
        out += [f"  ~ {borderline_line(kb, b, titles, lang)}" for b in r.borderline]
    if r.answer_next:
        out.append(f"\n{t('answer_next', lang)}")
        for nxt in r.answer_next:
            out.append(f"  · {nxt.label} ({nxt.question}) → {', '.join(nxt.diagnoses)}")
    out.append(f"\n{t('recommendations', lang)}")
    if not r.recommendations:
        out.append(f"  {t('no_recommendation', lang)}")
    for i, rec in enumerate(r.recommendations, 1):  # numbered in the order shown: the rank (docs/reasoning.md)
        out.append(
            f"\n  {i}. {rec.title} [{rec.mechanism}]  ({t('level_' + rec.level, lang)}; "
            f"{t('addresses', lang)}: {', '.join(rec.addresses)}; {t('priority', lang)} {rec.priority:.2f})"
        )
        if rec.kind == "principle":
            out.append(f"     ! {t('kind_principle', lang)}")
        for reason in rec.rationale:
            out.append(f"     - {reason.text}")
            if reason.answers:
                out.append(f"       {t('answers_used', lang)}: {_answers(kb, reason.answers, lang)}")
        for reason in rec.fit:
            out.append(f"     + {t('fits', lang)}: {reason.text}")
            out.append(f"       {t('answers_used', lang)}: {_answers(kb, reason.answers, lang)}")
        for c in rec.references[:2]:
            out.append(f"     {_quote(c, lang, script)}")
    if r.contraindicated:
        out.append(f"\n{t('contraindicated', lang)}")
        for m in r.contraindicated:
            out.append(f"  - {m.title} [{m.mechanism}]")
            if m.held_back_from:
                out.append(f"     {t('held_back', lang, diagnoses=', '.join(m.held_back_from))}")
            for reason in m.rationale:
                why = reason.diagnosis or _answers(kb, reason.answers, lang)
                out.append(f"     {t('because_of', lang)} {why}: {reason.text}")
            for c in m.references[:2]:
                out.append(f"     {_quote(c, lang, script)}")
    out += (
        _in_place_lines(r, lang, script)
        + _ruled_out_lines(kb, r, lang)
        + derived_lines(kb, r, lang)
        + implied_lines(kb, r.implied, lang)
    )
    if r.not_tracked:
        names = ", ".join(kb.questions[q].label.get(lang) for q in r.not_tracked)
        out.append(f"\n{t('not_tracked', lang)}: {names}")
    out += _originals(script, lang)
    out.append(f"\n{t('kb', lang)}: {r.knowledge_base.id} {r.knowledge_base.version} ({r.knowledge_base.hash})")
    if r.tool is not None:
        out.append(f"{t('tool', lang)}: {r.tool.name} {r.tool.version}")
    return "\n".join(out) + "\n"


def derivation_text(kb: KnowledgeBase, d: DerivedValue, lang: str) -> str:
    """How a derived value was worked out, e.g. `网格员中主要做服务的比例 = 30% ← 100 * 12 / 40`."""
    value = show_answer(kb, d.question, d.value, lang)
    if d.tally is not None:  # an aggregate over a repeat group's items
        used = f"{kb.questions[d.question].title.get(lang)} = {value} ← {tally_text(kb, d, lang)}"
    else:
        shown = {q: str(v) if isinstance(v, (int, float)) else show_answer(kb, q, v, lang) for q, v in d.inputs.items()}
        used = f"{kb.questions[d.question].title.get(lang)} = {value} ← {formula.text(formula.parse(d.formula), shown)}"
    if d.out_of_range:
        return used + f" ({t('derived_out_of_range', lang)})"
    if d.disagrees:
        return used + f" ({t('derived_disagrees', lang, direct=show_answer(kb, d.question, d.direct, lang))})"
    return used


def derived_lines(kb: KnowledgeBase, r: Report, lang: str) -> list[str]:
    if not r.derived:
        return []
    return [f"\n{t('derived', lang)}"] + [f"  - {derivation_text(kb, d, lang)}" for d in r.derived]


def implied_lines(kb: KnowledgeBase, implied: list[ImpliedGate], lang: str) -> list[str]:
    """Gates left unknown that an answered follow-up implies, each with the follow-up."""
    if not implied:
        return []
    return [f"\n{t('implied', lang)}"] + [
        "  - "
        + t(
            "implied_line",
            lang,
            gate=kb.questions[i.question].title.get(lang),
            value=show_answer(kb, i.question, i.value, lang),
            by=kb.questions[i.by].title.get(lang),
        )
        for i in implied
    ]


def _in_place_lines(r: Report, lang: str, script: Script) -> list[str]:
    if not r.in_place:
        return []
    out = [f"\n{t('in_place', lang)}"]
    for m in r.in_place:
        since = f", {t('since', lang)} {m.since}" if m.since else ""
        out.append(
            f"  - {m.title} [{m.mechanism}]{since}: {t('working_' + m.working, lang)} → {t('advice_' + m.advice, lang)}"
        )
        if m.finding:
            out.append(f"     ! {m.finding} ({', '.join(m.problem_persists)})")
            for c in m.references[:1]:
                out.append(f"     {_quote(c, lang, script)}")
    return out


def _ruled_out_lines(kb: KnowledgeBase, r: Report, lang: str) -> list[str]:
    """Strengths: each diagnosis assessed and not found, with (at most three of) the answers behind it."""
    if not r.ruled_out:
        return []
    out = [f"\n{t('ruled_out', lang)}"]
    for d in r.ruled_out:
        shown = dict(list(d.answers.items())[:3])
        why = titled(kb, shown, lang, r.notes) if shown else t("status_" + d.status, lang)
        out.append(f"  - {d.title}: {why}")
    return out


def summary(kb: KnowledgeBase, r: Report, lang: str) -> str:
    """The report on one screen (the one-minute summary that opens the text report)."""
    return printable("\n".join(summary_lines(kb, r, lang)) + "\n")


def summary_lines(kb: KnowledgeBase, r: Report, lang: str) -> list[str]:
    """The overall picture, each diagnosis with its band and one line of why, the first recommendations
    with who acts, what is working, and coverage: what a leader reads in one minute."""
    ov = overview(kb, r, lang)
    out = [t("ov_title", lang), f"  {t('ov_picture', lang)}: {ov.picture}"]
    if ov.diagnoses:
        out.append(f"  {t('ov_diagnoses', lang)}:")
        for i, (d, why) in enumerate(ov.diagnoses, 1):
            out.append(f"    {i}. {d.title}: {t(d.severity, lang)} ({d.certainty:.2f}) — {why}")
    if ov.top:
        out.append(f"  {t('ov_top', lang, n=len(ov.top))}:")
        titles = {d.id: d.title for d in r.diagnoses}
        for i, rec in enumerate(ov.top, 1):
            addressed = list_sep(lang).join(titles.get(a, a) for a in rec.addresses)
            out.append(f"    {i}. {rec.title} — {t('level_' + rec.level, lang)}; {t('addresses', lang)}: {addressed}")
    strengths = list_sep(lang).join(ov.strengths) if ov.strengths else t("ov_none", lang)
    if ov.verdict != "nothing_assessed":  # with nothing assessed, "none found" would read as healthy
        out.append(f"  {t('ov_strengths', lang)}: {strengths}")
    if ov.in_place:
        done = "; ".join(f"{m.title} → {t('advice_' + m.advice, lang)}" for m in ov.in_place)
        out.append(f"  {t('in_place', lang)}: {done}")
    if ov.coverage:
        out.append(f"  {t('ov_coverage', lang)}: {ov.coverage}")
    return out


def how_lines(kb: KnowledgeBase, d: DiagnosisFinding, lang: str) -> list[str]:
    """HOW a diagnosis was reached: answers → signs → combined certainty → band."""
    head = f"{t('how', lang)} {d.title} [{d.id}]"
    lines = [head]
    running = 0.0
    for s in sorted(d.signs, key=lambda s: s.certainty):
        answers = _answers(kb, s.answers, lang)
        after = running + s.certainty * (1 - running)
        step = f"{running:.2f} + {s.certainty:.2f} × (1 − {running:.2f}) = {after:.2f}" if running else f"{after:.2f}"
        lines.append(f"  {answers}")
        band = band_text(kb, d.id, s.id, s.band, s.answers, lang)
        lines.append(f"    → {s.title} (CF {s.certainty:.2f}{band}); {t('certainty', lang)}: {step}")
        running = after
    lines.append(f"  ⇒ {t('certainty', lang)} {d.certainty:.2f} → {t('severity', lang)}: {t(d.severity, lang)}")
    return lines


def render_error(e: ErrorRecord, lang: str) -> str:
    """The error record as text, control characters from the input shown, never obeyed."""
    return printable(_render_error(e, lang))


def _render_error(e: ErrorRecord, lang: str) -> str:
    county = e.county.get("id") if isinstance(e.county, dict) else None
    head = t("error_record", lang, n=e.error.record) + (f" ({county})" if county else "")
    return "\n".join([head] + [f"  - {p.path}: {p.message}" for p in e.error.problems]) + "\n"
