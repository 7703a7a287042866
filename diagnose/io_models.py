"""Pydantic models of what crosses the tool's boundary: the input record and the report.

`input_record_model(kb)` builds the input model from the questionnaire itself, so the JSON Schema of
`diagnose schema input` states every question's type, range and choices.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from .kb import KnowledgeBase
from .models import Question, QuestionType

AnswerValue = bool | int | float | str | list[str] | None


class Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class County(BaseModel):
    """The county as the input named it; any further fields are echoed unchanged."""

    model_config = ConfigDict(extra="allow")
    id: str = Field(min_length=1)
    name: str | None = None


class Citation(Out):
    source: str
    cite: str = Field(description="short citation of the paper")
    locator: str = Field(description="section of the paper")
    quote: str = Field(description="verbatim from the paper")


class SignFinding(Out):
    id: str
    title: str
    certainty: float = Field(description="the certainty factor this sign lends")
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


class KbStamp(Out):
    id: str
    version: str
    hash: str


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
    ignored_answers: list[str] = Field(description="answered questions that are not relevant given other answers")
    knowledge_base: KbStamp


class Problem(Out):
    path: str = Field(description="where in the record, e.g. answers.grid_patrol_time_pct")
    message: str


class ErrorDetail(Out):
    record: int = Field(description="1-based position of the record in the input")
    problems: list[Problem]


class ErrorRecord(Out):
    county: Any = None
    error: ErrorDetail


class OutputRecord(BaseModel):
    """One output record: a report, or an error record in the bad record's place."""

    root: Report | ErrorRecord


def _answer_type(q: Question) -> Any:
    unknown = Literal["unknown", "不知道"]
    desc = f"{q.label.zh} / {q.label.en}"
    if q.type == QuestionType.yes_no:
        base: Any = bool
    elif q.type in (QuestionType.number, QuestionType.percent, QuestionType.count):
        lo, hi = q.bounds()
        kind = int if q.type == QuestionType.count else float
        base = Annotated[kind, Field(ge=lo, le=hi)]
    else:
        choice = Literal[tuple(q.choice_ids())]  # type: ignore[valid-type]
        base = choice if q.type == QuestionType.single_choice else list[choice]  # type: ignore[valid-type]
    return (base | unknown, Field(default=None, description=desc))


def input_record_model(kb: KnowledgeBase) -> type[BaseModel]:
    answers = create_model(
        "Answers",
        __config__=ConfigDict(extra="forbid"),
        **{q.id: _answer_type(q) for q in kb.questions.values()},
    )
    return create_model(
        "InputRecord",
        __config__=ConfigDict(extra="forbid"),
        county=(County, ...),
        answers=(answers, ...),
    )
