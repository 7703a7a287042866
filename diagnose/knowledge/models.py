"""Pydantic models of the knowledge base (rules/). The input and report models live in io_models.py."""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from diagnose.knowledge import aggregate, conditions, formula
from diagnose.knowledge.say import say
from diagnose.knowledge.suggest import did_you_mean

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
Id = Annotated[str, Field(pattern=ID_PATTERN, description="snake_case identifier, stable, never reused")]


def _parse_condition(raw: Any) -> conditions.Condition:
    # a ConditionError is a ValueError: pydantic keeps it (ctx["error"]), so the load can point at the part
    return conditions.parse(raw)


ConditionField = Annotated[
    conditions.Condition,
    BeforeValidator(_parse_condition),
    PlainSerializer(lambda c: c.to_data(), return_type=dict),
    WithJsonSchema(conditions.CONDITION_JSON_SCHEMA),
]


def _reads_answers_only(cond: conditions.Condition, what: str) -> conditions.Condition:
    if list(conditions.sign_refs(cond)):
        raise ValueError(say("reads_answers_only", what=what))
    return cond


class Strict(BaseModel):
    # NaN and infinity are no threshold, range or certainty (`.nan` in YAML, or "nan" in quotes)
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


# YAML folds a long line into words separated by spaces; Chinese has no spaces between characters.
_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]"
_NEAR = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’,;:!?%()0-9]"  # CJK, ASCII punctuation, digits
_FOLD_SPACE = re.compile(rf"(?<={_CJK})\s+(?={_NEAR})|(?<={_NEAR})\s+(?={_CJK})")


class Text(Strict):
    """A user-facing string in both languages; Chinese is primary."""

    zh: str = Field(min_length=1)
    en: str = Field(min_length=1)

    @field_validator("zh")
    @classmethod
    def _unfold(cls, v: str) -> str:
        return _FOLD_SPACE.sub("", v.strip())

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


Claim = Literal["paper", "literature", "case", "kb"]
CLAIMS: tuple[str, ...] = ("paper", "literature", "case", "kb")


class Reference(Strict):
    source: Id = Field(description="a source id from sources.yaml")
    locator: str = Field(min_length=1, description="the section of the paper, as it is headed there")
    quote: str = Field(min_length=6, description="verbatim from the paper, in its own script")
    claim: Claim = Field(
        description="whose claim the quote carries: paper (the authors' own), literature (the research they "
        "review), case (a case they report) or kb (this knowledge base's own reading of the quote)"
    )


class PaperSection(Strict):
    title: str = Field(min_length=1)
    match: list[str] = Field(
        min_length=1, description="a reference rests on this section when its locator contains one"
    )
    start: str = Field(
        min_length=2,
        description="verbatim text where the section begins (its heading); it ends where the next section begins",
    )
    apparatus: bool = Field(
        default=False,
        description="the page's apparatus (references, editor's notes): it bounds the section before it, and "
        "coverage does not expect it to be cited",
    )


class Source(Strict):
    id: Id
    file: str = Field(description="the paper's text file name in the seeds folder")
    authors: str
    title: str
    venue: str
    year: int
    script: Literal["traditional", "simplified"]
    cite: str = Field(description="short citation, e.g. 何得桂、趙倩林 2023")
    sections: list[PaperSection] = Field(default_factory=list, description="the paper's sections, for coverage")

    def section_of(self, locator: str) -> str | None:
        """The section a locator names: the match that ends last in it (locators run from part to
        sub-section, so the last heading named is the most specific), the longest on a tie."""
        best: tuple[int, int, str] | None = None
        for s in self.sections:
            for m in s.match:
                at = locator.rfind(m)
                if at >= 0 and (best is None or (at + len(m), len(m)) > best[:2]):
                    best = (at + len(m), len(m), s.title)
        return best[2] if best else None


class SourcesFile(Strict):
    sources: list[Source] = Field(min_length=1)


