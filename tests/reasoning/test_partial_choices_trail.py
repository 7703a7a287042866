"""A multiple choice known in part in the report, in explain and in what-if."""

from __future__ import annotations

import json

import pytest

from diagnose.answers.validate import validate
from diagnose.batch.evaluate import evaluate_item
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.reasoning import explain, whatif
from diagnose.report.model import Report
from diagnose.report.text import render

COUNTY = {"county": {"id": "p"}, "answers": {"county_type": "gathering", "county_powers": {"yes": ["finance"]}}}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_report_lists_each_unanswered_option_as_borderline(kb: KnowledgeBase, lang: str) -> None:
    report = evaluate_item(kb, Item(1, value=COUNTY), lang)
    assert isinstance(report, Report)
    options = [(b.sign, b.option, b.interval) for b in report.borderline]
    assert options == [("gathering_lacks_coordination_powers", o, None) for o in ("land", "staffing", "data")]
    assert json.loads(report.borderline[0].answer) == {"yes": ["finance"], "no": []}
    text = render(kb, report, lang)
    assert ("未说明是否有「用地统筹" if lang == "zh" else "without saying whether it includes 'Land") in text


def test_a_fully_answered_county_has_no_borderline_option(kb: KnowledgeBase) -> None:
    county = {**COUNTY, "answers": {**COUNTY["answers"], "county_powers": {"yes": ["finance"], "no": ["land"]}}}
    report = evaluate_item(kb, Item(1, value=county), "en")
    assert isinstance(report, Report) and report.borderline == []


def test_explain_says_which_option_was_not_answered(kb: KnowledgeBase) -> None:
    record = validate(kb, COUNTY, "en")
    text = explain.render(kb, explain.explain(kb, record, "en", only="county_positioning_gap"), "en")
    assert "it was not said whether it includes Land coordination" in text
    assert "has: Fiscal coordination" in text and "not known: Land coordination" in text


def test_whatif_offers_answering_one_more_option(kb: KnowledgeBase) -> None:
    record = validate(kb, COUNTY, "en")
    patches, _ = whatif.search(kb, record.answers, "county_positioning_gap", "reach", limit=50)
    partial = [p.changes["county_powers"] for p in patches if "county_powers" in p.changes]
    # finding out that one more power is not granted reaches it (any one of the three); granting one does not
    assert partial and all(v["yes"] == ["finance"] and len(v["no"]) == 1 for v in partial), partial
    assert all(p.kinds["county_powers"] == "find_out" for p in patches if "county_powers" in p.changes)
