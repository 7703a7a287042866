"""The input record: a county and its answers. Its model is built from the questionnaire itself, so the
JSON Schema of `diagnose schema input` states every question's type, range and choices.

A numeric answer may also be approximate: a range `{"min": 20, "max": 30}` or a phrase ("约25", "至少3",
"20-30", "大多数" …; the forms and their readings are in docs/answers.md). In a report, such an answer
appears as an `IntervalAnswer`: the answer as written beside the interval it was read as."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.choices import Choices
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.models import Question, QuestionType, RepeatGroup

PHRASE_HELP = (
    "or an approximate figure as officials write it: 约25, 25左右, 至少1, 不少于3, 130余, 130多, >50, 20-30, "
    "20~30, 不到10; for percentages also 全部/大多数/多数/半数左右/少数/极少/没有 (all, most, a majority, about half, "
    "a minority, very few, none); see docs/answers.md"
)


class IntervalAnswer(BaseModel):
    """An approximate answer in a report: as written, and the interval it was read as (null: unbounded)."""

    model_config = ConfigDict(extra="forbid")
    written: str | None = Field(description="the answer as the county wrote it; null for a JSON {min, max}")
    min: int | float | None
    max: int | float | None
    min_open: bool = Field(description="true: the interval excludes `min` itself")
    max_open: bool = Field(description="true: the interval excludes `max` itself")

    @classmethod
    def of(cls, iv: Interval) -> IntervalAnswer:
        return cls(written=iv.written, min=iv.lo, max=iv.hi, min_open=iv.lo_open, max_open=iv.hi_open)


class PartialChoices(BaseModel):
    """A multiple choice known in part, in a report: the options the county has, has not; every other
    option is unknown (a test on it is undetermined)."""

    model_config = ConfigDict(extra="forbid")
    yes: list[str] = Field(description="options the county is sure it has")
    no: list[str] = Field(description="options the county is sure it has not")


AnswerValue = bool | int | float | str | list[str] | IntervalAnswer | PartialChoices | None


def shown(value: bool | int | float | str | list[str] | Interval | Choices | None) -> AnswerValue:
    """A validated answer as a report shows it."""
    if isinstance(value, Choices):
        return PartialChoices(yes=list(value.yes), no=list(value.no))
    return IntervalAnswer.of(value) if isinstance(value, Interval) else value


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
        bound: Any = (Annotated[kind, Field(ge=lo, le=hi)] | None, None)
        span = create_model(
            f"Range_{q.id}",
            __config__=ConfigDict(extra="forbid", json_schema_extra={"minProperties": 1}),
            __doc__="A range: both ends included; give at least one, min not above max.",
            min=bound,
            max=bound,
        )
        phrase = Annotated[str, Field(description=PHRASE_HELP)]
        base = base | span | phrase
    else:
        choice = Literal[tuple(q.choice_ids())]  # type: ignore[valid-type]
        if q.type == QuestionType.single_choice:
            base = choice
        else:  # exactly these; or known in part: {"yes": [...], "no": [...]}, the options in neither unknown
            partial = create_model(
                f"Partial_{q.id}",
                __config__=ConfigDict(extra="forbid", json_schema_extra={"minProperties": 1}),
                __doc__="Known in part: the options the county has (yes), has not (no); the rest are unknown.",
                yes=(list[choice], Field(default_factory=list)),  # type: ignore[valid-type]
                no=(list[choice], Field(default_factory=list)),  # type: ignore[valid-type]
            )
            base = list[choice] | partial  # type: ignore[valid-type]
    plain = base | unknown | Literal["not_tracked"]
    # the same answer with a note and its source: {"value": ..., "note": "...", "source": "..."}
    noted = create_model(
        f"Noted_{q.id}",
        __config__=ConfigDict(extra="forbid"),
        value=(plain, ...),
        note=(str | None, Field(default=None, min_length=1, max_length=2000)),
        source=(str | None, Field(default=None, min_length=1, max_length=2000)),
    )
    either: Any = plain | noted
    if q.type == QuestionType.multiple_choice:  # known in part with a note: {"yes": [..], "no": [..], "note": ..}
        choice = Literal[tuple(q.choice_ids())]
        either = either | create_model(
            f"PartialNoted_{q.id}",
            __config__=ConfigDict(extra="forbid", json_schema_extra={"minProperties": 2}),
            yes=(list[choice], Field(default_factory=list)),  # type: ignore[valid-type]
            no=(list[choice], Field(default_factory=list)),  # type: ignore[valid-type]
            note=(str | None, Field(default=None, min_length=1, max_length=2000)),
            source=(str | None, Field(default=None, min_length=1, max_length=2000)),
        )
    return (either, Field(default=None, title=f"{q.title.zh} / {q.title.en}", description=desc))


class InPlaceEntry(BaseModel):
    """A mechanism the county already runs."""

    model_config = ConfigDict(extra="forbid")
    since: int | None = Field(default=None, ge=1949, le=2100, description="the year it started")
    working: Literal["yes", "partly", "no", "unknown"] = "unknown"


def _group_type(g: RepeatGroup) -> Any:
    """A repeat group: a list of items, each an object of the group's questions (all optional)."""
    item = create_model(
        f"Item_{g.id}",
        __config__=ConfigDict(extra="forbid"),
        name=(str | None, Field(default=None, min_length=1, max_length=200, description="the item's own name")),
        **{q.id: _answer_type(q) for q in g.questions},
    )
    desc = f"{g.label.zh} / {g.label.en} (one object per {g.item.en})"
    items: Any = list[item]  # type: ignore[valid-type]
    return (
        items | None,
        Field(default=None, max_length=g.max_items, title=f"{g.title.zh} / {g.title.en}", description=desc),
    )


def input_record_model(kb: KnowledgeBase) -> type[BaseModel]:
    answers = create_model(
        "Answers",
        __config__=ConfigDict(extra="forbid"),
        **{q.id: _answer_type(q) for q in kb.questions.values()},
        **{g.id: _group_type(g) for g in kb.groups.values()},
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
