"""The knowledge base compiled into a durable_rules ruleset, and one county run through it.

The chain runs in three stages inside one engine session per county:
1. the answers fact is asserted; a *sign rule* fires for each sign whose condition holds (and a
   *refutation rule* for each whose condition is false: unknown is neither), and likewise for each
   diagnosis's `applies`. Each holding sign asserts a sign fact;
2. a *collector rule* per diagnosis consumes its sign facts as evidence;
3. the driver decides each diagnosis from that evidence (certainty.decide: a pure function) and
   asserts a diagnosis fact for each one reached; *recommendation rules* match those facts together
   with the sign truths and answers they carry.
Conditions are three-valued: each compiles to a pattern that matches when it is true and another
that matches when it is false, so a missing field (an unknown answer) matches neither.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import conditions, rules_host
from .answers import Answer
from .certainty import Decision, decide
from .conditions import Truth
from .kb import KnowledgeBase
from .models import QuestionType

NEGATE = {"eq": "ne", "ne": "eq", "lt": "gte", "gte": "lt", "gt": "lte", "lte": "gt"}
DURABLE_OP = {"lt": "$lt", "lte": "$lte", "gt": "$gt", "gte": "$gte"}


@dataclass
class Inference:
    """What the engine derived for one county."""

    applies: dict[str, Truth] = field(default_factory=dict)
    signs: dict[str, dict[str, Truth]] = field(default_factory=dict)  # diagnosis → sign → truth
    evidence: dict[str, list[str]] = field(default_factory=dict)  # diagnosis → signs collected
    decisions: dict[str, Decision] = field(default_factory=dict)
    recommended: list[tuple[str, int]] = field(default_factory=list)  # (diagnosis, recommends index)
    suits: list[tuple[str, int]] = field(default_factory=list)  # (mechanism, suits index) that hold
    unsuitable: list[tuple[str, int]] = field(default_factory=list)  # (mechanism, unsuitable index) that hold


class Compiler:
    """Turns conditions into durable_rules patterns over short field names."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.key = {qid: f"q{i}" for i, qid in enumerate(kb.questions)}

    def fact_fields(self, answers: dict[str, Answer]) -> dict[str, Any]:
        """The answers as engine fields: known answers only; yes/no as 0/1; multiple choice flattened."""
        out: dict[str, Any] = {}
        for qid, value in answers.items():
            if value is None:
                continue
            q = self.kb.questions[qid]
            key = self.key[qid]
            if q.type == QuestionType.multiple_choice:
                assert isinstance(value, list)
                for c in q.choice_ids():
                    out[f"{key}_{c}"] = 1 if c in value else 0
            elif isinstance(value, bool):
                out[key] = int(value)
            else:
                out[key] = value
        return out

    def pattern(self, cond: conditions.Condition, truth: bool, sign_key: Callable[[str], str] | None = None) -> dict:
        """A pattern that matches when `cond` is `truth` (never when it is unknown)."""
        if isinstance(cond, conditions.Not):
            return self.pattern(cond.item, not truth, sign_key)
        if isinstance(cond, (conditions.All, conditions.Any_)):
            conjunctive = isinstance(cond, conditions.All) == truth
            parts = [self.pattern(i, truth, sign_key) for i in cond.items]
            return parts[0] if len(parts) == 1 else {"$and" if conjunctive else "$or": parts}
        if isinstance(cond, conditions.SignRef):
            if sign_key is None:
                raise ValueError("a sign reference outside a recommendation")
            return {sign_key(cond.sign): 1 if truth else 0}
        return self.atom(cond, truth)

    def atom(self, atom: conditions.Atom, truth: bool) -> dict:
        q = self.kb.questions[atom.q]
        key = self.key[atom.q]
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


def _either(parts: list[dict]) -> dict:
    return parts[0] if len(parts) == 1 else {"$or": parts}


# durable_rules keeps at most 64 pending alpha nodes while matching one fact (ERR_MAX_STACK_SIZE, code 303,
# measured: 64 rules on one fact pass, 65 fail). Rules are packed into groups of at most this many pattern
# branches (an `$or` counts once per branch), and each group gets a fact of its own.
GROUP_CAPACITY = 48


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
    rules: list[tuple[str, dict, Callable[[], Any], list[str]]] = field(default_factory=list)


