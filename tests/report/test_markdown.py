from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from diagnose.batch.evaluate import evaluate_item
from diagnose.i18n import t
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.markdown import Bibliography, md, quoted, render_markdown
from diagnose.report.model import Citation, ErrorRecord, Report
from diagnose.report.text import how_lines

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def report(kb: KnowledgeBase, record: dict[str, Any], lang: str) -> Report:
    result = evaluate_item(kb, Item(1, value=record), lang)
    assert isinstance(result, Report), result
    return result


def example(kb: KnowledgeBase, name: str, lang: str) -> Report:
    return report(kb, json.loads((EXAMPLES / name).read_text(encoding="utf-8")), lang)


def all_citations(r: Report) -> list[Citation]:
    cites: list[Citation] = []
    for d in r.diagnoses:
        cites += d.references
        for s in d.signs:
            cites += s.references
    for rec in r.recommendations:
        cites += rec.references
    for m in r.contraindicated:
        cites += m.references
    return cites


def split_bibliography(text: str) -> tuple[str, dict[int, str]]:
    """The body (before the footnote definitions) and the definitions by number."""
    defs = {int(m.group(1)): m.group(2) for m in re.finditer(r"^\[\^(\d+)\]: (.*)$", text, re.M)}
    body = re.split(r"^\[\^1\]: ", text, maxsplit=1, flags=re.M)[0]
    return body, defs


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_diagnosis_sign_and_how_line_is_in_the_report(kb: KnowledgeBase, lang: str) -> None:
    r = example(kb, "multi_diagnosis.json", lang)
    text = render_markdown(kb, r, lang)
    assert text.startswith(f"# {md(t('report_title', lang))}")
    assert len(r.diagnoses) >= 3
    for i, d in enumerate(r.diagnoses, 1):
        assert f"### {i}. {md(d.title)} (`{d.id}`)" in text
        for s in d.signs:
            assert f"**{md(s.title)}** (CF {s.certainty:.2f})" in text
        for line in how_lines(kb, d, lang):
            assert line + "\n" in text  # inside the fenced HOW block, unescaped
    for m in r.contraindicated:
        assert md(m.title) in text
    assert f"{r.knowledge_base.version}" in text and r.knowledge_base.hash in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_quote_is_a_numbered_footnote(kb: KnowledgeBase, lang: str) -> None:
    r = example(kb, "multi_diagnosis.json", lang)
    text = render_markdown(kb, r, lang)
    body, defs = split_bibliography(text)
    assert f"## {md(t('doc_bibliography', lang))}" in text
    assert sorted(defs) == list(range(1, len(defs) + 1))  # numbered 1..n without gaps
    used = {int(n) for n in re.findall(r"\[\^(\d+)\]", body)}
    assert used == set(defs)  # every footnote is cited in the text and defined at the end
    for c in all_citations(r):
        entry = md(quoted(c, lang))
        numbers = [n for n, d in defs.items() if d == entry]
        assert len(numbers) == 1, c  # the same quote from the same place has one number
        assert c.quote in entry or md(c.quote) in entry
        assert c.cite in entry and md(c.locator) in entry
        assert entry.endswith(md(f"({c.attribution})")), entry  # whose claim it is, after the quote
    assert len(defs) == len({(c.source, c.cite, c.locator, c.quote) for c in all_citations(r)})


def test_the_first_footnotes_follow_the_first_diagnosis(kb: KnowledgeBase) -> None:
    r = example(kb, "multi_diagnosis.json", "zh")
    text = render_markdown(kb, r, "zh")
    _, defs = split_bibliography(text)
    first = r.diagnoses[0].references[0]
    assert defs[1] == md(quoted(first, "zh"))
    assert defs[1].endswith(f"「{first.quote}」({first.attribution})")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_summary_first_and_recommendations_numbered_in_the_order_shown(kb: KnowledgeBase, lang: str) -> None:
    r = example(kb, "multi_diagnosis.json", lang)
    text = render_markdown(kb, r, lang)
    assert text.index(f"## {md(t('ov_title', lang))}") < text.index(f"## {md(t('diagnoses', lang))}")
    levels = {rec.level for rec in r.recommendations}
    assert len(levels) >= 2  # the example has more than one level: grouping would break the order
    headings = [
        int(m) for m in re.findall(r"^### (\d+)\. ", text.split(f"## {md(t('recommendations', lang))}")[1], re.M)
    ]
    assert headings == list(range(1, len(r.recommendations) + 1))
    for k, rec in enumerate(r.recommendations, 1):
        assert f"### {k}. {md(rec.title)} (`{rec.mechanism}`)" in text
        assert f"| {k} | {md(rec.title)} | {md(t('level_' + rec.level, lang))} |" in text  # who acts, in the row


