"""The input record: a county and its answers. Its model is built from the questionnaire itself, so the
JSON Schema of `diagnose schema input` states every question's type, range and choices."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.models import Question, QuestionType

AnswerValue = bool | int | float | str | list[str] | None


class County(BaseModel):
    """The county as the input named it; any further fields are echoed unchanged."""

    model_config = ConfigDict(extra="allow")
    id: str = Field(min_length=1)
    name: str | None = None


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
    plain = base | unknown | Literal["not_tracked"]
    # the same answer with a note and its source: {"value": ..., "note": "...", "source": "..."}
    noted = create_model(
        f"Noted_{q.id}",
        __config__=ConfigDict(extra="forbid"),
        value=(plain, ...),
        note=(str | None, Field(default=None, min_length=1, max_length=2000)),
        source=(str | None, Field(default=None, min_length=1, max_length=2000)),
    )
    return (plain | noted, Field(default=None, title=f"{q.title.zh} / {q.title.en}", description=desc))


class InPlaceEntry(BaseModel):
    """A mechanism the county already runs."""

    model_config = ConfigDict(extra="forbid")
    since: int | None = Field(default=None, ge=1949, le=2100, description="the year it started")
    working: Literal["yes", "partly", "no", "unknown"] = "unknown"


def input_record_model(kb: KnowledgeBase) -> type[BaseModel]:
    answers = create_model(
        "Answers",
        __config__=ConfigDict(extra="forbid"),
        **{q.id: _answer_type(q) for q in kb.questions.values()},
    )
    mechanism_id: Any = Literal[tuple(kb.mechanisms)]
    in_place: Any = dict[mechanism_id, InPlaceEntry]
    return create_model(
        "InputRecord",
        __config__=ConfigDict(extra="forbid"),
        county=(County, ...),
        answers=(answers, ...),
        in_place=(in_place, Field(default_factory=dict, description="mechanisms the county already runs, by id")),
    )


def input_schema(kb: KnowledgeBase) -> dict[str, Any]:
    """The JSON Schema of an input record (`diagnose schema input`)."""
    return input_record_model(kb).model_json_schema()
