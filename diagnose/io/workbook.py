"""Spreadsheets in and out: a table read from .xlsx (openpyxl) or .csv, a workbook written atomically.

This module knows nothing of questions: it hands over each row's cells as the file holds them (text,
numbers, booleans), with the spreadsheet's own row numbers (the header is row 1).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diagnose.io.atomic import atomic_writer

SHEET_FORMATS = ("xlsx", "csv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv",)
# Excel in a Chinese office saves "CSV" in the system's code page: read as GB18030 (a superset of GBK)
# when the bytes are not UTF-8.
CSV_ENCODINGS = ("utf-8-sig", "gb18030")
Cell = str | int | float | bool | None


class SheetError(ValueError):
    """The file is no spreadsheet this module can read; the message says why (one line)."""


@dataclass
class Table:
    """One sheet: its name, its header row and the rows below it, each with its spreadsheet row number."""

    name: str
    header: list[Cell]
    rows: list[tuple[int, list[Cell]]]


def sheet_format(name: str) -> str | None:
    """ "xlsx" or "csv" from a file name's suffix, else None."""
    suffix = Path(name).suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in CSV_SUFFIXES:
        return "csv"
    return None


def read_table(data: bytes, fmt: str, prefer: tuple[str, ...] = (), name: str = "") -> Table:
    """The table of a .csv, or of an .xlsx's sheet named in `prefer` (else its first sheet)."""
    if fmt == "csv":
        return _read_csv(data, Path(name).stem or "csv")
    return _read_xlsx(data, prefer)


def _read_csv(data: bytes, name: str) -> Table:
    for encoding in CSV_ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SheetError("not UTF-8 or GB18030 text")
    try:
        lines = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as e:
        raise SheetError(f"not CSV: {e}") from None
    if not lines:
        return Table(name, [], [])
    return Table(name, list(lines[0]), [(n, list(r)) for n, r in enumerate(lines[1:], start=2)])


def _read_xlsx(data: bytes, prefer: tuple[str, ...]) -> Table:
    import zipfile

    from openpyxl import load_workbook

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise SheetError("not an .xlsx workbook (an .xlsx file is a zip archive)")
    # A damaged workbook can fail anywhere inside openpyxl and its XML parser, with many kinds of
    # exception: at this boundary every one of them means "cannot be read", said in one line.
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            names = wb.sheetnames
            chosen = next((n for n in prefer if n in names), names[0] if names else None)
            rows = [] if chosen is None else [[_cell(c) for c in row] for row in wb[chosen].iter_rows()]
        finally:
            wb.close()
    except Exception as e:  # noqa: BLE001 - see above
        raise SheetError(f"not a readable .xlsx workbook ({type(e).__name__})") from None
    if chosen is None:
        raise SheetError("the workbook has no sheet")
    if not rows:
        return Table(chosen, [], [])
    return Table(chosen, rows[0], [(n, r) for n, r in enumerate(rows[1:], start=2)])


def _cell(c: Any) -> Cell:
    """A cell's value as the user meant it: a number formatted as a percentage is stored as a fraction
    (30% is 0.3), so it is read back in percent; dates become ISO text (no answer is a date)."""
    value = getattr(c, "value", None)
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float):
        if "%" in (getattr(c, "number_format", "") or ""):
            return round(value * 100, 9)
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def save_workbook(wb: Any, path: str | Path) -> None:
    """An openpyxl workbook written atomically (a reader sees the old file or the new one, never half)."""
    with atomic_writer(path, "wb") as f:
        wb.save(f)
