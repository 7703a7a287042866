"""The `diagnose` command line: thin click commands over the library."""

from __future__ import annotations

import gc
import io
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

# Only click and the message table load at start-up, so `diagnose --help` is quick; each command
# imports the library it needs (the knowledge-base models alone take a fifth of a second to import).
from diagnose.i18n import LANGS, default_lang, t

if TYPE_CHECKING:
    from diagnose.io import records
    from diagnose.knowledge.base import KnowledgeBase
    from diagnose.report.model import ErrorRecord, Report
    from diagnose.report.summary import BatchSummary


class UsageError(click.UsageError):
    exit_code = 2


class BrokenKnowledgeBase(click.ClickException):
    """Exit 2, like a usage error: nothing can be evaluated (exit 1 means some records failed)."""

    exit_code = 2


def rules_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--rules",
        "rules_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Knowledge-base directory (知识库目录) to use instead of the bundled one.",
    )(f)


def lang_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--lang",
        type=click.Choice(LANGS),
        default=None,
        help="Language of the output (输出语言): zh or en; default from the locale, Chinese if none.",
    )(f)


def load_kb(rules_dir: Path | None) -> KnowledgeBase:
    from diagnose.knowledge.base import KnowledgeBaseError
    from diagnose.knowledge.load import load

    try:
        return load(rules_dir)
    except KnowledgeBaseError as e:
        lines = "\n".join(f"  {f}" for f in e.findings)
        raise BrokenKnowledgeBase(f"the knowledge base (知识库) is broken:\n{lines}") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="county-diagnose")
def main() -> None:
    """Diagnose a county's grassroots governance (县域基层治理诊断) from its answers to a questionnaire,
    with every conclusion cited verbatim from five research papers.

    \b
    Example:
      diagnose evaluate examples/multi_diagnosis.json --format text --lang en
    """


@main.command()
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
    from diagnose.batch import parallel as batch
    from diagnose.engine.compiled import compiled
    from diagnose.io import records
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
    if file == "-":
        source: IO[bytes] = sys.stdin.buffer
    else:
        try:
            source = open(file, "rb")  # noqa: SIM115 - closed below
        except OSError as e:
            raise UsageError(f"cannot read {file}: {e.strerror}") from None
    outcome = {"failed": False}
    try:
        shape, items = records.read(source, lang, name=file)
        # From a file, records are evaluated a chunk at a time (the engine fires each rule once per
        # chunk); from a pipe or a terminal each one is answered as soon as it arrives.
        per_chunk = batch.CHUNK if _is_regular_file(source) else 1
        if output is None:
            out = sys.stdout.buffer  # always UTF-8, whatever the terminal's locale
            _emit(kb, shape, items, fmt, lang, outcome, out, jobs, summary, per_chunk)
            out.flush()
        else:
            with atomic_writer(output, "wb") as f:
                _emit(kb, shape, items, fmt, lang, outcome, f, jobs, summary, per_chunk)
    finally:
        if source is not sys.stdin.buffer:
            source.close()
    if summary is not None and summary_path is not None:
        summary.write(summary_path)
    sys.exit(1 if outcome["failed"] else 0)


def _is_regular_file(stream: IO[bytes]) -> bool:
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, io.UnsupportedOperation):  # e.g. a test's in-memory stdin
        return False


def _body_json(kb: KnowledgeBase, result: Report | ErrorRecord, lang: str) -> bytes:
    from diagnose.report.model import dump_json_bytes

    return dump_json_bytes(result, 2)


def _body_none(kb: KnowledgeBase, result: Report | ErrorRecord, lang: str) -> str:
    return ""


def _body_array(kb: KnowledgeBase, result: Report | ErrorRecord, lang: str) -> bytes:
    """A record as an element of the output array: indented one level."""
    from diagnose.report.model import dump_json_bytes

    return dump_json_bytes(result, 2).replace(b"\n", b"\n  ")


def _body_line(kb: KnowledgeBase, result: Report | ErrorRecord, lang: str) -> bytes:
    from diagnose.report.model import dump_json_bytes

    return dump_json_bytes(result, None)


