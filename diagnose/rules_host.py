"""The one place that touches durable_rules, and guards against each of its known sharp edges.

The library (2.0.28, unmaintained since 2020) was measured here to:
1. start background timer threads in every `Host()` that may run an action on another thread, so
   `assert_fact` can return before the action ran → `SyncHost` turns the dispatcher off;
2. refuse to register a ruleset name twice (there is no unregister) → `register` names a ruleset
   by its content hash and registers each one once per process;
3. mutate the definition dict it is given → we register a deep copy;
4. swallow exceptions raised inside actions into the returned state under 'exception' → `assert_fact`
   checks every returned state and raises `EngineError`;
5. raise `MessageNotHandledException` for a fact no rule matches and `MessageObservedException` for a
   fact asserted twice → every compiled ruleset has a sink rule, and every fact carries a serial;
6. keep at most 1,024 live sessions per ruleset, compare session ids by a 32-bit hash, and segfault in
   `delete_state` when no action ever ran for the session → `Session` keeps exactly one live sid at a
   time, always asserts a final fact that a rule matches, and deletes the state on exit;
7. allow at most 16 patterns in one rule → `register` refuses such rules with a clear message;
8. fire a rule whose pattern holds an `$or` once for each branch that matches → actions must be
   idempotent (engine.py records each sign and recommendation once);
9. keep at most 64 pending alpha nodes while matching one fact (error code 303 past that) →
   engine.py packs rules into groups, each with a fact of its own;
10. match a missing field only with `$nex`, treat booleans as 0/1 and compare strings with numbers
   lexicographically → callers normalise answers (see answers.py) and booleans become 0/1 here.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from durable import engine as durable_engine

MAX_PATTERNS_PER_RULE = 16
END_FACT_TYPE = "end"


class EngineError(RuntimeError):
    """The rules engine failed; the message says what it reported."""


class SyncHost(durable_engine.Host):
    """A Host without the background dispatcher threads: actions run only inside assert_fact."""

    def _run(self) -> None:  # noqa: D401 - overriding the library's thread starter
        return None


_host: SyncHost | None = None
_registered: set[str] = set()
_serial = itertools.count(1)


def host() -> SyncHost:
    global _host
    if _host is None:
        _host = SyncHost()
    return _host


def register(name: str, rules: dict[str, dict[str, Any]]) -> None:
    """Register a ruleset once per process; a second call with the same name is a no-op."""
    if name in _registered:
        return
    for rule_name, rule in rules.items():
        for key in ("all", "any"):
            if len(rule.get(key, ())) > MAX_PATTERNS_PER_RULE:
                raise EngineError(f"rule {rule_name} has more than {MAX_PATTERNS_PER_RULE} patterns")
    definition = {name: copy.deepcopy(rules)}  # the library mutates what it is given (pitfall 3)
    # The sink matches the end fact, so that an action always runs before delete_state (pitfall 6).
    definition[name]["__end"] = {"all": [{"m": {"t": END_FACT_TYPE}}], "run": lambda c: None}
    host().register_rulesets(definition)
    _registered.add(name)


def is_registered(name: str) -> bool:
    return name in _registered


class Session:
    """One county's facts, isolated in their own sid; see `session()`."""

    def __init__(self, ruleset: str, sid: str) -> None:
        self.ruleset = ruleset
        self.sid = sid

    def assert_fact(self, fact: dict[str, Any]) -> None:
        fact = {**fact, "sid": self.sid, "n": next(_serial)}
        try:
            state = host().assert_fact(self.ruleset, fact)
        except durable_engine.MessageNotHandledException:
            return  # a fact no rule reads is not an error for us: it simply derives nothing
        except Exception as e:  # the C core raises plain Exceptions with codes
            raise EngineError(f"rules engine refused a fact: {e}") from e
        if isinstance(state, dict) and "exception" in state:
            raise EngineError(f"a rule action failed: {state['exception']}")


_active: list[str] = []


@contextmanager
def session(ruleset: str) -> Iterator[Session]:
    """A fresh session; at most one is live at a time, and it is deleted on exit (pitfall 6)."""
    if _active:
        raise EngineError("a rules-engine session is already open; sessions must not nest")
    sid = str(next(_serial))
    _active.append(sid)
    s = Session(ruleset, sid)
    try:
        yield s
    finally:
        try:
            s.assert_fact({"t": END_FACT_TYPE})
            host().delete_state(ruleset, sid)
        finally:
            _active.pop()


