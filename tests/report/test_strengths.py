"""What is working (diagnoses assessed and not found), mechanisms already in place, notes and "not tracked"
in the report."""

from __future__ import annotations

import json
from typing import Any

from conftest import RULES
from markupsafe import escape  # as the HTML templates escape (autoescape)

from diagnose.answers.validate import validate
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.build import evaluate
from diagnose.report.html import render_html
from diagnose.report.markdown import md, render_markdown
from diagnose.report.model import Report
from diagnose.report.text import render

EXAMPLES = RULES.parent / "examples"


def report_of(kb: KnowledgeBase, record: dict[str, Any], lang: str = "zh") -> Report:
    return evaluate(kb, validate(kb, record, lang), lang)


def example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    return data


def test_a_well_governed_county_is_told_what_is_working_with_the_answers_behind_it(kb: KnowledgeBase) -> None:
    r = report_of(kb, example("well_governed.json"))
    assert not r.diagnoses and len(r.ruled_out) >= 8
    grid = next(d for d in r.ruled_out if d.id == "grid_asymmetry")
    assert grid.status == "absent" and grid.answers["grid_patrol_time_pct"] == 35  # below the sign's threshold
    assert f"{kb.questions['grid_patrol_time_pct'].title.zh} = 35%" in render(kb, r, "zh")


def test_a_diagnosis_outside_its_scope_is_ruled_out_by_its_scope(kb: KnowledgeBase) -> None:
    record = example("well_governed.json")
    record["answers"]["grid_in_use"] = False
    r = report_of(kb, record)
    grid = next(d for d in r.ruled_out if d.id == "grid_asymmetry")
    assert grid.status == "not_applicable" and grid.answers == {"grid_in_use": False}


def test_unknown_answers_never_rule_a_diagnosis_out(kb: KnowledgeBase) -> None:
    r = report_of(kb, {"county": {"id": "x"}, "answers": {}})
    assert r.ruled_out == [] and not r.diagnoses and r.not_assessed


def test_a_mechanism_in_place_is_never_recommended_and_a_persisting_problem_is_a_finding(kb: KnowledgeBase) -> None:
    plain = report_of(kb, example("multi_diagnosis.json"))
    assert "yi_zhang_biao" in [rec.mechanism for rec in plain.recommendations]
    record = example("multi_diagnosis.json") | {"in_place": {"yi_zhang_biao": {"since": 2022, "working": "yes"}}}
    r = report_of(kb, record)
    assert "yi_zhang_biao" not in [rec.mechanism for rec in r.recommendations]
    [ip] = r.in_place
    assert ip.problem_persists == ["digital_burden"] and ip.advice == "review" and ip.finding and ip.references


def test_a_working_mechanism_whose_problem_is_not_diagnosed_is_kept(kb: KnowledgeBase) -> None:
    record = example("well_governed.json") | {
        "in_place": {"yi_zhang_biao": {"working": "yes"}, "jifenzhi": {"working": "partly"}}
    }
    advice = {ip.mechanism: (ip.advice, ip.finding) for ip in report_of(kb, record, "en").in_place}
    assert advice == {"yi_zhang_biao": ("keep", None), "jifenzhi": ("strengthen", None)}


def test_the_noted_example_shows_notes_not_tracked_and_in_place_in_every_format(kb: KnowledgeBase) -> None:
    record = example("noted_county.json")
    for lang in ("zh", "en"):
        r = report_of(kb, record, lang)
        assert r.notes["digital_report_departments"].source == "2024年统计年报"
        assert set(r.not_tracked) == {"part_volunteer_active_pct", "work_turnover_pct"}
        assert {ip.mechanism for ip in r.in_place} == {"yi_zhang_biao", "gongtong_dizao"}
        finding = kb.meta.in_place_persisting
        assert finding is not None
        rendered = [
            (render(kb, r, lang), str),
            (render_markdown(kb, r, lang), md),
            (render_html(kb, [r], lang), escape),
        ]
        for text, shown in rendered:
            assert "2024年统计年报" in text  # the source, next to the answer it supports
            assert shown(kb.mechanisms["yi_zhang_biao"].title.get(lang)) in text
            assert shown(finding.text.get(lang)) in text
