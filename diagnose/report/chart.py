"""An inline SVG chart of a county's diagnoses: one horizontal bar of certainty (0–1) per diagnosis.

Each bar is coloured by its severity band (watch / warning / severe), the band thresholds are drawn as
dashed lines, and a light extension shows how far the certainty could rise if every undetermined sign
held. Labels are in the report's language; the chart carries <title> and <desc> for screen readers.
The SVG needs no fonts or scripts from outside the document, and the same input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from diagnose.i18n import t
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.model import Report

BANDS = ("watch", "warning", "severe")
COLOURS = {"watch": "#c99a06", "warning": "#e06a00", "severe": "#b3261e"}
FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, WenQuanYi Micro Hei, sans-serif"

WIDTH = 640
PAD = 16  # left and right margin
FONT_PX = 13
LINE = 18  # height of one label line
BAR = 16
ROW_GAP = 12
VALUE_ROOM = 150  # room at the right end of the label line for "0.96 · severe"


@dataclass(frozen=True)
class ChartRow:
    label: str
    certainty: float
    possible: float
    band: str  # watch | warning | severe
    thresholds: tuple[float, float, float]  # watch, warning, severe


def _num(x: float) -> str:
    """A coordinate with at most one decimal, always written the same way."""
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


def text_width(text: str, px: int = FONT_PX) -> float:
    """An estimate of the rendered width: CJK characters are one em, others a little over half."""
    return sum(px if ord(ch) >= 0x2E80 else px * 0.58 for ch in text)


def wrap(text: str, width: float, px: int = FONT_PX) -> list[str]:
    """Break a label into lines no wider than `width` (at spaces for Latin text, anywhere for CJK)."""
    lines: list[str] = []
    current = ""
    for token in _tokens(text):
        if current and text_width(current + token, px) > width:
            lines.append(current.rstrip())
            current = token.lstrip()
        else:
            current += token
    if current.strip() or not lines:
        lines.append(current.rstrip())
    return lines


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    word = ""
    for ch in text:
        if ord(ch) >= 0x2E80:
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        elif ch == " ":
            out.append(word + " ")
            word = ""
        else:
            word += ch
    if word:
        out.append(word)
    return out


def bar_chart(rows: Sequence[ChartRow], lang: str, chart_id: str, empty: str = "no_diagnosis") -> str:
    """The SVG element (as text) for `rows`; `chart_id` makes its element ids unique in the page;
    `empty`: the message shown when there are no rows (nothing found, or nothing assessed)."""
    title = t("doc_chart_title", lang)
    x0, x1 = PAD, WIDTH - PAD
    span = x1 - x0

    def x(v: float) -> float:
        return x0 + span * min(max(v, 0.0), 1.0)

    uniform = len({r.thresholds for r in rows}) == 1
    thresholds = rows[0].thresholds if rows else (0.3, 0.6, 0.85)
    band_text = ", ".join(f"{t(b, lang)} ≥ {v:.2f}" for b, v in zip(BANDS, thresholds, strict=True))

    def bands_of(r: ChartRow) -> str:
        return ", ".join(f"{t(b, lang)} ≥ {v:.2f}" for b, v in zip(BANDS, r.thresholds, strict=True))

    if not uniform:
        band_text = "; ".join(f"{r.label}: {bands_of(r)}" for r in rows)
    items = ("; " if lang == "en" else ";").join(
        f"{r.label}{': ' if lang == 'en' else ':'}{r.certainty:.2f} ({t(r.band, lang)})" for r in rows
    )
    desc = t("doc_chart_desc", lang, thresholds=band_text, items=items or t(empty, lang))

    body: list[str] = []
    y = 40.0  # below the threshold labels
    top = y
    for i, r in enumerate(rows):
        lines = wrap(r.label, span - VALUE_ROOM)
        for k, line in enumerate(lines):
            body.append(f'<text class="label" x="{x0}" y="{_num(y + LINE * k + FONT_PX)}">{escape(line)}</text>')
        value = f"{r.certainty:.2f} · {t(r.band, lang)}"
        body.append(
            f'<text class="value" x="{x1}" y="{_num(y + FONT_PX)}" text-anchor="end" '
            f'fill="{COLOURS[r.band]}">{escape(value)}</text>'
        )
        by = y + LINE * len(lines) + 2
        body.append(
            f'<rect class="track" x="{x0}" y="{_num(by)}" width="{span}" height="{BAR}" fill="#efefef" rx="2"/>'
        )
        if r.possible > r.certainty + 1e-9:
            body.append(
                f'<rect class="possible" x="{_num(x(r.certainty))}" y="{_num(by)}" '
                f'width="{_num(x(r.possible) - x(r.certainty))}" height="{BAR}" fill="{COLOURS[r.band]}" '
                f'fill-opacity="0.22" stroke="{COLOURS[r.band]}" stroke-dasharray="3 2" stroke-width="1"/>'
            )
        body.append(
            f'<rect class="bar bar-{r.band}" data-index="{i + 1}" x="{x0}" y="{_num(by)}" '
            f'width="{_num(x(r.certainty) - x0)}" height="{BAR}" fill="{COLOURS[r.band]}" rx="2">'
            f"<title>{escape(r.label)}: {r.certainty:.2f} ({escape(t(r.band, lang))})</title></rect>"
        )
        for b, v in zip(BANDS, r.thresholds, strict=True):
            body.append(
                f'<line class="threshold threshold-{b}" x1="{_num(x(v))}" x2="{_num(x(v))}" y1="{_num(by - 4)}" '
                f'y2="{_num(by + BAR + 4)}" stroke="#222" stroke-opacity="0.7" stroke-width="1.3" stroke-dasharray="3 2"/>'
            )
        y = by + BAR + ROW_GAP
    if not rows:
        body.append(f'<text class="label" x="{x0}" y="{_num(y + FONT_PX)}">{escape(t(empty, lang))}</text>')
        y += LINE + ROW_GAP
    bottom = y - ROW_GAP + 4

    grid: list[str] = []
    if uniform and rows:
        for b, v in zip(BANDS, thresholds, strict=True):
            anchor = "end" if v > 0.95 else "middle"
            grid.append(
                f'<text class="threshold-label" x="{_num(x(v))}" y="{_num(top - 14)}" text-anchor="{anchor}" '
                f'fill="{COLOURS[b]}">{escape(t(b, lang))} {v:.2f}</text>'
            )

    axis: list[str] = []
    ay = bottom + 2
    axis.append(f'<line x1="{x0}" x2="{x1}" y1="{_num(ay)}" y2="{_num(ay)}" stroke="#888" stroke-width="1"/>')
    for k in range(6):
        v = k / 5
        anchor = "start" if k == 0 else "end" if k == 5 else "middle"
        axis.append(f'<line x1="{_num(x(v))}" x2="{_num(x(v))}" y1="{_num(ay)}" y2="{_num(ay + 5)}" stroke="#888"/>')
        axis.append(f'<text class="axis" x="{_num(x(v))}" y="{_num(ay + 18)}" text-anchor="{anchor}">{v:.1f}</text>')
    axis.append(
        f'<text class="axis" x="{_num((x0 + x1) / 2)}" y="{_num(ay + 36)}" text-anchor="middle">'
        f"{escape(t('doc_col_certainty', lang))}</text>"
    )

    legend: list[str] = []
    ly = ay + 52
    lx = float(x0)
    for b in BANDS:
        legend.append(
            f'<rect class="legend" x="{_num(lx)}" y="{_num(ly)}" width="14" height="12" fill="{COLOURS[b]}" rx="2"/>'
        )
        name = t(b, lang)
        legend.append(f'<text class="legend" x="{_num(lx + 20)}" y="{_num(ly + 11)}">{escape(name)}</text>')
        lx += 20 + text_width(name) + 22
    possible = t("doc_chart_possible", lang)
    legend.append(
        f'<rect class="legend" x="{_num(lx)}" y="{_num(ly)}" width="14" height="12" fill="#777" fill-opacity="0.22" '
        f'stroke="#777" stroke-dasharray="3 2"/>'
    )
    legend.append(f'<text class="legend" x="{_num(lx + 20)}" y="{_num(ly + 11)}">{escape(possible)}</text>')
    height = ly + 24

    tid, did = f"{chart_id}-title", f"{chart_id}-desc"
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{chart_id}" role="img" '
        f'aria-labelledby="{tid} {did}" width="{WIDTH}" height="{_num(height)}" '
        f'viewBox="0 0 {WIDTH} {_num(height)}" font-family="{FONT}" font-size="{FONT_PX}">'
    )
    parts = [head, f'<title id="{tid}">{escape(title)}</title>', f'<desc id="{did}">{escape(desc)}</desc>']
    parts.append(f'<rect x="0" y="0" width="{WIDTH}" height="{_num(height)}" fill="#ffffff"/>')
    parts += body + grid + axis + legend
    parts.append("</svg>")
    return "\n".join(parts)


def report_rows(kb: KnowledgeBase, report: Report) -> list[ChartRow]:
    """One row per diagnosis of the report, in the report's order, with its band thresholds."""
    rows = []
    for d in report.diagnoses:
        known = kb.diagnoses.get(d.id)
        bands = known.severity if known else None
        thresholds = (bands.watch, bands.warning, bands.severe) if bands else (0.3, 0.6, 0.85)
        rows.append(ChartRow(d.title, d.certainty, max(d.certainty, d.certainty_possible), d.severity, thresholds))
    return rows


def report_chart(kb: KnowledgeBase, report: Report, lang: str, chart_id: str = "chart") -> str:
    """The chart of a report's diagnoses by certainty and severity."""
    empty = "no_diagnosis" if report.ruled_out else "nothing_assessed"
    return bar_chart(report_rows(kb, report), lang, chart_id, empty)
