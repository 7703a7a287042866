"""The batch summary: CSV rows and prevalence, the HTML page, and atomic writes."""

from __future__ import annotations

import codecs
import csv
import gc
import io
import json
import weakref
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from diagnose.batch.evaluate import evaluate_item
from diagnose.i18n import t
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.model import ErrorRecord, Report
from diagnose.report.summary import BatchSummary, prevalence_path, summary_format

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))
NASTY = '<b>&"坏县'
BAD = {"county": {"id": "bad-1", "name": NASTY}, "answers": {"grid_patrol_time_pct": 150}}


def results(kb: KnowledgeBase, lang: str = "zh") -> list[Report | ErrorRecord]:
    """The bundled examples in file order, then an invalid record and an unreadable one."""
    items = [Item(n, value=json.loads(p.read_text(encoding="utf-8"))) for n, p in enumerate(EXAMPLES, 1)]
    items.append(Item(len(items) + 1, value=BAD))
    items.append(Item(len(items) + 1, error="not valid JSON"))
    return [evaluate_item(kb, item, lang) for item in items]


def summary_of(kb: KnowledgeBase, batch: list[Report | ErrorRecord], lang: str = "zh") -> BatchSummary:
    s = BatchSummary(kb, lang)
    for n, result in enumerate(batch, 1):
        s.add(result, n)
    return s


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def only(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.fixture(scope="module")
def batch(kb: KnowledgeBase) -> list[Report | ErrorRecord]:
    return results(kb)


def test_csv_one_row_per_record_in_order_with_the_bands(kb: KnowledgeBase, batch: list, tmp_path: Path) -> None:
    out = tmp_path / "summary.csv"
    summary_of(kb, batch).write(out)
    rows = read_csv(out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    assert header == ["record", "county_id", "county_name", "status", *kb.diagnoses]
    assert len(rows) == len(batch) == len(EXAMPLES) + 2
    assert [r["record"] for r in rows] == [str(n) for n in range(1, len(batch) + 1)]
    for row, result in zip(rows, batch, strict=True):
        if isinstance(result, Report):
            assert (row["county_id"], row["status"]) == (result.county.id, "ok")
            assert row["county_name"] == (result.county.name or "")
            expected = {d.id: d.severity for d in result.diagnoses} | {
                n.id: "not_assessed" for n in result.not_assessed
            }
            assert {d: row[d] for d in kb.diagnoses} == {d: expected.get(d, "") for d in kb.diagnoses}
        else:
            assert row["status"] == "error"
            assert all(row[d] == "" for d in kb.diagnoses)
    by_id = {r["county_id"]: r for r in rows}
    assert by_id["example-multi"]["over_expansion"] == "severe"
    assert all(by_id["example-well-governed"][d] == "" for d in kb.diagnoses)
    assert "not_assessed" in by_id["example-partial"].values()
    assert (by_id["bad-1"]["county_name"], by_id["bad-1"]["status"]) == (NASTY, "error")
    assert (rows[-1]["county_id"], rows[-1]["status"]) == ("", "error")  # unreadable: no county at all


def test_csv_is_utf8_with_one_bom_and_crlf_rows(kb: KnowledgeBase, batch: list, tmp_path: Path) -> None:
    out = tmp_path / "summary.csv"
    summary_of(kb, batch).write(out)
    for path in (out, prevalence_path(out)):
        raw = path.read_bytes()
        assert raw.startswith(codecs.BOM_UTF8) and not raw[3:].startswith(codecs.BOM_UTF8)
        text = raw[3:].decode("utf-8")
        assert "\r\r" not in text and text.endswith("\r\n")
    assert "示范县" in out.read_bytes()[3:].decode("utf-8")


def test_prevalence_counts_shares_titles_and_order(kb: KnowledgeBase, batch: list, tmp_path: Path) -> None:
    out = tmp_path / "run.csv"
    summary_of(kb, batch).write(out)
    assert prevalence_path(out) == tmp_path / "run-prevalence.csv"
    rows = read_csv(tmp_path / "run-prevalence.csv")
    assert list(rows[0]) == ["kind", "id", "title", "counties", "share_pct", "assessed", "not_assessed"]
    reports = [r for r in batch if isinstance(r, Report)]
    expected = {
        "diagnosis": Counter(d.id for r in reports for d in r.diagnoses),
        "not_assessed": Counter(n.id for r in reports for n in r.not_assessed),
        "mechanism": Counter(m for r in reports for m in {x.mechanism for x in r.recommendations}),
    }
    got: dict[str, dict[str, int]] = {k: {} for k in expected}
    for row in rows:
        got[row["kind"]][row["id"]] = int(row["counties"])
        # a diagnosis's denominator is the counties where it was assessed; the rest are counted beside it
        na = expected["not_assessed"][row["id"]] if row["kind"] == "diagnosis" else 0
        assert (int(row["assessed"]), int(row["not_assessed"])) == (len(reports) - na, na)
        assert row["share_pct"] == f"{100 * int(row['counties']) / (len(reports) - na):.1f}"
        table = kb.mechanisms if row["kind"] == "mechanism" else kb.diagnoses
        assert row["title"] == table[row["id"]].title.zh
    for kind, counts in expected.items():
        assert {k: v for k, v in got[kind].items() if v} == dict(counts), kind
    # every diagnosis and mechanism has its row, reached or not
    assert set(got["diagnosis"]) == set(got["not_assessed"]) == set(kb.diagnoses)
    assert set(got["mechanism"]) == set(kb.mechanisms)
    assert got["diagnosis"]["over_expansion"] >= 1
    # kind in the order diagnosis, not_assessed, mechanism; then count descending; then id
    order = {"diagnosis": 0, "not_assessed": 1, "mechanism": 2}
    keys = [(order[r["kind"]], -int(r["counties"]), r["id"]) for r in rows]
    assert keys == sorted(keys)


def test_prevalence_denominators_leave_out_counties_not_assessed(kb: KnowledgeBase, tmp_path: Path) -> None:
    full = json.loads(next(p for p in EXAMPLES if p.name == "multi_diagnosis.json").read_text(encoding="utf-8"))
    s = BatchSummary(kb, "zh")
    s.add(evaluate_item(kb, Item(1, value=full), "zh"), 1)
    s.add(evaluate_item(kb, Item(2, value={"county": {"id": "blank"}, "answers": {}}), "zh"), 2)
    s.write(tmp_path / "s.csv")
    s.write(tmp_path / "s.html")
    first = evaluate_item(kb, Item(1, value=full), "zh")
    assert isinstance(first, Report)
    reached = {d.id for d in first.diagnoses}
    rows = {(r["kind"], r["id"]): r for r in read_csv(tmp_path / "s-prevalence.csv")}
    for did in kb.diagnoses:
        row = rows[("diagnosis", did)]
        assert (row["assessed"], row["not_assessed"]) == ("1", "1")  # the blank county is beside, not below
        assert row["share_pct"] == ("100.0" if did in reached else "0.0")
    assert {rows[("mechanism", m)]["assessed"] for m in kb.mechanisms} == {"2"}
    html = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert t("summary_assessed", "zh") in html and '<td class="num assessed">1</td>' in html


def test_prevalence_titles_follow_the_language(kb: KnowledgeBase, batch: list, tmp_path: Path) -> None:
    out = tmp_path / "en.csv"
    summary_of(kb, batch, "en").write(out)
    rows = read_csv(prevalence_path(out))
    assert {r["title"] for r in rows if r["id"] == "over_expansion"} == {kb.diagnoses["over_expansion"].title.en}


def test_html_page(kb: KnowledgeBase, batch: list, tmp_path: Path) -> None:
    out = tmp_path / "summary.html"
    summary_of(kb, batch).write(out)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in page
    for result in batch:
        if isinstance(result, Report):
            assert result.county.id in page and (result.county.name or "") in page
    for d in kb.diagnoses.values():
        assert f'title="{d.id}">{d.title.zh}</th>' in page  # column header: title, id as tooltip
    for m in kb.mechanisms.values():
        assert m.title.zh in page
    assert "&lt;b&gt;&amp;&quot;坏县" in page and NASTY not in page
    assert page.count('<tr class="err">') == 2
    assert 'class="c severe" title="over_expansion"' in page
    lowered = page.lower()
    for outside in ("<script", "http://", "https://", "src=", "<link", "@import", "url("):
        assert outside not in lowered, outside
    assert "<style>" in page


def test_html_in_english_and_htm_suffix(kb: KnowledgeBase, batch: list, tmp_path: Path) -> None:
    out = tmp_path / "SUMMARY.HTM"
    summary_of(kb, batch, "en").write(out)
    page = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and kb.diagnoses["over_expansion"].title.en in page
    assert only(out) == ["SUMMARY.HTM"]


def test_output_is_deterministic(kb: KnowledgeBase, batch: list, tmp_path: Path) -> None:
    for name in ("a.html", "a.csv"):
        summary_of(kb, batch).write(tmp_path / name)
        first = (tmp_path / name).read_bytes()
        summary_of(kb, results(kb)).write(tmp_path / name)
        assert (tmp_path / name).read_bytes() == first


@pytest.mark.parametrize("name", ["summary.json", "summary.txt", "summary", "summary.csv.gz", "summary.xls"])
def test_a_bad_suffix_raises_and_writes_nothing(kb: KnowledgeBase, batch: list, tmp_path: Path, name: str) -> None:
    s = summary_of(kb, batch)
    with pytest.raises(ValueError, match=r"\.csv.*\.html"):
        s.write(tmp_path / name)
    with pytest.raises(ValueError, match="must end in"):
        summary_format(tmp_path / name, "en")
    assert list(tmp_path.iterdir()) == []


def test_only_the_summary_files_are_left(kb: KnowledgeBase, batch: list, tmp_path: Path) -> None:
    s = summary_of(kb, batch)
    s.write(tmp_path / "s.csv")
    s.write(tmp_path / "s.html")
    assert only(tmp_path / "x") == ["s-prevalence.csv", "s.csv", "s.html"]


def test_a_failure_while_writing_leaves_the_old_file_and_no_temp_file(
    kb: KnowledgeBase, batch: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "s.html"
    out.write_text("old", encoding="utf-8")

    def broken(self: BatchSummary) -> Iterator[str]:
        yield "<!DOCTYPE html>"
        raise RuntimeError("disk full")

    monkeypatch.setattr(BatchSummary, "_html", broken)
    with pytest.raises(RuntimeError):
        summary_of(kb, batch).write(out)
    assert out.read_text(encoding="utf-8") == "old" and only(out) == ["s.html"]

    monkeypatch.setattr(BatchSummary, "_table_rows", lambda self: iter([["a"], 1]))  # a bad row mid-file
    with pytest.raises(csv.Error):
        summary_of(kb, batch).write(tmp_path / "s.csv")
    assert only(out) == ["s.html"]


def test_reports_are_not_kept(kb: KnowledgeBase) -> None:
    report = results(kb)[1]
    assert isinstance(report, Report)
    ref = weakref.ref(report)
    s = BatchSummary(kb, "zh")
    s.add(report, 1)
    del report
    gc.collect()
    assert ref() is None and s.rows()[0].cells["over_expansion"] == "severe"


def test_rows_are_written_in_record_order_and_formulas_are_neutralised(kb: KnowledgeBase, tmp_path: Path) -> None:
    s = BatchSummary(kb, "zh")
    formula = {"county": {"id": "=cmd|' /C calc'!A0", "name": "@SUM(1+1)"}, "answers": {"grid_in_use": False}}
    s.add(evaluate_item(kb, Item(2, value=formula), "zh"), 2)
    s.add(evaluate_item(kb, Item(1, error="x"), "zh"), 1)
    s.write(tmp_path / "s.csv")
    rows = read_csv(tmp_path / "s.csv")
    assert [r["record"] for r in rows] == ["1", "2"]
    assert (rows[1]["county_id"], rows[1]["county_name"]) == ("'=cmd|' /C calc'!A0", "'@SUM(1+1)")


def test_no_evaluated_county_gives_empty_shares(kb: KnowledgeBase, tmp_path: Path) -> None:
    s = BatchSummary(kb, "en")
    s.add(evaluate_item(kb, Item(1, value=BAD), "en"), 1)
    s.write(tmp_path / "s.csv")
    s.write(tmp_path / "s.html")
    rows = read_csv(tmp_path / "s-prevalence.csv")
    assert rows and all(r["counties"] == "0" and r["share_pct"] == "" for r in rows)
    assert len(read_csv(tmp_path / "s.csv")) == 1


def test_csv_sink_round_trips_quotes_and_newlines(kb: KnowledgeBase, tmp_path: Path) -> None:
    s = BatchSummary(kb, "zh")
    name = '一,二"三\n四'
    s.add(evaluate_item(kb, Item(1, value={"county": {"id": "q", "name": name}, "answers": {}}), "zh"), 1)
    s.write(tmp_path / "s.csv")
    assert read_csv(tmp_path / "s.csv")[0]["county_name"] == name
    assert list(csv.reader(io.StringIO((tmp_path / "s.csv").read_text(encoding="utf-8-sig"))))[1][2] == name
