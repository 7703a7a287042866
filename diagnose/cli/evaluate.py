"""`diagnose evaluate`: a batch of counties in, one report per county out."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import click

from diagnose.cli.common import UsageError, input_stream, lang_option, load_kb, rules_option
from diagnose.i18n import default_lang


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
    help="Write here (written atomically) instead of stdout.",
)
@click.option(
    "--summary",
    "summary_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write a counties × diagnoses summary (汇总): OUT.csv (with OUT-prevalence.csv) or OUT.html.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes (进程数); output order and bytes are the same as with one.",
)
@lang_option
@rules_option
def evaluate(
    file: str,
    fmt: str,
    output: Path | None,
    summary_path: Path | None,
    jobs: int,
    lang: str | None,
    rules_dir: Path | None,
) -> None:
    """Evaluate counties (评估县域): read one JSON object, a JSON array or JSON Lines, and write one
    report per county in the same shape.

    Each record is {"county": {"id": ..., "name": ...}, "answers": {question_id: value or "unknown"}}.
    A record that fails validation becomes an error record in its place; the batch goes on.
    Exit status: 0 all records succeeded, 1 some failed, 2 usage error.

    \b
    Examples:
      diagnose evaluate examples/multi_diagnosis.json --format text
      cat counties.jsonl | diagnose evaluate - --lang en > reports.jsonl
    """
    from diagnose.batch.output import evaluate_stream
    from diagnose.engine.compiled import compiled
    from diagnose.io.atomic import atomic_writer
    from diagnose.report.summary import BatchSummary, summary_format

    lang = lang or default_lang()
    kb = load_kb(rules_dir)
    compiled(kb)
    # The base and its ruleset live as long as the process: keep the garbage collector from rescanning them
    # (and, with --jobs, from touching their pages in every forked worker).
    gc.freeze()
    summary = None
    if summary_path is not None:
        try:
            summary_format(summary_path, lang)
        except ValueError as e:
            raise UsageError(str(e)) from None
        summary = BatchSummary(kb, lang)
    with input_stream(file) as source:
        if output is None:
            failed = evaluate_stream(kb, source, file, fmt, lang, sys.stdout.buffer, jobs, summary)
            sys.stdout.buffer.flush()  # always UTF-8, whatever the terminal's locale
        else:
            with atomic_writer(output, "wb") as f:
                failed = evaluate_stream(kb, source, file, fmt, lang, f, jobs, summary)
    if summary is not None and summary_path is not None:
        summary.write(summary_path)
    sys.exit(1 if failed else 0)
