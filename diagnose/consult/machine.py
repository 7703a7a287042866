"""The consultation as a UI-free state machine: which question next, answer, back, skip, why, save.

Like MYCIN, it asks only what can still change a conclusion: a question is asked when it is relevant
(its skip condition is not false: an unknown gate opens its follow-ups, held back for one prompt at
the end, see `deferred`) and its answer could still change the truth of a sign, of a diagnosis's
`applies`, of a recommendation's condition or of a mechanism's fit — directly, or by opening
questions it gates. `ask_all` asks every relevant question instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from diagnose.answers import gates
from diagnose.answers.derive import derive
from diagnose.answers.groups import derive_groups
from diagnose.answers.validate import (
    NOT_TRACKED_WORDS,
    Answer,
    is_relevant,
    normalise_answer,
    question_name,
    read_answer,
    settle,
    validate,
    with_open_gates,
)
from diagnose.consult import liveness, numbers, repeat, shares
from diagnose.consult.in_place import offered
from diagnose.engine import direct
from diagnose.i18n import t
from diagnose.knowledge import conditions, formula
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.certainty import Decider, Decision, combine
from diagnose.knowledge.conditions import Condition, Truth
from diagnose.knowledge.models import Diagnosis, Question, QuestionType
from diagnose.report.build import evaluate
from diagnose.report.model import Report

UNKNOWN_REPLIES = ("unknown", "不知道", "不清楚", "dk")
YES = ("是", "y", "yes", "对", "有", "1", "true")
NO = ("否", "n", "no", "不是", "没有", "无", "0", "false")
NONE_REPLIES = ("none", "无", "都没有", "都不是", "没有", "一个也没有")  # a multiple choice with nothing ticked
# Every command word is accepted in both languages, whatever the consultation's language.
COMMANDS = {
    "help": ("?", "？", "help", "帮助"),
    "why": ("why", "为什么", "为何"),
    "why_more": ("why more", "why+", "为什么 详细", "为什么详细", "详细依据"),
    "back": ("back", "返回", "上一题"),
    "skip": ("skip", "跳过"),
    "review": ("review", "回顾", "查看回答"),
    "quit": ("quit", "exit", "退出"),
}
NUMERIC = (QuestionType.number, QuestionType.count, QuestionType.percent)
SECONDS_PER_QUESTION = 30  # this tool's rough allowance for reading a question and finding the figure


NOTE_WORDS = ("note", "备注")


def command_of(text: str) -> str | None:
    word = " ".join(text.strip().lower().split())
    for name, words in COMMANDS.items():
        if word in words:
            return name
    return "note" if note_of(text) is not None else None


def note_of(text: str) -> str | None:
    """The note in `note …` / `备注 …` (also `备注:…`), or None when the reply is not a note."""
    reply = text.strip()
    for word in NOTE_WORDS:
        if reply.lower().startswith(word):
            rest = reply[len(word) :]
            if rest[:1] in (" ", ":", ":", "\t"):
                return rest[1:].strip() or None
    return None


def parse_reply(q: Question, text: str, lang: str) -> tuple[Any, str | None]:
    """A typed reply as the JSON value `evaluate` takes, or a message saying what is expected."""
    reply = text.strip()
    if reply.lower() in UNKNOWN_REPLIES:
        return "unknown", None
    if reply.lower().replace(" ", "_") in NOT_TRACKED_WORDS:  # "we keep no statistics on this": an answer of its own
        return "not_tracked", None
    if not reply:
        return None, t("reply_empty", lang)
    if q.type == QuestionType.yes_no:
        if reply.lower() in YES:
            return True, None
        if reply.lower() in NO:
            return False, None
        return None, t("reply_yes_no", lang)
    if q.type in NUMERIC:
        return numbers.read_number(q, reply, lang)
    ids = q.choice_ids()
    labels = {c.label.get(lang): c.id for c in q.choices or []}

    def one(token: str) -> str | None:
        if token.isdigit() and 1 <= int(token) <= len(ids):
            return ids[int(token) - 1]
        return token if token in ids else labels.get(token)

    if q.type == QuestionType.single_choice:
        choice = one(reply)
        return (choice, None) if choice else (None, t("reply_choice", lang, n=len(ids)))
    if reply.lower() in NONE_REPLIES:
        return [], None
    partial = _partial_reply(reply, one)
    if partial is True:
        return None, t("reply_partial", lang, n=len(ids))
    if partial:
        return partial, None
    tokens = [x for x in re.split(r"[,，、\s]+", reply) if x]
    picked = [one(x) for x in tokens]
    if not tokens or None in picked:
        return None, t("reply_choices", lang, n=len(ids))
    return list(dict.fromkeys(p for p in picked if p)), None


# "I am sure of these, the rest I do not know": a multiple choice known in part, typed as `1 3 ?`
# (options 1 and 3 it has, the rest unknown) or `1 3 -2 ?` (and surely not 2); the words below stand
# for the `?` in either language.
REST_UNKNOWN = ("?", "？", "其余不知道", "其余不清楚", "其他不知道", "其他不清楚", "rest unknown", "others unknown")
NOT_MARKS = ("-", "－", "非", "!", "！")


def _partial_reply(reply: str, one: Callable[[str], str | None]) -> dict[str, list[str]] | bool:
    """A partial reply as {"yes": [...], "no": [...]}; False when the reply is not partial (no `?` nor
    its words); True when it is, but names no option, an unknown one, or one both ways."""
    text = reply
    for words in sorted(REST_UNKNOWN, key=len, reverse=True):
        text = re.sub(re.escape(words), " ? ", text, flags=re.IGNORECASE)
    tokens = [x for x in re.split(r"[,，、\s]+", text) if x]
    if "?" not in tokens:
        return False
    yes: list[str] = []
    no: list[str] = []
    for token in (x for x in tokens if x != "?"):
        negated = token[:1] in NOT_MARKS
        choice = one(token[1:] if negated else token)
        if choice is None:
            return True
        (no if negated else yes).append(choice)
    if (not yes and not no) or set(yes) & set(no):
        return True
    return {"yes": list(dict.fromkeys(yes)), "no": list(dict.fromkeys(no))}


@dataclass
class Progress:
    section_index: int  # 1-based
    sections: int
    section_title: str
    asked: int  # answered so far in this consultation, including this one
    at_most: int  # this question's number if every question that may still matter is asked
    left: int  # questions that may still be asked, this one included: shrinks as answers rule some out
    in_section: int  # of those, the ones in this question's section

    @property
    def minutes_left(self) -> int:
        return max(1, -(-self.left * SECONDS_PER_QUESTION // 60))


@dataclass
class Consultation:
    kb: KnowledgeBase
    lang: str
    county: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)  # answers as saved (JSON values, "unknown" kept)
    ask_all: bool = False
    history: list[str] = field(default_factory=list)  # question ids answered in this consultation, in order
    skipped: set[str] = field(default_factory=set)  # skipped in this consultation: not asked again now
    notes: dict[str, str] = field(default_factory=dict)  # question id → the note given with its answer
    focus: frozenset[str] | None = None  # ask only what can change these diagnoses (None: every one)
    revising: tuple[str, Any] | None = None  # after `back`: the question and the answer it had (Enter keeps it)
    in_place: dict[str, dict[str, Any]] = field(default_factory=dict)  # mechanism id → {since, working}
    in_place_done: bool = False  # the in-place section was answered (not skipped): saved, so not asked again
    # Follow-ups asked only because a gate was answered unknown wait for one prompt at the end (deferred.py);
    # `deferred_from` is the history length when the person chose to answer them (None: still deferred).
    deferred_from: int | None = None
    # a share answered as its two counts (shares.py): share question → (the count questions it set, as typed)
    through: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    _deciders: dict[str, Decider] = field(default_factory=dict, repr=False)
    _shares: dict[str, shares.Share] | None = field(default=None, repr=False)
    _cost: dict[str, int] = field(default_factory=dict, repr=False)  # the fewest questions to settle via each
    _first: str | None = field(default=None, repr=False)  # asked next (a question picked in review)

    def share(self, q: Question) -> shares.Share | None:
        """The two counts a share question takes at its one prompt, or None when it is not a share. (With
        `--all` the counts are asked on their own as well, as every question is.)"""
        if self._shares is None:
            self._shares = {d.id: sh for d in self.kb.derived if (sh := shares.share_of(d)) is not None}
        return self._shares.get(q.id)

    # --- state derived from the answers ---
    def known(self) -> dict[str, Answer]:
        """Normalised known answers (unknowns and not-relevant answers left out)."""
        answers: dict[str, Answer] = {}
        for qid, value in self.raw.items():
            if qid not in self.kb.questions:
                continue  # a repeat group's count or item: read as items below
            read, _ = read_answer(self.kb.questions[qid], value, self.lang)
            if read is not None and read.value is not None:
                answers[qid] = read.value
        answers, _ = derive_groups(self.kb, self._items(), answers)
        answers, _ = derive(self.kb, answers)
        relevant, _, _ = settle(self.kb, answers)  # as the batch reads them: answered follow-ups imply their gates
        return relevant

    def _items(self) -> dict[str, list[dict[str, Answer]]]:
        """The repeat groups' items described so far (answers normalised; unknown and unanswered as None)."""
        out: dict[str, list[dict[str, Answer]]] = {}
        for gid, g in self.kb.groups.items():
            n = repeat.described(self.raw, gid)
            if n:
                out[gid] = [self._item(gid, i, g.questions) for i in range(1, n + 1)]
        return out

    def _item(self, gid: str, i: int, questions: list[Question]) -> dict[str, Answer]:
        item: dict[str, Answer] = {}
        for q in questions:
            qid = repeat.item_id(gid, i, q.id)
            read, _ = read_answer(q, self.raw[qid], self.lang) if qid in self.raw else (None, None)
            item[q.id] = read.value if read is not None else None
        return item

    def _group_fields(self, worth: dict[str, float] | None, known: Mapping[str, Answer]) -> dict[str, list[str]]:
        """Per repeat group, the item questions worth asking: those read by an aggregate still open (all of
        them when every question is asked)."""
        out: dict[str, list[str]] = {}
        for q in self.kb.aggregates:
            agg = q.aggregation()
            if agg is None or q.id in self.raw or (worth is not None and q.id not in worth):
                continue
            whole = agg.group in self.kb.groups
            gid = (
                agg.group if whole else next((self.kb.group_of[f] for f in agg.fields() if f in self.kb.group_of), None)
            )
            if gid is not None:
                out.setdefault(gid, [])
                out[gid] += [f for f in agg.fields() if f not in out[gid]] if not whole else []
        for gid in out:
            every = [q.id for q in self.kb.groups[gid].questions]
            out[gid] = every if worth is None else [f for f in every if f in out[gid]]
        return out

    def _open_conditions(
        self, known: dict[str, Answer], free: liveness.Free, ahead: bool = False
    ) -> Iterator[tuple[Condition, Mapping[str, Truth], float, tuple[bool, ...]]]:
        """Each condition whose truth is still open and could change a conclusion, with its signs' truths, how
        much rides on it (a scope 1, a sign its certainty factor, a recommendation's test 0.1) and the
        directions (true, false) in which its moving would change one.

        A diagnosis's undetermined signs are asked only while they could still change its status or its
        severity band: towards true while that could raise the band, towards false while that could rule
        it out (MYCIN's goal-driven questioning, see `_directions`). A recommendation's test and a
        mechanism's `unsuitable` test change the recommendation list only by becoming true; a `suits`
        test only reorders it, and is not asked. `ahead`: as if every diagnosis that may still be reached
        were reached, so that what its recommendations would then read counts among what may be asked."""
        inf = direct.run(self.kb, known)
        for d in self.kb.diagnoses.values():
            if inf.applies[d.id] is False or (self.focus is not None and d.id not in self.focus):
                continue
            signs = inf.signs[d.id]
            dec = inf.decisions[d.id]
            if d.applies is not None and inf.applies[d.id] is None:
                yield d.applies, signs, 1.0, (True, False)
            up, down = self._directions(d, dec, signs, known, inf.applies[d.id], free)
            wants = tuple(w for w, on in ((True, up), (False, down)) if on)
            # which mechanisms to recommend matters only once the diagnosis is reached: until then, the
            # questions that decide only that wait (asked later if it is reached, never if it is not)
            may_reach = dec.status == "reached" or (ahead and dec.status == "not_assessed" and up)
            wanted = self._signs_recommendations_read(d.id) if may_reach else set()
            for s in d.signs:
                if signs[s.id] is None and (wants or s.id in wanted):
                    yield s.when, signs, s.certainty if wants else 0.1, wants or (True, False)
                elif signs[s.id] is True and up:  # a graded sign that holds may still lend a higher band's
                    for _, cond in s.band_conditions():
                        yield cond, signs, s.certainty, (True,)
            if self.focus is None and may_reach:
                for rec in d.recommends:
                    if rec.when is not None:
                        yield rec.when, signs, 0.1, (True,)
        if self.focus is not None:
            return
        reachable = ("reached", "not_assessed") if ahead else ("reached",)
        reached = {
            r.mechanism
            for d in self.kb.diagnoses.values()
            if inf.decisions[d.id].status in reachable
            for r in d.recommends
        }
        for mid in sorted(reached):
            for fit in self.kb.mechanisms[mid].unsuitable:
                yield fit.when, {}, 0.1, (True,)

    def _signs_recommendations_read(self, did: str) -> set[str]:
        """The signs a diagnosis's recommendations test (`{sign: ...}`): they decide which mechanisms are
        recommended even when they can no longer move the diagnosis's band."""
        return {
            ref for r in self.kb.diagnoses[did].recommends if r.when is not None for ref in conditions.sign_refs(r.when)
        }

    def _directions(
        self,
        d: Diagnosis,
        dec: Decision,
        signs: Mapping[str, Truth],
        known: dict[str, Answer],
        applies: Truth,
        free: liveness.Free,
    ) -> tuple[bool, bool]:
        """Whether asking could still raise the diagnosis's band (up), and whether it could still rule it
        out (down).

        A sign whose deciding questions have been answered "unknown" (or skipped, or ruled out by a gate,
        or held back for the deferred prompt) may be left unable to become true, or false, for the rest of
        the consultation (liveness.can). So the band can rise only through the signs that can still become
        true (at the most their graded bands could lend), and the diagnosis can be ruled out only if the
        signs that cannot become false stay below its first band."""
        if dec.status not in ("reached", "not_assessed"):
            return False, False  # absent even if every undetermined sign held, or not applicable
        decider = self._deciders.get(d.id) or self._deciders.setdefault(d.id, Decider(d))
        held = list(dec.lent) or [s.certainty for s in d.signs if signs[s.id] is True]
        could, stuck = [], []
        for s in d.signs:
            top = max([s.certainty, *(cf for cf, _ in s.band_conditions())])
            if signs[s.id] is True:
                raised = [cf for cf, c in s.band_conditions() if liveness.can(c, known, signs, free)[0]]
                if raised and max(raised) > min(held, default=0):
                    could.append(max(raised))
                continue
            if signs[s.id] is not None:
                continue
            to_true, to_false = liveness.can(s.when, known, signs, free)
            if to_true:
                could.append(top)
            if not to_false:
                stuck.append(s.certainty)
        scope_open = d.applies is None or applies is True or liveness.can(d.applies, known, signs, free)[0]
        up = bool(could) and scope_open and decider.band(combine([*held, *could])) != dec.severity
        down = dec.status == "not_assessed" and decider.band(combine([*held, *stuck])) is None
        return up, down

    def _free(self, known: Mapping[str, Answer]) -> liveness.Free:
        """Whether a question may still be asked: not answered, skipped, closed by a gate nor held back."""
        cache: dict[str, bool] = {}
        implying = gates.follow_ups(self.kb)

        def free(q: str) -> bool:
            if q not in cache:
                cache[q] = False  # a gate's follow-ups never lead back to it, but be safe against a cycle
                cache[q] = not (
                    q in self.raw or q in self.skipped or is_relevant(self.kb, q, known) is False or self.held(q, known)
                ) or (
                    # a gate answered unknown is implied by a follow-up answered later (answers/gates.py), as the
                    # batch reads it: it stays open while one of its follow-ups may still be asked
                    q in self.raw and q not in known and any(free(f) for f in implying.get(q, ()))
                )
            return cache[q]

        return free

    def held(self, qid: str, known: Mapping[str, Answer]) -> bool:
        """Whether a question waits for the deferred prompt: its relevance is undetermined only because its
        gates were answered unknown, skipped, or are held themselves (not because one is still to be asked).
        Until the prompt it counts as settled, so an unknown gate does not keep a diagnosis's questioning going."""
        q = self.kb.questions.get(qid)
        if not self.deferring() or q is None or q.relevant is None or is_relevant(self.kb, qid, known) is not None:
            return False
        return all(
            g in self.raw or g in self.skipped or self.held(g, known)
            for g in conditions.live_questions(q.relevant, known)
        )

    def worth(self, ahead: bool = False) -> dict[str, float]:
        """Each question whose answer could still change a conclusion, with how much rides on it; the
        unanswered gates that open them, and the inputs of derived questions, with what they open.
        `ahead`: also what a diagnosis's recommendations would read once it is reached (`reachable`)."""
        known = self.known()
        free = self._free(known)
        worth: dict[str, float] = {}
        self._cost = {}
        for cond, signs, weight, wants in self._open_conditions(known, free, ahead):
            # a question that could settle the condition by itself is worth more than one of several needed
            cost: dict[str, int] = {}
            for want in wants:
                for qid, n in liveness.costs(cond, want, known, signs, free).items():
                    cost[qid] = min(cost.get(qid, n), n)
            for qid, n in cost.items():
                worth[qid] = worth.get(qid, 0.0) + weight
                self._cost[qid] = min(self._cost.get(qid, n), n)
        # a derived question is asked through what it reads: the counts an office holds come first (a share
        # of two counts is one prompt that takes either: shares.py)
        for derived_q in reversed(self.kb.derived):
            if derived_q.id in worth and (f := derived_q.derivation()) is not None and not self.share(derived_q):
                for i in formula.questions(f):
                    if i not in known:
                        worth[i] = worth.get(i, 0.0) + worth[derived_q.id]
        # a question that gates a live question is live too, while its own answer is missing
        for gate in with_open_gates(self.kb, set(worth), known) - set(worth):
            worth[gate] = sum(w for qid, w in list(worth.items()) if gate in self.gates_of(qid))
        # a repeat group is asked through its count and items, worth what its open aggregates are worth
        for gid, fields in self._group_fields(worth, known).items():
            weight = sum(worth.get(q.id, 0.0) for q in self.kb.aggregates if q.id in worth and self._reads(q, gid))
            for gq in repeat.pending(self.kb, self.raw, self.skipped, gid, fields):
                worth[gq.id] = weight
        return worth

    def _reads(self, q: Question, gid: str) -> bool:
        agg = q.aggregation()
        return agg is not None and (agg.group == gid or any(self.kb.group_of.get(f) == gid for f in agg.fields()))

    def live(self) -> set[str]:
        """Questions whose answer could still change a conclusion, and the unanswered gates that open them."""
        return set(self.worth())

    def gates_of(self, qid: str) -> list[str]:
        rel = repeat.question(self.kb, qid).relevant
        return conditions.questions(rel) if rel is not None else []

    def candidates(self) -> list[Question]:
        """Questions that may be asked next, in questionnaire order (relevance not yet false); while
        deferred, not the follow-ups of gates answered unknown."""
        return self._candidates(None if self.ask_all else self.worth())

    def reachable(self) -> list[Question]:
        """Every question the consultation may still come to, for progress and the time left: the
        candidates, the follow-ups of gates still to be asked (a yes opens them) and what the
        recommendations of a diagnosis that may still be reached would read. Answers only take questions
        away from it, so the count shrinks; the deferred follow-ups are counted at their prompt, and the
        projects a person chooses to describe one by one once their number is given."""
        cost = self._cost
        try:
            return self._candidates(None if self.ask_all else self.worth(ahead=True), pending=True)
        finally:
            self._cost = cost  # the order's tie-break stays that of what is asked next

    def deferring(self) -> bool:
        """Whether follow-ups under an unknown gate wait for the prompt at the end (not with `--all`)."""
        return not self.ask_all and self.deferred_from is None

    def deferred(self) -> list[Question]:
        """The follow-ups that may still be asked only because a gate is unknown (relevance undetermined):
        held back for one prompt at the end of the consultation."""
        if self.ask_all:
            return []
        known = self.known()
        held_from, self.deferred_from = self.deferred_from, len(self.history)  # what would be asked if opened
        try:
            candidates = self._candidates(self.worth(), defer=False)
        finally:
            self.deferred_from = held_from
        return [
            q
            for q in candidates
            if q.id in self.kb.questions and is_relevant(self.kb, q.id, known) is None  # a project's: never gated
        ]

    def deferred_gates(self, questions: list[Question]) -> list[Question]:
        """The gates, answered unknown (or skipped), that hold these questions back, in questionnaire order."""
        gates = {g for q in questions for g in self.gates_of(q.id) if g in self.raw or g in self.skipped}
        return [g for g in self.kb.questions.values() if g.id in gates]

    def open_deferred(self) -> None:
        """Ask the deferred follow-ups now, in the usual order; `back` from the first returns to the prompt."""
        self.deferred_from = len(self.history)

    def close_deferred(self) -> None:
        """Hold the deferred follow-ups back again (`back` from the first of them: to the prompt)."""
        self.deferred_from = None

    def ask_next(self, q: Question) -> None:
        """Ask `q` next, whatever the order (a question withdrawn at the deferred prompt, deferred or not)."""
        self._first = q.id

    def at_first_deferred(self) -> bool:
        """Whether `back` now leads to the deferred prompt: no deferred question answered yet."""
        return self.deferred_from is not None and len(self.history) <= self.deferred_from

    def _candidates(self, worth: dict[str, float] | None, defer: bool = True, pending: bool = False) -> list[Question]:
        """`pending`: also the follow-ups whose gates are still to be asked (for `reachable`)."""
        known = self.known()
        holding = defer and self.deferring()
        out = []
        for q in self.kb.questions.values():
            if q.id in self.raw or q.id in self.skipped or q.id in self.through:  # through: answered as two counts
                continue
            relevance = is_relevant(self.kb, q.id, known)
            if relevance is False:
                continue
            if holding and relevance is None and (not pending or self.held(q.id, known)):
                continue  # waits for its gate; `pending` counts it unless the gate was answered unknown
            if worth is not None and q.id not in worth:
                continue
            out.append(q)
        # a repeat group's count and items come before the first question of its section that reads it
        waiting: set[str] = set()
        for gid, fields in self._group_fields(worth, known).items():
            group_qs = repeat.pending(self.kb, self.raw, self.skipped, gid, fields)
            if group_qs:
                waiting.update(q.id for q in self.kb.aggregates if self._reads(q, gid))
                at = next((i for i, q in enumerate(out) if q.id in waiting), len(out))
                out[at:at] = group_qs
        if pending:  # what may be asked: a question waiting for its inputs is asked if they stay unknown
            return out
        # a derived question waits until its inputs have been asked; asked then only if still unknown
        asked_first = {q.id for q in out}
        return [
            q
            for q in out
            if q.id not in waiting and ((f := q.derivation()) is None or not set(formula.questions(f)) & asked_first)
        ]

    def next_question(self) -> Question | None:
        """The next question: sections in order; within the current section the one on which most rides,
        among those whose gates have been answered (a follow-up is asked when its gate is yes, skipped only
        on no; under an unknown gate it waits for the deferred prompt)."""
        worth = None if self.ask_all else self.worth()
        if self._first is not None:  # a question picked in review comes next, whatever the order (deferred too)
            first, self._first = self._first, None
            if first not in self.kb.questions or is_relevant(self.kb, first, self.known()) is not False:
                return repeat.question(self.kb, first)
        candidates = self._candidates(worth)
        if not candidates:
            return None
        if worth is None:
            return candidates[0]
        section = repeat.section_of(self.kb, candidates[0].id)
        order = {q.id: i for i, q in enumerate(candidates)}
        here = [
            q
            for q in candidates
            if repeat.section_of(self.kb, q.id) == section and all(g in self.raw for g in self.gates_of(q.id))
        ] or candidates[:1]
        return min(here, key=lambda q: (-round(worth.get(q.id, 0.0), 6), self._cost.get(q.id, 1), order[q.id]))

    def progress(self, q: Question) -> Progress:
        sections = [s for s in self.kb.sections if self.kb.questions_in(s.id)]
        index = next(i for i, s in enumerate(sections, 1) if s.id == repeat.section_of(self.kb, q.id))
        asked = len(self.history) + 1
        left = self.reachable()
        here = sum(repeat.section_of(self.kb, x.id) == sections[index - 1].id for x in left)
        title = sections[index - 1].title.get(self.lang)
        return Progress(index, len(sections), title, asked, len(self.history) + len(left), len(left), here)

    def answered_by_section(self) -> list[tuple[str, int, int]]:
        """(section title, questions answered, questions in it) for each section with an answer: what a
        resumed consultation opens with."""
        out = []
        for sec in self.kb.sections:
            ids = [q.id for q in self.kb.questions_in(sec.id)]
            done = sum(q in self.raw for q in ids)
            if done:
                out.append((sec.title.get(self.lang), done, len(ids)))
        return out

    # --- moves ---
    def answer(self, q: Question, text: str) -> str | None:
        """Record a typed reply; a message (in the user's language) when it must be asked again."""
        share = self.share(q)
        if share is not None:
            counts, problem = shares.read_pair(self.kb.questions, share, text, self.lang)
            if problem or counts is not None:
                return problem or self._answer_counts(q, share, counts or {}, text)
            self.through.pop(q.id, None)
        value, problem = parse_reply(q, text, self.lang)
        if problem:
            return problem
        if value not in ("unknown", "not_tracked"):
            _, problem = normalise_answer(q, value, self.lang)
            if problem:
                return problem
        self.raw[q.id] = value
        self._answered(q.id)
        return None

    def _answered(self, qid: str) -> None:
        """The question now stands last in the history (`back` withdraws it first), wherever it stood."""
        if qid in self.history:
            self.history.remove(qid)
        self.history.append(qid)

    def _answer_counts(self, q: Question, share: shares.Share, counts: dict[str, Any], text: str) -> str | None:
        """Record a share given as its two counts: the counts are saved, the share is worked out from them."""
        whole = self.kb.questions[share.whole]
        earlier = self.raw.get(share.whole)
        mine = self.through.get(q.id, ((), ""))[0]
        if earlier not in (None, "unknown", "not_tracked") and share.whole not in mine:
            known, _ = normalise_answer(whole, earlier, self.lang)
            typed, _ = normalise_answer(whole, counts[share.whole], self.lang)
            if known != typed:  # the same total as a share asked before (villages, cross-department matters)
                what = whole.title.get(self.lang)
                return t("reply_share_whole", self.lang, what=what, known=earlier, typed=counts[share.whole])
        if shares.value_of(self.kb.questions, q, share, counts) is None:
            return t("reply_share_none", self.lang)
        setting = tuple(qid for qid in (share.part, share.whole) if qid in mine or self.raw.get(qid) != counts[qid])
        self.raw.update({qid: counts[qid] for qid in setting})
        self.raw.pop(q.id, None)
        self.through[q.id] = (setting, "/".join(str(counts[x]) for x in (share.part, share.whole)))
        self._answered(q.id)
        return None

    def recorded_as(self, q: Question, text: str) -> str | None:
        """How a number reply just recorded was read ("记为 20–30%"), when it was not a bare number; a share
        given as two counts with the share they give ("记为 12/40 → 30%")."""
        share = self.share(q)
        typed = shares.split(text) if share is not None and q.id in self.through else None
        if share is not None and typed is not None:
            counts = {x: self.raw[x] for x in (share.part, share.whole)}
            return shares.echo(typed, shares.value_of(self.kb.questions, q, share, counts), self.lang)
        if q.id not in self.raw or q.type not in NUMERIC or numbers.plain(text):
            return None
        return numbers.recorded_as(q, self.raw[q.id], self.lang)

    def back(self) -> Question | None:
        """Withdraw the previous answer so that it is asked again; what follows is re-evaluated."""
        if not self.history:
            return None
        qid = self.history.pop()
        self.revising = (qid, self.raw.pop(qid, None))
        if qid in self.through:  # a share given as two counts: both withdrawn, typed back as they were
            setting, typed = self.through.pop(qid)
            for count in setting:
                self.raw.pop(count, None)
            self.revising = (qid, typed)
        self.notes.pop(qid, None)
        self.skipped.discard(qid)
        return repeat.question(self.kb, qid)

    def revise(self, q: Question) -> None:
        """Withdraw an earlier answer (from `review`) so that it is asked next, keeping it on offer."""
        self.revising = (q.id, self.raw.pop(q.id, None))
        self.notes.pop(q.id, None)
        if q.id in self.history:
            self.history.remove(q.id)
        self.skipped.discard(q.id)
        self._first = q.id

    def skip(self, q: Question) -> None:
        self.skipped.add(q.id)

    def note(self, text: str) -> Question | None:
        """Attach a note to the answer just given; the question it went to, or None when none was given."""
        if not self.history:
            return None
        qid = self.history[-1]
        self.notes[qid] = text
        return repeat.question(self.kb, qid)

    def record(self) -> dict[str, Any]:
        """The answers in `diagnose evaluate`'s input format, questionnaire order; an answer with a note
        is saved as {"value": ..., "note": ...}."""
        answers = {
            qid: {"value": self.raw[qid], "note": self.notes[qid]} if qid in self.notes else self.raw[qid]
            for qid in self.kb.questions
            if qid in self.raw
        }
        answers.update(repeat.record_groups(self.kb, self.raw, self.notes))
        record: dict[str, Any] = {"county": self.county, "answers": answers}
        if self.in_place or self.in_place_done:
            record["in_place"] = dict(self.in_place)
        return record

    def mechanisms_to_offer(self) -> list[str]:
        """The mechanisms the in-place section offers: those the report recommends on the answers so far
        (as if none were in place yet), and those already said to be in place."""
        record = self.record()
        record.pop("in_place", None)
        report = evaluate(self.kb, validate(self.kb, record, self.lang), self.lang)
        return offered(self.kb, [r.mechanism for r in report.recommendations], list(self.in_place))

    def report(self) -> Report:
        return evaluate(self.kb, validate(self.kb, self.record(), self.lang), self.lang)

    # --- explanations ---
    def why(self, q: Question, full: bool = False) -> str:
        """WHY this question: in at most six lines what it decides, for which diagnoses, one short quote;
        `full` gives the whole trail (every sign, recommendation and fit it feeds, with each reason)."""
        return self._why_full(q) if full else self._why_short(q)

    def _feeds(self, q: Question) -> tuple[list[str], list[tuple[Any, Any]], bool]:
        """The questions it gates, the (diagnosis, sign or None for scope) it feeds, whether fits read it."""
        gated = [g.id for g in self.kb.questions.values() if g.relevant and q.id in conditions.questions(g.relevant)]
        reads = {q.id, *gated, *(d.id for d in self.kb.derived if q.id in formula.questions(d.derivation()))}  # type: ignore[arg-type]
        feeds: list[tuple[Any, Any]] = []
        for d in self.kb.diagnoses.values():
            if d.applies is not None and reads & set(conditions.questions(d.applies)):
                feeds.append((d, None))
            feeds += [(d, s) for s in d.signs if reads & set(conditions.questions(s.when))]
        fits = any(
            reads & set(conditions.questions(f.when))
            for m in self.kb.mechanisms.values()
            for f in [*m.suits, *m.unsuitable]
        )
        return gated, feeds, fits

    def _why_short(self, q: Question) -> str:
        lang = self.lang
        gated, feeds, fits = self._feeds(q)
        lines = [t("why_head", lang, q=q.title.get(lang))]
        if gated:
            lines.append("  " + t("why_gates_n", lang, n=len(gated)))
        diagnoses = list(dict.fromkeys(d.title.get(lang) for d, _ in feeds))
        if diagnoses:
            more = t("why_and_more", lang, n=len(diagnoses) - 2) if len(diagnoses) > 2 else ""
            lines.append(
                "  "
                + t(
                    "why_decides",
                    lang,
                    diagnoses="、".join(diagnoses[:2]) if lang == "zh" else "; ".join(diagnoses[:2]),
                )
                + more
            )
        signs = [(d, s) for d, s in feeds if s is not None]
        if signs:
            d, s = signs[0]
            ref = s.references[0]  # the sign's first reference: the paper it rests on
            lines.append("  " + t("why_sign", lang, sign=s.title.get(lang)))
            lines.append(f"  {enclose(ref.quote, lang)} —— {self.kb.sources[ref.source].cite}, {ref.locator}")
        elif fits and not gated:
            lines.append("  " + t("why_fit_short", lang))
        lines.append("  " + t("why_more_hint", lang))
        return "\n".join(lines[:6])

    def _why_full(self, q: Question) -> str:
        """The whole trail: which signs, diagnoses and recommendations this question feeds, with the cited reason."""
        lang = self.lang
        gated, feeds, _ = self._feeds(q)
        reads = {q.id, *gated}
        lines = [t("why_head", lang, q=question_name(q, lang))]
        if gated:
            names = ", ".join(self.kb.questions[g].label.get(lang) for g in gated)
            lines.append("  " + t("why_gates", lang, questions=names))
        quoted: set[str] = set()
        for d, s in feeds:
            if s is None:
                lines.append("  - " + t("why_applies", lang, diagnosis=d.title.get(lang)))
                continue
            lines.append(f"  - {d.title.get(lang)} ← {s.title.get(lang)}")
            lines.append(f"    {s.rationale.get(lang)}")
            for ref in s.references[:1]:
                if ref.quote not in quoted:  # each quote once
                    quoted.add(ref.quote)
                    lines.append(f"    {enclose(ref.quote, lang)} —— {self.kb.sources[ref.source].cite}, {ref.locator}")
        for d in self.kb.diagnoses.values():
            for rec in d.recommends:
                if rec.when is not None and reads & set(conditions.questions(rec.when)):
                    title = self.kb.mechanisms[rec.mechanism].title.get(lang)
                    lines.append("  - " + t("why_recommends", lang, mechanism=title, diagnosis=d.title.get(lang)))
        for m in self.kb.mechanisms.values():
            if any(reads & set(conditions.questions(f.when)) for f in [*m.suits, *m.unsuitable]):
                lines.append("  - " + t("why_fit", lang, mechanism=m.title.get(lang)))
        return "\n".join(lines)


def enclose(quote: str, lang: str) -> str:
    """A quote in one pair of marks that the quote itself does not use (no “…““办+中心”…”)."""
    pairs = [("「", "」"), ("『", "』")] if lang == "zh" else [("“", "”"), ("「", "」"), ("『", "』")]
    for left, right in pairs:
        if left not in quote and right not in quote:
            return f"{left}{quote}{right}"
    return quote
