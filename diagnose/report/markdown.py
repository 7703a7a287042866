"""A printable Markdown report of one county (or of an error record), in the report's language.

Every quotation from the papers becomes a numbered footnote (``[^n]``) whose definition, in the
bibliography at the end, gives the paper's citation, the section and the verbatim quote. The helpers
here (footnote numbering, the summary counts, answer display) are shared with render_html.py so the
two renderings carry the same content. The output depends only on the input: no timestamps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from diagnose.i18n import t
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.model import AnswerNote, Citation, ErrorRecord, Report
from diagnose.report.overview import overview
from diagnose.report.script import Script, for_lang
from diagnose.report.text import band_text, borderline_line, diagnosis_titles_of, how_lines, noted, show_answer

LEVELS = ("county", "shared", "higher")
SEVERITIES = ("severe", "warning", "watch")


# ---------------------------------------------------------------------------------------------------
# shared with render_html.py


@dataclass
class Bibliography:
    """Numbers citations in order of first use; the same quote from the same place keeps its number."""

    entries: list[Citation] = field(default_factory=list)
    _index: dict[tuple[str, str, str, str], int] = field(default_factory=dict)

    def number(self, c: Citation) -> int:
        key = (c.source, c.cite, c.locator, c.quote)
        if key not in self._index:
            self.entries.append(c)
            self._index[key] = len(self.entries)
        return self._index[key]

    def numbers(self, cites: Iterable[Citation]) -> list[int]:
        out: list[int] = []
        for c in cites:
            n = self.number(c)
            if n not in out:
                out.append(n)
        return out


def quoted(c: Citation, lang: str, script: Script | None = None) -> str:
    """The bibliography entry's text: citation, section, then the verbatim quote (converted to simplified
    script on request, the original after it)."""
    quote, converted = script.quote(c) if script else (c.quote, None)
    original = t("quote_original", lang, quote=c.quote) if converted else ""
    if lang == "zh":
        return f"{c.cite},{c.locator}:「{quote}」{original}({c.attribution})"
    return f"{c.cite}, {c.locator}: “{quote}”{original} ({c.attribution})"


def county_name(r: Report) -> str:
    return r.county.name or r.county.id


def diagnosis_titles(kb: KnowledgeBase, r: Report, lang: str) -> dict[str, str]:
    """Diagnosis id → title in the report's language (from the report, else from the knowledge base)."""
    titles = {d.id: d.title.get(lang) for d in kb.diagnoses.values()}
    titles.update({d.id: d.title for d in r.diagnoses})
    titles.update({n.id: n.title for n in r.not_assessed})
    return titles


def answer_pairs(
    kb: KnowledgeBase, answers: dict[str, Any], lang: str, notes: dict[str, AnswerNote] | None = None
) -> list[tuple[str, str]]:
    """(question label, the answer as an official reads it, with the county's note) for each answer."""
    notes = notes or {}
    return [
        (question_label(kb, q, lang), show_answer(kb, q, v, lang) + noted(notes.get(q), lang))
        for q, v in answers.items()
    ]


def question_label(kb: KnowledgeBase, qid: str, lang: str) -> str:
    q = kb.questions.get(qid)
    return q.label.get(lang) if q else qid


def question_title(kb: KnowledgeBase, qid: str, lang: str) -> str:
    q = kb.questions.get(qid)
    return q.title.get(lang) if q else qid


def error_county(e: ErrorRecord) -> tuple[str | None, str | None]:
    """(id, name) of the county an error record names, when they are strings."""
    if not isinstance(e.county, dict):
        return None, None
    cid, name = e.county.get("id"), e.county.get("name")
    return (cid if isinstance(cid, str) and cid else None), (name if isinstance(name, str) and name else None)


def error_title(e: ErrorRecord, lang: str) -> str:
    cid, name = error_county(e)
    who = " / ".join(x for x in (name, cid) if x)
    return t("error_record", lang, n=e.error.record) + (f" ({who})" if who else "")


