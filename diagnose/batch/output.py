"""A batch's output: each record's report written as soon as it is evaluated, in the format asked for and
in the input's shape (a JSON array in, a JSON array out; JSON Lines in, JSON Lines out)."""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from functools import partial
from pathlib import Path
from typing import IO

from diagnose.answers.sheet import read_items
from diagnose.batch import parallel
from diagnose.io.atomic import atomic_writer
from diagnose.io.errors import cannot_write
from diagnose.io.progress import Progress
from diagnose.io.records import ARRAY, LINES, Item, read
from diagnose.io.workbook import SHEET_FORMATS, sheet_format
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.build import build
from diagnose.report.html import render_html
from diagnose.report.lean import build_lean, dump_lean
from diagnose.report.markdown import render_markdown
from diagnose.report.model import ErrorRecord, Report, dump_json_bytes
from diagnose.report.summary import BatchSummary, summary_format
from diagnose.report.summary_xlsx import write_workbook
from diagnose.report.text import render

FORMATS = ("json", "text", "markdown", "html")
DETAILS = ("full", "lean")  # --detail: the full report, or ids and figures only (report/lean.py)


def evaluate_stream(
    kb: KnowledgeBase,
    source: IO[bytes],
    name: str,
    fmt: str,
    lang: str,
    out: IO[bytes],
    jobs: int = 1,
    summary: BatchSummary | None = None,
    detail: str = "full",
    input_format: str = "auto",
    simplified: bool = False,
    template_dir: Path | None = None,
) -> bool:
    """Read every record of `source`, write its output to `out`; True when some record was invalid.
    A spreadsheet (.xlsx/.csv by name, or `input_format`) gives one record per row, written as JSON Lines."""
    sheet = input_format if input_format in SHEET_FORMATS else None
    if input_format == "auto" and name != "-":
        sheet = sheet_format(name)
    if sheet is not None:
        shape, items = LINES, read_items(kb, source.read(), sheet, name, lang)
    else:
        shape, items = read(source, lang, name=name)
    # From a file, records are evaluated a chunk at a time (the engine fires each rule once per
    # chunk); from a pipe or a terminal each one is answered as soon as it arrives.
    per_chunk = parallel.CHUNK if _is_regular_file(source) else 1
    return write_reports(kb, shape, items, fmt, lang, out, jobs, summary, per_chunk, detail, simplified, template_dir)


def evaluate_to(
    kb: KnowledgeBase,
    source: IO[bytes],
    name: str,
    fmt: str,
    lang: str,
    output: Path | None,
    jobs: int = 1,
    summary: tuple[BatchSummary, Path] | None = None,
    detail: str = "full",
    input_format: str = "auto",
    simplified: bool = False,
    template_dir: Path | None = None,
) -> bool:
    """`evaluate_stream` to `output` (written atomically, or through to a device, a FIFO or a symlink's
    target) or to stdout, then the summary, if any; True when some record was invalid. An output
    that cannot be written raises UserError naming it (exit status 3), any previous file left whole."""
    where: object = "stdout" if output is None else output
    try:
        with nullcontext(sys.stdout.buffer) if output is None else atomic_writer(output, "wb") as f:
            failed = evaluate_stream(
                kb,
                source,
                name,
                fmt,
                lang,
                f,
                jobs,
                summary and summary[0],
                detail=detail,
                input_format=input_format,
                simplified=simplified,
                template_dir=template_dir,
            )
        if output is None:
            sys.stdout.buffer.flush()  # always UTF-8, whatever the terminal's locale
        if summary is not None:
            where = summary[1]
            write_summary(summary[0], summary[1])
    except OSError as e:
        raise cannot_write(e.filename or where, e, lang) from None
    return failed


def write_summary(summary: BatchSummary, path: Path) -> None:
    """The summary as CSV, HTML or an .xlsx workbook, by the file's suffix."""
    if summary_format(path, summary.lang) == "xlsx":
        write_workbook(summary, path)
    else:
        summary.write(path)


def _is_regular_file(stream: IO[bytes]) -> bool:
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, io.UnsupportedOperation):  # e.g. a test's in-memory stdin
        return False


def _body_json(kb: KnowledgeBase, result: Report | ErrorRecord, lang: str) -> bytes:
    return dump_json_bytes(result, 2)


