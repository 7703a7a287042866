"""One printable, self-contained HTML5 document holding the reports of a whole batch.

The document has the same content as the Markdown rendering (markdown.py), one county after another
with a page break between them when printed, plus an inline SVG chart of each county's diagnoses
(chart.py). Everything is inline: the CSS, the charts; there are no scripts and no external resources.

The markup lives in Jinja2 templates (templates/: document.html.j2, county.html.j2, error.html.j2,
macros.html.j2, report.css), rendered with autoescaping, so a county office can restyle its report:
a folder given with `template_dir` (`diagnose evaluate --format html --template DIR`) is searched
first, so a copy of any one of those files there replaces the bundled one. This module only gathers
what each county's report says, as plain values; quotations are numbered footnotes linked by anchors
to each county's list of quotations and sources.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from diagnose.i18n import t
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.chart import report_chart
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
from diagnose.report.model import Citation, ErrorRecord, Report
from diagnose.report.overview import list_sep, overview
from diagnose.report.script import Script, for_lang
from diagnose.report.text import borderline_line, diagnosis_titles_of, how_lines

TEMPLATES = Path(__file__).with_name("templates")


@cache
def environment(template_dir: Path | None = None) -> Any:
    """The Jinja2 environment: `template_dir` first (an office's own templates), then the bundled ones."""
    import jinja2  # only an HTML report pays for loading it

    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(TEMPLATES))]
    if template_dir is not None:
        loaders.insert(0, jinja2.FileSystemLoader(str(template_dir)))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,  # every text from the report or the input is escaped
        undefined=jinja2.StrictUndefined,  # a misspelt name in a template is an error, not an empty string
        keep_trailing_newline=True,
    )


def _entry(c: Citation, lang: str, script: Script) -> dict[str, str]:
    """A bibliography entry, the same text as markdown.quoted, with the citation apart to set it in bold."""
    text = quoted(c, lang, script)
    if not text.startswith(c.cite):
        return {"cite": "", "rest": text}
    return {"cite": c.cite, "rest": text[len(c.cite) :]}


