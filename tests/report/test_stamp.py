"""Every report names the knowledge base and the program (with their two versions) that made it."""

from __future__ import annotations

import json

import pytest

import diagnose
from diagnose.batch.evaluate import evaluate_item
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.html import render_html
from diagnose.report.markdown import render_markdown
from diagnose.report.model import Report, dump_json
from diagnose.report.text import render

RECORD = {"county": {"id": "s", "name": "测试县"}, "answers": {"grid_in_use": True, "grid_patrol_time_pct": 80}}


@pytest.fixture(scope="module")
def report(kb: KnowledgeBase) -> Report:
    result = evaluate_item(kb, Item(1, value=RECORD), "en")
    assert isinstance(result, Report)
    return result


def test_json_has_the_tool_after_the_knowledge_base(report: Report) -> None:
    data = json.loads(dump_json(report, None))
    assert data["tool"] == {"name": "county-diagnose", "version": diagnose.__version__}
    # added at the end: earlier fields keep their places (coverage came after the tool stamp)
    assert list(data)[-3:] == ["knowledge_base", "tool", "coverage"]


def test_a_report_from_before_the_tool_stamp_still_validates(report: Report) -> None:
    old = json.loads(dump_json(report, None))
    del old["tool"]
    assert Report.model_validate(old).tool is None
    assert "tool" not in Report.model_json_schema()["required"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_rendering_shows_both_versions(kb: KnowledgeBase, lang: str) -> None:
    result = evaluate_item(kb, Item(1, value=RECORD), lang)
    assert isinstance(result, Report)
    kb_version, tool_version = result.knowledge_base.version, diagnose.__version__
    assert kb_version != tool_version
    label = {"zh": "程序", "en": "Program"}[lang]
    text = render(kb, result, lang)
    assert f" {kb_version} (" in text and f"{label}: county-diagnose {tool_version}\n" in text
    markdown = render_markdown(kb, result, lang)
    assert f" {kb_version} (" in markdown and f"county-diagnose {tool_version}" in markdown
    html = render_html(kb, [result], lang)
    footer = html[html.index('<footer class="stamp">') :]
    footer = footer[: footer.index("</footer>")]
    assert f" {kb_version} (" in footer and f"county-diagnose {tool_version}" in footer


def test_the_summary_page_shows_both_versions(kb: KnowledgeBase, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from diagnose.report.summary import BatchSummary

    summary = BatchSummary(kb, "en")
    summary.add(evaluate_item(kb, Item(1, value=RECORD), "en"), 1)
    summary.write(tmp_path / "summary.html")
    page = (tmp_path / "summary.html").read_text(encoding="utf-8")
    assert f"{kb.meta.id} {kb.meta.version}," in page
    assert f"Program: county-diagnose {diagnose.__version__}" in page
