"""`diagnose evaluate`: a batch of counties in, one report per county out."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from diagnose.cli.common import chosen_lang, input_stream, lang_option, load_kb, rules_option
from diagnose.i18n import t
from diagnose.io.errors import USAGE, UserError

if TYPE_CHECKING:
    from diagnose.knowledge.base import KnowledgeBase
    from diagnose.report.summary import BatchSummary


@click.command()
@click.argument("file", default="-", type=click.Path(allow_dash=True, dir_okay=False, path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text", "markdown", "html"]),
    default="json",
    show_default=True,
    help="json: one report per record, in the input's shape; text: readable report (可读报告); "
    "markdown: a printable report with footnoted quotes; html: one self-contained printable page (可打印报告).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write here instead of stdout: a file is replaced atomically (mode and owner kept); a device, "
    "FIFO or symlink's target is written through.",
)
@click.option(
    "--detail",
    type=click.Choice(["full", "lean"]),
    default="full",
    show_default=True,
    help="full: each report with its rationales and quotes; lean (精简): ids, certainties, bands, evidence and "
    "recommendations in rank order only (a few KB a county), its texts written once by "
    "`diagnose kb export --texts`. JSON only.",
)
@click.option(
    "--summary",
    "summary_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write a counties × diagnoses summary (汇总): OUT.csv (with OUT-prevalence.csv), OUT.html or "
    "OUT.xlsx (a workbook: certainty matrix, bands, prevalence).",
)
@click.option(
    "--input-format",
    type=click.Choice(["auto", "json", "xlsx", "csv"]),
    default="auto",
    show_default=True,
    help="auto: a .xlsx or .csv file is read as a spreadsheet (电子表格), one county per row; anything else as JSON.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes (进程数); output order and bytes are the same as with one.",
)
@click.option(
    "--simplified",
    is_flag=True,
    help="zh reports (text, markdown, html): quotes in traditional script shown in simplified characters "
    "(繁体转简体, OpenCC), the original kept in the bibliography.",
)
@click.option(
    "--template",
    "template_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="html: a folder of templates (模板) that replace the bundled ones of the same name "
    "(county.html.j2, report.css, …; see docs/commands.md).",
)
@lang_option
@rules_option
def evaluate(
    file: str,
    fmt: str,
    detail: str,
    output: Path | None,
    summary_path: Path | None,
    input_format: str,
    jobs: int,
    simplified: bool,
    template_dir: Path | None,
    lang: str | None,
    rules_dir: Path | None,
) -> None:
    """Evaluate counties (评估县域): read one JSON object, a JSON array or JSON Lines, and write one
    report per county in the same shape; or a spreadsheet (.xlsx/.csv: the template of `diagnose
    questions --format xlsx`, an ODK/Kobo export, a sheet headed by question ids), one JSON Lines
    report per non-empty row (docs/spreadsheets.md).

    Each record is {"county": {"id": ..., "name": ...}, "answers": {question_id: value or "unknown"}}.
    A record that fails validation becomes an error record in its place; the batch goes on.

    Exit status (退出状态): 0 every record succeeded; 1 some records invalid (the batch completed);
    2 usage error; 3 input/output error (the input cannot be read or an output written; the previous
    output is left whole); 4 knowledge base error; 130 interrupted (Ctrl-C or SIGTERM).

    \b
    Examples:
      diagnose evaluate examples/multi_diagnosis.json --format text
      cat counties.jsonl | diagnose evaluate - --lang en > reports.jsonl
      diagnose evaluate counties.jsonl --detail lean -o lean.jsonl
      diagnose evaluate filled.xlsx --summary summary.xlsx > reports.jsonl
    """
    from diagnose.batch.output import evaluate_to
    from diagnose.engine.compiled import compiled

    lang = chosen_lang(lang)
    if detail == "lean" and (fmt != "json" or summary_path is not None):
        raise UserError(t("lean_json_only", lang), USAGE)
    kb = load_kb(rules_dir)
    compiled(kb)
    # The base and its ruleset live as long as the process: keep the garbage collector from rescanning them
    # (and, with --jobs, from touching their pages in every forked worker).
    gc.freeze()
    summary = _summary(kb, summary_path, lang)
    options: dict[str, Any] = {
        "detail": detail,
        "input_format": input_format,
        "simplified": simplified,
        "template_dir": template_dir,
    }
    with input_stream(file) as source:
        failed = evaluate_to(kb, source, file, fmt, lang, output, jobs, summary, **options)
    sys.exit(1 if failed else 0)


def _summary(kb: KnowledgeBase, path: Path | None, lang: str) -> tuple[BatchSummary, Path] | None:
    """The --summary collector and its file; a file of the wrong kind is a usage error (exit 2)."""
    from diagnose.report.summary import BatchSummary, summary_format

    if path is None:
        return None
    try:
        summary_format(path, lang)
    except ValueError as e:
        raise UserError(str(e), USAGE) from None  # one line, in the user's language
    return (BatchSummary(kb, lang), path)