def _county(kb: KnowledgeBase, r: Report, p: str, lang: str, script: Script) -> dict[str, Any]:
    """What one county's template shows, in document order (footnotes are numbered as they are met)."""
    from markupsafe import Markup

    bib = Bibliography()
    titles = diagnosis_titles(kb, r, lang)

    def fns(cites: Iterable[Citation]) -> list[int]:
        return bib.numbers(cites)

    ov = overview(kb, r, lang)
    by_id = {d.id: d.title for d in r.diagnoses}
    summary = {
        "verdict": ov.verdict,
        "picture": ov.picture,
        "diagnoses": [
            {"i": i, "title": d.title, "severity": d.severity, "severity_label": t(d.severity, lang)}
            | {"certainty": f"{d.certainty:.2f}", "why": why}
            for i, (d, why) in enumerate(ov.diagnoses, 1)
        ],
        "top_title": t("ov_top", lang, n=len(ov.top)),
        "top": [
            {"title": rec.title, "level_label": t("level_" + rec.level, lang)}
            | {"addressed": sep(lang).join(by_id.get(a, a) for a in rec.addresses)}
            for rec in ov.top
        ],
        "strengths": list_sep(lang).join(ov.strengths) if ov.strengths else t("ov_none", lang),
        "in_place": "; ".join(f"{m.title} → {t('advice_' + m.advice, lang)}" for m in ov.in_place),
        "coverage": ov.coverage,
    }
    diagnoses = []
    for i, d in enumerate(r.diagnoses, 1):
        grounds = fns(d.references)
        signs = [
            {"title": s.title, "cf": f"{s.certainty:.2f}", "pairs": answer_pairs(kb, s.answers, lang, r.notes)}
            | {"rationale": s.rationale, "refs": fns(s.references)}
            for s in d.signs
        ]
        undetermined = [
            {
                "title": o.title,
                "cf": f"{o.certainty:.2f}",
                "questions": [(question_label(kb, q, lang), q) for q in o.questions],
            }
            for o in d.undetermined_signs
        ]
        diagnoses.append(
            {"i": i, "id": d.id, "title": d.title, "severity": d.severity, "severity_label": t(d.severity, lang)}
            | {"certainty": f"{d.certainty:.2f}", "grounds": grounds, "signs": signs, "undetermined": undetermined}
            | {"how": "\n".join(how_lines(kb, d, lang))}
        )
    recommendations = []
    for k, rec in enumerate(r.recommendations, 1):  # one table, numbered in the order shown (docs/reasoning.md)
        reasons = [
            {"who": titles.get(x.diagnosis, x.diagnosis) if x.diagnosis else "", "text": x.text}
            | {"pairs": answer_pairs(kb, x.answers, lang)}
            for x in rec.rationale
        ]
        fits = [{"text": x.text, "pairs": answer_pairs(kb, x.answers, lang)} for x in rec.fit]
        recommendations.append(
            {"k": k, "title": rec.title, "mechanism": rec.mechanism, "level": rec.level}
            | {"level_label": t("level_" + rec.level, lang), "priority": f"{rec.priority:.2f}"}
            | {
                "addressed": sep(lang).join(titles.get(a, a) for a in rec.addresses),
                "principle": rec.kind == "principle",
            }
            | {"reasons": reasons, "fits": fits, "sources": fns(rec.references) if rec.references else []}
        )
    contraindicated = []
    for m in r.contraindicated:
        held = t("held_back", lang, diagnoses=sep(lang).join(titles.get(a, a) for a in m.held_back_from))
        reasons = [
            {"who": titles.get(x.diagnosis, x.diagnosis) if x.diagnosis else "", "text": x.text}
            | {"pairs": answer_pairs(kb, x.answers, lang)}
            for x in m.rationale
        ]
        contraindicated.append(
            {"title": m.title, "mechanism": m.mechanism, "held": held if m.held_back_from else ""}
            | {"reasons": reasons, "sources": fns(m.references) if m.references else []}
        )
    in_place = [
        {"title": ip.title, "mechanism": ip.mechanism, "since": ip.since or ""}
        | {"working": t("working_" + ip.working, lang), "advice": t("advice_" + ip.advice, lang)}
        | {"finding": ip.finding or "", "persists": sep(lang).join(titles.get(d, d) for d in ip.problem_persists)}
        | {"refs": fns(ip.references) if ip.finding else []}
        for ip in r.in_place
    ]
    every_title = diagnosis_titles_of(kb, lang)
    return {
        "p": p,
        "error": False,
        "entry_name": f"{county_name(r)} ({r.county.id})",
        "lang_attr": "zh-CN" if lang == "zh" else "en",
        "name": county_name(r),
        "county_id": r.county.id,
        "kb": r.knowledge_base,
        "tool": r.tool,
        "ov": summary,
        "chart": Markup(report_chart(kb, r, lang, f"{p}-chart")),  # chart.py escapes every text it holds
        "no_diagnosis": t("no_diagnosis" if r.ruled_out else "nothing_assessed", lang),
        "diagnoses": diagnoses,
        "not_assessed": [
            {"title": n.title, "id": n.id, "asks": [(question_title(kb, q, lang), q) for q in n.questions]}
            for n in r.not_assessed
        ],
        "borderline": [borderline_line(kb, b, every_title, lang) for b in r.borderline],
        "recommendations": recommendations,
        "contraindicated": contraindicated,
        "in_place": in_place,
        "ruled_out": [
            {"title": ro.title, "pairs": answer_pairs(kb, ro.answers, lang), "status": t("status_" + ro.status, lang)}
            for ro in r.ruled_out
        ],
        "not_tracked": [(question_label(kb, q, lang), q) for q in r.not_tracked],
        "ignored": [(question_label(kb, q, lang), q) for q in r.ignored_answers],
        "bibliography": [{"n": n} | _entry(c, lang, script) for n, c in enumerate(bib.entries, 1)],
    }


def _error(err: ErrorRecord, p: str, lang: str) -> dict[str, Any]:
    return {
        "p": p,
        "error": True,
        "entry_name": error_title(err, lang),
        "title": error_title(err, lang),
        "problems": [(pr.path, pr.message) for pr in err.error.problems],
    }


def render_html(
    kb: KnowledgeBase,
    results: list[Report | ErrorRecord],
    lang: str,
    simplified: bool = False,
    template_dir: Path | None = None,
) -> str:
    """The whole batch as one self-contained HTML5 document, each county on its own printed pages;
    `simplified`: quotes in traditional script converted in a zh report, the original beside each;
    `template_dir`: a folder whose templates replace the bundled ones of the same name."""
    if len(results) == 1:
        only = results[0]
        if isinstance(only, Report):
            name = county_name(only)
        else:
            name = error_county(only)[1] or error_county(only)[0] or error_title(only, lang)
        title = f"{t('report_title', lang)} — {name}"
    else:
        title = f"{t('report_title', lang)} ({t('doc_batch', lang, n=len(results))})"
    counties = [
        _error(res, f"c{i}", lang)
        if isinstance(res, ErrorRecord)
        else _county(kb, res, f"c{i}", lang, for_lang(lang, simplified))
        for i, res in enumerate(results, 1)
    ]
    template = environment(template_dir).get_template("document.html.j2")
    return str(
        template.render(
            t=lambda key, **kw: t(key, lang, **kw),
            html_lang="zh-CN" if lang == "zh" else "en",
            title=title,
            batch_label=t("doc_batch", lang, n=len(results)),
            counties=counties,
            colon=colon(lang),
            sep=sep(lang),
        )
    )
