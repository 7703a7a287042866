"""Pydantic models of the report (and of the error record in a bad record's place), and their JSON.

The input record's model is in answers/record.py; both make up `diagnose schema`."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from diagnose.answers.record import AnswerValue, County, IntervalAnswer


class Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Citation(Out):
    source: str
    cite: str = Field(description="short citation of the paper")
    locator: str = Field(description="section of the paper")
    quote: str = Field(description="verbatim from the paper")
    claim: Literal["paper", "literature", "case", "kb"] = Field(
        description="whose claim: the authors', the literature they review, a case they report, or this "
        "knowledge base's own reading"
    )
    attribution: str = Field(description="the claim said in the report's language, e.g. 据何得桂、趙倩林所述的研究")


class SignFinding(Out):
    id: str
    title: str
    certainty: float = Field(description="the certainty factor this sign lends (its band's, for a graded sign)")
    band: float | None = Field(
        default=None,
        description="for a sign with graded bands: the threshold (≥) of the band that holds; null below the first",
    )
    answers: dict[str, AnswerValue] = Field(description="the answers that made the sign true")
    rationale: str
    references: list[Citation]


class OpenSign(Out):
    id: str
    title: str
    certainty: float
    questions: list[str] = Field(description="unanswered or unknown questions that would decide the sign")


class DiagnosisFinding(Out):
    id: str
    title: str
    severity: Literal["watch", "warning", "severe"]
    certainty: float = Field(description="MYCIN combination of the signs that hold")
    certainty_possible: float = Field(description="the certainty if every undetermined sign held")
    signs: list[SignFinding]
    undetermined_signs: list[OpenSign]
    references: list[Citation]


class NotAssessed(Out):
    id: str
    title: str
    certainty: float = Field(description="from the signs that hold so far (below the reporting threshold)")
    certainty_possible: float
    questions: list[str] = Field(description="the questions whose answers would decide it")


class NextQuestion(Out):
    question: str
    label: str
    diagnoses: list[str] = Field(description="the diagnoses its answer could change")


class Reason(Out):
    diagnosis: str | None = Field(description="the diagnosis behind it; null when the county's answers are the reason")
    text: str
    answers: dict[str, AnswerValue] = Field(default_factory=dict, description="the county's answers that make it so")


class RecommendationOut(Out):
    mechanism: str
    title: str
    level: Literal["county", "higher", "shared"]
    kind: Literal["procedure", "principle"] = Field(
        description="principle: an orientation the papers state without concrete steps; shown as such, not as an action"
    )
    addresses: list[str] = Field(description="ids of the diagnoses it answers")
    priority: float = Field(description="rank key: combined certainty of the diagnoses it answers + 0.1 per fit")
    rationale: list[Reason] = Field(description="why: per diagnosis, and the answers that made the rule fire")
    fit: list[Reason] = Field(description="what in the county's answers makes it fit especially")
    references: list[Citation]


class Contraindicated(Out):
    mechanism: str
    title: str
    diagnoses: list[str]
    rationale: list[Reason]
    held_back_from: list[str] = Field(
        default_factory=list, description="diagnoses of this county that would otherwise recommend it"
    )
    references: list[Citation] = Field(default_factory=list, description="where the papers give the reason")


class Span(Out):
    min: int | float | None = Field(description="null: no lower bound")
    max: int | float | None = Field(description="null: no upper bound")
    min_open: bool = Field(description="true: `min` itself is excluded")
    max_open: bool = Field(description="true: `max` itself is excluded")


class Borderline(Out):
    """A sign left undetermined because an approximate answer straddles one of its thresholds, or a
    multiple choice known in part leaves the option it tests unanswered: it is neither counted nor ruled
    out, and a narrower answer (or that option's answer) would decide it."""

    diagnosis: str
    sign: str
    question: str
    answer: str = Field(
        description="the answer as written (a JSON {min, max} as its interval; a partial choice as its {yes, no})"
    )
    interval: Span | None = Field(description="the interval read; null for a multiple choice known in part")
    threshold: str = Field(
        description="the test the interval straddles, e.g. ≥ 60, or the option tested, e.g. includes land"
    )
    option: str | None = Field(
        default=None, description="for a multiple choice known in part: the unanswered option tested"
    )
    band: float | None = Field(
        default=None,
        description="for a graded band straddled while its sign holds: the certainty that band would lend "
        "(the lower band is counted)",
    )


class AnswerNote(Out):
    note: str | None = None
    source: str | None = Field(default=None, description="where the figure comes from, as the county gave it")


class DerivedTally(Out):
    """What a repeat group's items gave an aggregate: `passed` of `total` items, `unknown` undetermined."""

    group: str
    passed: int
    total: int
    unknown: int
    sums: list[int | float] | None = Field(
        default=None, description="ratio(): the parts' sum (lowest, highest) and the wholes' sum"
    )


class DerivedValue(Out):
    """A value worked out from other answers by a derived question's formula (`calculate:`)."""

    question: str
    formula: str
    inputs: dict[str, AnswerValue] = Field(description="the answers the formula read")
    value: bool | int | float | IntervalAnswer | None = Field(
        description="the worked-out value (an interval when an input is approximate or items of a repeat group "
        "left it open); null when an input is unknown or a divisor can be 0"
    )
    direct: AnswerValue = Field(description="the county's own direct answer, which wins when given")
    disagrees: bool = Field(description="the direct answer differs from the inputs' value beyond rounding")
    out_of_range: bool = Field(description="the inputs give a value outside the question's range (not used)")
    tally: DerivedTally | None = Field(default=None, description="an aggregate over a repeat group's items")


class ImpliedGate(Out):
    """A gate the county left unknown, filled in because a follow-up behind it was answered (answers/gates.py)."""

    question: str = Field(description="the gate question")
    value: AnswerValue = Field(description="what the follow-up's answer implies of it")
    by: str = Field(description="the follow-up question whose answer implies it")


class RuledOut(Out):
    """A diagnosis assessed and not found: what is working, with the answers that ruled it out."""

    id: str
    title: str
    status: Literal["absent", "not_applicable"]
    answers: dict[str, AnswerValue] = Field(description="the county's answers that rule it out")


class InPlaceOut(Out):
    """A mechanism the county already runs (input `in_place`); never among the recommendations."""

    mechanism: str
    title: str
    since: int | None
    working: Literal["yes", "partly", "no", "unknown"]
    advice: Literal["keep", "strengthen", "review"] = Field(
        description="keep: working and no problem it addresses is diagnosed; strengthen: partly working or "
        "unknown; review: a problem it addresses is still diagnosed, or it does not work"
    )
    problem_persists: list[str] = Field(description="ids of reached diagnoses that this mechanism addresses")
    finding: str | None = Field(description="the knowledge base's reading when a problem it addresses persists")
    references: list[Citation]


class Coverage(Out):
    """How much of the questionnaire the county answered: the report's "38 of 97 questions answered"."""

    answered: int = Field(description="questions with a known answer (given, or worked out from other answers)")
    questions: int = Field(description="questions in the knowledge base")


class KbStamp(Out):
    id: str
    version: str
    hash: str


class ToolStamp(Out):
    name: str
    version: str


class Report(Out):
    county: County
    lang: Literal["zh", "en"]
    diagnoses: list[DiagnosisFinding]
    not_assessed: list[NotAssessed]
    answer_next: list[NextQuestion] = Field(
        description="unknown or unanswered questions most likely to change this report, best first"
    )
    recommendations: list[RecommendationOut]
    contraindicated: list[Contraindicated]
    borderline: list[Borderline] = Field(
        description="signs undetermined because an approximate answer straddles their threshold, or a multiple "
        "choice known in part leaves the option they test unanswered"
    )
    in_place: list[InPlaceOut] = Field(description="mechanisms already in place: keep, strengthen or review")
    ruled_out: list[RuledOut] = Field(description="diagnoses assessed and not found, with the answers behind it")
    ignored_answers: list[str] = Field(description="answered questions that are not relevant given other answers")
    not_tracked: list[str] = Field(description='questions answered "not_tracked": no statistics are kept')
    notes: dict[str, AnswerNote] = Field(description="notes and sources given with answers, by question id")
    derived: list[DerivedValue] = Field(description="values worked out from other answers, and any disagreement")
    # Optional, so that a report written before gates could be implied (which had none) still validates.
    implied: list[ImpliedGate] = Field(
        default_factory=list, description="gates left unknown that an answered follow-up behind them implies"
    )
    knowledge_base: KbStamp
    # Optional, so that a report written before 0.3.0 (which had none) still validates.
    tool: ToolStamp | None = Field(default=None, description="the program and version that wrote the report")
    # Optional, so that a report written before coverage was added (which had none) still validates.
    coverage: Coverage | None = Field(default=None, description="how many questions the county answered")


class Problem(Out):
    path: str = Field(description="where in the record, e.g. answers.grid_patrol_time_pct")
    message: str


class CellProblem(Problem):
    """A problem in a spreadsheet's cell (input read from .xlsx or .csv): where it is and what it may hold."""

    sheet: str = Field(description="the sheet's name (a CSV file's name without its suffix)")
    row: int = Field(description="the row as the spreadsheet numbers it (the header is row 1)")
    column: str = Field(description="the question id of the cell's column (or the column's header)")
    value: str = Field(description="the cell as written")
    expected: str = Field(description="what the cell may hold, in the report's language")


class ErrorDetail(Out):
    record: int = Field(description="1-based position of the record in the input")
    problems: list[CellProblem | Problem]


class ErrorRecord(Out):
    county: Any = None
    error: ErrorDetail


# The lean report (`evaluate --detail lean`): ids, certainties, bands and evidence only; the texts and
# quotes those ids stand for are written once by `diagnose kb export --texts` (as SARIF keeps its rules
# apart from its results). Built as plain data by report/lean.py; these models give its JSON Schema.


class LeanDiagnosis(Out):
    band: Literal["watch", "warning", "severe"] = Field(description="the severity band")
    certainty: float = Field(description="MYCIN combination of the signs that hold")
    signs: list[str] = Field(description="ids of the signs that hold (their answers: `evidence`)")
    possible: float | None = Field(
        default=None, description="the certainty if every undetermined sign held; absent: the same as `certainty`"
    )
    undetermined: list[str] = Field(default=[], description="ids of the signs not yet decided; absent: none")


class LeanBorderline(Out):
    diagnosis: str
    sign: str
    question: str


class LeanReport(Out):
    """A county's report in ids and figures, keeping the full report's order. Empty lists and maps are
    left out (absent means none), and so is a county's name it has not got."""

    county: County
    detail: Literal["lean"]
    diagnoses: dict[str, LeanDiagnosis] = Field(description="the diagnoses reached, by id, most severe first")
    evidence: dict[str, bool | int | float | str | list[str] | None] = Field(
        description="the county's answers that make the signs hold, by question id; an approximate answer "
        "as the county wrote it"
    )
    recommendations: list[str] = Field(
        description="ids of the mechanisms recommended, in rank order: a mechanism's rank is its position "
        "(1, 2, 3 … as in the full report)"
    )
    not_assessed: list[str] = Field(default=[], description="ids of the diagnoses that could not be assessed")
    contraindicated: dict[str, list[str]] = Field(
        default={},
        description="mechanism id → the reached diagnoses that contraindicate it (empty: an `unsuitable` entry holds)",
    )
    borderline: list[LeanBorderline] = []
    ruled_out: dict[str, Literal["absent", "not_applicable"]] = Field(
        default={}, description="diagnoses assessed and not found"
    )
    in_place: dict[str, Literal["keep", "strengthen", "review"]] = Field(
        default={}, description="mechanisms already in place → the advice about each"
    )
    implied: dict[str, str] = Field(
        default_factory=dict,
        description="gate question left unknown → the answered follow-up that implies it (its value in `evidence` "
        "is the implied one); present only when some gate was implied",
    )
    knowledge_base: KbStamp
    tool: ToolStamp


class OutputRecord(BaseModel):
    """One output record: a report (full, or lean with --detail lean), or an error record in the bad
    record's place."""

    root: Report | LeanReport | ErrorRecord


def dump_json(result: Report | ErrorRecord, indent: int | None) -> str:
    """The record as JSON, serialised by pydantic-core (twice as fast as json.dumps of model_dump)."""
    return result.model_dump_json(indent=indent)


def dump_json_bytes(result: Report | ErrorRecord, indent: int | None) -> bytes:
    """`dump_json`, UTF-8 encoded, as pydantic-core writes it: without the str made of it and encoded
    again, a report's ~90 KB are copied twice less (measured: 7% of the JSON time, 40% indented)."""
    return result.__pydantic_serializer__.to_json(result, indent=indent)


def output_schema() -> dict[str, Any]:
    """The JSON Schema of an output record, a report or an error record (`diagnose schema output`)."""
    data = OutputRecord.model_json_schema()
    return data["properties"]["root"] | {"$defs": data.get("$defs", {}), "title": "OutputRecord"}
