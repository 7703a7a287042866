"""The HTML report comes from Jinja2 template files (autoescaped) that an office can replace."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from diagnose.batch.evaluate import evaluate_item
from diagnose.cli import main
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.chart import COLOURS
from diagnose.report.html import TEMPLATES, render_html
from diagnose.report.model import Report

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "multi_diagnosis.json"


def example(kb: KnowledgeBase) -> Report:
    r = evaluate_item(kb, Item(1, value=json.loads(EXAMPLE.read_text(encoding="utf-8"))), "zh")
    assert isinstance(r, Report)
    return r


def test_the_bundled_templates_are_files(kb: KnowledgeBase) -> None:
    names = {p.name for p in TEMPLATES.iterdir()}
    assert {"document.html.j2", "county.html.j2", "error.html.j2", "macros.html.j2", "report.css"} <= names
    html = render_html(kb, [example(kb)], "zh")
    assert (TEMPLATES / "report.css").read_text(encoding="utf-8") in html  # the stylesheet, inline
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    for band, colour in COLOURS.items():  # the badges keep the chart's colours
        assert f".badge.{band} {{ background: {colour}; }}" in css


def test_a_folder_of_templates_replaces_the_bundled_ones(kb: KnowledgeBase, tmp_path: Path) -> None:
    (tmp_path / "report.css").write_text("body { color: #123456; } /* 本县样式 */\n", encoding="utf-8")
    county = (TEMPLATES / "county.html.j2").read_text(encoding="utf-8")
    marked = county.replace('<p class="doc-kind">', '<p class="office-seal">{{ c.name }}</p><p class="doc-kind">', 1)
    (tmp_path / "county.html.j2").write_text(marked, encoding="utf-8")
    r = example(kb)
    html = render_html(kb, [r], "zh", template_dir=tmp_path)
    assert "#123456" in html and "本县样式" in html and "#9b1c1c" not in html  # the office's stylesheet
    assert f'<p class="office-seal">{r.county.name}</p>' in html  # and its county template
    assert 'class="summary"' in html  # the rest still comes from the bundled templates (macros, document)
    assert "#123456" not in render_html(kb, [r], "zh")  # the bundled ones are untouched


def test_values_are_escaped_even_in_an_office_template(kb: KnowledgeBase, tmp_path: Path) -> None:
    (tmp_path / "county.html.j2").write_text("<p>{{ c.name }}</p>", encoding="utf-8")
    record = {"county": {"id": "x", "name": "<script>alert(1)</script>"}, "answers": {}}
    r = evaluate_item(kb, Item(1, value=record), "zh")
    assert isinstance(r, Report)
    html = render_html(kb, [r], "zh", template_dir=tmp_path)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_the_cli_option(kb: KnowledgeBase, tmp_path: Path) -> None:
    (tmp_path / "report.css").write_text("body { color: #654321; }\n", encoding="utf-8")
    args = ["evaluate", str(EXAMPLE), "--format", "html", "--template", str(tmp_path), "--lang", "en"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "#654321" in result.output and "One-minute summary" in result.output
    missing = CliRunner().invoke(main, [*args[:4], "--template", str(tmp_path / "nope")])
    assert missing.exit_code == 2
