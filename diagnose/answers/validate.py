"""Validate one input record against the questionnaire and normalise its answers.

Normal forms: yes/no → bool; numbers → int when whole, else float; an approximate number (a JSON
`{min, max}` or a phrase such as "约25", "至少3", "20-30", "大多数": answers/phrases.py) → an Interval
within the question's range (whole-number bounds for counts); single choice → choice id; multiple
choice → list of choice ids in the question's order, or, known in part (`{"yes": [..], "no": [..]}`:
the options in neither list unknown), Choices; "unknown" / "不知道" → None (known to be unknown);
"not_tracked" → None too, remembered so the report can say no statistics are kept. An answer may come
as an object with a note and a source (answers/notes.py). Answers to questions whose relevance
condition is false are set aside, as the consultation would never have asked them.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from diagnose.answers import fast, notes, phrases
from diagnose.answers.derive import Derivation, derive
from diagnose.answers.gates import Implied, imply_gates
from diagnose.answers.groups import Item, derive_groups, read_items
from diagnose.answers.notes import Note
from diagnose.i18n import t
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.choices import Choices
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.models import Question, QuestionType

UNKNOWN_WORDS = ("unknown", "不知道")
# "We keep no statistics on this": unknown to the rules, but shown in the report (not tracking can tell)
NOT_TRACKED_WORDS = ("not_tracked", "没有统计", "无统计", "未统计")
MAX_MAGNITUDE = 10**15  # no governance figure comes near; beyond it floats lose whole numbers
RECORD_FIELDS = ("county", "answers", "in_place")
INTERVAL_KEYS = frozenset({"min", "max"})
BOUND_DECIMALS = 9  # an interval's bounds are kept to this many decimals (engine/facts.py relies on it)
CHOICE_KEYS = frozenset({"yes", "no"})
Answer = bool | int | float | str | list[str] | Interval | Choices | None


@dataclass(frozen=True)
class Problem:
    path: str
    message: str


@dataclass
class Validated:
    county: dict[str, Any]
    answers: dict[str, Answer]  # relevant answers only; None = unknown
    ignored: list[str] = field(default_factory=list)  # answered but not relevant
    notes: dict[str, Note] = field(default_factory=dict)  # question id → the note and source given with it
    not_tracked: list[str] = field(default_factory=list)  # "we keep no statistics on this"
    in_place: dict[str, InPlace] = field(default_factory=dict)  # mechanism id → since when and how well
    derived: list[Derivation] = field(default_factory=list)  # values worked out from other answers
    items: dict[str, list[Item]] = field(default_factory=dict)  # repeat group id → its items, one by one
    implied: list[Implied] = field(default_factory=list)  # gates an answered follow-up implies (answers/gates.py)


@dataclass(frozen=True)
class InPlace:
    """A mechanism the county already runs: since when, and whether it works (yes, partly, no, unknown)."""

    since: int | None
    working: str


WORKING = ("yes", "partly", "no", "unknown")


@dataclass(frozen=True)
class Read:
    """One answer as read: its normal form, the note given with it, whether it was "not tracked"."""

    value: Answer
    note: Note | None = None
    not_tracked: bool = False


def read_answer(q: Question, value: Any, lang: str) -> tuple[Read | None, str | None]:
    """An answer in any of its JSON forms (plain, or an object with a note and source) as read, or the
    message saying what is wrong with it."""
    inner, note, why = notes.split(value)
    if why is not None:
        return None, t(why, lang, q=question_name(q, lang), value=_show(value))
    if isinstance(inner, str) and inner.strip().lower() in NOT_TRACKED_WORDS:
        return Read(None, note, True), None
    normal, problem = normalise_answer(q, inner, lang)
    return (None, problem) if problem else (Read(normal, note), None)


class InvalidRecord(Exception):
    def __init__(self, county: Any, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.path}: {p.message}" for p in problems))
        self.county = county
        self.problems = problems


def question_name(q: Question, lang: str) -> str:
    return f"「{q.label.get(lang)}」({q.id})" if lang == "zh" else f"'{q.label.get(lang)}' ({q.id})"


def _show(value: Any) -> str:
    import json

    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = "…"
    return text if len(text) <= 60 else text[:57] + "..."


def _number(v: float) -> int | float:
    return int(v) if float(v).is_integer() and abs(v) < 2**53 else float(v)


def normalise_answer(q: Question, value: Any, lang: str) -> tuple[Answer, str | None]:
    """(normal form, None) or (None, message naming the question, the value and what is allowed).
    Every answer of every county passes here, so a message is built only for a value that fails."""

    def refused(key: str, **extra: str) -> tuple[None, str]:
        return None, t(key, lang, q=question_name(q, lang), value=_show(value), **extra)

    if isinstance(value, str) and value.strip().lower() in UNKNOWN_WORDS:
        return None, None
    if q.type == QuestionType.yes_no:
        return (value, None) if isinstance(value, bool) else refused("expect_yes_no")
    if q.type in (QuestionType.number, QuestionType.count, QuestionType.percent):
        if isinstance(value, (str, dict)):
            return _approximate(q, value, lang)
        problem = _number_problem(q, value)
        return (None, problem_message(q, value, problem, lang)) if problem else (_number(value), None)
    ids = q.choice_ids()
    if q.type == QuestionType.single_choice:
        if isinstance(value, str) and value in ids:
            return value, None
        return refused("expect_choice", choices=", ".join(ids))
    if isinstance(value, dict):
        return _partial(q, value, lang)
    if not isinstance(value, list) or not all(isinstance(v, str) and v in ids for v in value):
        return refused("expect_choices", choices=", ".join(ids))
    if len(set(value)) < len(value):
        repeated = ", ".join(sorted({v for v in value if value.count(v) > 1}))
        return None, t("repeated_choice", lang, q=question_name(q, lang), value=repeated)
    return sorted(value, key=ids.index), None


def _partial(q: Question, value: dict, lang: str) -> tuple[Answer, str | None]:
    """`{"yes": [..], "no": [..]}` (either list may be left out) → Choices; when the two lists cover every
    option, the plain list of the yes options (the same answer as "exactly these")."""
    ids = q.choice_ids()
    name = question_name(q, lang)
    if not value or not set(value) <= CHOICE_KEYS or not all(isinstance(v, list) for v in value.values()):
        return None, t("expect_partial", lang, q=name, value=_show(value), choices=", ".join(ids))
    for side, options in value.items():
        wrong = [v for v in options if not isinstance(v, str) or v not in ids]
        if wrong:
            return None, t("partial_option", lang, q=name, side=side, value=_show(wrong[0]), choices=", ".join(ids))
        if len(set(options)) < len(options):
            repeated = ", ".join(sorted({v for v in options if options.count(v) > 1}))
            return None, t("repeated_choice", lang, q=name, value=repeated)
    yes, no = frozenset(value.get("yes", ())), frozenset(value.get("no", ()))
    if yes & no:
        both = ", ".join(c for c in ids if c in yes & no)
        return None, t("partial_both", lang, q=name, value=both)
    if yes | no == set(ids):
        return [c for c in ids if c in yes], None
    return Choices(tuple(c for c in ids if c in yes), tuple(c for c in ids if c in no)), None


def _range_words(q: Question, lang: str) -> dict[str, str]:
    lo, hi = q.bounds()
    return {
        "lo": _show(_number(lo)) if lo is not None else "−∞",
        "hi": _show(_number(hi)) if hi is not None else "∞",
        "unit": f" {q.unit.get(lang)}" if q.unit else "",
    }


def problem_message(q: Question, value: Any, key: str, lang: str) -> str:
    extra: dict[str, str] = {}
    if key == "too_large":
        extra = {"limit": "10^15"}
    elif key in ("out_of_range", "phrase_empty"):
        extra = _range_words(q, lang)
    return t(key, lang, q=question_name(q, lang), value=_show(value), **extra)


def _number_problem(q: Question, value: Any) -> str | None:
    """The message key of what is wrong with one number written for a numeric question, or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "expect_number"
    if isinstance(value, float) and not math.isfinite(value):
        return "expect_number"
    if abs(value) > MAX_MAGNITUDE:  # checked before any float conversion: a 400-digit int overflows one
        return "too_large"
    if q.type == QuestionType.count and not float(value).is_integer():
        return "expect_integer"
    lo, hi = q.bounds()
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        return "out_of_range"
    return None