def _body_none(kb: KnowledgeBase, result: Report | ErrorRecord, lang: str) -> str:
    return ""


def _body_array(kb: KnowledgeBase, result: Report | ErrorRecord, lang: str) -> bytes:
    """A record as an element of the output array: indented one level."""
    return dump_json_bytes(result, 2).replace(b"\n", b"\n  ")


def _body_line(kb: KnowledgeBase, result: Report | ErrorRecord, lang: str) -> bytes:
    return dump_json_bytes(result, None)


# Lean reports are plain data (report/lean.py); a bad record's error record is the same as ever.
def _lean_json(kb: KnowledgeBase, result: object, lang: str) -> bytes:
    return dump_lean(result, 2) if result.__class__ is dict else dump_json_bytes(result, 2)  # type: ignore[arg-type]


def _lean_array(kb: KnowledgeBase, result: object, lang: str) -> bytes:
    return _lean_json(kb, result, lang).replace(b"\n", b"\n  ")


def _lean_line(kb: KnowledgeBase, result: object, lang: str) -> bytes:
    return dump_lean(result, None) if result.__class__ is dict else dump_json_bytes(result, None)  # type: ignore[arg-type]


def write_reports(
    kb: KnowledgeBase,
    shape: str,
    items: Iterable[Item],
    fmt: str,
    lang: str,
    out: IO[bytes],
    jobs: int = 1,
    summary: BatchSummary | None = None,
    chunk: int = 1,
    detail: str = "full",
    simplified: bool = False,
    template_dir: Path | None = None,
) -> bool:
    """Write each record's output (UTF-8) in the input's shape, as soon as it is evaluated (nothing is
    held back but the HTML page, which holds the whole batch). True when some record was invalid.
    `detail` "lean" (JSON only, no summary): each report in its lean form (report/lean.py)."""
    progress = Progress(sys.stderr)
    lean = detail == "lean"
    builder = build_lean if lean else build
    renderer: parallel.Renderer = {"text": render, "markdown": render_markdown, "html": _body_none}.get(
        fmt,
        {LINES: _lean_line, ARRAY: _lean_array}.get(shape, _lean_json)
        if lean
        else {LINES: _body_line, ARRAY: _body_array}.get(shape, _body_json),
    )
    if simplified and fmt in ("text", "markdown"):  # quotes in simplified script (report/script.py)
        renderer = partial(render if fmt == "text" else render_markdown, simplified=True)
    frame = _framer(fmt, shape)
    keep = summary is not None or fmt == "html"
    count, any_failed = 0, False
    if jobs > 1 and not keep:  # the workers write the reports themselves, in order
        for failed in parallel.write_many(kb, items, lang, renderer, frame, out, jobs, builder):
            count += 1
            any_failed |= failed
            progress.step(failed)
    else:
        whole: list[Report | ErrorRecord] = []
        for count, (body, failed, result) in enumerate(
            parallel.render_many(kb, items, lang, renderer, jobs, keep=keep, chunk=chunk, builder=builder), 1
        ):
            any_failed |= failed
            progress.step(failed)
            if summary is not None and result is not None:
                summary.add(result, count)
            if fmt == "html" and result is not None:
                whole.append(result)
            else:
                before, after = frame(count == 1)
                out.write(before + body + after)
                if chunk == 1:  # a live stream: the answer goes out now, not when a buffer fills
                    out.flush()
        if fmt == "html":
            out.write(render_html(kb, whole, lang, simplified, template_dir).encode("utf-8"))
    progress.close()
    if fmt == "json" and shape == ARRAY:
        out.write(b"[]\n" if count == 0 else b"\n]\n")
    return any_failed


def _framer(fmt: str, shape: str) -> Callable[[bool], tuple[bytes, bytes]]:
    """How a record's rendering is placed in the output: is it the first record? → (before, after)."""
    if fmt in ("text", "markdown"):
        separator = {"text": ("\n" + "-" * 60 + "\n").encode(), "markdown": b"\n---\n\n"}[fmt]
        return lambda first: (b"" if first else separator, b"")
    if shape == ARRAY:
        return lambda first: (b"[\n  " if first else b",\n  ", b"")
    return lambda first: (b"", b"\n")