class Packer:
    """Packs rules into groups under GROUP_CAPACITY; `close` starts a fresh group (e.g. per diagnosis)."""

    def __init__(self) -> None:
        self.groups: list[Group] = []
        self._open: Group | None = None

    def close(self) -> None:
        self._open = None

    def add(self, name: str, pattern: dict, action: Callable[[], Any], questions: list[str]) -> Group:
        n = branches(pattern)
        if self._open is None or self._open.branches + n > GROUP_CAPACITY:
            self._open = Group(key=len(self.groups))
            self.groups.append(self._open)
        group = self._open
        group.branches += n
        group.questions.update(questions)
        group.rules.append((name, pattern, action, questions))
        return group


class CompiledKB:
    """One knowledge base registered as a ruleset; `run` evaluates one county."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.compiler = Compiler(kb)
        self.name = f"county_diagnose_{kb.content_hash}"
        self._current: Inference | None = None
        self._diag_index = {d: i for i, d in enumerate(kb.diagnoses)}
        self._sign_keys = {d.id: {s.id: f"g{j}" for j, s in enumerate(d.signs)} for d in kb.diagnoses.values()}
        self.answer_groups = Packer()  # facts of type "a": answers for sign, applies and fit rules
        self.recommend_groups: dict[str, Packer] = {}  # per diagnosis: facts of type "d"
        rules = self._rules()
        self.actions: dict[str, Action] = {name: rule["run"] for name, rule in rules.items()}
        if not rules_host.is_registered(self.name):
            # the Host needs callables that take its closure; the thin driver calls ours directly
            rules_host.register(self.name, {n: {**r, "run": _host_action(r["run"])} for n, r in rules.items()})
        self._fields_of = {q: self._engine_keys(q) for q in kb.questions}

    def _engine_keys(self, qid: str) -> list[str]:
        q = self.kb.questions[qid]
        key = self.compiler.key[qid]
        if q.type == QuestionType.multiple_choice:
            return [f"{key}_{c}" for c in q.choice_ids()]
        return [key]

    # --- actions: each records what fired in the current county's Inference ---
    def _on_applies(self, did: str, truth: bool) -> Action:
        def run() -> Derived:
            self._inference().applies[did] = truth
            return None

        return run

    def _on_sign(self, did: str, sid: str, truth: bool) -> Action:
        fact = [json.dumps({"t": "s", "d": self._diag_index[did], "s": sid}, separators=(",", ":"))]

        def run() -> Derived:
            # An `$or` pattern fires once per matching branch: record and assert each sign once only.
            signs = self._inference().signs[did]
            first = signs[sid] is None
            signs[sid] = truth
            return fact if truth and first else None

        return run

    def _on_evidence(self, did: str, sid: str) -> Action:
        def run() -> Derived:
            self._inference().evidence[did].append(sid)
            return None

        return run

    def _on_recommend(self, did: str, index: int) -> Action:
        def run() -> Derived:
            fired = self._inference().recommended
            if (did, index) not in fired:  # an `$or` pattern fires once per matching branch
                fired.append((did, index))
            return None

        return run

    def _on_fit(self, kind: str, mid: str, index: int) -> Action:
        def run() -> Derived:
            held = getattr(self._inference(), kind)
            if (mid, index) not in held:  # an `$or` pattern fires once per matching branch
                held.append((mid, index))
            return None

        return run

    def _inference(self) -> Inference:
        if self._current is None:
            raise rules_host.EngineError("an action ran outside a county evaluation")
        return self._current

    def _rules(self) -> dict[str, dict[str, Any]]:
        p = self.compiler.pattern
        answers = self.answer_groups
        for d in self.kb.diagnoses.values():
            i = self._diag_index[d.id]
            answers.close()  # each diagnosis reads its own, smaller facts
            if d.applies is not None:
                for truth in (True, False):
                    answers.add(
                        f"d{i}_applies_{int(truth)}",
                        p(d.applies, truth),
                        self._on_applies(d.id, truth),
                        conditions.questions(d.applies),
                    )
            for j, s in enumerate(d.signs):
                for truth in (True, False):
                    answers.add(
                        f"d{i}_s{j}_{int(truth)}",
                        p(s.when, truth),
                        self._on_sign(d.id, s.id, truth),
                        conditions.questions(s.when),
                    )
            keys = self._sign_keys[d.id]
            recs = self.recommend_groups[d.id] = Packer()
            for k, rec in enumerate(d.recommends):
                pattern = p(rec.when, True, keys.__getitem__) if rec.when is not None else {}
                recs.add(
                    f"d{i}_r{k}",
                    pattern,
                    self._on_recommend(d.id, k),
                    conditions.questions(rec.when) if rec.when is not None else [],
                )
        answers.close()
        for i, m in enumerate(self.kb.mechanisms.values()):
            for kind in ("suits", "unsuitable"):
                for k, fit in enumerate(getattr(m, kind)):
                    answers.add(
                        f"m{i}_{kind}{k}",
                        p(fit.when, True),
                        self._on_fit(kind, m.id, k),
                        conditions.questions(fit.when),
                    )
        rules: dict[str, dict[str, Any]] = {}
        for g in answers.groups:
            for name, pattern, action, _ in g.rules:
                rules[name] = {"all": [{"m": {"$and": [{"t": "a"}, {"k": g.key}, pattern]}}], "run": action}
        for d in self.kb.diagnoses.values():
            i = self._diag_index[d.id]
            for j, sign in enumerate(d.signs):  # one collector per sign: the rule name says which sign
                rules[f"d{i}_c{j}"] = {
                    "all": [{"m": {"$and": [{"t": "s"}, {"d": i}, {"s": sign.id}]}}],
                    "run": self._on_evidence(d.id, sign.id),
                }
            for g in self.recommend_groups[d.id].groups:
                for name, pattern, action, _ in g.rules:
                    match = [{"t": "d"}, {"d": i}, {"k": g.key}] + ([pattern] if pattern else [])
                    rules[name] = {"all": [{"m": {"$and": match}}], "run": action}
        return rules

    def _fields(self, all_fields: dict[str, Any], questions: set[str]) -> dict[str, Any]:
        return {key: all_fields[key] for q in questions for key in self._fields_of[q] if key in all_fields}

    def run(self, answers: dict[str, Answer]) -> Inference:
        """Evaluate one county's (validated, relevant) answers."""
        inf = Inference(
            applies={d.id: (True if d.applies is None else None) for d in self.kb.diagnoses.values()},
            signs={d.id: {s.id: None for s in d.signs} for d in self.kb.diagnoses.values()},
            evidence={d: [] for d in self.kb.diagnoses},
        )
        fields = self.compiler.fact_fields(answers)
        self._current = inf
        try:
            facts = [
                _json({"t": "a", "k": g.key, **self._fields(fields, g.questions)}) for g in self.answer_groups.groups
            ]
            rules_host.drive(self.name, facts, self.actions, then=lambda: self._recommendation_facts(inf, fields))
        finally:
            self._current = None
        return inf

    def _recommendation_facts(self, inf: Inference, fields: dict[str, Any]) -> list[str]:
        """Decide each diagnosis from the evidence collected, then the facts for the recommendation rules."""
        facts = []
        for d in self.kb.diagnoses.values():
            # The collector's evidence decides which signs hold; refutations say which do not.
            held = inf.evidence[d.id]
            truth = {s: True if s in held else (False if v is False else None) for s, v in inf.signs[d.id].items()}
            inf.decisions[d.id] = decide(d, inf.applies[d.id], truth)
        for d in self.kb.diagnoses.values():
            if inf.decisions[d.id].status != "reached":
                continue
            keys = self._sign_keys[d.id]
            truths = {keys[s]: int(v) for s, v in inf.signs[d.id].items() if v is not None}
            for g in self.recommend_groups[d.id].groups:
                fact = {"t": "d", "d": self._diag_index[d.id], "k": g.key, **truths}
                facts.append(_json({**fact, **self._fields(fields, g.questions)}))
        return facts


Derived = rules_host.Derived
Action = Callable[[], Derived]


def _json(fact: dict[str, Any]) -> str:
    return json.dumps(fact, ensure_ascii=False, separators=(",", ":"))


def _host_action(action: Action) -> Callable[[Any], None]:
    def run(c: Any) -> None:
        for fact in action() or ():
            c.assert_fact(json.loads(fact))

    return run


_compiled: dict[str, CompiledKB] = {}


def compiled(kb: KnowledgeBase) -> CompiledKB:
    """The compiled form of a knowledge base, built once per process per content hash."""
    if kb.content_hash not in _compiled:
        _compiled[kb.content_hash] = CompiledKB(kb)
    else:
        _compiled[kb.content_hash].kb = kb
    return _compiled[kb.content_hash]