def _approximate(q: Question, value: str | dict, lang: str) -> tuple[Answer, str | None]:
    """A range or a phrase for a numeric question → its Interval within the question's range. Every
    number written must itself be valid for the question; the bounds a reading derives (约25 → 22.5)
    are clipped to the range instead."""
    if isinstance(value, dict):
        if not value or not set(value) <= INTERVAL_KEYS:
            return None, problem_message(q, value, "expect_interval", lang)
        written = tuple(value.values())
        if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in written):
            return None, problem_message(q, value, "expect_interval", lang)
        reading = phrases.Reading(Interval(value.get("min"), value.get("max")), written=written)
        if "min" in value and "max" in value and value["min"] > value["max"]:
            return None, problem_message(q, value, "expect_interval", lang)
    else:
        try:
            reading = phrases.read(value)
        except phrases.PhraseError as e:
            return None, problem_message(q, value, "expect_number" if e.key == "phrase_unknown" else e.key, lang)
        if not isinstance(reading.value, Interval):  # an exact figure goes as a JSON number
            return None, problem_message(q, value, "expect_number", lang)
        if reading.proportion and q.type != QuestionType.percent:
            return None, problem_message(q, value, "phrase_proportion", lang)
    for number in reading.written:
        problem = _number_problem(q, number)
        if problem:
            return None, problem_message(q, value, problem, lang)
    assert isinstance(reading.value, Interval)
    iv = within(q, reading.value, outward=reading.approximate)
    if iv.empty:
        return None, problem_message(q, value, "phrase_empty", lang)
    return iv, None


