"""The narrative suite's steps fail when they should: a fact with no question, an answer the questionnaire
refuses, a fact not quoted from the description, a description too short (features/narratives/)."""

from __future__ import annotations

from typing import Any

import pytest
from steps_narrative import facts_table, narrative

PROSE = "本县" + "网格" * 80 + "。每个村每月收到报表约25份,村干部主要在填表。"
HEADER = ["事实", "问题", "回答"]


def _county() -> dict[str, Any]:
    county: dict[str, Any] = {}
    narrative(county, PROSE)
    return county


def test_a_short_description_is_refused() -> None:
    with pytest.raises(AssertionError, match="fewer than 150"):
        narrative({}, "本县情况良好。")


def test_facts_become_answers(kb: Any) -> None:
    county = _county()
    facts_table(kb, county, [HEADER, ["每个村每月收到报表约25份", "每个村(社区)每月收到的报表数", "约25"]])
    assert county["record"]["answers"] == {"digital_forms_per_month": "约25"}


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["村干部主要在填表", "—", ""], "没有可对应的问题"),
        (["每个村每月收到报表约25份", "每个村(社区)每月收到的报表数", "二十来份"], "被拒绝"),
        (["每个村每月收到报表约30份", "每个村(社区)每月收到的报表数", "约30"], "不在自述原文中"),
    ],
)
def test_a_fact_without_a_place_fails(kb: Any, row: list[str], message: str) -> None:
    with pytest.raises(AssertionError, match=message):
        facts_table(kb, _county(), [HEADER, row])


def test_a_title_the_questionnaire_lacks_fails(kb: Any) -> None:
    with pytest.raises(AssertionError, match="没有标题为"):
        facts_table(kb, _county(), [HEADER, ["村干部主要在填表", "村干部的心情", "好"]])


def test_the_capture_measure_reads_every_fact_table() -> None:
    """benchmarks/narrative_capture.py counts the same facts the suite checks (its figures are in docs/answers.md)."""
    import importlib.util

    from conftest import RULES

    path = RULES.parent / "benchmarks" / "narrative_capture.py"
    spec = importlib.util.spec_from_file_location("narrative_capture", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = module.facts(RULES.parent / "features" / "narratives")
    text = "\n".join(p.read_text("utf-8") for p in (RULES.parent / "features" / "narratives").glob("*.feature"))
    assert len({r["scenario"] for r in rows}) == text.count("场景:") >= 12
    assert len(rows) == sum(1 for line in text.splitlines() if line.strip().startswith("|")) - text.count("| 事实 |")