def sep(lang: str) -> str:
    return "、" if lang == "zh" else ", "


def colon(lang: str) -> str:
    return ":" if lang == "zh" else ": "


# ---------------------------------------------------------------------------------------------------
# Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~#!{}])")


def md(text: str) -> str:
    """Text as literal Markdown inline content: punctuation that could start markup is escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def code(text: str) -> str:
    """An identifier as a code span (identifiers from the input may contain backticks)."""
    s = " ".join(str(text).split())
    longest = max((len(m) for m in re.findall(r"`+", s)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def _cell_code(text: str) -> str:
    """A code span inside a table cell: GFM splits cells at every unescaped pipe, even in code."""
    return code(text).replace("|", r"\|")


def _refs(bib: Bibliography, cites: Iterable[Citation]) -> str:
    return "".join(f"[^{n}]" for n in bib.numbers(cites))


def _answers(kb: KnowledgeBase, answers: dict[str, Any], lang: str, notes: dict[str, AnswerNote] | None = None) -> str:
    return "; ".join(f"{md(label)} = **{md(value)}**" for label, value in answer_pairs(kb, answers, lang, notes))


def render_markdown(kb: KnowledgeBase, result: Report | ErrorRecord, lang: str, simplified: bool = False) -> str:
    """The report (or error record) as a Markdown document a county office can print; `simplified`:
    quotes in traditional script converted in a zh report, the original beside each (script.py)."""
    if isinstance(result, ErrorRecord):
        return "\n".join(_error_md(result, lang, "#")) + "\n"
    r = result
    bib = Bibliography()
    titles = diagnosis_titles(kb, r, lang)
    c = colon(lang)
    out: list[str] = [f"# {md(t('report_title', lang))}{c}{md(county_name(r))}", ""]
    out.append(f"- {md(t('county', lang))}{c}{md(county_name(r))} ({code(r.county.id)})")
    kbs = r.knowledge_base
    out.append(f"- {md(t('kb', lang))}{c}{md(kbs.id)} {md(kbs.version)} ({code(kbs.hash)})")
    if r.tool is not None:
        out.append(f"- {md(t('tool', lang))}{c}{md(r.tool.name)} {md(r.tool.version)}")
    out.append("")

    out += overview_md(kb, r, lang)
    out += [f"## {md(t('diagnoses', lang))}", ""]
    if not r.diagnoses:
        out += [md(t("no_diagnosis" if r.ruled_out else "nothing_assessed", lang)), ""]
    for i, d in enumerate(r.diagnoses, 1):
        out += [f"### {i}. {md(d.title)} ({code(d.id)})", ""]
        out.append(
            f"**{md(t('doc_col_severity', lang))}**{c}{md(t(d.severity, lang))} · "
            f"**{md(t('doc_col_certainty', lang))}**{c}{d.certainty:.2f}"
        )
        out.append("")
        if d.references:
            out += [f"{md(t('doc_grounds', lang))}{c}{_refs(bib, d.references)}", ""]
        out += [f"#### {md(t('signs', lang))}", ""]
        for s in d.signs:
            out.append(
                f"- **{md(s.title)}** (CF {s.certainty:.2f}{md(band_text(kb, d.id, s.id, s.band, s.answers, lang))})"
            )
            out.append(f"  - {md(t('answers_used', lang))}{c}{_answers(kb, s.answers, lang, r.notes)}")
            out.append(f"  - {md(s.rationale)}{_refs(bib, s.references)}")
        out.append("")
        how = how_lines(kb, d, lang)
        fence = "`" * max(3, 1 + max((len(m) for line in how for m in re.findall(r"`+", line)), default=0))
        out += [f"{fence}text", *how, fence, ""]
        if d.undetermined_signs:
            out += [f"#### {md(t('undetermined', lang))}", ""]
            for o in d.undetermined_signs:
                out.append(f"- **{md(o.title)}** (CF {o.certainty:.2f}); {md(t('doc_needs', lang))}{c}")
                out += [f"  - {md(question_label(kb, q, lang))} ({code(q)})" for q in o.questions]
            out.append("")

    if r.not_assessed:
        out += [f"## {md(t('not_assessed', lang))}", "", md(t("ov_would_settle", lang)), ""]
        for n in r.not_assessed:
            asks = sep(lang).join(f"{md(question_title(kb, q, lang))} ({code(q)})" for q in n.questions)
            out.append(f"- **{md(n.title)}** ({code(n.id)}){c}{asks}")
        out.append("")

    out += [f"## {md(t('recommendations', lang))}", ""]
    if not r.recommendations:
        out += [md(t("no_recommendation", lang)), ""]
    else:
        out += [md(t("doc_rank_note", lang)), ""]
    if r.recommendations:  # one list, numbered in the order shown: the rank (docs/reasoning.md)
        out.append(
            f"| {t('doc_col_no', lang)} | {t('doc_col_mechanism', lang)} | {t('ov_who_acts', lang)} | "
            f"{t('doc_col_addresses', lang)} | {t('doc_col_priority', lang)} |"
        )
        out.append("|---:|---|---|---|---:|")
        for k, rec in enumerate(r.recommendations, 1):
            addressed = sep(lang).join(md(titles.get(a, a)) for a in rec.addresses)
            level = md(t("level_" + rec.level, lang))
            out.append(f"| {k} | {md(rec.title)} | {level} | {addressed} | {rec.priority:.2f} |")
        out.append("")
        for k, rec in enumerate(r.recommendations, 1):
            out += [f"### {k}. {md(rec.title)} ({code(rec.mechanism)})", ""]
            out += [f"**{md(t('ov_who_acts', lang))}**{c}{md(t('level_' + rec.level, lang))}", ""]
            if rec.kind == "principle":
                out += [f"> {md(t('kind_principle', lang))}", ""]
            for reason in rec.rationale:
                who = f"[{md(titles.get(reason.diagnosis, reason.diagnosis))}] " if reason.diagnosis else ""
                out.append(f"- {who}{md(reason.text)}")
                if reason.answers:
                    out.append(f"  - {md(t('answers_used', lang))}{c}{_answers(kb, reason.answers, lang)}")
            for reason in rec.fit:
                out.append(f"- **{md(t('fits', lang))}**{c}{md(reason.text)}")
                if reason.answers:
                    out.append(f"  - {md(t('answers_used', lang))}{c}{_answers(kb, reason.answers, lang)}")
            if rec.references:
                out.append(f"- {md(t('doc_sources', lang))}{c}{_refs(bib, rec.references)}")
            out.append("")

    if r.contraindicated:
        out += [f"## {md(t('contraindicated', lang))}", ""]
        for m in r.contraindicated:
            out.append(f"- **{md(m.title)}** ({code(m.mechanism)})")
            if m.held_back_from:
                held = sep(lang).join(titles.get(a, a) for a in m.held_back_from)
                out.append(f"  - {md(t('held_back', lang, diagnoses=held))}{_refs(bib, m.references)}")
            elif m.references:
                out.append(f"  - {md(t('doc_sources', lang))}{c}{_refs(bib, m.references)}")
            for reason in m.rationale:
                if reason.diagnosis:
                    why = md(titles.get(reason.diagnosis, reason.diagnosis))
                else:
                    why = _answers(kb, reason.answers, lang)
                out.append(f"  - {md(t('because_of', lang))} {why}{c}{md(reason.text)}")
        out.append("")

    if r.borderline:
        out += [f"## {md(t('borderline', lang))}", ""]
        out += [f"- {md(borderline_line(kb, b, diagnosis_titles_of(kb, lang), lang))}" for b in r.borderline]
        out.append("")

    if r.in_place:
        out += [f"## {md(t('in_place', lang))}", ""]
        for ip in r.in_place:
            since = f"{sep(lang)}{md(t('since', lang))} {ip.since}" if ip.since else ""
            state = f"{md(t('working_' + ip.working, lang))} → **{md(t('advice_' + ip.advice, lang))}**"
            out.append(f"- **{md(ip.title)}** ({code(ip.mechanism)}){since}{c}{state}")
            if ip.finding:
                persists = sep(lang).join(md(titles.get(d, d)) for d in ip.problem_persists)
                out.append(f"  - {md(ip.finding)} ({persists}){_refs(bib, ip.references)}")
        out.append("")

    if r.ruled_out:
        out += [f"## {md(t('ruled_out', lang))}", ""]
        for ro in r.ruled_out:
            why = _answers(kb, ro.answers, lang) if ro.answers else md(t("status_" + ro.status, lang))
            out.append(f"- **{md(ro.title)}**{c}{why}")
        out.append("")

    if r.not_tracked:
        out += [f"## {md(t('not_tracked', lang))}", ""]
        out += [f"- {md(question_label(kb, q, lang))} ({code(q)})" for q in r.not_tracked]
        out.append("")

    if r.ignored_answers:
        out += [f"## {md(t('doc_ignored', lang))}", ""]
        out += [f"- {md(question_label(kb, q, lang))} ({code(q)})" for q in r.ignored_answers]
        out.append("")

    if bib.entries:
        out += [f"## {md(t('doc_bibliography', lang))}", ""]
        script = for_lang(lang, simplified)
        out += [f"[^{n}]: {md(quoted(cite, lang, script))}" for n, cite in enumerate(bib.entries, 1)]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def overview_md(kb: KnowledgeBase, r: Report, lang: str) -> list[str]:
    """The one-minute summary (overview.py) as the document's first section."""
    ov = overview(kb, r, lang)
    c = colon(lang)
    out = [f"## {md(t('ov_title', lang))}", "", f"**{md(t('ov_picture', lang))}**{c}{md(ov.picture)}", ""]
    if ov.diagnoses:
        out += [f"**{md(t('ov_diagnoses', lang))}**", ""]
        for i, (d, why) in enumerate(ov.diagnoses, 1):
            out.append(f"{i}. **{md(d.title)}** · {md(t(d.severity, lang))} ({d.certainty:.2f}) — {md(why)}")
        out.append("")
    if ov.top:
        titles = {d.id: d.title for d in r.diagnoses}
        out += [f"**{md(t('ov_top', lang, n=len(ov.top)))}**", ""]
        for i, rec in enumerate(ov.top, 1):
            addressed = sep(lang).join(md(titles.get(a, a)) for a in rec.addresses)
            level = md(t("level_" + rec.level, lang))
            out.append(f"{i}. **{md(rec.title)}** — {level}; {md(t('addresses', lang))}{c}{addressed}")
        out.append("")
    strengths = sep(lang).join(md(s) for s in ov.strengths) if ov.strengths else md(t("ov_none", lang))
    if ov.verdict != "nothing_assessed":  # with nothing assessed, "none found" would read as healthy
        out.append(f"- **{md(t('ov_strengths', lang))}**{c}{strengths}")
    if ov.in_place:
        done = "; ".join(f"{md(m.title)} → {md(t('advice_' + m.advice, lang))}" for m in ov.in_place)
        out.append(f"- **{md(t('in_place', lang))}**{c}{done}")
    if ov.coverage:
        out.append(f"- **{md(t('ov_coverage', lang))}**{c}{md(ov.coverage)}")
    return [*out, ""]


def _error_md(e: ErrorRecord, lang: str, heading: str) -> list[str]:
    out = [f"{heading} {md(error_title(e, lang))}", ""]
    out.append(f"| {t('doc_col_path', lang)} | {t('doc_col_problem', lang)} |")
    out.append("|---|---|")
    out += [f"| {_cell_code(p.path)} | {md(p.message)} |" for p in e.error.problems]
    return out