def within(q: Question, iv: Interval, outward: bool = False) -> Interval:
    """The interval clipped to the question's range; for a count, to the whole numbers inside it
    (`outward`: the whole numbers around it, for an approximation: 约25 → [22.5, 27.5] → 22 to 28)."""
    lo, hi, lo_open, hi_open = iv.lo, iv.hi, iv.lo_open, iv.hi_open
    if q.type == QuestionType.count:
        if outward:
            lo = None if lo is None else math.floor(lo)
            hi = None if hi is None else math.ceil(hi)
        else:
            lo = None if lo is None else (math.floor(lo) + 1 if lo_open else math.ceil(lo))
            hi = None if hi is None else (math.ceil(hi) - 1 if hi_open else math.floor(hi))
        lo_open = hi_open = False
    else:
        lo = None if lo is None else _number(round(lo, BOUND_DECIMALS))
        hi = None if hi is None else _number(round(hi, BOUND_DECIMALS))
    q_lo, q_hi = q.bounds()
    if q_lo is not None and (lo is None or lo < q_lo):
        lo, lo_open = _number(q_lo), False
    if q_hi is not None and (hi is None or hi > q_hi):
        hi, hi_open = _number(q_hi), False
    return Interval(lo, hi, lo_open, hi_open, written=iv.written)


