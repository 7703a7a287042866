"""Evaluating records: each is checked against the questionnaire, run through the engine (valid ones
together, one firing per rule) and built into its report; a bad record becomes an error record in its place."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import IO, Any

from diagnose.answers.sheet import expected
from diagnose.answers.validate import InvalidRecord, Validated, validate
from diagnose.engine.compiled import compiled
from diagnose.i18n import t
from diagnose.io.records import Item, Origin, read
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.build import build
from diagnose.report.model import CellProblem, ErrorDetail, ErrorRecord, Problem, Report


def evaluate_item(kb: KnowledgeBase, item: Item, lang: str) -> Report | ErrorRecord:
    return evaluate_items(kb, [item], lang)[0]


def evaluate_items(kb: KnowledgeBase, items: list[Item], lang: str) -> list[Report | ErrorRecord]:
    """Each record's report or error record, in order; the valid ones go through the engine together
    (one firing per rule for all of them: engine.CompiledKB.run_many)."""
    return list(iter_evaluated(kb, items, lang))


# What a county's report is built by: report.build.build (the full report) or report.lean.build_lean
Builder = Callable[[KnowledgeBase, Validated, Any, str], Any]


def iter_evaluated(
    kb: KnowledgeBase, items: list[Item], lang: str, builder: Builder = build
) -> Iterator[Report | ErrorRecord]:
    """As `evaluate_items`, each report built (by `builder`) only when it is asked for: a batch's
    reports (tens of KB each, many times that as objects) need not all be alive at once."""
    checked = [_checked(kb, item, lang) for item in items]
    valid = [c for c in checked if not isinstance(c, ErrorRecord)]
    inferences = iter(compiled(kb).run_many([v.answers for v in valid]))
    for c in checked:
        yield c if isinstance(c, ErrorRecord) else builder(kb, c, next(inferences), lang)


def unwritable(n: int, e: Exception, lang: str) -> ErrorRecord:
    """The error record in the place of record `n`, whose report could not be serialised."""
    detail = str(e).splitlines()[0][:200] if str(e) else type(e).__name__
    return ErrorRecord(
        county=None,
        error=ErrorDetail(record=n, problems=[Problem(path="$", message=t("unwritable", lang, detail=detail))]),
    )


def _checked(kb: KnowledgeBase, item: Item, lang: str) -> Validated | ErrorRecord:
    item = item.parsed(lang)
    if item.error is not None:
        return ErrorRecord(
            county=None, error=ErrorDetail(record=item.n, problems=[Problem(path="$", message=item.error)])
        )
    if item.origin is not None:
        return _checked_cells(kb, item, item.origin, lang)
    try:
        return validate(kb, item.value, lang)
    except InvalidRecord as e:
        return ErrorRecord(
            county=e.county,
            error=ErrorDetail(record=item.n, problems=[Problem(path=p.path, message=p.message) for p in e.problems]),
        )


def _checked_cells(kb: KnowledgeBase, item: Item, origin: Origin, lang: str) -> Validated | ErrorRecord:
    """A spreadsheet row validated like any record; each problem names its sheet, row and column."""
    problems: list[CellProblem | Problem] = [
        CellProblem(
            path=f"answers.{column}" if column in kb.questions else f"columns.{column}",
            message=message,
            sheet=origin.sheet,
            row=origin.row,
            column=column,
            value=value,
            expected=expected(kb.questions[column], lang) if column in kb.questions else t("sheet_expect_column", lang),
        )
        for column, value, message in origin.problems
    ]
    try:
        checked = validate(kb, item.value, lang)
    except InvalidRecord as e:
        for p in e.problems:
            qid = p.path.removeprefix("answers.")
            q = kb.questions.get(qid)
            column = qid if q is not None else p.path.replace(".", "_")  # county.id → county_id
            problems.append(
                CellProblem(
                    path=p.path,
                    message=p.message,
                    sheet=origin.sheet,
                    row=origin.row,
                    column=column,
                    value=origin.cells.get(qid, ""),
                    expected=expected(q, lang) if q is not None else "",
                )
            )
        return ErrorRecord(county=e.county, error=ErrorDetail(record=item.n, problems=problems))
    if problems:
        return ErrorRecord(county=item.value.get("county"), error=ErrorDetail(record=item.n, problems=problems))
    return checked


def validated(kb: KnowledgeBase, source: IO[bytes], name: str, lang: str) -> Iterator[tuple[Item, Validated | None]]:
    """Each record of `source` with its validated form, or None when it is invalid (for explain and what-if,
    which answer per county and show an invalid record's error report in its place)."""
    _, items = read(source, lang, name=name)
    for raw_item in items:
        item = raw_item.parsed(lang)
        try:
            yield item, (validate(kb, item.value, lang) if item.error is None else None)
        except InvalidRecord:
            yield item, None