def _emit(
    kb: KnowledgeBase,
    shape: str,
    items: Iterable[records.Item],
    fmt: str,
    lang: str,
    outcome: dict[str, bool],
    out: IO[bytes],
    jobs: int = 1,
    summary: BatchSummary | None = None,
    chunk: int = 1,
) -> None:
    """Write each record's output (UTF-8) in the input's shape, as soon as it is evaluated (nothing is
    held back but the HTML page, which holds the whole batch)."""
    from diagnose.batch import parallel as batch
    from diagnose.io import records
    from diagnose.io.progress import Progress
    from diagnose.report.html import render_html
    from diagnose.report.markdown import render_markdown
    from diagnose.report.text import render

    progress = Progress(sys.stderr)
    renderer = {"text": render, "markdown": render_markdown, "html": _body_none}.get(
        fmt, {records.LINES: _body_line, records.ARRAY: _body_array}.get(shape, _body_json)
    )
    frame = _framer(fmt, shape)
    keep = summary is not None or fmt == "html"
    count = 0
    if jobs > 1 and not keep:  # the workers write the reports themselves, in order
        for failed in batch.write_many(kb, items, lang, renderer, frame, out, jobs):
            count += 1
            outcome["failed"] |= failed
            progress.step(failed)
    else:
        whole: list[Report | ErrorRecord] = []
        for count, (body, failed, result) in enumerate(
            batch.render_many(kb, items, lang, renderer, jobs, keep=keep, chunk=chunk), 1
        ):
            outcome["failed"] |= failed
            progress.step(failed)
            if summary is not None and result is not None:
                summary.add(result, count)
            if fmt == "html" and result is not None:
                whole.append(result)
            else:
                before, after = frame(count == 1)
                out.write(before + body + after)
        if fmt == "html":
            out.write(render_html(kb, whole, lang).encode("utf-8"))
    progress.close()
    if fmt == "json" and shape == records.ARRAY:
        out.write(b"[]\n" if count == 0 else b"\n]\n")


def _framer(fmt: str, shape: str) -> Callable[[bool], tuple[bytes, bytes]]:
    """How a record's rendering is placed in the output: is it the first record? → (before, after)."""
    from diagnose.io import records

    if fmt in ("text", "markdown"):
        separator = {"text": ("\n" + "-" * 60 + "\n").encode(), "markdown": b"\n---\n\n"}[fmt]
        return lambda first: (b"" if first else separator, b"")
    if shape == records.ARRAY:
        return lambda first: (b"[\n  " if first else b",\n  ", b"")
    return lambda first: (b"", b"\n")


@main.command()
@click.option(
    "--save",
    "save_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Save answers here after every answer (default: the --resume file, else diagnose-answers.json).",
)
@click.option(
    "--resume",
    "resume_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Continue a saved consultation (续答); answered questions are not asked again.",
)
@click.option(
    "--all",
    "ask_all",
    is_flag=True,
    help="Ask every relevant question, not only those that can still change a conclusion.",
)
@lang_option
@rules_option
def ask(
    save_path: Path | None, resume_path: Path | None, ask_all: bool, lang: str | None, rules_dir: Path | None
) -> None:
    """Answer the questionnaire in the terminal (问卷咨询) and leave with the cited report.

    Asks section by section, and only what can still change a conclusion (MYCIN-style); at any prompt:
    ? help · why · back · skip · quit. Answers are saved atomically after every answer in the
    `evaluate` input format, so `diagnose evaluate` on the saved file gives the same report. Without
    a terminal, answers are read line by line from stdin.

    \b
    Examples:
      diagnose ask --lang zh --save qingyuan.json
      diagnose ask --resume qingyuan.json
    """
    from diagnose.consult import terminal as ask_ui
    from diagnose.consult.machine import Consultation

    lang = lang or default_lang()
    kb = load_kb(rules_dir)
    c = Consultation(kb, lang, ask_all=ask_all)
    if resume_path is not None:
        try:
            c.county, c.raw = ask_ui.load_resume(kb, resume_path, lang)
        except ValueError as e:
            raise UsageError(str(e)) from None
        c.history = [q for q in kb.questions if q in c.raw]
    target = save_path or resume_path or Path("diagnose-answers.json")
    sys.exit(ask_ui.main(c, target))


def _records(file: str, lang: str, kb: KnowledgeBase) -> Iterator[tuple[records.Item, Any]]:
    """Each record of FILE with its validated form, or None when it is invalid."""
    from diagnose.answers.validate import InvalidRecord, validate
    from diagnose.io import records

    source = sys.stdin.buffer if file == "-" else open(file, "rb")  # noqa: SIM115 - closed below
    try:
        _, items = records.read(source, lang, name=file)
        for raw_item in items:
            item = raw_item.parsed(lang)
            try:
                yield item, (validate(kb, item.value, lang) if item.error is None else None)
            except InvalidRecord:
                yield item, None
    finally:
        if source is not sys.stdin.buffer:
            source.close()


