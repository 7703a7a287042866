"""The consultation as a UI-free state machine: which question next, answer, back, skip, why, save.

Like MYCIN, it asks only what can still change a conclusion: a question is asked when it is relevant
(its skip condition holds) and its answer could still change the truth of a sign, of a diagnosis's
`applies`, of a recommendation's condition or of a mechanism's fit — directly, or by opening
questions it gates. `ask_all` asks every relevant question instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from diagnose.answers.validate import (
    Answer,
    apply_relevance,
    is_relevant,
    normalise_answer,
    question_name,
    validate,
    with_open_gates,
)
from diagnose.engine import direct
from diagnose.i18n import t
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.conditions import Condition, Truth
from diagnose.knowledge.models import Question, QuestionType
from diagnose.report.build import evaluate
from diagnose.report.model import Report

UNKNOWN_REPLIES = ("unknown", "不知道", "不清楚", "dk")
YES = ("是", "y", "yes", "对", "有", "1", "true")
NO = ("否", "n", "no", "不是", "没有", "无", "0", "false")
COMMANDS = {
    "help": ("?", "？", "help", "帮助"),
    "why": ("why", "为什么", "为何"),
    "back": ("back", "返回", "上一题"),
    "skip": ("skip", "跳过"),
    "quit": ("quit", "exit", "退出"),
}


def command_of(text: str) -> str | None:
    word = text.strip().lower()
    for name, words in COMMANDS.items():
        if word in words:
            return name
    return None


def parse_reply(q: Question, text: str, lang: str) -> tuple[Any, str | None]:
    """A typed reply as the JSON value `evaluate` takes, or a message saying what is expected."""
    reply = text.strip()
    if reply.lower() in UNKNOWN_REPLIES:
        return "unknown", None
    if not reply:
        return None, t("reply_empty", lang)
    if q.type == QuestionType.yes_no:
        if reply.lower() in YES:
            return True, None
        if reply.lower() in NO:
            return False, None
        return None, t("reply_yes_no", lang)
    if q.type in (QuestionType.number, QuestionType.count, QuestionType.percent):
        try:
            number = float(reply.rstrip("%％").replace(",", "").strip())
        except ValueError:
            return None, t("reply_number", lang)
        return (int(number) if number.is_integer() else number), None
    ids = q.choice_ids()
    labels = {c.label.get(lang): c.id for c in q.choices or []}

    def one(token: str) -> str | None:
        if token.isdigit() and 1 <= int(token) <= len(ids):
            return ids[int(token) - 1]
        return token if token in ids else labels.get(token)

    if q.type == QuestionType.single_choice:
        choice = one(reply)
        return (choice, None) if choice else (None, t("reply_choice", lang, n=len(ids)))
    tokens = [x for x in re.split(r"[,，、\s]+", reply) if x]
    picked = [one(x) for x in tokens]
    if not tokens or None in picked:
        return None, t("reply_choices", lang, n=len(ids))
    return list(dict.fromkeys(p for p in picked if p)), None


@dataclass
class Progress:
    section_index: int  # 1-based
    sections: int
    section_title: str
    asked: int  # answered so far in this consultation, including this one
    at_most: int  # this question's number if every question that may still matter is asked


@dataclass
class Consultation:
    kb: KnowledgeBase
    lang: str
    county: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)  # answers as saved (JSON values, "unknown" kept)
    ask_all: bool = False
    history: list[str] = field(default_factory=list)  # question ids answered in this consultation, in order
    skipped: set[str] = field(default_factory=set)  # skipped in this consultation: not asked again now

    # --- state derived from the answers ---
    def known(self) -> dict[str, Answer]:
        """Normalised known answers (unknowns and not-relevant answers left out)."""
        answers: dict[str, Answer] = {}
        for qid, value in self.raw.items():
            normal, problem = normalise_answer(self.kb.questions[qid], value, self.lang)
            if problem is None and normal is not None:
                answers[qid] = normal
        relevant, _ = apply_relevance(self.kb, answers)
        return relevant

    def _open_conditions(self, known: dict[str, Answer]) -> Iterator[tuple[Condition, Mapping[str, Truth]]]:
        """Each condition whose truth is still open and could change a conclusion, with its signs' truths."""
        inf = direct.run(self.kb, known)
        for d in self.kb.diagnoses.values():
            if inf.applies[d.id] is False:
                continue
            signs = inf.signs[d.id]
            if d.applies is not None and inf.applies[d.id] is None:
                yield d.applies, signs
            for s in d.signs:
                if signs[s.id] is None:
                    yield s.when, signs
            if inf.decisions[d.id].status in ("reached", "not_assessed"):
                for rec in d.recommends:
                    if rec.when is not None:
                        yield rec.when, signs
        possible = {
            r.mechanism for d in self.kb.diagnoses.values() if inf.applies[d.id] is not False for r in d.recommends
        }
        for mid in sorted(possible):
            m = self.kb.mechanisms[mid]
            for fit in [*m.suits, *m.unsuitable]:
                yield fit.when, {}

    def live(self) -> set[str]:
        """Questions whose answer could still change a conclusion, and the unanswered gates that open them."""
        known = self.known()
        live: set[str] = set()
        for cond, signs in self._open_conditions(known):
            live.update(conditions.live_questions(cond, known, signs))
        # a question that gates a live question is live too, while its own answer is missing
        return with_open_gates(self.kb, live, known)

    def candidates(self) -> list[Question]:
        """Questions that may still be asked, in questionnaire order (relevance not yet false)."""
        known = self.known()
        live = None if self.ask_all else self.live()
        out = []
        for q in self.kb.questions.values():
            if q.id in self.raw or q.id in self.skipped:
                continue
            if is_relevant(self.kb, q.id, known) is False:
                continue
            if live is not None and q.id not in live:
                continue
            out.append(q)
        return out

    def next_question(self) -> Question | None:
        known = self.known()
        for q in self.candidates():
            if is_relevant(self.kb, q.id, known) is True:
                return q
        return None

    def progress(self, q: Question) -> Progress:
        sections = [s for s in self.kb.sections if self.kb.questions_in(s.id)]
        index = next(i for i, s in enumerate(sections, 1) if s.id == self.kb.section_of[q.id])
        asked = len(self.history) + 1
        return Progress(
            index,
            len(sections),
            sections[index - 1].title.get(self.lang),
            asked,
            len(self.history) + len(self.candidates()),
        )

    # --- moves ---
    def answer(self, q: Question, text: str) -> str | None:
        """Record a typed reply; a message (in the user's language) when it must be asked again."""
        value, problem = parse_reply(q, text, self.lang)
        if problem:
            return problem
        if value != "unknown":
            _, problem = normalise_answer(q, value, self.lang)
            if problem:
                return problem
        self.raw[q.id] = value
        if q.id in self.history:
            self.history.remove(q.id)
        self.history.append(q.id)
        return None

    def back(self) -> Question | None:
        """Withdraw the previous answer so that it is asked again; what follows is re-evaluated."""
        if not self.history:
            return None
        qid = self.history.pop()
        self.raw.pop(qid, None)
        self.skipped.discard(qid)
        return self.kb.questions[qid]

    def skip(self, q: Question) -> None:
        self.skipped.add(q.id)

    def record(self) -> dict[str, Any]:
        """The answers in `diagnose evaluate`'s input format, questionnaire order."""
        answers = {qid: self.raw[qid] for qid in self.kb.questions if qid in self.raw}
        return {"county": self.county, "answers": answers}

    def report(self) -> Report:
        return evaluate(self.kb, validate(self.kb, self.record(), self.lang), self.lang)

    # --- explanations ---
    def why(self, q: Question) -> str:
        """WHY: which signs, diagnoses and recommendations this question feeds, with the cited reason."""
        lang = self.lang
        gated = [g.id for g in self.kb.questions.values() if g.relevant and q.id in conditions.questions(g.relevant)]
        reads = {q.id, *gated}
        lines = [t("why_head", lang, q=question_name(q, lang))]
        if gated:
            names = ", ".join(self.kb.questions[g].label.get(lang) for g in gated)
            lines.append("  " + t("why_gates", lang, questions=names))
        for d in self.kb.diagnoses.values():
            uses = []
            if d.applies is not None and reads & set(conditions.questions(d.applies)):
                uses.append("  - " + t("why_applies", lang, diagnosis=d.title.get(lang)))
            for s in d.signs:
                if reads & set(conditions.questions(s.when)):
                    uses.append(f"  - {d.title.get(lang)} ← {s.title.get(lang)} (CF {s.certainty})")
                    uses.append(f"    {s.rationale.get(lang)}")
                    ref = s.references[0]
                    uses.append(f"    「{ref.quote}」 —— {self.kb.sources[ref.source].cite}, {ref.locator}")
            for rec in d.recommends:
                if rec.when is not None and reads & set(conditions.questions(rec.when)):
                    title = self.kb.mechanisms[rec.mechanism].title.get(lang)
                    uses.append("  - " + t("why_recommends", lang, mechanism=title, diagnosis=d.title.get(lang)))
            lines += uses
        for m in self.kb.mechanisms.values():
            if any(reads & set(conditions.questions(f.when)) for f in [*m.suits, *m.unsuitable]):
                lines.append("  - " + t("why_fit", lang, mechanism=m.title.get(lang)))
        return "\n".join(lines)
