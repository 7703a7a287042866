"""Each durable_rules pitfall listed in design.md, and its guard in rules_host."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest

from diagnose.engine import host as rules_host


def test_sync_host_starts_no_threads() -> None:
    before = threading.active_count()
    rules_host.SyncHost()
    assert threading.active_count() == before


def _ruleset(name: str, log: list) -> None:
    def seen(c: Any) -> None:
        log.append(c.m.x)

    def derive(c: Any) -> None:
        log.append(("derived", c.m.x))
        c.assert_fact({"t": "b", "x": c.m.x})

    def boom(c: Any) -> None:
        raise ValueError("boom inside an action")

    rules = {
        "a": {"all": [{"m": {"$and": [{"t": "a"}, {"$gt": {"x": 0}}]}}], "run": derive},
        "b": {"all": [{"m": {"t": "b"}}], "run": seen},
        "either": {"all": [{"m": {"$and": [{"t": "o"}, {"$or": [{"x": 1}, {"y": 1}]}]}}], "run": seen},
        "bad": {"all": [{"m": {"t": "bad"}}], "run": boom},
    }
    rules_host.register(name, rules)
    rules_host.register(name, rules)  # a second registration is a no-op, not "already registered"


def test_chained_facts_fire_before_assert_returns() -> None:
    log: list = []
    _ruleset("t_chain", log)
    with rules_host.session("t_chain") as s:
        s.assert_fact({"t": "a", "x": 5})
        assert log == [("derived", 5), 5]


def test_action_exceptions_are_raised_not_hidden() -> None:
    _ruleset("t_exc", [])
    with pytest.raises(rules_host.EngineError, match="boom inside an action"):
        with rules_host.session("t_exc") as s:
            s.assert_fact({"t": "bad"})
    with rules_host.session("t_exc") as s:  # the engine is still usable afterwards
        s.assert_fact({"t": "a", "x": 1})


def test_unmatched_and_identical_facts_are_not_errors() -> None:
    _ruleset("t_unmatched", [])
    with rules_host.session("t_unmatched") as s:
        s.assert_fact({"t": "nobody-reads-this"})
        s.assert_fact({"t": "a", "x": -1})
        s.assert_fact({"t": "a", "x": -1})  # same content twice: the serial keeps them distinct


def test_or_patterns_fire_once_per_matching_branch() -> None:
    """Why engine actions must be idempotent: this is the library's behaviour, measured."""
    log: list = []
    _ruleset("t_or", log)
    with rules_host.session("t_or") as s:
        s.assert_fact({"t": "o", "x": 1, "y": 1})
    assert len(log) == 2


def test_sessions_do_not_nest_and_do_not_leak() -> None:
    log: list = []
    _ruleset("t_iso", log)
    with rules_host.session("t_iso") as s:
        with pytest.raises(rules_host.EngineError, match="must not nest"):
            with rules_host.session("t_iso"):
                pass
        s.assert_fact({"t": "b", "x": "first"})
    # far more than the 1,024 live-session cap: each session is deleted on exit
    for i in range(1500):
        with rules_host.session("t_iso") as s:
            s.assert_fact({"t": "b", "x": i})
    assert log[-1] == 1499 and len(log) == 1501


def test_too_many_patterns_are_refused_at_registration() -> None:
    patterns = [{f"m{i}": {"t": "x"}} for i in range(rules_host.MAX_PATTERNS_PER_RULE + 1)]
    with pytest.raises(rules_host.EngineError, match="more than 16 patterns"):
        rules_host.register("t_big", {"r": {"all": patterns, "run": lambda c: None}})


def test_register_leaves_the_definition_untouched() -> None:
    def noop(c: Any) -> None:
        return None

    rules = {"r": {"all": [{"m": {"t": "x"}}], "run": noop}}
    rules_host.register("t_untouched", rules)
    assert rules == {"r": {"all": [{"m": {"t": "x"}}], "run": noop}}  # the library deletes 'run' from what it gets


def test_numbers_compare_by_value_an_int_with_a_float_too() -> None:
    """What lets fact_encoding give 1 and 1.0 one fragment: a rule on 1 matches 1.0 and the reverse."""
    fired: list[str] = []
    rules = {
        "int_rule": {"all": [{"m": {"q": 1}}], "run": lambda c: fired.append("int_rule")},
        "float_rule": {"all": [{"m": {"p": 1.0}}], "run": lambda c: fired.append("float_rule")},
        "below": {"all": [{"m": {"$lt": {"q": 1}}}], "run": lambda c: fired.append("below")},
    }
    rules_host.register("t_numbers", rules)
    with rules_host.session("t_numbers") as s:
        s.assert_fact({"q": 1.0})
        s.assert_fact({"p": 1})
    assert sorted(fired) == ["float_rule", "int_rule"]