class Reading(Strict):
    """A judgement of this knowledge base's own that the report states, with the papers' words behind it."""

    text: Text
    references: list[Reference] = Field(min_length=1)


class KbMeta(Strict):
    id: str
    version: str = Field(pattern=r"^\d+\.\d+\.\d+$")
    title: Text
    in_place_persisting: Reading | None = Field(
        default=None, description="said of a mechanism in place while a problem it addresses is diagnosed"
    )


class QuestionType(StrEnum):
    yes_no = "yes_no"
    number = "number"
    count = "count"  # type: ignore[assignment]  # shadows str.count; the id is data
    percent = "percent"
    single_choice = "single_choice"
    multiple_choice = "multiple_choice"


CHOICE_TYPES = (QuestionType.single_choice, QuestionType.multiple_choice)
NUMERIC_TYPES = (QuestionType.number, QuestionType.count, QuestionType.percent)


class Choice(Strict):
    id: Id
    label: Text


class Fixed(Strict):
    """A question a county cannot change by itself (what-if leaves it as it is unless freed)."""

    kind: Literal["context", "higher_level"] = Field(
        description="context: the county's situation (type, population trend); higher_level: decided above the county"
    )
    reason: Text


class Question(Strict):
    id: Id
    type: QuestionType
    title: Text = Field(description="a short name (e.g. 向村(社区)直接要表的部门数), unique in each language")
    label: Text
    help: Text
    unit: Text | None = None
    min: float | None = None
    max: float | None = None
    choices: list[Choice] | None = None
    relevant: ConditionField | None = Field(default=None, description="asked only when this holds")
    calculate: str | None = Field(
        default=None,
        description="a derived question: its value worked out from other answers, e.g. `100 * a / b` "
        "(a direct answer wins; one that disagrees with its inputs is flagged)",
    )
    fixed_by: Fixed | None = Field(default=None, description="what-if leaves this answer as it is unless freed")

    @model_validator(mode="after")
    def _fits_type(self) -> Question:
        if self.calculate is not None and aggregate.is_aggregate(self.calculate):
            agg = aggregate.parse(self.calculate)  # AggregateError is a ValueError: reported with the question
            wanted = {
                "count": (QuestionType.count,),
                "share": (QuestionType.percent,),
                "ratio": (QuestionType.percent,),
                "any": (QuestionType.yes_no,),
            }
            if self.type not in wanted[agg.fn]:
                raise ValueError(say("agg_gives_type", fn=agg.fn, gives=wanted[agg.fn][0].value, type=self.type.value))
        elif self.calculate is not None:
            if self.type not in NUMERIC_TYPES:
                raise ValueError(say("only_numbers_calculated", type=self.type.value))
            formula.parse(self.calculate)  # FormulaError is a ValueError: reported with the question
        if self.type in CHOICE_TYPES:
            if not self.choices or len(self.choices) < 2:
                raise ValueError(say("needs_two_choices", type=self.type.value))
            ids = [c.id for c in self.choices]
            if len(set(ids)) != len(ids):
                raise ValueError(say("duplicate_choices", ids=sorted({i for i in ids if ids.count(i) > 1})))
        elif self.choices:
            raise ValueError(say("takes_no_choices", type=self.type.value))
        if self.type not in NUMERIC_TYPES and (self.min is not None or self.max is not None):
            raise ValueError(say("takes_no_range", type=self.type.value))
        if self.type == QuestionType.number and (self.min is None or self.max is None):
            raise ValueError(say("number_needs_range"))
        if self.type in NUMERIC_TYPES and self.unit is None:
            raise ValueError(say("needs_unit", type=self.type.value))
        lo, hi = self.bounds()
        if lo is not None and hi is not None and lo > hi:
            raise ValueError(say("min_above_max", lo=lo, hi=hi))
        return self

    def bounds(self) -> tuple[float | None, float | None]:
        """The valid range, with the type's own limits (percent 0–100, count ≥ 0)."""
        lo, hi = self.min, self.max
        if self.type == QuestionType.percent:
            lo = 0.0 if lo is None else lo
            hi = 100.0 if hi is None else hi
        if self.type == QuestionType.count and lo is None:
            lo = 0.0
        return lo, hi

    def choice_ids(self) -> list[str]:
        return [c.id for c in self.choices or []]

    def derivation(self) -> formula.Formula | None:
        """The arithmetic formula (None for an aggregate over a repeat group: see aggregation())."""
        if self.calculate is None or aggregate.is_aggregate(self.calculate):
            return None
        return _parsed(self.calculate)

    def aggregation(self) -> aggregate.Aggregate | None:
        """The aggregate over a repeat group's items (`share(innov_p_borrowed)`), if that is the formula."""
        if self.calculate is None or not aggregate.is_aggregate(self.calculate):
            return None
        return _aggregated(self.calculate)


