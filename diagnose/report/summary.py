"""A batch summary: one row per county, then how often each diagnosis and mechanism came up.

`BatchSummary` is fed the batch's results one at a time and keeps only a small row per record (ids,
names, one band per diagnosis) and running counts — never the reports themselves — so a summary of a
long JSON Lines stream costs little memory. `write` gives

- `OUT.csv`: one row per record, one column per diagnosis, plus `OUT-prevalence.csv` beside it;
- `OUT.html` / `OUT.htm`: one self-contained page (inline CSS, no scripts, nothing fetched): a heatmap
  of counties × diagnoses and the prevalence tables.

Every file is written atomically; the same results always give byte-identical files.
"""

from __future__ import annotations

import codecs
import csv
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import IO, Any

import diagnose
from diagnose.i18n import t
from diagnose.io.atomic import atomic_writer
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.model import ErrorRecord, Report

OK, ERROR = "ok", "error"
BANDS = ("watch", "warning", "severe")
NOT_ASSESSED = "not_assessed"
KINDS = ("diagnosis", NOT_ASSESSED, "mechanism")  # the order of the prevalence file's sections
CSV_SUFFIXES = (".csv",)
HTML_SUFFIXES = (".html", ".htm")
XLSX_SUFFIXES = (".xlsx",)  # written by report/summary_xlsx.py
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MAX_PROBLEMS_TEXT = 500


def summary_format(path: str | Path, lang: str = "zh") -> str:
    """ "csv", "html" or "xlsx" from the file name; ValueError otherwise (callers may check before the batch runs)."""
    suffix = Path(path).suffix.lower()
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in HTML_SUFFIXES:
        return "html"
    raise ValueError(t("summary_bad_suffix", lang, path=str(path)))


def prevalence_path(path: str | Path) -> Path:
    """Where the prevalence CSV of the summary `path` goes: `<stem>-prevalence.csv` beside it."""
    p = Path(path)
    return p.with_name(f"{p.stem}-prevalence.csv")


@dataclass(slots=True)
class Row:
    """What the summary keeps of one record."""

    record: int
    county_id: str
    county_name: str
    status: str  # OK or ERROR
    cells: dict[str, str] = field(default_factory=dict)  # diagnosis id → band or NOT_ASSESSED; absent = not reached
    problems: str = ""  # error records: what was wrong, shortened
    certainty: dict[str, float] = field(default_factory=dict)  # diagnosis id → combined certainty (reached or not)


@dataclass(frozen=True, slots=True)
class PrevalenceRow:
    kind: str  # one of KINDS
    id: str
    title: str
    counties: int
    share_pct: str  # one decimal of `assessed`, or empty when no county was assessed
    # the denominator: for a diagnosis, the counties where it was assessed (reached or ruled out);
    # a county that could not be assessed is neither a case nor a non-case, and is counted beside it
    assessed: int = 0
    not_assessed: int = 0