@main.command()
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False, exists=True, path_type=str))
@click.option("--diagnosis", "only", default=None, help="Explain only this diagnosis id.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
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
    from diagnose.batch import evaluate as evaluating
    from diagnose.reasoning import explain as explaining
    from diagnose.report import model
    from diagnose.report.text import render

    lang = lang or default_lang()
    kb = load_kb(rules_dir)
    if only is not None and only not in kb.diagnoses:
        raise UsageError(f"no diagnosis '{only}'; known: {', '.join(kb.diagnoses)}")
    failed = False
    for item, record in _records(file, lang, kb):
        if record is None:
            failed = True
            result = evaluating.evaluate_item(kb, item, lang)
            click.echo(model.dump_json(result, 2) if fmt == "json" else render(kb, result, lang))
            continue
        e = explaining.explain(kb, record, lang, only)
        click.echo(e.model_dump_json(indent=2) if fmt == "json" else explaining.render(kb, e, lang), nl=fmt == "json")
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False, exists=True, path_type=str))
@click.option("--clear", "clear_id", default=None, help="Find the fewest answer changes that clear this diagnosis.")
@click.option("--reach", "reach_id", default=None, help="Find the fewest answer changes that reach this diagnosis.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@lang_option
@rules_option
def whatif(
    file: str, clear_id: str | None, reach_id: str | None, fmt: str, lang: str | None, rules_dir: Path | None
) -> None:
    """What if (假设分析): the smallest sets of answer changes (fewest questions, values within their
    allowed ranges) that would clear or reach a diagnosis, each verified by re-evaluating the county
    before it is shown. In JSON each is a `patch` object of question id → new value.

    \b
    Examples:
      diagnose whatif examples/multi_diagnosis.json --clear grid_asymmetry
      diagnose whatif examples/well_governed.json --reach digital_burden --format json
    """
    from diagnose.batch import evaluate as evaluating
    from diagnose.reasoning import whatif as searching
    from diagnose.report import model
    from diagnose.report.text import render, show_answer

    if (clear_id is None) == (reach_id is None):
        raise UsageError("give exactly one of --clear ID or --reach ID")
    goal, did = ("clear", clear_id) if clear_id else ("reach", reach_id)
    lang = lang or default_lang()
    kb = load_kb(rules_dir)
    if did not in kb.diagnoses:
        raise UsageError(f"no diagnosis '{did}'; known: {', '.join(kb.diagnoses)}")
    title = kb.diagnoses[did].title.get(lang)
    failed = False
    for item, record in _records(file, lang, kb):
        if record is None:
            failed = True
            result = evaluating.evaluate_item(kb, item, lang)
            click.echo(model.dump_json(result, 2) if fmt == "json" else render(kb, result, lang))
            continue
        now = compiled_status(kb, record.answers, did)
        done = now == "reached" if goal == "reach" else now in ("absent", "not_applicable")
        patches, cut = ([], False) if done else searching.search(kb, record.answers, did, goal)
        if fmt == "json":
            data = {
                "county": record.county,
                "diagnosis": did,
                "goal": goal,
                "status_now": now,
                "patches": [
                    {
                        "patch": p.changes,
                        "status": p.status,
                        "severity": p.severity,
                        "certainty": p.certainty,
                        "verified": True,
                    }
                    for p in patches
                ],
                "search_complete": not cut,
            }
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
            continue
        lines = [
            t("whatif_title", lang, goal=t(f"whatif_{goal}", lang), diagnosis=title)
            + f" — {record.county.get('name') or record.county['id']}"
        ]
        if done:
            lines.append("  " + t("whatif_already", lang))
        elif not patches:
            lines.append(
                "  " + t("whatif_none", lang, n=searching.MAX_CHANGES) + (t("whatif_cut", lang) if cut else "")
            )
        for n, p in enumerate(patches, 1):
            status = t(f"status_{p.status}", lang) + (f" ({t(p.severity, lang)})" if p.severity else "")
            lines.append("  " + t("whatif_patch", lang, n=n, k=len(p.changes), status=status))
            for qid, value in p.changes.items():
                old = record.answers.get(qid)
                lines.append(
                    f"    {kb.questions[qid].label.get(lang)}: {show_answer(kb, qid, old, lang)} → "
                    f"{show_answer(kb, qid, value, lang)}"
                )
        if cut and patches:
            lines.append("  " + t("whatif_cut", lang))
        click.echo("\n".join(lines))
    sys.exit(1 if failed else 0)


def compiled_status(kb: KnowledgeBase, answers: dict[str, Any], did: str) -> str:
    from diagnose.engine.compiled import compiled

    return compiled(kb).run(answers).decisions[did].status


@main.command()
@click.argument("which", type=click.Choice(["input", "output"]))
@rules_option
def schema(which: str, rules_dir: Path | None) -> None:
    """Print the JSON Schema (JSON 模式) of an input record or of an output record.

    \b
    Example:
      diagnose schema input > input.schema.json
    """
    from diagnose.answers.record import input_record_model
    from diagnose.report.model import OutputRecord

    kb = load_kb(rules_dir)
    model = input_record_model(kb) if which == "input" else OutputRecord
    data = model.model_json_schema()
    if which == "output":
        data = data["properties"]["root"] | {"$defs": data.get("$defs", {}), "title": "OutputRecord"}
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@lang_option
@rules_option
def questions(fmt: str, lang: str | None, rules_dir: Path | None) -> None:
    """List the questionnaire (问卷): sections, question ids, types, ranges, choices and skip logic.

    \b
    Example:
      diagnose questions --lang en
    """
    from diagnose.knowledge import docs as kb_docs

    kb = load_kb(rules_dir)
    if fmt == "json":
        click.echo(json.dumps(kb.export()["questionnaire"], ensure_ascii=False, indent=2))
    else:
        click.echo(kb_docs.questionnaire_text(kb, lang or default_lang()), nl=False)


@main.group(name="kb")
def kb_group() -> None:
    """Inspect and check the knowledge base (知识库)."""


@kb_group.command()
@rules_option
def export(rules_dir: Path | None) -> None:
    """Print the whole knowledge base as JSON (导出知识库).

    \b
    Example:
      diagnose kb export > kb.json
    """
    click.echo(json.dumps(load_kb(rules_dir).export(), ensure_ascii=False, indent=2))


@kb_group.command(name="coverage")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
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
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(coverage_text(kb, data, lang or default_lang()), nl=False)


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
    from diagnose.knowledge import docs as kb_docs

    kb = load_kb(rules_dir)
    try:
        click.echo(kb_docs.show(kb, ident, lang or default_lang()), nl=False)
    except KeyError:
        known = ", ".join([*kb.diagnoses, *kb.mechanisms])
        raise UsageError(f"no diagnosis or mechanism with id '{ident}'; known ids: {known}") from None


@kb_group.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--sources",
    "sources_dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="Folder of the papers' text files: also check every quote is verbatim in the paper it cites "
    "and lies inside the section its locator names.",
)
@click.option(
    "--hedges",
    is_flag=True,
    help="Also list rationales firmer than their quotes (可能/往往 dropped) for review; never changes the exit status.",
)
@rules_option
def check(directory: Path | None, sources_dir: Path | None, hedges: bool, rules_dir: Path | None) -> None:
    """Validate a knowledge-base directory (校验知识库); exit 1 on any error, 0 with warnings only.

    Finds malformed files, unknown question, choice, mechanism and source ids, comparisons outside a
    question's range, conditions that can never be true (ranges, choices and skip logic considered),
    diagnoses that can never be reached, duplicated signs, unused questions and mechanisms, missing
    Chinese or English text, references without `claim`, and with --sources, quotes not verbatim in
    their paper or outside the section (章节) their locator names. Each finding names the file, the
    entry and what to do.

    \b
    Examples:
      diagnose kb check rules/
      diagnose kb check rules/ --sources ../shared/seeds
      diagnose kb check rules/ --hedges
    """
    from diagnose.knowledge.check import deep_check
    from diagnose.knowledge.load import load_with_findings

    kb, findings = load_with_findings(directory or rules_dir)
    if kb is not None:
        findings += deep_check(kb, str(sources_dir) if sources_dir else None)
    if kb is not None and hedges:
        from diagnose.knowledge.hedges import hedge_findings

        findings += hedge_findings(kb)
    for f in findings:
        click.echo(str(f))
    reviews = sum(f.level == "review" for f in findings)
    findings = [f for f in findings if f.level != "review"]
    errors = sum(f.level == "error" for f in findings)
    warnings = len(findings) - errors
    if kb is not None:
        click.echo(
            f"{len(kb.questions)} questions, {len(kb.diagnoses)} diagnoses, {len(kb.mechanisms)} mechanisms: "
            f"{errors} errors, {warnings} warnings" + (f", {reviews} to review" if hedges else "")
        )
    else:
        click.echo(f"{errors} errors, {warnings} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
