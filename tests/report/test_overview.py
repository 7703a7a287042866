"""The one-minute summary that opens the readable reports, the verdicts, and the order of recommendations."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from diagnose.batch.evaluate import evaluate_item
from diagnose.engine import direct
from diagnose.i18n import t
from diagnose.io.records import Item
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report import voi
from diagnose.report.html import render_html
from diagnose.report.markdown import render_markdown
from diagnose.report.model import RecommendationOut, Report
from diagnose.report.overview import verdict
from diagnose.report.rank import recommendation_key
from diagnose.report.text import render

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def record(name: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def report(kb: KnowledgeBase, rec: dict[str, Any], lang: str) -> Report:
    result = evaluate_item(kb, Item(1, value=rec), lang)
    assert isinstance(result, Report), result
    return result


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_partly_answered_text_report_fits_in_110_lines_summary_first(kb: KnowledgeBase, lang: str) -> None:
    r = report(kb, record("partly_answered.json"), lang)
    lines = render(kb, r, lang).splitlines()
    assert len(lines) <= 110, len(lines)
    assert lines[2] == t("ov_title", lang)
    details = next(i for i, line in enumerate(lines) if t("ov_details", lang) in line)
    summary = "\n".join(lines[:details])
    for d in r.diagnoses:  # each diagnosis with its band and one line of why
        line = next(x for x in summary.splitlines() if f" {d.title}: " in x)
        assert t(d.severity, lang) in line and f"{d.certainty:.2f}" in line
        assert max(d.signs, key=lambda s: s.certainty).title in line
    for rec in r.recommendations[:3]:  # the top 3 with who acts
        line = next(x for x in summary.splitlines() if f". {rec.title} — " in x)
        assert t("level_" + rec.level, lang) in line
    assert t("ov_strengths", lang) in summary
    assert r.coverage is not None
    assert t("ov_answered", lang, answered=r.coverage.answered, questions=len(kb.questions)) in summary
    assert all(n.title in summary for n in r.not_assessed)
    # the details come after, with the not-assessed diagnoses one line each
    head = next(i for i, line in enumerate(lines) if line == t("ov_would_settle", lang))
    assert head > details
    items = lines[head + 1 : head + 1 + len(r.not_assessed)]
    assert [x.split(" [")[0] for x in items] == [f"  - {n.title}" for n in r.not_assessed]
    assert lines[head + 1 + len(r.not_assessed)] == ""


def test_coverage_counts_the_known_answers(kb: KnowledgeBase) -> None:
    rec = record("partly_answered.json")
    r = report(kb, rec, "en")
    known = [q for q, v in rec["answers"].items() if v != "unknown" and q not in r.ignored_answers]
    assert r.coverage is not None and r.coverage.answered == len(known) and r.coverage.questions == len(kb.questions)
    assert f"{len(known)} of {len(kb.questions)} questions answered" in render(kb, r, "en")


def test_not_assessed_questions_are_ranked_by_value_of_information(kb: KnowledgeBase) -> None:
    rec = record("partly_answered.json")
    r = report(kb, rec, "en")
    answers = {q: (None if v == "unknown" else v) for q, v in rec["answers"].items()}
    inf = direct.run(kb, answers)
    scored = voi.scores(kb, answers)
    order = list(kb.questions)
    reordered = 0
    for n in r.not_assessed:
        worth = [scored.total.get(q, 0.0) for q in n.questions]
        assert worth == sorted(worth, reverse=True), n.id
        # within a diagnosis: the question deciding the heavier open signs comes first
        d = kb.diagnoses[n.id]
        open_signs = [s for s in d.signs if inf.signs[d.id][s.id] is None]
        weight = {q: sum(s.certainty for s in open_signs if q in conditions.questions(s.when)) for q in n.questions}
        direct_qs = [q for q in n.questions if weight[q] > 0 and d.applies is None]
        assert [weight[q] for q in direct_qs] == sorted((weight[q] for q in direct_qs), reverse=True), n.id
        reordered += n.questions != sorted(n.questions, key=order.index)
    assert reordered >= 3  # the order is the worth's, not just the questionnaire's


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_nothing_assessed_is_its_own_verdict(kb: KnowledgeBase, lang: str) -> None:
    r = report(kb, {"county": {"id": "blank"}, "answers": {}}, lang)
    assert verdict(r) == "nothing_assessed" and not r.ruled_out
    for text in (render(kb, r, lang), render_markdown(kb, r, lang), render_html(kb, [r], lang)):
        assert t("nothing_assessed", lang) in text
        assert t("no_diagnosis", lang) not in text and t("ov_strengths", lang) not in text
        if lang == "zh":
            assert "信息不足" in text and "未能评估" in text and "未发现" not in text
        else:
            assert "Insufficient information" in text and "could not be assessed" in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_assessed_nothing_found_is_a_different_verdict(kb: KnowledgeBase, lang: str) -> None:
    r = report(kb, record("well_governed.json"), lang)
    assert verdict(r) == "nothing_found" and r.ruled_out and not r.diagnoses
    for text in (render(kb, r, lang), render_markdown(kb, r, lang), render_html(kb, [r], lang)):
        assert t("ov_nothing_found", lang, n=len(r.ruled_out)) in text
        assert t("no_diagnosis", lang) in text and t("nothing_assessed", lang) not in text
        assert all(d.title in text for d in r.ruled_out)  # the strengths, named


def rec(mid: str, priority: float, addresses: list[str], level: str = "county") -> RecommendationOut:
    return RecommendationOut(
        mechanism=mid,
        title=mid,
        level=level,  # type: ignore[arg-type]
        kind="procedure",
        addresses=addresses,
        priority=priority,
        rationale=[],
        fit=[],
        references=[],
    )


def test_ties_broken_by_certainty_breadth_level_then_id() -> None:
    strength = {"a": 0.6, "b": 0.4, "c": 0.4}
    recs = [
        rec("z_first_by_priority", 0.9, ["b"], "higher"),
        rec("y_strongest_diagnosis", 0.7, ["a"], "higher"),
        rec("x_two_diagnoses", 0.7, ["b", "c"], "higher"),
        rec("w_one_diagnosis", 0.7, ["b"], "higher"),
        rec("v_county_acts", 0.5, ["b"], "county"),
        rec("u_shared", 0.5, ["b"], "shared"),
        rec("b_higher", 0.5, ["b"], "higher"),
        rec("c_higher", 0.5, ["b"], "higher"),
    ]
    ranked = [r.mechanism for r in sorted(reversed(recs), key=lambda r: recommendation_key(r, strength))]
    assert ranked == [r.mechanism for r in recs]


@pytest.mark.parametrize("name", ["multi_diagnosis.json", "partly_answered.json", "gathering_county.json"])
def test_reports_rank_by_the_documented_key_and_number_in_the_order_shown(kb: KnowledgeBase, name: str) -> None:
    r = report(kb, record(name), "zh")
    strength = {d.id: d.certainty for d in r.diagnoses}
    assert r.recommendations == sorted(r.recommendations, key=lambda x: recommendation_key(x, strength))
    text = render(kb, r, "zh")
    section = text.split(f"\n{t('recommendations', 'zh')}\n", 1)[1].split(f"\n{t('contraindicated', 'zh')}", 1)[0]
    numbers = [int(n) for n in re.findall(r"^  (\d+)\. ", section, re.M)]
    assert numbers == list(range(1, len(r.recommendations) + 1))
    after = text.split(f"\n{t('diagnoses', 'zh')}\n", 1)[1].splitlines()
    diagnoses = "\n".join(after[: next(i for i, x in enumerate(after) if x and not x.startswith(" "))])
    assert [int(n) for n in re.findall(r"^  (\d+)\. ", diagnoses, re.M)] == list(range(1, len(r.diagnoses) + 1))


def test_the_readme_shows_the_real_summary_screen(kb: KnowledgeBase) -> None:
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("checks they are the real output):\n\n```text\n", 1)[1].split("```", 1)[0]
    # `make demo`: examples/multi_diagnosis.json as text in Chinese
    shown = render(kb, report(kb, record("multi_diagnosis.json"), "zh"), "zh")
    assert block.splitlines() == shown.splitlines()[: len(block.splitlines())]
    assert t("ov_title", "zh") in block and t("ov_details", "zh") not in block