def validate(kb: KnowledgeBase, record: Any, lang: str) -> Validated:
    """Return the normalised record, or raise InvalidRecord listing every problem found."""
    if not isinstance(record, dict):
        raise InvalidRecord(None, [Problem("$", t("not_object", lang, got=type(record).__name__))])
    problems: list[Problem] = []
    county = record.get("county")
    for key in record:
        if key not in RECORD_FIELDS:
            problems.append(Problem(key, t("unknown_field", lang, field=key, allowed=", ".join(RECORD_FIELDS))))
    if not isinstance(county, dict):
        problems.append(Problem("county", t("missing_field", lang, field="county {id, name}")))
        county = None
    else:
        if not isinstance(county.get("id"), str) or not county["id"].strip():
            problems.append(Problem("county.id", t("county_id", lang)))
        if "name" in county and not isinstance(county["name"], str):
            problems.append(Problem("county.name", t("county_name", lang)))
    raw = record.get("answers")
    answers: dict[str, Answer] = {}
    items: dict[str, list[Item]] = {}
    notes_of: dict[str, Note] = {}
    not_tracked: list[str] = []
    if "answers" not in record:
        problems.append(Problem("answers", t("missing_field", lang, field="answers")))
    elif not isinstance(raw, dict):
        problems.append(Problem("answers", t("answers_object", lang)))
    else:
        quick = fast.readers(kb, UNKNOWN_WORDS + NOT_TRACKED_WORDS, MAX_MAGNITUDE, UNKNOWN_WORDS)
        for qid, value in raw.items():
            reader = quick.get(qid)
            if reader is not None:
                normal = reader.read(value)
                if normal is not fast.SLOW:  # a plainly valid answer: no note, phrase or unknown word
                    answers[qid] = normal
                    continue
            q = kb.questions.get(qid)
            if q is None and qid in kb.groups and isinstance(value, str) and value.strip().lower() in UNKNOWN_WORDS:
                continue  # not known how many items: the group is not described
            if q is None and qid in kb.groups:
                items[qid], item_problems = read_items(kb.groups[qid], value, lang, read_answer, _show)
                problems += [Problem(p.path, p.message) for p in item_problems]
                continue
            if q is None:
                close = difflib.get_close_matches(qid, [*kb.questions, *kb.groups], n=3)
                hint = t("did_you_mean", lang, ids=", ".join(close)) if close else ""
                problems.append(Problem(f"answers.{qid}", t("unknown_question", lang, qid=qid, hint=hint)))
                continue
            read, message = read_answer(q, value, lang)
            if read is None:
                problems.append(Problem(f"answers.{qid}", message or ""))
                continue
            answers[qid] = read.value
            if read.note is not None:
                notes_of[qid] = read.note
            if read.not_tracked:
                not_tracked.append(qid)
    in_place = _in_place(kb, record.get("in_place", {}), lang, problems)
    if problems:
        raise InvalidRecord(county, problems)
    assert county is not None
    given = answers
    answers, counted = derive_groups(kb, items, answers)  # first: arithmetic formulas may read its values
    answers, derivations = derive(kb, answers)
    derivations = counted + derivations
    relevant, ignored, implied = settle(kb, answers)
    if implied:  # a gate left "not tracked" that a follow-up implies is known now
        not_tracked = [q for q in not_tracked if q not in {i.question for i in implied}]
    return Validated(
        county=county,
        answers=relevant,
        ignored=[q for q in ignored if q in given],
        derived=_relevant_derivations(kb, derivations, relevant),
        notes={q: n for q, n in notes_of.items() if q in relevant},
        not_tracked=[q for q in not_tracked if q in relevant],
        in_place=in_place,
        items=items,
        implied=implied,
    )


def _relevant_derivations(
    kb: KnowledgeBase, derivations: list[Derivation], answers: dict[str, Answer]
) -> list[Derivation]:
    """The derivations of questions that apply (is_relevant), the known answers gathered once for all."""
    if not derivations:
        return derivations
    known = {k: v for k, v in answers.items() if v is not None}
    return [d for d in derivations if relevant(kb, d.question, known) is not False]


