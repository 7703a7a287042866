"""A report with approximate answers: straddled signs listed as borderline (never counted, never ruled
out), answers shown as written beside their interval, in every rendering and both languages."""

from __future__ import annotations

import json

import pytest
from conftest import RULES

from diagnose.answers.validate import validate
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.build import evaluate
from diagnose.report.html import render_html
from diagnose.report.markdown import render_markdown
from diagnose.report.model import Report
from diagnose.report.text import render

GRID = {"grid_in_use": True, "grid_service_closed_pct": 20, "grid_resident_reported_pct": 50}


def report(kb: KnowledgeBase, answers: dict, lang: str = "zh") -> Report:
    return evaluate(kb, validate(kb, {"county": {"id": "c"}, "answers": answers}, lang), lang)


def test_a_straddled_sign_is_borderline_not_a_sign_that_holds(kb: KnowledgeBase) -> None:
    r = report(kb, {**GRID, "grid_patrol_time_pct": "50-70"}, "en")
    # the time share decides two signs: the one that reads it alone and the one that reads it with the closures
    listed = [b for b in r.borderline if b.diagnosis == "grid_asymmetry"]
    assert sorted(b.sign for b in listed) == ["monitoring_dominates_grid_time", "monitoring_outweighs_service"]
    [b] = [b for b in listed if b.sign == "monitoring_outweighs_service"]
    assert (b.sign, b.question, b.answer, b.threshold) == (
        "monitoring_outweighs_service",
        "grid_patrol_time_pct",
        "50-70",
        "≥ 60",
    )
    assert (b.interval.min, b.interval.max, b.interval.min_open, b.interval.max_open) == (50, 70, False, False)
    for d in r.diagnoses:
        assert "monitoring_outweighs_service" not in [s.id for s in d.signs]
    open_signs = [o for d in r.diagnoses for o in d.undetermined_signs]
    assert all("grid_patrol_time_pct" in o.questions for o in open_signs if o.id == "monitoring_outweighs_service")


@pytest.mark.parametrize(("written", "holds"), [("60-70", True), ("不到60", False), (">60", True), ("≤59", False)])
def test_either_side_of_the_threshold_decides(kb: KnowledgeBase, written: str, holds: bool) -> None:
    r = report(kb, {**GRID, "grid_patrol_time_pct": written})
    assert [b for b in r.borderline if b.question == "grid_patrol_time_pct"] == []
    held = [s.id for d in r.diagnoses for s in d.signs]
    assert ("monitoring_outweighs_service" in held) == holds


def test_a_sign_that_holds_keeps_the_answer_as_written_beside_its_interval(kb: KnowledgeBase) -> None:
    r = report(kb, {**GRID, "grid_patrol_time_pct": "大多数"})
    [sign] = [s for d in r.diagnoses for s in d.signs if s.id == "monitoring_outweighs_service"]
    shown = json.loads(sign.model_dump_json())["answers"]["grid_patrol_time_pct"]
    assert shown == {"written": "大多数", "min": 70, "max": 100, "min_open": False, "max_open": True}


def test_a_straddle_that_cannot_change_the_sign_is_not_borderline(kb: KnowledgeBase) -> None:
    # 办结率 90 makes the two-fact sign false whatever the patrol share: nothing to decide there; the
    # patrol share alone still decides the sign that reads it alone (issue 16: the decisive fact counts alone)
    r = report(kb, {**GRID, "grid_service_closed_pct": 90, "grid_patrol_time_pct": "50-70"})
    listed = [b.sign for b in r.borderline if b.diagnosis == "grid_asymmetry"]
    assert listed == ["monitoring_dominates_grid_time"]


def test_exact_answers_give_an_empty_borderline(kb: KnowledgeBase) -> None:
    record = json.loads((RULES.parent / "examples" / "multi_diagnosis.json").read_text(encoding="utf-8"))
    assert evaluate(kb, validate(kb, record, "zh"), "zh").borderline == []


@pytest.mark.parametrize(
    ("lang", "heading", "straddles", "read_as"),
    [
        ("zh", "临界征象", "跨越 ≥ 60", "按 [50, 70]% 计"),
        ("en", "Borderline signs", "straddles ≥ 60", "read as [50, 70]%"),
    ],
)
def test_renderings_show_borderline_signs_briefly(
    kb: KnowledgeBase, lang: str, heading: str, straddles: str, read_as: str
) -> None:
    r = report(kb, {**GRID, "grid_patrol_time_pct": "50-70"}, lang)
    text = render(kb, r, lang)
    assert heading in text and straddles in text and f"50-70 ({read_as})" in text
    markdown = render_markdown(kb, r, lang)
    assert f"## {heading}" in markdown and straddles in markdown
    html = render_html(kb, [r], lang)
    assert 'class="borderline"' in html and heading in html and straddles in html


def test_the_example_county_with_intervals(kb: KnowledgeBase) -> None:
    record = json.loads((RULES.parent / "examples" / "with_intervals.json").read_text(encoding="utf-8"))
    r = evaluate(kb, validate(kb, record, "zh"), "zh")
    assert {b.question for b in r.borderline} >= {"grid_patrol_time_pct", "digital_form_time_pct"}
    held = {q: a for d in r.diagnoses for s in d.signs for q, a in s.answers.items()}
    assert held["duty_items_outside_list"].written == "130余项"  # type: ignore[union-attr]
    assert (held["duty_items_outside_list"].min, held["duty_items_outside_list"].max) == (131, 139)  # type: ignore[union-attr]
