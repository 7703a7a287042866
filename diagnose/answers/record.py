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
    return (base | unknown, Field(default=None, title=f"{q.title.zh} / {q.title.en}", description=desc))


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