def _in_place(kb: KnowledgeBase, raw: Any, lang: str, problems: list[Problem]) -> dict[str, InPlace]:
    """`in_place`: {mechanism id: {"since": year, "working": "yes|partly|no|unknown"}}, both keys optional."""
    if not isinstance(raw, dict):
        problems.append(Problem("in_place", t("in_place_object", lang)))
        return {}
    out: dict[str, InPlace] = {}
    for mid, entry in raw.items():
        path = f"in_place.{mid}"
        if mid not in kb.mechanisms:
            close = difflib.get_close_matches(str(mid), list(kb.mechanisms), n=3)
            hint = t("did_you_mean", lang, ids=", ".join(close)) if close else ""
            problems.append(Problem(path, t("unknown_mechanism", lang, mid=mid, hint=hint)))
            continue
        if not isinstance(entry, dict) or set(entry) - {"since", "working"}:
            problems.append(Problem(path, t("in_place_entry", lang, working=" | ".join(WORKING))))
            continue
        since, working = entry.get("since"), entry.get("working", "unknown")
        if since is not None and (isinstance(since, bool) or not isinstance(since, int) or not 1949 <= since <= 2100):
            problems.append(Problem(f"{path}.since", t("in_place_since", lang, value=_show(since))))
            continue
        if working not in WORKING:
            problems.append(Problem(f"{path}.working", t("in_place_working", lang, working=" | ".join(WORKING))))
            continue
        out[mid] = InPlace(since, working)
    return out


def settle(kb: KnowledgeBase, answers: dict[str, Answer]) -> tuple[dict[str, Answer], list[str], list[Implied]]:
    """The answers that apply, the answered ones set aside, and the gates answered follow-ups imply
    (answers/gates.py) — as the batch and the consultation both read a county's answers."""
    relevant, ignored = apply_relevance(kb, answers)
    relevant, implied = imply_gates(kb, relevant)
    if implied:  # a gate filled in may set aside a question that needed it otherwise
        relevant, more = apply_relevance(kb, relevant)
        ignored += more
        implied = [i for i in implied if i.question in relevant]
    return relevant, ignored, implied


def apply_relevance(kb: KnowledgeBase, answers: dict[str, Answer]) -> tuple[dict[str, Answer], list[str]]:
    """Set aside the answers whose question does not apply given the answers kept (to a fixed point).

    A question is set aside only when its skip condition is definitely false: a follow-up answered
    while its gate is unknown counts (an office may know the facts behind a gate it cannot state)."""
    kept = dict(answers)
    gates = fast.gated(kb)  # only these can be set aside; each with the questions its condition reads
    applies = fast.relevance(kb)  # their conditions as closures: `relevant`, made once
    known = {k: v for k, v in kept.items() if v is not None}
    drop = [qid for qid in gates if qid in kept and applies[qid](known) is False]
    while drop:
        for qid in drop:
            del kept[qid]
            known.pop(qid, None)  # the known answers kept, without gathering them again
        # Only a condition reading an answer just set aside can change: the others were not false.
        gone = set(drop)
        drop = [q for q, reads in gates.items() if q in kept and reads & gone and applies[q](known) is False]
    ordered = {qid: kept[qid] for qid in kb.questions if qid in kept}
    if len(kept) == len(answers):  # nothing set aside
        return ordered, []
    return ordered, [qid for qid in kb.questions if qid in answers and qid not in kept]


def with_open_gates(kb: KnowledgeBase, live: set[str], known: Mapping[str, Answer]) -> set[str]:
    """`live` plus the unanswered questions that gate them (directly or in turn): those come first."""
    pending = list(live)
    while pending:
        rel = kb.questions[pending.pop()].relevant
        for gate in conditions.live_questions(rel, known) if rel is not None else []:
            if gate not in live:
                live.add(gate)
                pending.append(gate)
    return live


def is_relevant(kb: KnowledgeBase, qid: str, answers: Mapping[str, Answer]) -> bool | None:
    return relevant(kb, qid, {k: v for k, v in answers.items() if v is not None})


def relevant(kb: KnowledgeBase, qid: str, known: Mapping[str, Answer]) -> bool | None:
    """Whether the question applies, given the known answers only (no unknowns among them)."""
    rel = kb.questions[qid].relevant
    return True if rel is None else conditions.evaluate(rel, known)
