from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape  # what the templates' autoescaping does (`"` becomes &#34;)

from diagnose.batch.evaluate import evaluate_item
from diagnose.i18n import t
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.chart import COLOURS, PAD, WIDTH, ChartRow, bar_chart, text_width, wrap
from diagnose.report.html import render_html
from diagnose.report.markdown import quoted
from diagnose.report.model import Citation, ErrorRecord, Report

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
VOID = {"meta", "br", "col", "img", "link", "input", "hr", "wbr", "source"}


class Doc(HTMLParser):
    """Elements with their attributes, the text of each article, and a check that tags nest."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.stack: list[str] = []
        self.text: list[str] = []
        self.articles: list[dict[str, Any]] = []
        self.decl = ""
        self.feed(html)
        self.close()
        assert not self.stack, self.stack

    def handle_decl(self, decl: str) -> None:
        self.decl = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.elements.append((tag, a))
        if tag == "article":
            self.articles.append({"attrs": a, "text": [], "elements": []})
        if self.in_article():
            self.articles[-1]["elements"].append((tag, a))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.elements.append((tag, a))
        if self.in_article():
            self.articles[-1]["elements"].append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.in_article():
            self.articles[-1]["text"].append(data)

    def in_article(self) -> bool:
        return "article" in self.stack or (bool(self.elements) and self.elements[-1][0] == "article")

    def all(self, tag: str, cls: str | None = None) -> list[dict[str, str]]:
        return [a for tg, a in self.elements if tg == tag and (cls is None or cls in a.get("class", "").split())]


def report(kb: KnowledgeBase, record: dict[str, Any], lang: str, n: int = 1) -> Report | ErrorRecord:
    return evaluate_item(kb, Item(n, value=record), lang)


def example(kb: KnowledgeBase, name: str, lang: str) -> Report:
    r = report(kb, json.loads((EXAMPLES / name).read_text(encoding="utf-8")), lang)
    assert isinstance(r, Report)
    return r


def citations(r: Report) -> list[Citation]:
    cites: list[Citation] = []
    for d in r.diagnoses:
        cites += d.references + [c for s in d.signs for c in s.references]
    cites += [c for m in r.contraindicated for c in m.references]  # a held-back mechanism cites its reason
    return cites + [c for rec in r.recommendations for c in rec.references]


def text_of(doc: Doc) -> str:
    return "".join(doc.text)


@pytest.mark.parametrize(("lang", "html_lang"), [("zh", "zh-CN"), ("en", "en")])
def test_one_self_contained_html5_document(kb: KnowledgeBase, lang: str, html_lang: str) -> None:
    html = render_html(kb, [example(kb, "multi_diagnosis.json", lang)], lang)
    assert html.startswith("<!DOCTYPE html>\n")
    doc = Doc(html)
    assert doc.decl.lower() == "doctype html"
    assert doc.all("html") == [{"lang": html_lang}]
    assert {"charset": "utf-8"} in doc.all("meta")
    assert len(doc.all("style")) == 1 and not doc.all("script") and not doc.all("link") and not doc.all("img")
    assert not any("src" in a for _, a in doc.elements)
    assert all(a["href"].startswith("#") for a in doc.all("a"))  # only links within the page
    assert re.findall(r"https?://[^\s\"'<>]+", html) == ["http://www.w3.org/2000/svg"]  # the SVG namespace only
    assert "url(" not in html and "@import" not in html
    for font in ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "sans-serif"):
        assert font in html
    assert "@media print" in html and "break-before: page" in html and "@page" in html


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_same_content_as_the_markdown(kb: KnowledgeBase, lang: str) -> None:
    r = example(kb, "multi_diagnosis.json", lang)
    doc = Doc(render_html(kb, [r], lang))
    text = text_of(doc)
    assert t("report_title", lang) in text and (r.county.name or "") in text
    for i, d in enumerate(r.diagnoses, 1):
        assert f"{i}. {d.title}" in text
        assert all(s.title in text for s in d.signs)
    for rec in r.recommendations:
        assert rec.title in text and rec.mechanism in text
    for m in r.contraindicated:
        assert m.title in text
    for key in ("ov_title", "diagnoses", "signs", "recommendations", "contraindicated", "doc_bibliography"):
        assert t(key, lang) in text
    severity = [d.severity for d in r.diagnoses]
    counts = {band: severity.count(band) for band in ("severe", "warning", "watch")}
    picture = t("ov_found", lang, n=len(r.diagnoses), absent=len(r.ruled_out), na=len(r.not_assessed), **counts)
    assert picture in text
    assert len(doc.all("pre", "how")) == len(r.diagnoses)


def test_recommendations_one_table_numbered_in_the_order_shown(kb: KnowledgeBase) -> None:
    r = example(kb, "multi_diagnosis.json", "zh")
    html = render_html(kb, [r], "zh")
    doc = Doc(html)
    assert len({rec.level for rec in r.recommendations}) >= 2
    assert [a["class"] for a in doc.all("table", "recs")] == ["recs"]
    rows = [a["id"] for a in doc.all("tr") if a.get("id", "").startswith("c1-m")]
    assert rows == [f"c1-m{k}" for k in range(1, len(r.recommendations) + 1)]  # in document order
    for k, rec in enumerate(r.recommendations, 1):  # each row names who acts
        row = html.split(f'<tr id="c1-m{k}">', 1)[1].split("</tr>", 1)[0]
        assert f'<td class="num">{k}</td>' in row and escape(rec.title) in row
        assert f'<span class="level level-{rec.level}">{t("level_" + rec.level, "zh")}</span>' in row


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_quote_is_a_footnote_linked_to_the_bibliography(kb: KnowledgeBase, lang: str) -> None:
    r = example(kb, "multi_diagnosis.json", lang)
    doc = Doc(render_html(kb, [r], lang))
    entries = {a["id"]: a for a in doc.all("li", "quote")}
    targets = {a["href"][1:] for a in doc.all("a") if "-fn-" in a["href"]}
    assert targets == set(entries)  # every footnote points at an entry, every entry is cited
    ids = [a["id"] for _, a in doc.elements if "id" in a]
    assert len(ids) == len(set(ids))  # anchors are unique
    text = text_of(doc)
    keys = {(c.source, c.cite, c.locator, c.quote) for c in citations(r)}
    assert len(entries) == len(keys)
    for c in citations(r):
        assert quoted(c, lang) in text and c.quote in text


def test_svg_chart_one_bar_per_diagnosis(kb: KnowledgeBase) -> None:
    for name, lang in (("multi_diagnosis.json", "zh"), ("partly_answered.json", "en"), ("gathering_county.json", "en")):
        r = example(kb, name, lang)
        html = render_html(kb, [r], lang)
        doc = Doc(html)
        assert len(doc.all("svg")) == 1
        svg = doc.all("svg")[0]
        assert svg["role"] == "img" and svg["aria-labelledby"] == "c1-chart-title c1-chart-desc"
        assert {"id": "c1-chart-title"} in doc.all("title") and {"id": "c1-chart-desc"} in doc.all("desc")
        bars = doc.all("rect", "bar")
        assert len(bars) == len(r.diagnoses)
        span = WIDTH - 2 * PAD
        for bar, d in zip(bars, r.diagnoses, strict=True):
            assert bar["class"] == f"bar bar-{d.severity}" and bar["fill"] == COLOURS[d.severity]
            assert abs(float(bar["width"]) - span * d.certainty) <= 0.1
        assert len(doc.all("text", "threshold-label")) == 3
        text = text_of(doc)
        for band in ("watch", "warning", "severe"):
            assert f"{t(band, lang)} {kb.diagnoses[r.diagnoses[0].id].severity.model_dump()[band]:.2f}" in text
        for d in r.diagnoses:
            assert d.title in text


def test_batch_holds_every_county_with_page_breaks_and_error_records(kb: KnowledgeBase) -> None:
    results = [
        example(kb, "multi_diagnosis.json", "zh"),
        report(kb, {"county": {"id": "bad", "name": "错县"}, "answers": {"grid_in_use": 5}}, "zh", 2),
        example(kb, "partly_answered.json", "zh"),
        evaluate_item(kb, Item(4, error="不是有效的 JSON"), "zh"),
    ]
    html = render_html(kb, results, "zh")
    doc = Doc(html)
    assert [a["id"] for a in doc.all("article")] == ["c1", "c2", "c3", "c4"]
    assert [a["class"] for a in doc.all("article")] == ["county", "county error", "county", "county error"]
    contents = [a["href"] for a in doc.all("a") if re.fullmatch(r"#c\d+", a["href"])]
    assert contents == ["#c1", "#c2", "#c3", "#c4"]  # the contents list links to each county
    assert "body > article.county:not(:first-child) { break-before: page; page-break-before: always; }" in html
    assert len(doc.all("svg")) == 2
    assert len(doc.all("rect", "bar")) == sum(len(r.diagnoses) for r in results if isinstance(r, Report))
    err = "".join(doc.articles[1]["text"])
    assert "第 2 条记录有误 (错县 / bad)" in err and "answers.grid_in_use" in err
    bad = results[1]
    assert isinstance(bad, ErrorRecord) and bad.error.problems[0].message in err
    assert "第 4 条记录有误" in "".join(doc.articles[3]["text"]) and "不是有效的 JSON" in html
    assert f"({t('doc_batch', 'zh', n=4)})</title>" in html
    for k in (1, 3):  # each county's footnotes point into its own bibliography
        fns = {a["href"][1:] for tg, a in doc.articles[k - 1]["elements"] if tg == "a" and "-fn-" in a["href"]}
        assert fns and all(f.startswith(f"c{k}-fn-") for f in fns)


def test_every_text_is_escaped(kb: KnowledgeBase) -> None:
    nasty = '<b>&"'
    r = report(kb, {"county": {"id": "x<y>", "name": nasty}, "answers": {"grid_in_use": False}}, "en")
    html = render_html(kb, [r], "en")
    assert nasty not in html and "<b>" not in html and "x<y>" not in html
    assert escape(nasty) in html and escape("x<y>") in html
    doc = Doc(html)
    assert nasty in text_of(doc) and "x<y>" in text_of(doc)
    assert not doc.all("b") and not doc.all("y")
    err = report(kb, {"county": {"id": "<script>", "name": nasty}, "answers": {"q<>": 1}}, "zh")
    html = render_html(kb, [err], "zh")
    assert "<script>" not in html and escape("<script>") in html and nasty not in html
    assert unescape(html).count(nasty) >= 1


def test_empty_batch_and_no_diagnosis(kb: KnowledgeBase) -> None:
    assert t("empty_input", "en") in render_html(kb, [], "en")
    r = report(kb, {"county": {"id": "q"}, "answers": {}}, "zh")
    doc = Doc(render_html(kb, [r], "zh"))
    assert len(doc.all("svg")) == 1 and not doc.all("rect", "bar")
    assert t("nothing_assessed", "zh") in text_of(doc) and t("no_recommendation", "zh") in text_of(doc)
    assert "未发现" not in text_of(doc) and doc.all("p", "verdict-nothing_assessed")


def test_same_input_same_bytes(kb: KnowledgeBase) -> None:
    def once() -> str:
        return render_html(
            kb, [example(kb, "multi_diagnosis.json", "zh"), example(kb, "gathering_county.json", "zh")], "zh"
        )

    assert once() == once()


def test_chart_marks_thresholds_per_row_and_wraps_long_labels() -> None:
    rows = [
        ChartRow("A", 0.5, 0.9, "watch", (0.3, 0.6, 0.85)),
        ChartRow("B " * 80, 0.7, 0.7, "warning", (0.2, 0.5, 0.8)),
    ]
    svg = bar_chart(rows, "en", "t")
    doc = Doc(svg)
    assert len(doc.all("rect", "bar")) == 2 and len(doc.all("rect", "possible")) == 1
    assert not doc.all("text", "threshold-label")  # bands differ: no common labels, a mark on each row instead
    assert len(doc.all("line", "threshold")) == 6
    assert "A: watch ≥ 0.30" in text_of(doc) and "0.20" in text_of(doc)
    assert len(doc.all("text", "label")) > 2  # the long label took several lines
    lines = wrap("伪创新" * 40, 130)
    assert len(lines) == 12 and all(text_width(x) <= 130 for x in lines) and "".join(lines) == "伪创新" * 40
    assert wrap("one two three", 1000) == ["one two three"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_html_and_markdown_say_whose_claim_and_mark_principles(kb: KnowledgeBase, lang: str) -> None:
    from diagnose.report.markdown import render_markdown

    answers = {
        "expand_has_extension": True,
        "expand_years_since_start": 3,
        "expand_field_count": 6,
        "expand_core_goal_written": False,
        "expand_site_share_pct": 30,
        "expand_has_timetable": True,
        "expand_has_multiyear_plan": True,
        "expand_targets_met_pct": 80,
        "expand_campaign_task_pct": 10,
        "coord_separate_systems": 6,
        "digital_work_groups": 30,
    }
    r = report(kb, {"county": {"id": "t"}, "answers": answers}, lang)
    assert isinstance(r, Report)
    html, markdown = render_html(kb, [r], lang), render_markdown(kb, r, lang)
    for doc in (unescape(html), markdown.replace("\\", "")):
        assert t("kind_principle", lang) in doc
        assert t("claim_paper", lang, authors="卜熙") in doc
        assert "势能转化的经过就是治理拓展的过程" in doc  # the held-back mechanism cites its reason
        title = kb.diagnoses["line_block_fragmentation"].title.get(lang)
        assert t("held_back", lang, diagnoses=title) in doc  # 一网统管 held back, and for what
