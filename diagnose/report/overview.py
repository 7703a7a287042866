"""The one-minute summary that opens every readable report (text, Markdown, HTML), as plain data.

Worked out once from the report, so the three renderings say the same thing: the overall picture (a
verdict that never confuses "nothing could be assessed" with "assessed, nothing found"), each
diagnosis with its band and one line of why, the first recommendations with who acts, what is working,
and how much of the questionnaire the county answered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from diagnose.i18n import t
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.model import DiagnosisFinding, InPlaceOut, NotAssessed, RecommendationOut, Report

Verdict = Literal["found", "nothing_found", "nothing_assessed"]
TOP = 3  # recommendations in the summary
ASKS = 3  # questions named per diagnosis that could not be assessed


@dataclass(frozen=True)
class Open:
    """A diagnosis that could not be assessed, in one line: the questions that would settle it, best first."""

    id: str
    title: str
    asks: list[str]  # short titles of the first few questions
    more: int  # how many more questions there are


@dataclass(frozen=True)
class Overview:
    verdict: Verdict
    picture: str  # the overall picture, one sentence
    diagnoses: list[tuple[DiagnosisFinding, str]]  # each with one line of why
    top: list[RecommendationOut]
    strengths: list[str]  # titles of diagnoses assessed and not found
    in_place: list[InPlaceOut]
    coverage: str  # "38 of 97 questions answered; 3 diagnoses could not be assessed: …"
    not_assessed: list[Open]


def verdict(r: Report) -> Verdict:
    """found: a diagnosis was reached; nothing_found: some were assessed and none holds; nothing_assessed:
    not one could be assessed (no usable answers), which must never read as a clean bill of health."""
    if r.diagnoses:
        return "found"
    return "nothing_found" if r.ruled_out else "nothing_assessed"


def list_sep(lang: str) -> str:
    return "、" if lang == "zh" else "; "


def why_line(d: DiagnosisFinding, lang: str) -> str:
    """One line of why: the strongest sign that holds, and how many more."""
    if not d.signs:
        return ""
    first = max(d.signs, key=lambda s: s.certainty)
    more = t("ov_more_signs", lang, n=len(d.signs) - 1) if len(d.signs) > 1 else ""
    return f"{first.title}{more}"


def open_line(kb: KnowledgeBase, n: NotAssessed, lang: str) -> Open:
    asks = [kb.questions[q].title.get(lang) if q in kb.questions else q for q in n.questions[:ASKS]]
    return Open(n.id, n.title, asks, max(0, len(n.questions) - ASKS))


def overview(kb: KnowledgeBase, r: Report, lang: str) -> Overview:
    v = verdict(r)
    na = len(r.not_assessed)
    if v == "found":
        bands = {s: sum(1 for d in r.diagnoses if d.severity == s) for s in ("severe", "warning", "watch")}
        picture = t("ov_found", lang, n=len(r.diagnoses), absent=len(r.ruled_out), na=na, **bands)
    elif v == "nothing_found":
        picture = t("ov_nothing_found", lang, n=len(r.ruled_out))
        if na:
            picture += t("ov_and_not_assessed", lang, na=na)
    else:
        picture = t("ov_nothing_assessed", lang, n=na)
    cov = r.coverage
    coverage = t("ov_answered", lang, answered=cov.answered, questions=cov.questions) if cov else ""
    if na:
        titles = list_sep(lang).join(n.title for n in r.not_assessed)
        coverage += ("; " if coverage and lang == "en" else ";" if coverage else "") + t(
            "ov_could_not", lang, n=na, titles=titles
        )
    return Overview(
        verdict=v,
        picture=picture,
        diagnoses=[(d, why_line(d, lang)) for d in r.diagnoses],
        top=r.recommendations[:TOP],
        strengths=[d.title for d in r.ruled_out],
        in_place=r.in_place,
        coverage=coverage,
        not_assessed=[open_line(kb, n, lang) for n in r.not_assessed],
    )


def asks_text(o: Open, lang: str) -> str:
    """The questions that would settle a diagnosis, as one phrase."""
    more = t("ov_more_questions", lang, n=o.more) if o.more else ""
    return list_sep(lang).join(o.asks) + more