@lru_cache(maxsize=1024)
def _parsed(text: str) -> formula.Formula:
    return formula.parse(text)


@lru_cache(maxsize=1024)
def _aggregated(text: str) -> aggregate.Aggregate:
    return aggregate.parse(text)


class Section(Strict):
    id: Id
    order: int
    title: Text
    description: Text | None = None


class RepeatGroup(Strict):
    """Questions asked once per item (like ODK's `begin repeat`): e.g. the county's innovation projects one
    by one. Answered in JSON as a list of objects, one per item; aggregate derived questions
    (`calculate: share(...)`) turn the items into the values the signs test."""

    id: Id
    title: Text = Field(description="the group's short name, e.g. 创新项目逐项情况")
    item: Text = Field(description="what one item is called, e.g. 项目 / project")
    label: Text = Field(description="what the county is asked to describe")
    help: Text
    max_items: int = Field(default=50, ge=1, le=500, description="at most this many items per county")
    questions: list[Question] = Field(min_length=1, description="asked for each item")

    @model_validator(mode="after")
    def _plain_items(self) -> RepeatGroup:
        for q in self.questions:
            if q.calculate is not None or q.relevant is not None:
                raise ValueError(say("item_plain", q=q.id))
        return self


class QuestionnaireFile(Strict):
    section: Section
    questions: list[Question] = Field(min_length=1)
    groups: list[RepeatGroup] = Field(default_factory=list, description="repeat groups asked in this section")


class BandStep(Strict):
    """One graded band: from this value of the measured question up, the sign lends this certainty."""

    gte: float = Field(description="the band starts at this value of the measured question (inclusive)")
    certainty: float = Field(gt=0, le=1)


class Bands(Strict):
    """Graded certainty (issue 16): the more of a measured quantity, the more the sign weighs. The sign's
    own `certainty` holds below the first band; each step, above the previous, lends more. The thresholds
    and certainties are the knowledge base's own choice, which `rationale` must say (kb check)."""

    q: Id = Field(description="the numeric question measured; the sign's condition must read it")
    steps: list[BandStep] = Field(min_length=1)
    rationale: Text


class Shared(Strict):
    """A question this sign reads that another sign of the same diagnosis reads too, declared on purpose:
    the reason says why the fact does not count twice (e.g. it only says which counties the sign concerns)."""

    q: Id
    reason: Text


class Sign(Strict):
    id: Id
    title: Text
    when: ConditionField
    certainty: float = Field(gt=0, le=1, description="MYCIN certainty factor this sign lends the diagnosis")
    bands: Bands | None = Field(default=None, description="graded certainty by the size of a measured quantity")
    shares: list[Shared] = Field(default_factory=list, description="questions read by another sign too, and why")
    rationale: Text
    references: list[Reference] = Field(min_length=1)

    _answers_only = field_validator("when")(classmethod(lambda cls, v: _reads_answers_only(v, "a sign's condition")))

    def band_conditions(self) -> list[tuple[float, Any]]:
        """Each band as (its certainty, the condition under which it holds: the sign's and the band's)."""
        if self.bands is None:
            return []
        return [
            (step.certainty, conditions.All((self.when, conditions.Atom(self.bands.q, "gte", step.gte))))
            for step in self.bands.steps
        ]


