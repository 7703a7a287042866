"""One printable, self-contained HTML5 document holding the reports of a whole batch.

The document has the same content as the Markdown rendering (render_markdown.py), one county after
another with a page break between them when printed, plus an inline SVG chart of each county's
diagnoses (svg_chart.py). Everything is inline: the CSS, the charts; there are no scripts and no
external resources. Every text from the report or the input is escaped with html.escape. Quotations
are numbered footnotes linked by anchors to each county's list of quotations and sources.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any

from diagnose.i18n import t
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.chart import COLOURS, report_chart
from diagnose.report.markdown import (
    Bibliography,
    answer_pairs,
    colon,
    county_name,
    diagnosis_titles,
    error_county,
    error_title,
    question_label,
    question_title,
    quoted,
    sep,
)
from diagnose.report.model import AnswerNote, Citation, DiagnosisFinding, ErrorRecord, RecommendationOut, Report
from diagnose.report.overview import overview
from diagnose.report.script import Script, for_lang
from diagnose.report.text import borderline_line, diagnosis_titles_of, how_lines

SANS = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif'
SERIF = '"Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", ' + SANS

CSS = f"""
@page {{ size: A4; margin: 15mm 14mm 16mm; }}
* {{ box-sizing: border-box; }}
html {{ background: #e8e6e1; }}
body {{ margin: 0; padding: 8mm 0; color: #1b1b1b; font-family: {SANS};
  font-size: 10.5pt; line-height: 1.65; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
article.county, nav.contents {{ background: #fff; max-width: 200mm; margin: 0 auto 8mm; padding: 14mm 15mm;
  box-shadow: 0 1px 4px rgba(0, 0, 0, .18); }}
h1, h2, h3, h4, .doc-kind {{ font-family: {SERIF}; line-height: 1.35; break-after: avoid; page-break-after: avoid; }}
header.report-head {{ text-align: center; border-bottom: 3px double #9b1c1c; padding-bottom: 4mm; margin-bottom: 6mm; }}
.doc-kind {{ margin: 0; color: #9b1c1c; font-size: 19pt; font-weight: 700; letter-spacing: .12em; }}
.doc-kind:lang(en) {{ letter-spacing: .02em; }}
nav.contents h2 {{ margin-top: 0; }}
header.report-head h1 {{ margin: 2mm 0 3mm; font-size: 16pt; font-weight: 700; }}
table.meta {{ margin: 0 auto; width: auto; font-size: 9pt; color: #444; }}
table.meta th, table.meta td {{ border: 0; padding: 0 6px; background: none; }}
h2 {{ font-size: 14pt; margin: 8mm 0 3mm; padding: 1mm 0 1mm 3mm; border-left: 5px solid #9b1c1c;
  background: #f6f1ea; }}
h3 {{ font-size: 12pt; margin: 6mm 0 2mm; }}
h4 {{ font-size: 10.5pt; margin: 4mm 0 1.5mm; color: #333; }}
p {{ margin: 1.5mm 0; }}
code {{ font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; font-size: 8.5pt; color: #555; }}
table {{ border-collapse: collapse; width: 100%; margin: 2mm 0 3mm; }}
th, td {{ border: 1px solid #bdb8ae; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }}
thead th {{ background: #efe8dc; font-weight: 700; }}
tr, .sign, figure {{ break-inside: avoid; page-break-inside: avoid; }}
td.num, th.num {{ text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }}
ul.summary {{ margin: 0 0 3mm; padding-left: 6mm; }}
.badge {{ display: inline-block; padding: 0 2.2mm; border-radius: 2px; color: #fff; font-size: 9pt;
  font-weight: 700; white-space: nowrap; }}
.badge.severe {{ background: {COLOURS["severe"]}; }}
.badge.warning {{ background: {COLOURS["warning"]}; }}
.badge.watch {{ background: {COLOURS["watch"]}; }}
section.diagnosis {{ border-top: 1px solid #d8d2c6; margin-top: 5mm; }}
section.diagnosis:first-of-type {{ border-top: 0; }}
section.diagnosis h3 {{ display: flex; gap: 3mm; align-items: baseline; flex-wrap: wrap; }}
.measure {{ font-size: 9.5pt; color: #333; }}
.sign {{ border-left: 3px solid #d8d2c6; padding: 1mm 0 1mm 3mm; margin: 2.5mm 0; }}
.sign.severe {{ border-left-color: {COLOURS["severe"]}; }}
.sign.warning {{ border-left-color: {COLOURS["warning"]}; }}
.sign.watch {{ border-left-color: {COLOURS["watch"]}; }}
.sign-title {{ font-weight: 700; }}
table.answers {{ font-size: 9pt; margin: 1mm 0; }}
table.answers th {{ width: 72%; font-weight: 400; background: #faf8f4; }}
table.answers td {{ font-weight: 700; }}
.rationale {{ color: #2b2b2b; }}
pre.how {{ white-space: pre-wrap; font-family: {SANS}; font-size: 8.8pt; line-height: 1.5; background: #f7f7f5;
  border: 1px solid #e0ddd6; padding: 2mm 3mm; margin: 2mm 0; }}
sup.fn {{ font-size: 7.5pt; line-height: 0; white-space: nowrap; }}
a {{ color: #1d3f73; }}
sup.fn a {{ color: #9b1c1c; text-decoration: none; }}
figure.chart {{ margin: 3mm 0; }}
figure.chart svg {{ max-width: 100%; height: auto; display: block; }}
figure.chart figcaption {{ font-size: 9pt; color: #555; }}
table.recs {{ font-size: 9.3pt; }}
table.recs col.no {{ width: 6%; }} table.recs col.mech {{ width: 20%; }} table.recs col.addr {{ width: 15%; }}
table.recs col.prio {{ width: 8%; }} table.recs col.why {{ width: 51%; }}
table.recs .mech-title {{ font-weight: 700; }}
table.recs p {{ margin: 0 0 1.2mm; }}
.used {{ color: #555; font-size: 8.6pt; }}
.for {{ font-weight: 700; color: #6b3b0a; }}
.note {{ color: #555; font-size: 9pt; }}
.picture {{ font-size: 11pt; }}
.verdict-nothing_assessed {{ color: #9b1c1c; }}
.level {{ font-size: 8.6pt; color: #555; }}
ol.bibliography {{ font-size: 8.8pt; padding-left: 9mm; }}
ol.bibliography li {{ margin: .6mm 0; }}
ol.bibliography li:target {{ background: #fff3c4; }}
.quote {{ color: #000; }}
.quote .cite {{ font-weight: 700; }}
article.error h1 {{ color: #9b1c1c; }}
footer.stamp {{ margin-top: 8mm; border-top: 1px solid #d8d2c6; padding-top: 2mm; font-size: 8.5pt; color: #666; }}
@media print {{
  html, body {{ background: #fff; padding: 0; }}
  article.county, nav.contents {{ box-shadow: none; margin: 0; padding: 0; max-width: none; }}
  body > article.county:not(:first-child) {{ break-before: page; page-break-before: always; }}
  a {{ color: inherit; }}
}}
"""


def e(text: Any) -> str:
    return escape(str(text))


def _fns(bib: Bibliography, cites: Iterable[Citation], prefix: str) -> str:
    links = "".join(f'<a href="#{prefix}-fn-{n}">[{n}]</a>' for n in bib.numbers(cites))
    return f'<sup class="fn">{links}</sup>' if links else ""


def _entry(c: Citation, lang: str, script: Script) -> str:
    """A bibliography entry, the same text as render_markdown.quoted, with the citation set in bold."""
    text = quoted(c, lang, script)
    if not text.startswith(c.cite):
        return e(text)
    return f'<span class="cite">{e(c.cite)}</span>{e(text[len(c.cite) :])}'


def _answers_table(kb: KnowledgeBase, answers: dict[str, Any], lang: str, notes: dict[str, AnswerNote]) -> str:
    rows = "".join(f"<tr><th>{e(q)}</th><td>{e(a)}</td></tr>" for q, a in answer_pairs(kb, answers, lang, notes))
    return f'<table class="answers">{rows}</table>' if rows else ""


def _answers_inline(kb: KnowledgeBase, answers: dict[str, Any], lang: str) -> str:
    return "; ".join(f"{e(q)} = <strong>{e(a)}</strong>" for q, a in answer_pairs(kb, answers, lang))


def _meta(r: Report, lang: str) -> str:
    k = r.knowledge_base
    c = colon(lang)
    return (
        '<table class="meta">'
        f"<tr><th>{e(t('county', lang))}{c}</th><td>{e(county_name(r))} (<code>{e(r.county.id)}</code>)</td></tr>"
        f"<tr><th>{e(t('kb', lang))}{c}</th><td>{e(k.id)} {e(k.version)} (<code>{e(k.hash)}</code>)</td></tr>"
        + (f"<tr><th>{e(t('tool', lang))}{c}</th><td>{e(r.tool.name)} {e(r.tool.version)}</td></tr>" if r.tool else "")
        + "</table>"
    )


def _diagnosis(
    kb: KnowledgeBase, d: DiagnosisFinding, i: int, bib: Bibliography, p: str, lang: str, notes: dict[str, AnswerNote]
) -> list[str]:
    c = colon(lang)
    out = [f'<section class="diagnosis {d.severity}" id="{p}-d{i}">']
    out.append(
        f'<h3><span>{i}. {e(d.title)}</span> <code>{e(d.id)}</code> <span class="badge {d.severity}">'
        f"{e(t(d.severity, lang))}</span></h3>"
    )
    out.append(
        f'<p class="measure">{e(t("doc_col_severity", lang))}{c}{e(t(d.severity, lang))} · '
        f"{e(t('doc_col_certainty', lang))}{c}{d.certainty:.2f}"
        + (f" · {e(t('doc_grounds', lang))}{c}{_fns(bib, d.references, p)}" if d.references else "")
        + "</p>"
    )
    out.append(f"<h4>{e(t('signs', lang))}</h4>")
    for s in d.signs:
        out.append(f'<div class="sign {d.severity}">')
        out.append(f'<p><span class="sign-title">{e(s.title)}</span> (CF {s.certainty:.2f})</p>')
        if s.answers:
            out.append(f'<p class="used">{e(t("answers_used", lang))}{c}</p>')
            out.append(_answers_table(kb, s.answers, lang, notes))
        out.append(f'<p class="rationale">{e(s.rationale)}{_fns(bib, s.references, p)}</p>')
        out.append("</div>")
    out.append(f'<pre class="how">{e(chr(10).join(how_lines(kb, d, lang)))}</pre>')
    if d.undetermined_signs:
        out.append(f"<h4>{e(t('undetermined', lang))}</h4><ul>")
        for o in d.undetermined_signs:
            qs = "".join(f"<li>{e(question_label(kb, q, lang))} (<code>{e(q)}</code>)</li>" for q in o.questions)
            out.append(
                f"<li><strong>{e(o.title)}</strong> (CF {o.certainty:.2f}); {e(t('doc_needs', lang))}{c}<ul>{qs}</ul></li>"
            )
        out.append("</ul>")
    out.append("</section>")
    return out


def _rec_row(
    kb: KnowledgeBase, k: int, rec: RecommendationOut, titles: dict[str, str], bib: Bibliography, p: str, lang: str
) -> str:
    c = colon(lang)
    why: list[str] = []
    for reason in rec.rationale:
        who = (
            f'<span class="for">[{e(titles.get(reason.diagnosis, reason.diagnosis))}]</span> '
            if reason.diagnosis
            else ""
        )
        why.append(f"<p>{who}{e(reason.text)}</p>")
        if reason.answers:
            why.append(
                f'<p class="used">{e(t("answers_used", lang))}{c}{_answers_inline(kb, reason.answers, lang)}</p>'
            )
    for reason in rec.fit:
        why.append(f'<p><span class="for">{e(t("fits", lang))}</span>{c}{e(reason.text)}</p>')
        if reason.answers:
            why.append(
                f'<p class="used">{e(t("answers_used", lang))}{c}{_answers_inline(kb, reason.answers, lang)}</p>'
            )
    if rec.references:
        why.append(f'<p class="used">{e(t("doc_sources", lang))}{c}{_fns(bib, rec.references, p)}</p>')
    if rec.kind == "principle":
        why.insert(0, f'<p class="principle"><em>{e(t("kind_principle", lang))}</em></p>')
    addressed = sep(lang).join(e(titles.get(a, a)) for a in rec.addresses)
    return (
        f'<tr id="{p}-m{k}"><td class="num">{k}</td>'
        f'<td><span class="mech-title">{e(rec.title)}</span><br><code>{e(rec.mechanism)}</code>'
        f'<br><span class="level level-{rec.level}">{e(t("level_" + rec.level, lang))}</span></td>'
        f'<td>{addressed}</td><td class="num">{rec.priority:.2f}</td><td>{"".join(why)}</td></tr>'
    )


def _overview(kb: KnowledgeBase, r: Report, p: str, lang: str) -> list[str]:
    """The one-minute summary (overview.py), the first section of a county's report."""
    ov = overview(kb, r, lang)
    c = colon(lang)
    out = [f'<section class="summary" id="{p}-summary"><h2>{e(t("ov_title", lang))}</h2>']
    out.append(
        f'<p class="picture verdict-{ov.verdict}"><strong>{e(t("ov_picture", lang))}</strong>{c}{e(ov.picture)}</p>'
    )
    if ov.diagnoses:
        out.append(f'<h3>{e(t("ov_diagnoses", lang))}</h3><ol class="summary-diagnoses">')
        for i, (d, why) in enumerate(ov.diagnoses, 1):
            out.append(
                f'<li><a href="#{p}-d{i}">{e(d.title)}</a> <span class="badge {d.severity}">{e(t(d.severity, lang))}'
                f"</span> {d.certainty:.2f} — {e(why)}</li>"
            )
        out.append("</ol>")
    if ov.top:
        titles = {d.id: d.title for d in r.diagnoses}
        out.append(f'<h3>{e(t("ov_top", lang, n=len(ov.top)))}</h3><ol class="summary-top">')
        for rec in ov.top:
            addressed = sep(lang).join(e(titles.get(a, a)) for a in rec.addresses)
            level = e(t("level_" + rec.level, lang))
            out.append(f"<li><strong>{e(rec.title)}</strong> — {level}; {e(t('addresses', lang))}{c}{addressed}</li>")
        out.append("</ol>")
    strengths = sep(lang).join(e(s) for s in ov.strengths) if ov.strengths else e(t("ov_none", lang))
    out.append('<ul class="summary">')
    if ov.verdict != "nothing_assessed":  # with nothing assessed, "none found" would read as healthy
        out.append(f'<li class="strengths"><strong>{e(t("ov_strengths", lang))}</strong>{c}{strengths}</li>')
    if ov.in_place:
        done = "; ".join(f"{e(m.title)} → {e(t('advice_' + m.advice, lang))}" for m in ov.in_place)
        out.append(f"<li><strong>{e(t('in_place', lang))}</strong>{c}{done}</li>")
    if ov.coverage:
        out.append(f'<li class="coverage"><strong>{e(t("ov_coverage", lang))}</strong>{c}{e(ov.coverage)}</li>')
    out.append("</ul>")
    return out


def _report(kb: KnowledgeBase, r: Report, p: str, lang: str, script: Script) -> list[str]:
    bib = Bibliography()
    titles = diagnosis_titles(kb, r, lang)
    c = colon(lang)
    out = [f'<article class="county" id="{p}" lang="{"zh-CN" if lang == "zh" else "en"}">']
    out.append('<header class="report-head">')
    out.append(f'<p class="doc-kind">{e(t("report_title", lang))}</p>')
    out.append(f"<h1>{e(county_name(r))}</h1>")
    out.append(_meta(r, lang))
    out.append("</header>")

    out += _overview(kb, r, p, lang)
    out.append('<figure class="chart">')
    out.append(report_chart(kb, r, lang, f"{p}-chart"))
    out.append(f"<figcaption>{e(t('doc_chart_title', lang))}</figcaption></figure>")
    out.append("</section>")

    out.append(f'<section class="diagnoses"><h2>{e(t("diagnoses", lang))}</h2>')
    if not r.diagnoses:
        out.append(f"<p>{e(t('no_diagnosis' if r.ruled_out else 'nothing_assessed', lang))}</p>")
    for i, d in enumerate(r.diagnoses, 1):
        out += _diagnosis(kb, d, i, bib, p, lang, r.notes)
    out.append("</section>")

    if r.not_assessed:
        out.append(f'<section class="not-assessed"><h2>{e(t("not_assessed", lang))}</h2>')
        out.append(f'<p class="note">{e(t("ov_would_settle", lang))}</p><ul>')
        for n in r.not_assessed:
            asks = sep(lang).join(f"{e(question_title(kb, q, lang))} (<code>{e(q)}</code>)" for q in n.questions)
            out.append(f"<li><strong>{e(n.title)}</strong> <code>{e(n.id)}</code>{c}{asks}</li>")
        out.append("</ul></section>")

    if r.borderline:
        out.append(f'<section class="borderline"><h2>{e(t("borderline", lang))}</h2><ul>')
        every_title = diagnosis_titles_of(kb, lang)
        out += [f"<li>{e(borderline_line(kb, b, every_title, lang))}</li>" for b in r.borderline]
        out.append("</ul></section>")

    out.append(f'<section class="recommendations"><h2>{e(t("recommendations", lang))}</h2>')
    if not r.recommendations:
        out.append(f"<p>{e(t('no_recommendation', lang))}</p>")
    else:
        out.append(f'<p class="note">{e(t("doc_rank_note", lang))}</p>')
    if r.recommendations:  # one table, numbered in the order shown: the rank (docs/reasoning.md)
        out.append(
            '<table class="recs"><colgroup><col class="no"><col class="mech"><col class="addr">'
            '<col class="prio"><col class="why"></colgroup>'
            f'<thead><tr><th class="num">{e(t("doc_col_no", lang))}</th><th>{e(t("doc_col_mechanism", lang))}</th>'
            f'<th>{e(t("doc_col_addresses", lang))}</th><th class="num">{e(t("doc_col_priority", lang))}</th>'
            f"<th>{e(t('doc_col_reasons', lang))}</th></tr></thead><tbody>"
        )
        out += [_rec_row(kb, k, rec, titles, bib, p, lang) for k, rec in enumerate(r.recommendations, 1)]
        out.append("</tbody></table>")
    out.append("</section>")

    if r.contraindicated:
        out.append(f'<section class="contraindicated"><h2>{e(t("contraindicated", lang))}</h2><ul>')
        for m in r.contraindicated:
            out.append(f"<li><strong>{e(m.title)}</strong> <code>{e(m.mechanism)}</code><ul>")
            if m.held_back_from:
                held = sep(lang).join(titles.get(a, a) for a in m.held_back_from)
                out.append(f"<li>{e(t('held_back', lang, diagnoses=held))}</li>")
            for reason in m.rationale:
                if reason.diagnosis:
                    why = f"<strong>{e(titles.get(reason.diagnosis, reason.diagnosis))}</strong>"
                else:
                    why = _answers_inline(kb, reason.answers, lang)
                out.append(f"<li>{e(t('because_of', lang))} {why}{c}{e(reason.text)}</li>")
            if m.references:
                out.append(f'<li class="used">{e(t("doc_sources", lang))}{c}{_fns(bib, m.references, p)}</li>')
            out.append("</ul></li>")
        out.append("</ul></section>")

    if r.in_place:
        out.append(f'<section class="in-place"><h2>{e(t("in_place", lang))}</h2><ul>')
        for ip in r.in_place:
            since = f"{sep(lang)}{e(t('since', lang))} {ip.since}" if ip.since else ""
            state = f"{e(t('working_' + ip.working, lang))} → <strong>{e(t('advice_' + ip.advice, lang))}</strong>"
            item = f"<li><strong>{e(ip.title)}</strong> <code>{e(ip.mechanism)}</code>{since}{c}{state}"
            if ip.finding:
                persists = sep(lang).join(e(titles.get(d, d)) for d in ip.problem_persists)
                item += f'<p class="finding">{e(ip.finding)} ({persists}){_fns(bib, ip.references, p)}</p>'
            out.append(item + "</li>")
        out.append("</ul></section>")

    if r.ruled_out:
        out.append(f'<section class="ruled-out"><h2>{e(t("ruled_out", lang))}</h2><ul>')
        for ro in r.ruled_out:
            why = _answers_inline(kb, ro.answers, lang) if ro.answers else e(t("status_" + ro.status, lang))
            out.append(f"<li><strong>{e(ro.title)}</strong>{c}{why}</li>")
        out.append("</ul></section>")

    if r.not_tracked:
        out.append(f'<section class="not-tracked"><h2>{e(t("not_tracked", lang))}</h2><ul>')
        out += [f"<li>{e(question_label(kb, q, lang))} (<code>{e(q)}</code>)</li>" for q in r.not_tracked]
        out.append("</ul></section>")

    if r.ignored_answers:
        out.append(f'<section class="ignored"><h2>{e(t("doc_ignored", lang))}</h2><ul>')
        out += [f"<li>{e(question_label(kb, q, lang))} (<code>{e(q)}</code>)</li>" for q in r.ignored_answers]
        out.append("</ul></section>")

    if bib.entries:
        out.append(f'<section class="bibliography"><h2>{e(t("doc_bibliography", lang))}</h2><ol class="bibliography">')
        out += [
            f'<li id="{p}-fn-{n}" class="quote">{_entry(cite, lang, script)}</li>'
            for n, cite in enumerate(bib.entries, 1)
        ]
        out.append("</ol></section>")
    k = r.knowledge_base
    tool = f"; {e(t('tool', lang))}{c}{e(r.tool.name)} {e(r.tool.version)}" if r.tool else ""
    out.append(f'<footer class="stamp">{e(t("kb", lang))}{c}{e(k.id)} {e(k.version)} ({e(k.hash)}){tool}</footer>')
    out.append("</article>")
    return out


def _error(err: ErrorRecord, p: str, lang: str) -> list[str]:
    out = [f'<article class="county error" id="{p}">', f"<h1>{e(error_title(err, lang))}</h1>"]
    out.append(
        f'<table class="problems"><thead><tr><th>{e(t("doc_col_path", lang))}</th>'
        f"<th>{e(t('doc_col_problem', lang))}</th></tr></thead><tbody>"
    )
    out += [f"<tr><td><code>{e(pr.path)}</code></td><td>{e(pr.message)}</td></tr>" for pr in err.error.problems]
    out.append("</tbody></table></article>")
    return out


def _entry_name(result: Report | ErrorRecord, lang: str) -> str:
    if isinstance(result, ErrorRecord):
        return error_title(result, lang)
    return f"{county_name(result)} ({result.county.id})"


def render_html(kb: KnowledgeBase, results: list[Report | ErrorRecord], lang: str, simplified: bool = False) -> str:
    """The whole batch as one self-contained HTML5 document, each county on its own printed pages;
    `simplified`: quotes in traditional script converted in a zh report, the original beside each."""
    html_lang = "zh-CN" if lang == "zh" else "en"
    if len(results) == 1:
        only = results[0]
        if isinstance(only, Report):
            name = county_name(only)
        else:
            name = error_county(only)[1] or error_county(only)[0] or error_title(only, lang)
        title = f"{t('report_title', lang)} — {name}"
    else:
        title = f"{t('report_title', lang)} ({t('doc_batch', lang, n=len(results))})"
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{html_lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
    ]
    if not results:
        out.append(f'<article class="county error"><p>{e(t("empty_input", lang))}</p></article>')
    if len(results) > 1:
        out.append(f'<nav class="contents"><h2>{e(t("doc_contents", lang))}</h2>')
        out.append(f"<p>{e(t('report_title', lang))} · {e(t('doc_batch', lang, n=len(results)))}</p><ol>")
        out += [f'<li><a href="#c{i}">{e(_entry_name(res, lang))}</a></li>' for i, res in enumerate(results, 1)]
        out.append("</ol></nav>")
    for i, res in enumerate(results, 1):
        if isinstance(res, ErrorRecord):
            out += _error(res, f"c{i}", lang)
        else:
            out += _report(kb, res, f"c{i}", lang, for_lang(lang, simplified))
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"
