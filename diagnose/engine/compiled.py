"""The knowledge base compiled into a durable_rules ruleset, and counties run through it.

The chain runs in two stages, each one engine call for a whole batch of counties (`run_many`):
1. the answers are asserted as facts; a *sign rule* fires for each sign whose condition holds (and a
   *refutation rule* for each whose condition is false while an answer is missing: unknown is
   neither), and likewise for each diagnosis's `applies` and each mechanism's fit conditions;
2. the driver decides each diagnosis from the signs that fired (certainty.decide: a pure function)
   and asserts a diagnosis fact for each one reached, carrying its sign truths and the answers its
   recommendations read; *recommendation rules* match those facts.
Conditions are three-valued: each compiles to a pattern that matches when it is true and another
that matches when it is false, so a missing field (an unknown answer) matches neither.

Approximate answers (intervals) go through a second compilation of the same base (`intervals=True`),
built when the first such county comes: there a numeric answer is its lower and upper bound
(facts.py), a test holds when one bound passes it (≥ on the lower, < on the upper) and fails when the
other bound fails it, and a *possible rule* per condition over numbers fires when the condition is
not false (each test passed by some value of its interval), which tells a straddled condition
(undetermined) from a false one. Counties with exact answers only keep the first compilation, as fast
as before.

Every rule fires once per batch with all the counties' facts that matched it (rules_host.drive), and
its action only records what fired, in per-county rows (see `_Table`): the engine is run for
thousands of counties, and a firing costs far more than a row update.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import partial
from itertools import compress
from operator import itemgetter
from types import MappingProxyType
from typing import Any

from diagnose.answers.validate import Answer
from diagnose.engine import host as rules_host
from diagnose.engine.facts import OPTION, FactEncoder, Fragments, Vague
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.certainty import Decider, Decision
from diagnose.knowledge.conditions import Truth
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.models import QuestionType

Signs = Mapping[str, Truth]  # one diagnosis's signs → their truth

NEGATE = {"eq": "ne", "ne": "eq", "lt": "gte", "gte": "lt", "gt": "lte", "lte": "gt"}
DURABLE_OP = {"lt": "$lt", "lte": "$lte", "gt": "$gt", "gte": "$gte"}
NUMERIC = (QuestionType.number, QuestionType.percent, QuestionType.count)


@dataclass
class Inference:
    """What the engine derived for one county."""

    applies: dict[str, Truth] = field(default_factory=dict)
    signs: dict[str, Signs] = field(default_factory=dict)  # diagnosis → sign → truth
    decisions: dict[str, Decision] = field(default_factory=dict)
    recommended: list[tuple[str, int]] = field(default_factory=list)  # (diagnosis, recommends index)
    suits: list[tuple[str, int]] = field(default_factory=list)  # (mechanism, suits index) that hold
    unsuitable: list[tuple[str, int]] = field(default_factory=list)  # (mechanism, unsuitable index) that hold


class Compiler:
    """Turns conditions into durable_rules patterns over short field names; with `intervals`, numeric
    answers are two fields, the lower bound (the question's key) and the upper (key + "h")."""

    def __init__(self, kb: KnowledgeBase, intervals: bool = False) -> None:
        self.kb = kb
        self.intervals = intervals
        self.key = {qid: f"q{i}" for i, qid in enumerate(kb.questions)}

    def pattern(
        self,
        cond: conditions.Condition,
        truth: bool,
        sign_key: Callable[[str], str] | None = None,
        possible: bool = False,
    ) -> dict:
        """A pattern that matches when `cond` is `truth` (never when it is unknown); `possible`: when
        it is `truth` or unknown because an interval straddles a test (never for a missing answer).
        Both compose alike: "not false" of an `all` is "not false" of each part."""
        if isinstance(cond, conditions.Not):
            return self.pattern(cond.item, not truth, sign_key, possible)
        if isinstance(cond, conditions.Any_) and truth and sign_key and len(cond.items) > 1:
            if all(isinstance(i, conditions.SignRef) for i in cond.items):
                return self._first_true_sign([sign_key(i.sign) for i in cond.items])  # type: ignore[union-attr]
        if isinstance(cond, (conditions.All, conditions.Any_)):
            conjunctive = isinstance(cond, conditions.All) == truth
            parts = [self.pattern(i, truth, sign_key, possible) for i in cond.items]
            return parts[0] if len(parts) == 1 else {"$and" if conjunctive else "$or": parts}
        if isinstance(cond, conditions.SignRef):
            if sign_key is None:
                raise ValueError("a sign reference outside a recommendation")
            return {sign_key(cond.sign): 1 if truth else 0}
        return self.atom(cond, truth, possible)

    @staticmethod
    def _first_true_sign(keys: list[str]) -> dict:
        """`any` of signs as branches that exclude each other (the first sign that holds): an `$or`
        fires once per matching branch, and each firing costs. Sign fields are 1 true, 0 false and
        2 unknown in recommendation facts, so "not true" is a plain `$neq 1`."""
        return {
            "$or": [
                {"$and": [{key: 1}, *({"$neq": {before: 1}} for before in keys[:n])]} if n else {key: 1}
                for n, key in enumerate(keys)
            ]
        }

    def atom(self, atom: conditions.Atom, truth: bool, possible: bool = False) -> dict:
        q = self.kb.questions[atom.q]
        key = self.key[atom.q]
        if self.intervals and q.type in NUMERIC:
            return self._bounds(key, atom.op if truth else NEGATE[atom.op], atom.value, possible)
        if atom.op == "has":
            return {f"{key}_{atom.value}": 1 if truth else 0}
        if atom.op == "in":
            if truth:
                return _either([{key: v} for v in atom.value])
            return {"$and": [{"$ex": {key: 1}}] + [{"$neq": {key: v}} for v in atom.value]}
        value = int(atom.value) if q.type == QuestionType.yes_no else atom.value
        op = atom.op if truth else NEGATE[atom.op]
        if op == "eq":
            return {key: value}
        if op == "ne":
            # $neq alone would match a missing field? It does not (measured), but say so explicitly.
            return {"$and": [{"$ex": {key: 1}}, {"$neq": {key: value}}]}
        return {DURABLE_OP[op]: {key: value}}

    @staticmethod
    def _bounds(key: str, op: str, value: Any, possible: bool) -> dict:
        """A test on an interval's bounds [lo, hi] (fields key, key+"h"): it holds for every value when
        lo ≥ x (for ≥), and for some value when hi ≥ x; and so on."""
        lo, hi = key, f"{key}h"
        if op == "eq":
            if possible:
                return {"$and": [{"$lte": {lo: value}}, {"$gte": {hi: value}}]}
            return {"$and": [{lo: value}, {hi: value}]}
        if op == "ne":
            if possible:
                return {"$or": [{"$lt": {lo: value}}, {"$gt": {hi: value}}]}
            return {"$or": [{"$gt": {lo: value}}, {"$lt": {hi: value}}]}
        lower = op in ("gt", "gte")  # for every value the lower bound decides ≥, the upper ≤
        return {DURABLE_OP[op]: {(lo if lower != possible else hi): value}}


def units(kb: KnowledgeBase, cond: conditions.Condition) -> list[str]:
    """The answer units a condition reads: its questions, except that a test on a multiple choice reads
    one option (question id, OPTION, option id), since an option may be answered while others are not."""
    out = []
    for atom in conditions.atoms(cond):
        multiple = kb.questions[atom.q].type == QuestionType.multiple_choice
        out.append(f"{atom.q}{OPTION}{atom.value}" if multiple else atom.q)
    return list(dict.fromkeys(out))


def _either(parts: list[dict]) -> dict:
    return parts[0] if len(parts) == 1 else {"$or": parts}


# durable_rules keeps at most 64 pending alpha nodes while matching one fact (ERR_MAX_STACK_SIZE, code 303,
# measured: 64 rules on one fact pass, 65 fail). Rules are packed into groups of at most this many pattern
# branches (an `$or` counts once per branch), and each group gets a fact of its own. The nodes pending at
# once head disjoint parts of the network, each ending in at least one branch, so they never outnumber
# the branches. Fewer, larger groups are cheaper (fewer facts to parse, store and retract): 56 measured
# 1.20M instructions per county against 1.25M for 48, and leaves a margin of 8 under the limit.
GROUP_CAPACITY = 56

# Counties driven through the engine together (see rules_host.drive): each rule fires once per batch.
BATCH = 64

# Decisions remembered per diagnosis (a diagnosis with 9 signs has 3^10 states); past it they are made anew.
MEMO_LIMIT = 4096


def branches(pattern: Any) -> int:
    """How many alpha branches durable_rules makes of a pattern (it expands `$or` into alternatives)."""
    if isinstance(pattern, dict):
        if "$or" in pattern:
            return sum(branches(p) for p in pattern["$or"])
        if "$and" in pattern:
            n = 1
            for p in pattern["$and"]:
                n *= branches(p)
            return n
    return 1


@dataclass
class Group:
    """Rules that share one fact: the fact carries `key` and the answers the rules read."""

    key: int
    questions: set[str] = field(default_factory=set)
    branches: int = 0
    rules: list[tuple[str, dict, rules_host.Action, list[str]]] = field(default_factory=list)


class Packer:
    """Packs rules into groups under GROUP_CAPACITY, each rule into the group with room that already
    carries most of its questions (the first such), a new group only when none has room: every group
    is a fact per county, and packing in order alone left a sixth fact for two rules (measured)."""

    def __init__(self) -> None:
        self.groups: list[Group] = []

    def add(self, name: str, pattern: dict, action: rules_host.Action, questions: list[str]) -> Group:
        n = branches(pattern)
        room = [g for g in self.groups if g.branches + n <= GROUP_CAPACITY]
        if room:
            group = max(room, key=lambda g: len(g.questions.intersection(questions)))
        else:
            group = Group(key=len(self.groups))
            self.groups.append(group)
        group.branches += n
        group.questions.update(questions)
        group.rules.append((name, pattern, action, questions))
        return group


class _Table:
    """What the rules fired: a row per county of the current batch, a slot per rule target, in
    sections (signs and applies: None undetermined; recommended, suits, unsuitable: False until fired).

    A county's row is the owner of its facts (rules_host.drive), so an action, a `functools.partial` of
    `_mark` bound to its slots, sets them in the rows it is handed directly. Setting a slot twice is
    harmless (an `$or` pattern fires once per matching branch). The rows are made anew for each batch.
    """

    def __init__(self, sections: dict[str, tuple[int, bool | None]]) -> None:
        self.span: dict[str, slice] = {}
        self.blank: list[bool | None] = []
        for name, (width, blank) in sections.items():
            self.add_section(name, width, blank)
        self.rows: list[list[bool | None]] = []

    def slot(self, section: str, i: int) -> int:
        return self.span[section].start + i

    def add_section(self, name: str, width: int, blank: bool | None) -> None:
        self.span[name] = slice(len(self.blank), len(self.blank) + width)
        self.blank += [blank] * width

    def reset(self, n: int) -> None:
        self.rows = [self.blank.copy() for _ in range(n)]


def _tuple_of(*slots: int) -> Callable[[list], tuple]:
    """What reads these slots of a row as one tuple, in C (`itemgetter` gives a bare item for one slot)."""
    if len(slots) == 1:
        return lambda row: (row[slots[0]],)
    return itemgetter(*slots)


def _mark(slots: tuple[int, ...], value: bool, rows: list[list[bool | None]]) -> None:
    for row in rows:
        for slot in slots:
            row[slot] = value


class CompiledKB:
    """One knowledge base registered as a ruleset; `run` evaluates one county.

    Three-valued conditions under a closed world: a condition whose questions are all answered is
    either true or false, so when its *true* rule did not fire it is false. Its *refutation* rule is
    needed only when some of its questions are unanswered (false can still be proved, e.g. one false
    item of an `all`), and is guarded by that: it fires only when an input is missing. This saves a
    firing for every false sign of a fully answered county.
    """

    def __init__(self, kb: KnowledgeBase, intervals: bool = False) -> None:
        self.kb = kb
        self.intervals = intervals
        self.compiler = Compiler(kb, intervals)
        self.encoder = FactEncoder(kb.questions, self.compiler.key, kb.thresholds() if intervals else None)
        self.name = f"county_diagnose_{kb.content_hash}" + ("_iv" if intervals else "")
        self._vague: CompiledKB | None = None  # the interval compilation, made on first need
        diagnoses = list(kb.diagnoses.values())
        # slots in the tables: one per diagnosis with `applies`, per sign, per recommendation, per fit
        self._applies_slot = {d.id: i for i, d in enumerate(d for d in diagnoses if d.applies is not None)}
        self._rec_slots = [(d.id, k) for d in diagnoses for k in range(len(d.recommends))]
        self._suits_slots = [(m.id, k) for m in kb.mechanisms.values() for k in range(len(m.suits))]
        self._unsuitable_slots = [(m.id, k) for m in kb.mechanisms.values() for k in range(len(m.unsuitable))]
        # what fired, per county of a batch: None undetermined, True, False (closed world, see _close_world);
        # signs first, so that sign i is slot i of a row
        # graded bands of signs (models.Bands): each a three-valued condition of its own, like a sign
        self._band_conds = [cond for d in diagnoses for s in d.signs for _, cond in s.band_conditions()]
        self.fired = _Table(
            {
                "signs": (sum(len(d.signs) for d in diagnoses), None),
                "applies": (len(self._applies_slot), None),
                "bands": (len(self._band_conds), None),  # right after applies: the closed world covers all three
                "recommended": (len(self._rec_slots), False),
                "suits": (len(self._suits_slots), False),
                "unsuitable": (len(self._unsuitable_slots), False),
                "always": (1, True),  # the `applies` of a diagnosis without one: no rule sets it
            }
        )
        # the questions behind each sign and applies slot (the row's first slots), for the closed world;
        # in the interval compilation, the answer units (a multiple choice's options may be known in part)
        reads = partial(units, kb) if intervals else conditions.questions
        self._open_questions = (
            [frozenset(reads(s.when)) for d in diagnoses for s in d.signs]
            + [frozenset(reads(d.applies)) for d in diagnoses if d.applies is not None]
            + [frozenset(reads(cond)) for cond in self._band_conds]
        )
        if intervals:  # per sign and applies slot: its possible rule fired (not false; see the module's docstring)
            self.fired.add_section("possible", len(self._open_questions), False)
        self.answer_groups = Packer()  # stage 1 facts: answers, for sign, applies and fit rules
        self.recommend_groups = Packer()  # stage 2 facts: reached diagnoses, their signs and answers
        self._rec_diagnoses: dict[int, set[int]] = {}  # recommendation group → diagnoses with rules in it
        rulesets = self._rules(diagnoses)
        # Two rulesets, one per stage: the engine looks for the next rule to fire by scanning every rule
        # of the ruleset from the first (durable's getNextResultInState), so smaller rulesets fire faster.
        self.answer_ruleset, self.recommend_ruleset = (f"{self.name}_{kind}" for kind in rulesets)
        self.actions: dict[str, rules_host.Action] = {}
        for kind, rules in rulesets.items():
            self.actions.update({name: rule["run"] for name, rule in rules.items()})
            if not rules_host.is_registered(f"{self.name}_{kind}"):
                # the Host needs callables that take its closure; the thin driver calls ours directly
                host_rules = {n: {**r, "run": _not_through_the_host} for n, r in rules.items()}
                rules_host.register(f"{self.name}_{kind}", rules_host.with_cap(host_rules))
        template = self.encoder.template
        self._answer_facts = [template({"k": g.key}, g.questions) for g in self.answer_groups.groups]
        self._recommend_facts = [
            (template({"k": g.key}, g.questions), sorted(self._rec_diagnoses[g.key]))
            for g in self.recommend_groups.groups
        ]
        # per diagnosis, what deciding it needs: its decider, what reads its state from a county's row
        # (its `applies`, then the truth of each sign, as one tuple), and a memo of decisions already made
        self._deciding: list[tuple[str, Decider, Callable[[list], tuple], dict]] = []
        lo, band = 0, self.fired.slot("bands", 0) if self._band_conds else 0
        for d in diagnoses:
            decider = Decider(d)
            bands = range(band, band + decider.n_bands)
            state_of = _tuple_of(self._applies_row_slot(d.id), *range(lo, lo + len(d.signs)), *bands)
            self._deciding.append((d.id, decider, state_of, {}))
            lo += len(d.signs)
            band += decider.n_bands
        self._applies_of = _tuple_of(*(self._applies_row_slot(d.id) for d in diagnoses))
        self._diagnosis_ids = [d.id for d in diagnoses]

    def _applies_row_slot(self, did: str) -> int:
        """Where a county's row holds the diagnosis's `applies` (the always-true slot if it has none)."""
        if did in self._applies_slot:
            return self.fired.slot("applies", self._applies_slot[did])
        return self.fired.slot("always", 0)

    def fact_fields(self, answers: dict[str, Answer]) -> dict[str, Any]:
        """The answers as engine fields: known answers only; yes/no as 0/1; multiple choice flattened."""
        return self.encoder.fields(answers)

    # --- rules ---
    def _missing_guard(self, questions: list[str]) -> dict:
        """A pattern that matches when at least one of `questions` (answer units in the interval
        compilation) is unanswered."""
        field = self.encoder.unit_field if self.intervals else self.encoder.first_field
        return _either([{"$nex": {field(q): 1}} for q in questions])

    def _three_valued(self, name: str, cond: conditions.Condition, slot: int) -> None:
        """The true rule, and (for a condition over several questions) the guarded refutation rule;
        in the interval compilation, the possible rule of a condition over numbers."""
        p = self.compiler.pattern
        questions = conditions.questions(cond)
        read = units(self.kb, cond) if self.intervals else questions
        self.answer_groups.add(f"{name}_1", p(cond, True), partial(_mark, (slot,), True), questions)
        if len(read) > 1:  # over one question (unit), false needs it answered: the closed world covers it
            refuted = {"$and": [self._missing_guard(read), p(cond, False)]}
            self.answer_groups.add(f"{name}_0", refuted, partial(_mark, (slot,), False), questions)
        if self.intervals and any(self.kb.questions[q].type in NUMERIC for q in questions):
            possible = partial(_mark, (self.fired.slot("possible", slot),), True)
            self.answer_groups.add(f"{name}_p", p(cond, True, possible=True), possible, questions)

    def _rules(self, diagnoses: list) -> dict[str, dict[str, dict[str, Any]]]:
        p = self.compiler.pattern
        sign_slot = band_slot = 0
        recommendations: dict[tuple[int, str], tuple[str, dict, list[int], list[str]]] = {}
        rec_slot = {slot: i for i, slot in enumerate(self._rec_slots)}
        for i, d in enumerate(diagnoses):
            if d.applies is not None:
                self._three_valued(f"d{i}_applies", d.applies, self._applies_row_slot(d.id))
            for j, s in enumerate(d.signs):
                self._three_valued(f"d{i}_s{j}", s.when, self.fired.slot("signs", sign_slot))
                sign_slot += 1
                for k, (_, cond) in enumerate(s.band_conditions()):
                    self._three_valued(f"d{i}_s{j}_b{k}", cond, self.fired.slot("bands", band_slot))
                    band_slot += 1
            keys = {s.id: f"s{i}_{j}" for j, s in enumerate(d.signs)}
            for k, rec in enumerate(d.recommends):
                pattern = p(rec.when, True, keys.__getitem__) if rec.when is not None else {}
                # recommendations with the same condition share one rule (and one firing)
                same = recommendations.setdefault(
                    (i, json.dumps(pattern, sort_keys=True)),
                    (f"d{i}_r{k}", pattern, [], conditions.questions(rec.when) if rec.when is not None else []),
                )
                same[2].append(rec_slot[(d.id, k)])
        for (i, _), (name, pattern, slots, questions) in recommendations.items():
            action: rules_host.Action = partial(_mark, tuple(self.fired.slot("recommended", k) for k in slots), True)
            match = {"$and": [{f"d{i}": 1}, pattern]} if pattern else {f"d{i}": 1}
            group = self.recommend_groups.add(name, match, action, questions)
            self._rec_diagnoses.setdefault(group.key, set()).add(i)
        fit_slot = {
            (kind, mk): i
            for kind, slots in (("suits", self._suits_slots), ("unsuitable", self._unsuitable_slots))
            for i, mk in enumerate(slots)
        }
        for i, m in enumerate(self.kb.mechanisms.values()):
            for kind in ("suits", "unsuitable"):
                for k, fit in enumerate(getattr(m, kind)):
                    self.answer_groups.add(
                        f"m{i}_{kind}{k}",
                        p(fit.when, True),
                        partial(_mark, (self.fired.slot(kind, fit_slot[(kind, (m.id, k))]),), True),
                        conditions.questions(fit.when),
                    )
        rulesets: dict[str, dict[str, dict[str, Any]]] = {}
        for kind, packer in (("a", self.answer_groups), ("r", self.recommend_groups)):
            rules = rulesets[kind] = {}
            for g in packer.groups:
                for name, pattern, action, _ in g.rules:
                    # each stage has a ruleset of its own, so its facts need no type: `k` names the group
                    rules[name] = {"all": [{"m": {"$and": [{"k": g.key}, pattern]}}], "run": action}
            # The engine finds each next rule to fire by scanning the ruleset's rules from the first
            # (durable's getNextResultInState): the rules that fire for most counties go first,
            # refutations (they fire only when an answer is missing) last.
            rulesets[kind] = dict(sorted(rules.items(), key=lambda item: item[0].endswith(("_0", "_p"))))
        return rulesets

    # --- counties ---
    def run(self, answers: dict[str, Answer]) -> Inference:
        """Evaluate one county's (validated, relevant) answers."""
        return self.run_many([answers])[0]

    def run_many(self, counties: Sequence[dict[str, Answer]]) -> list[Inference]:
        """Evaluate many counties, BATCH at a time: each rule fires once per batch (rules_host.drive).
        Counties with an interval answer go through the interval compilation, in their place."""
        frags: list[Fragments] = []
        vague: list[dict[str, Answer]] = []
        where: list[bool] = []  # per county: it went to the interval compilation
        fragments = self.encoder.fragments
        for answers in counties:
            try:
                frags.append(fragments(answers))
                where.append(False)
            except Vague:  # never raised by the interval compilation's own encoder
                exact = _exact_where_possible(answers)
                try:
                    frags.append(fragments(exact))
                    where.append(False)
                except Vague:
                    vague.append(answers)
                    where.append(True)
        out: list[Inference] = []
        # the interval compilation's closed world counts answer units (a partial multiple choice's options)
        answered = [self.encoder.answered_units(a) for a in counties] if self.intervals else [f.keys() for f in frags]
        for lo in range(0, len(frags), BATCH):
            out += self._run_batch(frags[lo : lo + BATCH], answered[lo : lo + BATCH])
        if not vague:
            return out
        if self._vague is None:
            self._vague = CompiledKB(self.kb, intervals=True)
        done, rest = iter(out), iter(self._vague.run_many(vague))
        return [next(rest) if went else next(done) for went in where]

    def _run_batch(self, frags: Sequence[Fragments], answered: Sequence[AbstractSet[str]]) -> list[Inference]:
        """Counties given as their answers' fragments (FactEncoder.fragments) and what they answered."""
        n = len(frags)
        self.fired.reset(n)
        rows = self.fired.rows
        fact = self.encoder.fact
        templates = self._answer_facts
        facts = [fact(template, f) for f in frags for template in templates]
        rules_host.drive(self.answer_ruleset, facts, [row for row in rows for _ in templates], self.actions)
        decided: list[tuple[dict[str, Decision], dict[str, Signs]]] = []
        recommendation_facts: list[str] = []
        owners: list[list[bool | None]] = []
        for row, county_frags, county_answered in zip(rows, frags, answered, strict=True):
            decisions: dict[str, Decision] = {}
            signs: dict[str, Signs] = {}
            mine = self._decide(row, county_frags, county_answered, decisions, signs)
            recommendation_facts += mine
            owners += [row] * len(mine)
            decided.append((decisions, signs))
        if recommendation_facts:
            rules_host.drive(self.recommend_ruleset, recommendation_facts, owners, self.actions)
        return [self._inference(row, decisions, signs) for row, (decisions, signs) in zip(rows, decided, strict=True)]

    def _close_world(self, row: list[bool | None], answered: AbstractSet[str]) -> None:
        """Undetermined signs and applies whose questions (answer units) are all answered are false
        (their true rule did not fire)."""
        questions = self._open_questions
        if self.intervals:  # not false when its possible rule fired: a straddled interval leaves it undetermined
            row[: len(questions)] = [
                False if truth is None and answered >= qs and not possible else truth
                for truth, qs, possible in zip(row, questions, row[self.fired.span["possible"]], strict=False)
            ]
            return
        # one pass in a comprehension (faster than slot by slot, measured); the row goes on past them
        row[: len(questions)] = [
            False if truth is None and answered >= qs else truth for truth, qs in zip(row, questions, strict=False)
        ]

    def _decide(
        self,
        row: list[bool | None],
        frags: Fragments,
        answered: AbstractSet[str],
        decisions: dict[str, Decision],
        sign_maps: dict[str, Signs],
    ) -> list[str]:
        """Decide each diagnosis of a county (its row of the table) from the signs that fired; then the
        facts for the recommendation rules. A decision depends only on `applies` and the sign truths,
        so each distinct one is made once."""
        self._close_world(row, answered)
        reached: dict[int, str] = {}
        for i, (did, decider, state_of, memo) in enumerate(self._deciding):
            state = state_of(row)
            made = memo.get(state)
            if made is None:
                n = 1 + len(decider.sign_ids)  # the state: applies, each sign, then each graded band
                decision = decider(state[0], state[1:n], state[n:])
                fields = [f'"d{i}":1'] + [f'"s{i}_{j}":{2 if v is None else int(v)}' for j, v in enumerate(state[1:n])]
                # the sign map is shared by every county with this state, so it is read-only
                signs = MappingProxyType(dict(zip(decider.sign_ids, state[1:n], strict=True)))
                made = (decision, ",".join(fields) if decision.status == "reached" else None, signs)
                if len(memo) < MEMO_LIMIT:
                    memo[state] = made
            decisions[did], held, sign_maps[did] = made
            if held is not None:
                reached[i] = held
        if not reached:
            return []
        fact = self.encoder.fact
        facts = []
        for template, diagnoses in self._recommend_facts:
            theirs = [reached[i] for i in diagnoses if i in reached]
            if theirs:
                facts.append(fact(template, frags, ",".join(theirs)))
        return facts

    def _inference(self, row: list[bool | None], decisions: dict[str, Decision], signs: dict[str, Signs]) -> Inference:
        span = self.fired.span
        return Inference(
            applies=dict(zip(self._diagnosis_ids, self._applies_of(row), strict=True)),
            signs=signs,
            decisions=decisions,
            recommended=list(compress(self._rec_slots, row[span["recommended"]])),
            suits=list(compress(self._suits_slots, row[span["suits"]])),
            unsuitable=list(compress(self._unsuitable_slots, row[span["unsuitable"]])),
        )


def _exact_where_possible(answers: dict[str, Answer]) -> dict[str, Answer]:
    """An interval of one value (a count 约1 read as [1, 1]) decides as the number does."""
    return {q: v.lo if isinstance(v, Interval) and v.exact else v for q, v in answers.items()}


def _not_through_the_host(c: Any) -> None:
    raise rules_host.EngineError("the compiled base is driven by rules_host.drive, not through the Host API")


_compiled: dict[str, CompiledKB] = {}


def compiled(kb: KnowledgeBase) -> CompiledKB:
    """The compiled form of a knowledge base, built once per process per content hash."""
    if kb.content_hash not in _compiled:
        _compiled[kb.content_hash] = CompiledKB(kb)
    else:
        known = _compiled[kb.content_hash]
        known.kb = kb
        if known._vague is not None:
            known._vague.kb = kb
    return _compiled[kb.content_hash]
