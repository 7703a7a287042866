"""`diagnose explain` and `diagnose whatif`: questions asked of each county's result."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from diagnose.cli.common import (
    UsageError,
    chosen_lang,
    diagnosis_id,
    input_stream,
    lang_option,
    load_kb,
    rules_option,
    usage_error,
)

if TYPE_CHECKING:
    from diagnose.answers.validate import Validated
    from diagnose.knowledge.base import KnowledgeBase

FILE = click.Path(allow_dash=True, dir_okay=False, path_type=str)  # a missing file: exit 3, as in evaluate
FORMAT = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)


def _each_county(kb: KnowledgeBase, file: str, lang: str, fmt: str, answer: Callable[[Validated], Any]) -> int:
    """Print `answer(record)` for each valid record and the error report in an invalid one's place;
    the exit status (1 when some record was invalid)."""
    from diagnose.batch.evaluate import evaluate_item, validated
    from diagnose.report.model import dump_json
    from diagnose.report.text import render

    failed = False
    with input_stream(file) as source:
        for item, record in validated(kb, source, file, lang):
            if record is None:
                failed = True
                result = evaluate_item(kb, item, lang)
                click.echo(dump_json(result, 2) if fmt == "json" else render(kb, result, lang))
            else:
                text, newline = answer(record)
                click.echo(text, nl=newline)
    return 1 if failed else 0


@click.command()
@click.argument("file", type=FILE)
@click.option("--diagnosis", "only", default=None, help="Explain only this diagnosis id.")
@FORMAT
@lang_option
@rules_option
def explain(file: str, only: str | None, fmt: str, lang: str | None, rules_dir: Path | None) -> None:
    """Explain a county's report (解释): HOW each diagnosis was reached (answers → signs → certainty →
    mechanisms, with quotes) and WHY-NOT for each one that was not (failed tests and by how much,
    unknown answers), with the questions worth answering next.

    \b
    Examples:
      diagnose explain examples/partly_answered.json
      diagnose explain examples/multi_diagnosis.json --diagnosis grid_asymmetry --format json
    """
    from diagnose.reasoning import explain as explaining

    lang = chosen_lang(lang)
    kb = load_kb(rules_dir)
    if only is not None:
        diagnosis_id(kb, only)

    def answer(record: Validated) -> tuple[str, bool]:
        e = explaining.explain(kb, record, lang, only)
        return (e.model_dump_json(indent=2), True) if fmt == "json" else (explaining.render(kb, e, lang), False)

    sys.exit(_each_county(kb, file, lang, fmt, answer))


@click.command()
@click.argument("file", type=FILE)
@click.option("--clear", "clear_id", default=None, help="Find the fewest answer changes that clear this diagnosis.")
@click.option("--reach", "reach_id", default=None, help="Find the fewest answer changes that reach this diagnosis.")
@click.option("--alternatives", type=click.IntRange(1, 50), default=3, show_default=True, help="How many patches.")
@click.option("--only-known", is_flag=True, help="Only alter known answers (改变), never fill in unknowns.")
@click.option("--only-unknown", is_flag=True, help="Only find out unknown answers (查明), never alter known ones.")
@click.option("--free", default=None, metavar="QID,...", help="Let these fixed questions change too.")
@click.option("--free-all", is_flag=True, help="Let every fixed question change (county type, powers from above, ...).")
@click.option(
    "--summary", is_flag=True, help="Over a batch: the single changes and pairs that clear --clear ID in most counties."
)
@FORMAT
@lang_option
@rules_option
def whatif(file: str, clear_id: str | None, reach_id: str | None, alternatives: int, only_known: bool,
           only_unknown: bool, free: str | None, free_all: bool, summary: bool, fmt: str, lang: str | None,
           rules_dir: Path | None) -> None:  # fmt: skip
    """What if (假设分析): the smallest sets of answer changes that would clear or reach a diagnosis —
    fewest changed answers, then the smallest movement, proven minimal by an exact search; each patch
    verified by re-evaluating the county (direct evaluator and rules engine) before it is shown. Each
    change is "find out" (查明: an unknown answered) or "change" (改变: a known answer altered).
    Questions a county cannot change by itself (marked `fixed_by` in the questionnaire) stay fixed
    unless freed. When there is no patch, `reason` says which sign cannot be moved and why. In JSON
    each patch is a `patch` object of question id → new value, with `kinds` beside it.

    \b
    Examples:
      diagnose whatif examples/multi_diagnosis.json --clear grid_asymmetry --alternatives 3
      diagnose whatif examples/well_governed.json --reach digital_burden --format json
      diagnose whatif examples/outflow_county.json --clear county_positioning_gap --free-all
      diagnose whatif counties.jsonl --summary --clear digital_burden --format json
    """
    from diagnose.reasoning import cohort
    from diagnose.reasoning import whatif as searching

    lang = chosen_lang(lang)
    if (clear_id is None) == (reach_id is None) or (summary and clear_id is None):
        raise usage_error("usage_whatif_one_of")
    goal, did = ("clear", clear_id) if clear_id else ("reach", str(reach_id))
    kb = load_kb(rules_dir)
    diagnosis_id(kb, did)
    try:
        allowed = searching.allowed(kb, free, free_all, only_known, only_unknown, lang)
    except ValueError as e:  # an unknown question id in --free: the message names it
        raise UsageError(str(e)) from None
    if summary:
        with input_stream(file) as source:
            text, status = cohort.summarise(kb, source, file, did, allowed, lang, fmt, alternatives)
        click.echo(text)
        sys.exit(status)

    def answer(record: Validated) -> tuple[str, bool]:
        w = searching.answer(kb, record.county, record.answers, did, goal, allowed, alternatives)
        if fmt == "json":
            return json.dumps(w.data(lang), ensure_ascii=False, indent=2), True
        return searching.render(kb, w, lang), True

    sys.exit(_each_county(kb, file, lang, fmt, answer))
