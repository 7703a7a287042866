"""A batch summary as an Excel workbook (`evaluate --summary OUT.xlsx`), the form a research office passes on:

- 矩阵 matrix: one row per record, one column per diagnosis holding its combined certainty; the cell is
  coloured by that diagnosis's own bands (conditional formatting on its watch/warning/severe thresholds),
  "未评估" where it could not be assessed, blank where no sign held; invalid records say what was wrong;
- 等级 bands: the same matrix with each cell's band in words;
- 患病率 prevalence: per diagnosis the counties reached, by band, the counties assessed (the
  denominator: evaluated less not assessed), the share, and the counties not assessed beside it;
  then per mechanism the counties it was recommended to, over all evaluated;
- 说明 about: the counts, the knowledge base and the tool.

Written atomically (io/workbook.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import diagnose
from diagnose.i18n import t
from diagnose.io.workbook import save_workbook
from diagnose.report.summary import BANDS, ERROR, NOT_ASSESSED, BatchSummary

FILLS = {"watch": "FFF3B0", "warning": "FFB347", "severe": "D7301F", "na": "E0E0E0", "error": "FBE9E9"}
FIRST = 5  # the first diagnosis column (after record, county id, county name, status)


def _guard(value: str) -> str:
    """A free-text cell kept as text: a leading = + - @ would make Excel evaluate it as a formula."""
    return "'" + value if value.startswith(("=", "+", "-", "@")) else value


def _title(summary: BatchSummary, did: str) -> str:
    d = summary.kb.diagnoses.get(did)
    return d.title.get(summary.lang) if d else did


def write_workbook(summary: BatchSummary, path: str | Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    matrix = wb.active
    matrix.title = t("xlsx_sheet_matrix", summary.lang)
    _matrix(summary, matrix, certainty=True)
    _matrix(summary, wb.create_sheet(t("xlsx_sheet_bands", summary.lang)), certainty=False)
    _prevalence(summary, wb.create_sheet(t("xlsx_sheet_prevalence", summary.lang)))
    _about(summary, wb.create_sheet(t("xlsx_sheet_about", summary.lang)))
    save_workbook(wb, path)


def _head(ws: Any, values: list[str]) -> None:
    from openpyxl.styles import Alignment, Font

    ws.append(values)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "E2" if ws.max_column >= FIRST else "A2"


def _matrix(summary: BatchSummary, ws: Any, certainty: bool) -> None:
    from openpyxl.formatting.rule import CellIsRule, FormulaRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    lang = summary.lang
    ids = summary.diagnosis_ids
    heads = [t(k, lang) for k in ("summary_record", "summary_county_id", "summary_county_name", "summary_status")]
    _head(ws, heads + [f"{_title(summary, d)} ({d})" for d in ids] + [t("xlsx_problems", lang)])
    na = t("summary_na_short", lang)
    for r in summary.rows():
        cells: list[Any] = []
        for did in ids:
            value = r.cells.get(did, "")
            if value == NOT_ASSESSED:
                cells.append(na)
            elif value in BANDS:
                cells.append(round(r.certainty.get(did, 0.0), 4) if certainty else t(value, lang))
            else:
                cells.append(None)
        status = t("summary_error" if r.status == ERROR else "summary_ok", lang)
        ws.append([r.record, _guard(r.county_id), _guard(r.county_name), status, *cells, _guard(r.problems)])
    last = ws.max_row
    if last < 2:
        return
    fill = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in FILLS.items()}
    for i, did in enumerate(ids):
        col = get_column_letter(FIRST + i)
        area = f"{col}2:{col}{last}"
        ws.conditional_formatting.add(area, CellIsRule(operator="equal", formula=[f'"{na}"'], fill=fill["na"]))
        d = summary.kb.diagnoses.get(did)
        for band in reversed(BANDS):  # severe first: the first rule that holds colours the cell
            white = Font(color="FFFFFF") if band == "severe" else None
            if certainty and d is not None:
                rule = CellIsRule(
                    operator="greaterThanOrEqual",
                    formula=[repr(getattr(d.severity, band))],
                    fill=fill[band],
                    font=white,
                    stopIfTrue=True,
                )
            else:
                rule = CellIsRule(operator="equal", formula=[f'"{t(band, lang)}"'], fill=fill[band], font=white)
            ws.conditional_formatting.add(area, rule)
    status_col = get_column_letter(4)
    bad = t("summary_error", lang)
    ws.conditional_formatting.add(
        f"A2:{get_column_letter(ws.max_column)}{last}",
        FormulaRule(formula=[f'${status_col}2="{bad}"'], fill=fill["error"]),
    )


def _prevalence(summary: BatchSummary, ws: Any) -> None:
    lang = summary.lang
    ok = summary.evaluated
    prevalence = summary.prevalence()
    na = {p.id: p.counties for p in prevalence if p.kind == NOT_ASSESSED}
    heads = [t("summary_diagnosis", lang), t("summary_id", lang), t("summary_reached", lang)]
    heads += [t(b, lang) for b in BANDS]
    heads += [t("xlsx_assessed", lang), t("xlsx_share_assessed", lang), t("summary_na_short", lang)]
    _head(ws, heads)
    for p in (p for p in prevalence if p.kind == "diagnosis"):
        assessed = ok - na.get(p.id, 0)
        share = round(100 * p.counties / assessed, 1) if assessed else None
        bands = [summary.band_count(p.id, b) for b in BANDS]
        ws.append([p.title, p.id, p.counties, *bands, assessed, share, na.get(p.id, 0)])
    ws.append([])
    ws.append(
        [
            t("summary_mechanism", lang),
            t("summary_id", lang),
            t("summary_recommended", lang),
            t("xlsx_evaluated", lang),
            t("summary_share", lang),
        ]
    )
    for p in (p for p in prevalence if p.kind == "mechanism"):
        ws.append([p.title, p.id, p.counties, ok, float(p.share_pct) if p.share_pct else None])


def _about(summary: BatchSummary, ws: Any) -> None:
    lang = summary.lang
    rows = summary.rows()
    meta = summary.kb.meta
    ws.append([t("summary_title", lang)])
    ws.append([t("summary_counts", lang, n=len(rows), ok=summary.evaluated, errors=len(rows) - summary.evaluated)])
    ws.append([t("summary_shares_note", lang, ok=summary.evaluated)])
    ws.append([f"{t('kb', lang)}: {meta.title.get(lang)} ({meta.id} {meta.version}, {summary.kb.content_hash[:12]})"])
    ws.append([f"{t('tool', lang)}: {diagnose.DISTRIBUTION} {diagnose.__version__}"])
    ws.append([t("xlsx_about_matrix", lang)])
