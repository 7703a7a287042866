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
   lexicographically → callers normalise answers (see answers.py) and booleans become 0/1 here;
11. allocate and clear frame tables for every rule of the ruleset when a session is created (about
   90 µs for our base) → the thin driver keeps one session per ruleset for the process and retracts
   each batch's facts instead of deleting the session;
12. scan every rule of the ruleset, from the first, to find each next action to run → one ruleset
   per stage, rules that fire often first (engine.py), and one firing per rule per batch (`cap`);
13. crash (segfault) at the next use of a session after `abandon_action` → after a failed action the
   thin driver completes the pending actions without running them, then retracts as usual;
14. keep a rule's `cap` in 16 bits, so a cap of 65,536 silently becomes no cap at all → CAP stays
   below it (a test shows the wrap).
"""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import chain, repeat
from typing import Any

from diagnose.engine.unavailable import EngineUnavailable

try:
    import durable_rules_engine as _dre
    from durable import engine as durable_engine
except ImportError as e:  # e.g. built on Python 3.13 without the C-API fix: the error names the command
    raise EngineUnavailable(e) from e

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
# for a county that fires sixty rules that is most of the time spent. The thin driver calls the
# engine's C module directly (the same functions durable/engine.py calls), reads the rule name from
# the front of each action message instead of decoding it, and skips the state update (our actions
# never change session state). The differential test checks this path against the direct evaluator
# on every run.
#
# It drives a batch of counties at once. Their facts go into one session in one call, and every rule
# carries a `cap` (durable_rules' own option: an action receives up to `cap` matches at once), so a
# rule fires once per batch with all the facts that matched it, not once per county: the engine's
# cost per firing (finding the next rule, completing the action, a Python call) is paid a sixty-fourth
# as often. Rules match one fact each, so counties in one session cannot meet in a rule. An action is
# called with the owners (counties) of the facts in its matches.
#
# One session per ruleset lives for the whole process instead of one per batch: creating a session
# allocates and clears frame tables for every rule (about 90 µs, measured), so each batch's facts
# carry ids and are retracted when it is done, leaving the session empty for the next (tests check
# that it is). Sid reuse also sidesteps pitfall 6: no batch ever deletes a session.

# Matches handed to one action call: more than a batch makes (a larger batch just calls again). The
# engine keeps it in an unsigned short, so 65,536 would silently be 0 (no cap): measured.
CAP = 60_000

# Fact ids have ID_DIGITS digits, so a match's id is read off without parsing the message.
ID_DIGITS = 6
ID_BASE = 10 ** (ID_DIGITS - 1)
ID_LIMIT = 9 * ID_BASE  # facts in one batch
DEFAULT_SID = "0"  # the session of a fact that names none

# called with the owner of each matched fact (repeats are possible): whatever the caller named as
# the fact's owner, e.g. the row where a county's results go
Action = Callable[[list[Any]], None]


def _handle(ruleset: str) -> Any:
    return host().get_ruleset(ruleset)._handle


class _Lane:
    """The process's one long-lived session for a ruleset.

    A batch's facts get ids in the order asserted, from ID_BASE up: ids need only be unique among
    the facts alive at once, and every batch's facts are retracted before the next batch's arrive.
    So the JSON that opens each fact (id, and sid) and the retraction of the first n facts are the
    same for every batch, and are built once.
    """

    def __init__(self, ruleset: str) -> None:
        self.handle = _handle(ruleset)
        self._use(DEFAULT_SID)

    def renew(self) -> None:
        """Move to a fresh sid: used only when a batch failed and its facts could not be retracted."""
        self._use(f"lane{next(_serial)}")

    def _use(self, sid: str) -> None:
        self.sid = sid
        # A fact without a sid is in the engine's default one: not writing it spares the engine
        # parsing it in every fact and writing it into every match it hands back (60 a county).
        self._sid_field = "" if sid == DEFAULT_SID else f'"sid":"{sid}",'
        self._ids: list[str] = []  # fact i's id as text
        self._openings: list[str] = []  # what comes before fact i's fields in a batch
        self._retractions: dict[int, str] = {}

    def _grow(self, n: int) -> None:
        while len(self._ids) < n:
            i = len(self._ids)
            if i >= ID_LIMIT:
                raise EngineError(f"more than {ID_LIMIT} facts in one batch")
            self._ids.append(str(ID_BASE + i))
            self._openings.append(("," if i else "") + f'{{"id":{self._ids[i]},{self._sid_field}')

    def batch(self, facts: list[str]) -> str:
        """The facts (fields without braces) as one JSON array, each opened by its id (and sid)."""
        self._grow(len(facts))
        return "[" + "".join(chain.from_iterable(zip(self._openings, facts, repeat("}")))) + "]"

    def owner_of(self, owners: Sequence[Any]) -> dict[str, Any]:
        """Each fact's id, as text, to its owner."""
        return dict(zip(self._ids, owners, strict=False))  # there are at least as many ids as facts

    def retraction(self, n: int) -> str:
        """The retraction of the first n facts (retracting a fact no rule stored is a no-op)."""
        if n not in self._retractions:
            self._grow(n)
            self._retractions[n] = json.dumps([{"sid": self.sid, "id": int(i)} for i in self._ids[:n]])
        return self._retractions[n]


