"""Commands that read the knowledge base itself: `schema`, `questions` and the `kb` group."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from diagnose.cli.common import chosen_lang, lang_option, load_kb, rules_option, usage_error

if TYPE_CHECKING:
    from diagnose.knowledge.base import KnowledgeBase

FORMAT = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
HEDGES = click.option("--hedges", is_flag=True, help="Also list rationales firmer than their quotes, for review.")


def _json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.command()
@click.argument("which", type=click.Choice(["input", "output"]))
@rules_option
def schema(which: str, rules_dir: Path | None) -> None:
    """Print the JSON Schema (JSON 模式) of an input record or of an output record.

    \b
    Example:
      diagnose schema input > input.schema.json
    """
    from diagnose.answers.record import input_schema
    from diagnose.report.model import output_schema

    _json(input_schema(load_kb(rules_dir)) if which == "input" else output_schema())


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "xlsform", "xlsx"]),
    default="text",
    show_default=True,
    help="xlsform: an XLSForm for ODK Collect / KoboToolbox (调查表单); xlsx: an Excel template for offices, "
    "one row per county (填报模板); both need --output.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write here.")
@lang_option
@rules_option
def questions(fmt: str, output: Path | None, lang: str | None, rules_dir: Path | None) -> None:
    """List the questionnaire (问卷): sections, question ids, types, ranges, choices and skip logic;
    or write it as an XLSForm or an Excel template (docs/spreadsheets.md).

    \b
    Examples:
      diagnose questions --lang en
      diagnose questions --format xlsx -o template.xlsx
      diagnose questions --format xlsform -o form.xlsx
    """
    from diagnose.knowledge import docs

    lang = chosen_lang(lang)
    kb = load_kb(rules_dir)
    if fmt in ("xlsform", "xlsx"):
        if output is None:
            raise usage_error("usage_workbook_needs_output", fmt=fmt)
        _write_form(kb, fmt, output, lang)
    elif fmt == "json":
        _json(kb.export()["questionnaire"])
    else:
        click.echo(docs.questionnaire_text(kb, lang), nl=False)


def _write_form(kb: KnowledgeBase, fmt: str, output: Path, lang: str) -> None:
    from diagnose.answers.template import write_template
    from diagnose.answers.xlsform import write_xlsform
    from diagnose.io.errors import cannot_write

    try:
        (write_xlsform if fmt == "xlsform" else write_template)(kb, output)
    except OSError as e:
        raise cannot_write(output, e, lang) from None


@click.group(name="kb")
def kb_group() -> None:
    """Inspect and check the knowledge base (知识库)."""


@kb_group.command()
@click.option(
    "--texts",
    is_flag=True,
    help="Only the texts (文本), keyed by id: titles, rationales and quotes of questions, diagnoses, signs "
    "and mechanisms, which the reports of `evaluate --detail lean` refer to by id.",
)
@rules_option
def export(texts: bool, rules_dir: Path | None) -> None:
    """Print the whole knowledge base as JSON (导出知识库), or with --texts its texts keyed by id.

    \b
    Examples:
      diagnose kb export > kb.json
      diagnose kb export --texts > texts.json
    """
    from diagnose.knowledge.texts import texts as texts_of

    kb = load_kb(rules_dir)
    _json(texts_of(kb) if texts else kb.export())


@kb_group.command(name="coverage")
@FORMAT
@lang_option
@rules_option
def coverage_command(fmt: str, lang: str | None, rules_dir: Path | None) -> None:
    """Show which paper sections each diagnosis and mechanism rests on (引文覆盖), how often each paper
    is cited, and which sections no rule uses.

    \b
    Example:
      diagnose kb coverage --lang en
    """
    from diagnose.knowledge.coverage import coverage, coverage_text

    kb = load_kb(rules_dir)
    data = coverage(kb)
    if fmt == "json":
        _json(data)
    else:
        click.echo(coverage_text(kb, data, chosen_lang(lang)), nl=False)


@kb_group.command()
@click.argument("ident")
@lang_option
@rules_option
def show(ident: str, lang: str | None, rules_dir: Path | None) -> None:
    """Document a diagnosis or mechanism (诊断或机制): what, why, signs, mechanisms, references.

    \b
    Example:
      diagnose kb show grid_asymmetry --lang en
    """
    from diagnose.knowledge import docs

    kb = load_kb(rules_dir)
    try:
        click.echo(docs.show(kb, ident, chosen_lang(lang)), nl=False)
    except KeyError:
        known = ", ".join([*kb.diagnoses, *kb.mechanisms])
        raise usage_error("usage_no_kb_entry", id=ident, known=known) from None


@kb_group.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--sources",
    "sources_dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="Folder of the papers' text files: also check each quote is verbatim and inside its section.",
)
@HEDGES
@lang_option
@rules_option
def check(
    directory: Path | None, sources_dir: Path | None, hedges: bool, lang: str | None, rules_dir: Path | None
) -> None:
    """Validate a knowledge-base directory (校验知识库); exit 4 on any error, 0 with warnings only.

    Finds malformed files, unknown ids, comparisons outside a question's range, conditions that can
    never be true, unreachable diagnoses, duplicated signs, unused questions and mechanisms, missing
    Chinese or English, references without `claim`; with --sources, quotes not verbatim or outside the
    section (章节) their locator names; with --hedges, rationales firmer than their quotes, for review. Each
    finding names file:line:col, the entry and what to do.

    \b
    Examples:
      diagnose kb check rules/
      diagnose kb check rules/ --sources ../shared/seeds --hedges
    """
    from diagnose.knowledge.check import tally
    from diagnose.knowledge.load import check_all

    lang = chosen_lang(lang)
    kb, findings = check_all(directory or rules_dir, sources_dir, hedges)
    for f in findings:
        click.echo(f.show(lang))
    click.echo(tally(kb, findings, lang))
    sys.exit(4 if any(f.level == "error" for f in findings) else 0)