# --- the thin driver -------------------------------------------------------------------------
# The Host API decodes every action message and re-encodes the session state after every action;
# for a county that fires a hundred rules that is most of the time spent. The thin driver calls the
# engine's C module directly (the same functions durable/engine.py calls), reads the rule name from
# the front of each action message instead of decoding it, and skips the state update (our actions
# never change session state). Actions are plain callables that return the facts they derive, as
# JSON strings. The differential test checks this path against the direct evaluator on every run.
#
# It also keeps one session per ruleset alive for the whole process instead of one per county:
# creating a session allocates and clears frame tables for every rule (about 90 µs per county for
# our base, measured), so each county's facts carry ids and are retracted when the county is done,
# leaving the session empty for the next one (tests check that it is). Sid reuse also sidesteps
# pitfall 6: no county ever deletes a session.

Derived = list[str] | None


def _handle(ruleset: str) -> Any:
    return host().get_ruleset(ruleset)._handle


class _Lane:
    """The process's one long-lived session for a ruleset."""

    def __init__(self, ruleset: str) -> None:
        self.handle = _handle(ruleset)
        self.renew()

    def renew(self) -> None:
        """Move to a fresh sid: used only when a county failed and its facts could not be retracted."""
        self.sid = f"lane{next(_serial)}"


_lanes: dict[str, _Lane] = {}


def lane_sid(ruleset: str) -> str:
    """The sid the thin driver uses for `ruleset` (for tests that inspect the session)."""
    return _lane(ruleset).sid


def _lane(ruleset: str) -> _Lane:
    if ruleset not in _lanes:
        _lanes[ruleset] = _Lane(ruleset)
    return _lanes[ruleset]


class _County:
    """One county's pass through a lane: asserts facts with fresh ids and remembers them for retraction."""

    def __init__(self, dre: Any, lane: _Lane, actions: dict[str, Callable[[], Derived]]) -> None:
        self.dre = dre
        self.lane = lane
        self.actions = actions
        self.ids: list[str] = []

    def _stamp(self, fact: str) -> str:
        fid = str(next(_serial))
        self.ids.append(fid)
        return '{"sid":"' + self.lane.sid + '","id":' + fid + "," + fact[1:]

    def assert_all(self, facts: list[str]) -> None:
        """Assert facts in one call, then run every action they fire (and those their derived facts fire)."""
        if not facts:
            return
        batch = "[" + ",".join(self._stamp(f) for f in facts) + "]"
        # code 1 says only that *some* fact of the batch matched no rule; the others may have fired
        result = self._call(self.dre.assert_facts, batch)
        if result[0] == 2:
            raise EngineError("rules engine saw a fact twice")
        self._run_actions(result[1])

    def _run_actions(self, state: Any) -> None:
        # The hot loop of the engine (one pass per rule fired): names bound locally, rule name sliced inline.
        dre = self.dre
        handle = self.lane.handle
        started = dre.start_action_for_state(handle, state)
        if not started:
            return
        message = started[1]
        action_for = self.actions.get
        complete = dre.complete_and_start_action
        while message:
            try:
                # messages look like {"rule_name": {...}}; rule names are ours and never contain a quote
                derived = action_for(message[2 : message.index('"', 2)], _no_action)()
                if derived:
                    self._assert_derived(derived)
            except BaseException:
                dre.abandon_action(handle, state)
                raise
            message = complete(handle, state)

    def _assert_derived(self, derived: list[str]) -> None:
        for fact_json in derived:
            sub = self._call(self.dre.assert_fact, self._stamp(fact_json))
            if sub[0] == 2:
                raise EngineError(f"rules engine saw a derived fact twice: {fact_json[:80]}")

    def _call(self, fn: Callable[[Any, str], Any], payload: str) -> Any:
        try:
            return fn(self.lane.handle, payload)
        except Exception as e:  # the C core raises plain Exceptions with codes
            raise EngineError(f"rules engine refused a fact: {e}") from e

    def retract(self) -> None:
        """Take every fact of this county out of the session (a retraction of an unstored fact is a no-op)."""
        if not self.ids:
            return
        sid = self.lane.sid
        batch = "[" + ",".join('{"sid":"' + sid + '","id":' + i + "}" for i in self.ids) + "]"
        self.dre.retract_facts(self.lane.handle, batch)


def drive(
    ruleset: str,
    facts: list[str],
    actions: dict[str, Callable[[], Derived]],
    then: Callable[[], list[str]] | None = None,
) -> None:
    """Assert JSON facts for one county, running each fired rule's action; then assert the facts
    `then` returns, computed from what the first ones derived. The session is left empty."""
    import durable_rules_engine as dre

    if _active:
        raise EngineError("a rules-engine session is already open; sessions must not nest")
    lane = _lane(ruleset)
    county = _County(dre, lane, actions)
    _active.append(lane.sid)
    try:
        county.assert_all(facts)
        if then is not None:
            county.assert_all(then())
    finally:
        try:
            county.retract()
        except Exception:
            lane.renew()  # never reuse a session that may still hold this county's facts
        finally:
            _active.pop()


def _no_action() -> Derived:
    return None