_lanes: dict[str, _Lane] = {}


def lane_sid(ruleset: str) -> str:
    """The sid the thin driver uses for `ruleset` (for tests that inspect the session)."""
    return _lane(ruleset).sid


def _lane(ruleset: str) -> _Lane:
    if ruleset not in _lanes:
        _lanes[ruleset] = _Lane(ruleset)
    return _lanes[ruleset]


def _call(fn: Callable[[Any, str], Any], handle: Any, payload: str) -> Any:
    try:
        return fn(handle, payload)
    except Exception as e:  # the C core raises plain Exceptions with codes
        raise EngineError(f"rules engine refused a fact: {e}") from e


def drive(ruleset: str, facts: list[str], owners: Sequence[Any], actions: Mapping[str, Action]) -> None:
    """Assert a batch of facts in one call and run the action of every rule they fire. Each fact is
    its fields as JSON text without the braces, and fact i belongs to `owners[i]`. The ruleset's rules
    must carry `cap` (see `with_cap`). The session is left empty."""
    if _active:
        raise EngineError("a rules-engine session is already open; sessions must not nest")
    lane = _lanes.get(ruleset) or _lane(ruleset)
    handle = lane.handle
    _active.append(ruleset)
    try:
        if facts:
            # code 1 says only that *some* fact of the batch matched no rule; the others may have fired
            result = _call(_dre.assert_facts, handle, lane.batch(facts))
            if result[0] == 2:
                raise EngineError("rules engine saw a fact twice")
            _run_actions(lane, result[1], actions, lane.owner_of(owners))
    finally:
        try:
            _dre.retract_facts(handle, lane.retraction(len(facts)))
        except Exception:
            lane.renew()  # never reuse a session that may still hold this batch's facts
        finally:
            _active.pop()


def with_cap(rules: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The rules with the `cap` the thin driver needs: each firing hands over all its matches."""
    return {name: {**rule, "cap": CAP} for name, rule in rules.items()}


def _run_actions(lane: _Lane, state_offset: int, actions: Mapping[str, Action], owner_of: dict[str, Any]) -> None:
    # The hot loop of the engine (one pass per rule fired per batch). A message is
    # {"rule":[{"m":<fact>},{"m":<fact>}, ...]} with each matched fact as we wrote it (measured; tests
    # check it), so each match starts {"m":{"id":1xxxxx, with the fact's id in ID_DIGITS digits (the
    # only `{` in our facts is the one that opens them). Splitting there was the fastest way measured.
    handle = lane.handle
    started = _dre.start_action_for_state(handle, state_offset)
    if not started:
        return
    message = started[1]
    complete = _dre.complete_and_start_action
    while message:
        try:
            # rule names are ours and never contain a quote; every rule the driver can fire has an
            # action (a missing one is a bug)
            matches = message.split('{"m":{"id":')
            actions[message[2 : message.index('"', 2)]]([owner_of[m[:ID_DIGITS]] for m in matches[1:]])
        except BaseException:
            _drain(lane, state_offset)
            raise
        message = complete(handle, state_offset)


def _drain(lane: _Lane, state_offset: int) -> None:
    """After an action failed: complete the pending actions without running them, so the session is
    consistent again and the batch's facts can be retracted. (Abandoning the action instead leaves
    frames behind that crash the engine at the next batch: measured.) If even that fails, the lane
    moves to a fresh session."""
    try:
        while _dre.complete_and_start_action(lane.handle, state_offset):
            pass
    except Exception:
        lane.renew()
