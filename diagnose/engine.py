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


class CompiledKB:
    """One knowledge base registered as a ruleset; `run` evaluates one county."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.compiler = Compiler(kb)
        self.name = f"county_diagnose_{kb.content_hash}"
        self._current: Inference | None = None
        self._diag_index = {d: i for i, d in enumerate(kb.diagnoses)}
        self._sign_keys = {d.id: {s.id: f"g{j}" for j, s in enumerate(d.signs)} for d in kb.diagnoses.values()}
        if not rules_host.is_registered(self.name):
            rules_host.register(self.name, self._rules())

    # --- actions: each records what fired in the current county's Inference ---
    def _on_applies(self, did: str, truth: bool) -> Callable[[Any], None]:
        def run(c: Any) -> None:
            self._inference().applies[did] = truth

        return run

    def _on_sign(self, did: str, sid: str, truth: bool) -> Callable[[Any], None]:
        index = self._diag_index[did]

        def run(c: Any) -> None:
            # An `$or` pattern fires once per matching branch: record and assert each sign once only.
            signs = self._inference().signs[did]
            first = signs[sid] is None
            signs[sid] = truth
            if truth and first:
                c.assert_fact({"t": "s", "d": index, "s": sid})

        return run

    def _on_evidence(self, did: str) -> Callable[[Any], None]:
        def run(c: Any) -> None:
            self._inference().evidence[did].append(c.m.s)

        return run

    def _on_recommend(self, did: str, index: int) -> Callable[[Any], None]:
        def run(c: Any) -> None:
            fired = self._inference().recommended
            if (did, index) not in fired:  # an `$or` pattern fires once per matching branch
                fired.append((did, index))

        return run

    def _on_fit(self, kind: str, mid: str, index: int) -> Callable[[Any], None]:
        def run(c: Any) -> None:
            held = getattr(self._inference(), kind)
            if (mid, index) not in held:  # an `$or` pattern fires once per matching branch
                held.append((mid, index))

        return run

    def _inference(self) -> Inference:
        if self._current is None:
            raise rules_host.EngineError("an action ran outside a county evaluation")
        return self._current

    def _rules(self) -> dict[str, dict[str, Any]]:
        rules: dict[str, dict[str, Any]] = {}
        p = self.compiler.pattern
        for d in self.kb.diagnoses.values():
            i = self._diag_index[d.id]
            if d.applies is not None:
                for truth in (True, False):
                    rules[f"d{i}_applies_{int(truth)}"] = {
                        "all": [{"m": {"$and": [{"t": "a"}, p(d.applies, truth)]}}],
                        "run": self._on_applies(d.id, truth),
                    }
            for j, s in enumerate(d.signs):
                for truth in (True, False):
                    rules[f"d{i}_s{j}_{int(truth)}"] = {
                        "all": [{"m": {"$and": [{"t": "a"}, p(s.when, truth)]}}],
                        "run": self._on_sign(d.id, s.id, truth),
                    }
            rules[f"d{i}_collect"] = {"all": [{"m": {"$and": [{"t": "s"}, {"d": i}]}}], "run": self._on_evidence(d.id)}
            keys = self._sign_keys[d.id]
            for k, rec in enumerate(d.recommends):
                match: list[dict] = [{"t": "d"}, {"d": i}]
                if rec.when is not None:
                    match.append(p(rec.when, True, keys.__getitem__))
                rules[f"d{i}_r{k}"] = {"all": [{"m": {"$and": match}}], "run": self._on_recommend(d.id, k)}
        for i, m in enumerate(self.kb.mechanisms.values()):
            for kind in ("suits", "unsuitable"):
                for k, fit in enumerate(getattr(m, kind)):
                    rules[f"m{i}_{kind}{k}"] = {
                        "all": [{"m": {"$and": [{"t": "a"}, p(fit.when, True)]}}],
                        "run": self._on_fit(kind, m.id, k),
                    }
        return rules

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
            with rules_host.session(self.name) as session:
                session.assert_fact({"t": "a", **fields})
                for d in self.kb.diagnoses.values():
                    # The collector's evidence decides which signs hold; refutations say which do not.
                    held = inf.evidence[d.id]
                    truth = {
                        s: True if s in held else (False if v is False else None) for s, v in inf.signs[d.id].items()
                    }
                    inf.decisions[d.id] = decide(d, inf.applies[d.id], truth)
                for d in self.kb.diagnoses.values():
                    if inf.decisions[d.id].status != "reached":
                        continue
                    keys = self._sign_keys[d.id]
                    truths = {keys[s]: int(v) for s, v in inf.signs[d.id].items() if v is not None}
                    session.assert_fact({"t": "d", "d": self._diag_index[d.id], **truths, **fields})
        finally:
            self._current = None
        return inf


_compiled: dict[str, CompiledKB] = {}


def compiled(kb: KnowledgeBase) -> CompiledKB:
    """The compiled form of a knowledge base, built once per process per content hash."""
    if kb.content_hash not in _compiled:
        _compiled[kb.content_hash] = CompiledKB(kb)
    else:
        _compiled[kb.content_hash].kb = kb
    return _compiled[kb.content_hash]