def test_not_assessed_is_one_line_per_diagnosis_with_the_questions_that_would_decide(kb: KnowledgeBase) -> None:
    r = example(kb, "partly_answered.json", "en")
    assert r.not_assessed and any(d.undetermined_signs for d in r.diagnoses)
    text = render_markdown(kb, r, "en")
    section = text.split(f"## {t('not_assessed', 'en')}", 1)[1].split("\n## ", 1)[0]
    items = [line for line in section.splitlines() if line.startswith("- ")]
    assert len(items) == len(r.not_assessed)
    for line, n in zip(items, r.not_assessed, strict=True):
        assert line.startswith(f"- **{md(n.title)}** (`{n.id}`)")
        positions = [line.index(f"(`{q}`)") for q in n.questions]
        assert positions == sorted(positions)  # in the report's order: by value of information


def test_error_record_names_record_paths_and_messages(kb: KnowledgeBase) -> None:
    record = {"county": {"id": "x"}, "answers": {"grid_in_use": 5, "no_such_question": 1}}
    result = evaluate_item(kb, Item(3, value=record), "zh")
    assert isinstance(result, ErrorRecord)
    text = render_markdown(kb, result, "zh")
    assert text.startswith("# 第 3 条记录有误 (x)")
    for p in result.error.problems:
        assert f"`{p.path}`" in text and md(p.message) in text
    en = render_markdown(kb, evaluate_item(kb, Item(1, error="not valid JSON"), "en"), "en")
    assert en.startswith("# record 1 is invalid\n") and "| `$` | not valid JSON |" in en


def test_county_name_and_input_text_are_escaped(kb: KnowledgeBase) -> None:
    r = report(kb, {"county": {"id": "a`b|c", "name": '<b>&"'}, "answers": {"grid_in_use": False}}, "en")
    text = render_markdown(kb, r, "en")
    assert "<b>" not in text and r"\<b\>\&" in text
    assert "``a`b|c``" in text
    bad = evaluate_item(kb, Item(1, value={"county": {"id": "<i>", "name": "*x*"}, "answers": {"x": 1}}), "en")
    out = render_markdown(kb, bad, "en")
    assert "<i>" not in out and r"\*x\*" in out


def test_nothing_assessed_is_not_nothing_found(kb: KnowledgeBase) -> None:
    text = render_markdown(kb, report(kb, {"county": {"id": "q"}, "answers": {}}, "zh"), "zh")
    assert t("nothing_assessed", "zh") in text and t("no_recommendation", "zh") in text
    assert "信息不足" in text and "未能评估" in text and "未发现" not in text
    assert "[^" not in text  # nothing quoted, no bibliography


def test_languages_do_not_mix(kb: KnowledgeBase) -> None:
    zh = render_markdown(kb, example(kb, "gathering_county.json", "zh"), "zh")
    en = render_markdown(kb, example(kb, "gathering_county.json", "en"), "en")
    for key in ("diagnoses", "recommendations", "ov_title", "doc_bibliography", "answers_used"):
        assert t(key, "zh") in zh and t(key, "en") in en
        assert t(key, "zh") not in split_bibliography(en)[0]  # the quotations and sections stay in the papers' script


def test_same_input_same_bytes(kb: KnowledgeBase) -> None:
    a = render_markdown(kb, example(kb, "multi_diagnosis.json", "zh"), "zh")
    b = render_markdown(kb, example(kb, "multi_diagnosis.json", "zh"), "zh")
    assert a == b and a.endswith("\n") and not a.endswith("\n\n")


def test_bibliography_numbers_repeat_for_the_same_quote() -> None:
    bib = Bibliography()
    c1 = Citation(source="s", cite="A 2020", locator="1", quote="一句话", claim="paper", attribution="A的论述")
    c2 = Citation(source="s", cite="A 2020", locator="2", quote="一句话", claim="paper", attribution="A的论述")
    assert bib.numbers([c1, c2, c1]) == [1, 2]
    assert bib.number(c1) == 1 and len(bib.entries) == 2