def test_one_fact_feeds_at_most_64_alpha_branches() -> None:
    """The measured limit behind engine.GROUP_CAPACITY: 64 rules on one fact pass, 65 fail (code 303)."""

    def noop(c: Any) -> None:
        return None

    for n, fails in ((64, False), (65, True)):
        rules = {f"r{i}": {"all": [{"m": {"$and": [{"t": "a"}, {"$lt": {"x": i}}]}}], "run": noop} for i in range(n)}
        rules_host.register(f"t_alpha_{n}", rules)
        if fails:
            with pytest.raises(rules_host.EngineError, match="303"):
                with rules_host.session(f"t_alpha_{n}") as s:
                    s.assert_fact({"t": "a", "x": -1})
        else:
            with rules_host.session(f"t_alpha_{n}") as s:
                s.assert_fact({"t": "a", "x": -1})


def test_the_thin_driver_recovers_from_a_failing_action_and_leaves_the_session_empty() -> None:
    import json

    import durable_rules_engine as dre

    rules = {
        "boom": {"all": [{"m": {"x": 1}}], "run": lambda c: None},
        "fine": {"all": [{"m": {"x": 2}}], "run": lambda c: None},
    }
    rules_host.register("t_drive", rules_host.with_cap(rules))
    fired: list[list[int]] = []

    def boom(owners: list[int]) -> None:
        raise RuntimeError("boom inside an action")

    actions = {"boom": boom, "fine": fired.append}
    with pytest.raises(RuntimeError, match="boom inside an action"):
        rules_host.drive("t_drive", ['"x":1', '"x":2'], [0, 1], actions)
    rules_host.drive("t_drive", ['"x":2'], [7], actions)
    assert fired[-1] == [7]
    handle = rules_host._handle("t_drive")
    assert json.loads(dre.get_facts(handle, rules_host.lane_sid("t_drive"))) == []


def test_facts_name_no_sid_until_the_lane_moves_to_a_fresh_one() -> None:
    """The lane starts in the engine's default session (its facts need not name it); after a renewal
    every fact names the new sid, and both sessions are left empty."""
    import json

    import durable_rules_engine as dre

    rules_host.register("t_renew", rules_host.with_cap({"x_is_1": {"all": [{"m": {"x": 1}}], "run": lambda c: None}}))
    fired: list[list[int]] = []
    rules_host.drive("t_renew", ['"x":1'], [3], {"x_is_1": fired.append})
    lane = rules_host._lane("t_renew")
    assert lane.sid == rules_host.DEFAULT_SID and '"sid"' not in lane.batch(['"x":1'])
    lane.renew()
    assert lane.sid != rules_host.DEFAULT_SID and f'"sid":"{lane.sid}"' in lane.batch(['"x":1'])
    rules_host.drive("t_renew", ['"x":1', '"x":1'], [4, 5], {"x_is_1": fired.append})
    assert [sorted(owners) for owners in fired] == [[3], [4, 5]]
    handle = rules_host._handle("t_renew")
    for sid in (rules_host.DEFAULT_SID, lane.sid):
        assert json.loads(dre.get_facts(handle, sid)) == []


def test_one_firing_per_rule_per_batch_hands_over_every_owner() -> None:
    """With `cap`, a rule fires once for the whole batch; its action gets the owner of each matched
    fact, whatever the fact holds (strings with quotes and braces included)."""
    rules = {
        "x_is_1": {"all": [{"m": {"x": 1}}], "run": lambda c: None},
        "y_any": {"all": [{"m": {"$or": [{"y": 1}, {"y": 2}]}}], "run": lambda c: None},
    }
    rules_host.register("t_batch", rules_host.with_cap(rules))
    calls: dict[str, list[list[int]]] = {"x_is_1": [], "y_any": []}
    actions = {name: calls[name].append for name in calls}
    tricky = json.dumps('{"m":{"id":999999, "id": 5}')
    facts = ['"x":1', f'"x":1,"s":{tricky}', '"x":0,"y":2', '"y":1', '"x":1,"y":1']
    rules_host.drive("t_batch", facts, [10, 11, 12, 13, 14], actions)
    assert len(calls["x_is_1"]) == 1 and sorted(calls["x_is_1"][0]) == [10, 11, 14]
    assert len(calls["y_any"]) == 1 and sorted(calls["y_any"][0]) == [12, 13, 14]


def test_a_batch_larger_than_the_cap_fires_again(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = {"x_is_1": {"all": [{"m": {"x": 1}}], "run": lambda c: None, "cap": 3}}
    rules_host.register("t_small_cap", rules)
    calls: list[list[int]] = []
    rules_host.drive("t_small_cap", ['"x":1'] * 8, list(range(8)), {"x_is_1": calls.append})
    assert sorted(o for call in calls for o in call) == list(range(8))
    assert [len(call) for call in calls] == [3, 3, 2]


def test_cap_above_an_unsigned_short_is_no_cap() -> None:
    """The engine stores `cap` in 16 bits: 65,536 wraps to 0 and the rule fires once per match, which
    is why rules_host.CAP stays below it."""
    for name, cap, firings in (("t_cap_wraps", 1 << 16, 3), ("t_cap_holds", rules_host.CAP, 1)):
        rules = {"x_is_1": {"all": [{"m": {"x": 1}}], "run": lambda c: None, "cap": cap}}
        rules_host.register(name, rules)
        calls: list[list[int]] = []
        rules_host.drive(name, ['"x":1'] * 3, [0, 1, 2], {"x_is_1": calls.append})
        assert len(calls) == firings and sorted(o for call in calls for o in call) == [0, 1, 2]