def _text(value: Any) -> str:
    """A county field as text: strings as they are, anything else an invalid record carried as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)[:80]


def _share(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}" if total else ""


class BatchSummary:
    """Collects a batch's results, one at a time, and writes the summary as CSV or HTML."""

    def __init__(self, kb: KnowledgeBase, lang: str) -> None:
        self.kb = kb
        self.lang = "en" if lang == "en" else "zh"
        self._rows: list[Row] = []
        self._extra: list[str] = []  # diagnosis ids seen in reports but not in the knowledge base (another KB)
        self._reached: Counter[str] = Counter()
        self._bands: Counter[tuple[str, str]] = Counter()
        self._not_assessed: Counter[str] = Counter()
        self._mechanisms: Counter[str] = Counter()
        self._extra_mechanisms: list[str] = []

    # ------------------------------------------------------------------ collecting

    def add(self, result: Report | ErrorRecord, record: int) -> None:
        """Take one result (`record` is its 1-based position in the input); only a small row is kept."""
        if isinstance(result, ErrorRecord):
            county = result.county if isinstance(result.county, dict) else {}
            problems = "; ".join(f"{p.path}: {p.message}" for p in result.error.problems)
            if len(problems) > _MAX_PROBLEMS_TEXT:
                problems = problems[: _MAX_PROBLEMS_TEXT - 1] + "…"
            self._rows.append(Row(record, _text(county.get("id")), _text(county.get("name")), ERROR, problems=problems))
            return
        cells: dict[str, str] = {}
        certainty: dict[str, float] = {}
        for d in result.diagnoses:
            cells[d.id] = d.severity
            certainty[d.id] = d.certainty
            self._reached[d.id] += 1
            self._bands[(d.id, d.severity)] += 1
            self._note_diagnosis(d.id)
        for na in result.not_assessed:
            cells.setdefault(na.id, NOT_ASSESSED)
            certainty.setdefault(na.id, na.certainty)
            self._not_assessed[na.id] += 1
            self._note_diagnosis(na.id)
        for mechanism in {r.mechanism for r in result.recommendations}:
            self._mechanisms[mechanism] += 1
            if mechanism not in self.kb.mechanisms and mechanism not in self._extra_mechanisms:
                self._extra_mechanisms.append(mechanism)
        self._rows.append(Row(record, result.county.id, result.county.name or "", OK, cells, certainty=certainty))

    def _note_diagnosis(self, did: str) -> None:
        if did not in self.kb.diagnoses and did not in self._extra:
            self._extra.append(did)

    # ------------------------------------------------------------------ derived views

    @property
    def diagnosis_ids(self) -> list[str]:
        """The heatmap's columns: knowledge-base order, then any unknown ids in the order first seen."""
        return [*self.kb.diagnoses, *self._extra]

    @property
    def evaluated(self) -> int:
        """How many records gave a report (the denominator of every share)."""
        return sum(1 for r in self._rows if r.status == OK)

    def band_count(self, did: str, band: str) -> int:
        """How many evaluated records reached diagnosis `did` in `band`."""
        return self._bands[(did, band)]

    def rows(self) -> list[Row]:
        """The rows in input order (a stable sort, should results arrive out of order)."""
        return sorted(self._rows, key=lambda r: r.record)

    def _diagnosis_title(self, did: str) -> str:
        d = self.kb.diagnoses.get(did)
        return d.title.get(self.lang) if d else did

    def _mechanism_title(self, mid: str) -> str:
        m = self.kb.mechanisms.get(mid)
        return m.title.get(self.lang) if m else mid

    def prevalence(self) -> list[PrevalenceRow]:
        """Every diagnosis (reached; not assessed) and mechanism with its count, by kind, count desc, then id."""
        total = self.evaluated
        counts: dict[str, Counter[str]] = {
            "diagnosis": self._reached,
            NOT_ASSESSED: self._not_assessed,
            "mechanism": self._mechanisms,
        }
        out: list[PrevalenceRow] = []
        for kind in KINDS:
            title: Callable[[str], str]
            ids: list[str]
            if kind == "mechanism":
                ids = [*self.kb.mechanisms, *self._extra_mechanisms]
                title = self._mechanism_title
            else:
                ids = self.diagnosis_ids
                title = self._diagnosis_title
            rows = []
            for i in ids:
                na = self._not_assessed[i] if kind == "diagnosis" else 0
                assessed = total - na
                rows.append(
                    PrevalenceRow(kind, i, title(i), counts[kind][i], _share(counts[kind][i], assessed), assessed, na)
                )
            out.extend(sorted(rows, key=lambda r: (-r.counties, r.id)))
        return out

    # ------------------------------------------------------------------ writing

    def write(self, path: Path) -> None:
        """Write the summary: CSV (and `<stem>-prevalence.csv` beside it) or one HTML page, by suffix."""
        path = Path(path)
        fmt = summary_format(path, self.lang)  # raises before anything is written
        if fmt == "xlsx":
            raise ValueError(t("summary_bad_suffix", self.lang, path=str(path)))  # report/summary_xlsx.py writes it
        if fmt == "csv":
            self._write_csv(path, self._table_rows())
            prevalence = [["kind", "id", "title", "counties", "share_pct", "assessed", "not_assessed"]]
            prevalence += [
                [p.kind, p.id, p.title, str(p.counties), p.share_pct, str(p.assessed), str(p.not_assessed)]
                for p in self.prevalence()
            ]
            self._write_csv(prevalence_path(path), prevalence)
        else:
            with atomic_writer(path, "w") as f:
                for chunk in self._html():
                    f.write(chunk)

    def _table_rows(self) -> Iterator[list[str]]:
        ids = self.diagnosis_ids
        yield ["record", "county_id", "county_name", "status", *ids]
        for r in self.rows():
            cells = [r.cells.get(i, "") for i in ids]
            yield [str(r.record), _cell(r.county_id), _cell(r.county_name), r.status, *cells]

    @staticmethod
    def _write_csv(path: Path, rows: Iterable[list[str]]) -> None:
        # UTF-8 with a byte-order mark: Excel (as used in Chinese county offices) reads a CSV without one
        # in the system's legacy code page (GBK) and garbles every Chinese name; with it, Excel reads UTF-8.
        # Written as bytes so the csv module's \r\n line ends are not translated on any platform.
        with atomic_writer(path, "wb") as f:
            f.write(codecs.BOM_UTF8)
            writer = csv.writer(_Utf8Sink(f))
            writer.writerows(rows)

    # ------------------------------------------------------------------ HTML

    def _html(self) -> Iterator[str]:
        lang = self.lang
        ids = self.diagnosis_ids
        rows = self.rows()
        ok = self.evaluated
        title = t("summary_title", lang)
        yield "<!DOCTYPE html>\n"
        yield f'<html lang="{"en" if lang == "en" else "zh-CN"}">\n<head>\n<meta charset="utf-8">\n'
        # nothing may be fetched or run: the page is a self-contained document
        yield (
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        )
        yield '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        yield f"<title>{escape(title)}</title>\n<style>\n{_CSS}</style>\n</head>\n<body>\n"
        yield f"<h1>{escape(title)}</h1>\n"
        meta = self.kb.meta
        counts = t("summary_counts", lang, n=len(rows), ok=ok, errors=len(rows) - ok)
        kb_text = f"{t('kb', lang)}: {meta.title.get(lang)} ({meta.id} {meta.version}, {self.kb.content_hash[:12]})"
        kb_text += f"; {t('tool', lang)}: {diagnose.DISTRIBUTION} {diagnose.__version__}"
        yield f'<p class="meta">{escape(counts)}<br>{escape(kb_text)}</p>\n'

        # heatmap
        yield f"<h2>{escape(t('summary_heatmap', lang))}</h2>\n"
        yield f'<p class="legend">{escape(t("summary_legend", lang))}:'
        for band in BANDS:
            yield f' <span class="sw {band}">{escape(t(band, lang))}</span>'
        yield f' <span class="sw na">{escape(t("summary_na_short", lang))}</span>'
        yield f" <span>{escape(t('summary_absent', lang))}</span></p>\n"
        yield '<div class="scroll"><table class="heat">\n<thead><tr>'
        for key in ("summary_record", "summary_county_id", "summary_county_name", "summary_status"):
            yield f'<th scope="col">{escape(t(key, lang))}</th>'
        for did in ids:
            yield f'<th scope="col" class="d" title="{escape(did)}">{escape(self._diagnosis_title(did))}</th>'
        yield "</tr></thead>\n<tbody>\n"
        for r in rows:
            if r.status == ERROR:
                status = f'<td class="st" title="{escape(r.problems)}">{escape(t("summary_error", lang))}</td>'
                yield f'<tr class="err"><td class="n">{r.record}</td>'
            else:
                status = f'<td class="st">{escape(t("summary_ok", lang))}</td>'
                yield f'<tr><td class="n">{r.record}</td>'
            yield f'<td>{escape(r.county_id)}</td><th scope="row">{escape(r.county_name)}</th>{status}'
            for did in ids:
                value = r.cells.get(did, "")
                if value in BANDS:
                    yield f'<td class="c {value}" title="{escape(did)}">{escape(t(value, lang))}</td>'
                elif value == NOT_ASSESSED:
                    yield f'<td class="c na" title="{escape(did)}">{escape(t("summary_na_short", lang))}</td>'
                else:
                    yield '<td class="c"></td>'
            yield "</tr>\n"
        yield "</tbody></table></div>\n"

        # prevalence
        prevalence = self.prevalence()
        yield f"<h2>{escape(t('summary_prevalence_diagnoses', lang))}</h2>\n"
        yield f'<p class="meta">{escape(t("summary_shares_note", lang, ok=ok))}</p>\n'
        yield '<table class="prev">\n<thead><tr>'
        heads = [t("summary_diagnosis", lang), t("summary_id", lang), t("summary_reached", lang)]
        heads += [t(b, lang) for b in BANDS] + [t("summary_assessed", lang), t("summary_share", lang)]
        heads += [t("summary_na_short", lang)]
        yield "".join(f'<th scope="col">{escape(h)}</th>' for h in heads)
        yield "</tr></thead>\n<tbody>\n"
        for p in (p for p in prevalence if p.kind == "diagnosis"):
            bands = "".join(f'<td class="num">{self._bands[(p.id, b)]}</td>' for b in BANDS)
            yield (
                f'<tr><th scope="row">{escape(p.title)}</th><td class="id">{escape(p.id)}</td>'
                f'<td class="num">{p.counties}</td>{bands}<td class="num assessed">{p.assessed}</td>'
                f'{_bar_cell(p.counties, p.assessed)}<td class="num">{p.not_assessed}</td></tr>\n'
            )
        yield "</tbody></table>\n"
        yield f"<h2>{escape(t('summary_prevalence_mechanisms', lang))}</h2>\n"
        yield '<table class="prev">\n<thead><tr>'
        heads = [t("summary_mechanism", lang), t("summary_id", lang), t("summary_recommended", lang)]
        heads += [t("summary_share", lang)]
        yield "".join(f'<th scope="col">{escape(h)}</th>' for h in heads)
        yield "</tr></thead>\n<tbody>\n"
        for p in (p for p in prevalence if p.kind == "mechanism"):
            yield (
                f'<tr><th scope="row">{escape(p.title)}</th><td class="id">{escape(p.id)}</td>'
                f'<td class="num">{p.counties}</td>{_bar_cell(p.counties, ok)}</tr>\n'
            )
        yield "</tbody></table>\n</body>\n</html>\n"