class SeverityBands(Strict):
    """Bands over the combined certainty; `watch` is the threshold for reporting the diagnosis at all."""

    watch: float = Field(gt=0, le=1)
    warning: float = Field(gt=0, le=1)
    severe: float = Field(gt=0, le=1)

    @model_validator(mode="after")
    def _ascending(self) -> SeverityBands:
        if not self.watch < self.warning < self.severe:
            raise ValueError(say("bands_ascend"))
        return self

    def band(self, certainty: float) -> str | None:
        for name in ("severe", "warning", "watch"):
            if certainty >= getattr(self, name) - 1e-9:
                return name
        return None


class Recommendation(Strict):
    mechanism: Id
    when: ConditionField | None = Field(default=None, description="only when this holds (signs or answers)")
    rationale: Text
    references: list[Reference] = Field(min_length=1)


class Contraindication(Strict):
    mechanism: Id
    rationale: Text
    references: list[Reference] = Field(default_factory=list)


class Diagnosis(Strict):
    id: Id
    title: Text
    status: Literal["experimental", "stable", "deprecated"]
    description: Text
    applies: ConditionField | None = Field(
        default=None, description="the diagnosis is only meaningful when this holds (e.g. the county runs a grid)"
    )
    signs: list[Sign] = Field(min_length=1)
    severity: SeverityBands
    recommends: list[Recommendation] = Field(min_length=1)
    contraindicates: list[Contraindication] = Field(default_factory=list)
    references: list[Reference] = Field(min_length=1, description="where the papers describe the diagnosis")

    @model_validator(mode="after")
    def _consistent(self) -> Diagnosis:
        ids = [s.id for s in self.signs]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(say("duplicate_signs", ids=dupes))
        if self.applies is not None and list(conditions.sign_refs(self.applies)):
            raise ValueError(say("applies_answers_only"))
        for i, rec in enumerate(self.recommends):
            for ref in conditions.sign_refs(rec.when) if rec.when else ():
                if ref not in ids:
                    raise ValueError(
                        say(
                            "names_other_sign",
                            i=i,
                            mechanism=rec.mechanism,
                            ref=ref,
                            id=self.id,
                            hint=did_you_mean(ref, ids),
                        )
                    )
        both = {r.mechanism for r in self.recommends} & {c.mechanism for c in self.contraindicates}
        if both:
            raise ValueError(say("recommended_and_contraindicated", ids=sorted(both)))
        return self


class Fit(Strict):
    """A condition on the county's answers that makes a mechanism fit it better (or not at all)."""

    when: ConditionField
    rationale: Text
    references: list[Reference] = Field(default_factory=list)

    _answers_only = field_validator("when")(classmethod(lambda cls, v: _reads_answers_only(v, "a fit condition")))


class Mechanism(Strict):
    id: Id
    title: Text
    what: Text = Field(description="what the mechanism is")
    how: Text = Field(description="how it works")
    answers: list[Text] = Field(min_length=1, description="the problems it answers")
    preconditions: list[Text] = Field(default_factory=list)
    contraindications: list[Text] = Field(default_factory=list)
    level: Literal["county", "higher", "shared"] = Field(
        description="who can put it in place: the county itself, higher levels, or both"
    )
    kind: Literal["procedure", "principle"] = Field(
        description="procedure: steps a county can carry out; principle: an orientation the papers state "
        "without giving the steps (shown as such, not as an action)"
    )
    suits: list[Fit] = Field(default_factory=list, description="answers that make it fit this county better")
    unsuitable: list[Fit] = Field(
        default_factory=list, description="answers under which it must not be recommended (a missing precondition)"
    )
    references: list[Reference] = Field(min_length=1)


def slug_ok(value: str) -> bool:
    return re.fullmatch(ID_PATTERN, value) is not None
