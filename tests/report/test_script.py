"""Quotes in traditional script shown in simplified characters on request, the originals kept."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from diagnose.batch.evaluate import evaluate_item
from diagnose.cli import main
from diagnose.i18n import t
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.html import render_html
from diagnose.report.markdown import render_markdown
from diagnose.report.model import Citation, Report
from diagnose.report.script import to_simplified
from diagnose.report.text import render

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "partly_answered.json"


@pytest.fixture(scope="module")
def reports(kb: KnowledgeBase) -> dict[str, Report]:
    out = {}
    for lang in ("zh", "en"):
        r = evaluate_item(kb, Item(1, value=json.loads(EXAMPLE.read_text(encoding="utf-8"))), lang)
        assert isinstance(r, Report)
        out[lang] = r
    return out


def cites(r: Report) -> list[Citation]:
    out = [c for d in r.diagnoses for c in d.references + [c for s in d.signs for c in s.references]]
    return (
        out
        + [c for x in r.recommendations for c in x.references]
        + [c for m in r.contraindicated for c in m.references]
    )


def test_conversion_is_opencc_t2s() -> None:
    assert to_simplified("追求名詞標新而忽視實質行動") == "追求名词标新而忽视实质行动"
    assert to_simplified("细化时间表、路线图、任务书") == "细化时间表、路线图、任务书"  # simplified stays as it is


def test_text_report_shows_simplified_quotes_and_keeps_the_originals(kb: KnowledgeBase, reports: dict) -> None:
    r = reports["zh"]
    plain, simple = render(kb, r, "zh"), render(kb, r, "zh", simplified=True)
    # the quotes the text report shows (it shows the first two of a recommendation's) in traditional script
    traditional = [c for c in cites(r) if to_simplified(c.quote) != c.quote and f"「{c.quote}」" in plain]
    assert len(traditional) >= 3  # the example quotes papers stored in traditional script
    body, originals = simple.split("\n" + t("quote_originals", "zh") + "\n", 1)
    for c in traditional:
        assert f"「{c.quote}」" not in body and f"「{to_simplified(c.quote)}」" in body
        assert f"「{c.quote}」" in originals  # the original, verbatim, in the bibliography
    numbers = [int(n) for n in re.findall(r"^  (\d+)\. 「", originals, re.M)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == len({c.quote for c in traditional})
    assert t("quote_originals", "zh") not in plain


def test_english_reports_keep_the_papers_script(kb: KnowledgeBase, reports: dict) -> None:
    r = reports["en"]
    assert render(kb, r, "en", simplified=True) == render(kb, r, "en")
    assert render_markdown(kb, r, "en", simplified=True) == render_markdown(kb, r, "en")


def test_markdown_and_html_bibliographies_give_both(kb: KnowledgeBase, reports: dict) -> None:
    r = reports["zh"]
    c = next(c for c in cites(r) if to_simplified(c.quote) != c.quote)
    md = render_markdown(kb, r, "zh", simplified=True)
    html = render_html(kb, [r], "zh", simplified=True)
    for doc in (md, html):
        assert to_simplified(c.quote) in doc
        assert t("quote_original", "zh", quote=c.quote) in doc.replace("\\", "")
    assert t("quote_original", "zh", quote=c.quote) not in render_markdown(kb, r, "zh")


def test_the_cli_option(kb: KnowledgeBase) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(EXAMPLE), "--format", "text", "--lang", "zh", "--simplified"])
    assert result.exit_code == 0, result.output
    assert "「追求名词标新而忽视实质行动」" in result.output and t("quote_originals", "zh") in result.output