class _Utf8Sink:
    """A text sink over a binary file, for csv.writer."""

    def __init__(self, f: IO[bytes]) -> None:
        self._f = f

    def write(self, s: str) -> int:
        return self._f.write(s.encode("utf-8"))


def _cell(value: str) -> str:
    """Guard a free-text cell against spreadsheet formula injection (a leading = + - @ makes Excel evaluate it)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _bar_cell(count: int, total: int) -> str:
    share = _share(count, total)
    width = share or "0"
    label = f"{share} %" if share else "–"
    return (
        f'<td class="share"><span class="track"><span class="bar" style="width:{width}%"></span></span>'
        f" {escape(label)}</td>"
    )


_CSS = """\
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.8em; }
.meta { color: #555; font-size: .9em; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9em; }
th, td { border: 1px solid #ccc; padding: .3em .5em; vertical-align: middle; }
thead th { background: #f3f3f3; }
th.d { max-width: 8em; font-weight: normal; font-size: .85em; }
tbody th { text-align: left; font-weight: normal; }
td.n, td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.id { font-family: monospace; font-size: .85em; color: #555; }
td.c { text-align: center; min-width: 3.5em; font-size: .85em; }
.watch { background: #fff3b0; }
.warning { background: #ffb347; }
.severe { background: #d7301f; color: #fff; }
.na { background: repeating-linear-gradient(45deg, #eee, #eee 4px, #d6d6d6 4px, #d6d6d6 8px); color: #555; }
tr.err td, tr.err th { background: #fbe9e9; color: #8a1c1c; }
td.st { white-space: nowrap; }
tr.err td.st { font-weight: bold; }
.legend .sw { display: inline-block; padding: .1em .6em; border: 1px solid #ccc; margin-right: .3em; }
td.share { white-space: nowrap; }
.track { display: inline-block; width: 10em; height: .8em; background: #eee; vertical-align: middle; }
.bar { display: block; height: 100%; background: #3a7bd5; }
@media print { .scroll { overflow: visible; } }
"""
