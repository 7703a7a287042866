"""Each durable_rules pitfall listed in design.md, and its guard in rules_host."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from diagnose import rules_host


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
    rules_host.register("t_drive", rules)
    fired: list[str] = []

    def boom() -> None:
        raise RuntimeError("boom inside an action")

    actions = {"boom": boom, "fine": lambda: fired.append("fine")}
    with pytest.raises(RuntimeError, match="boom inside an action"):
        rules_host.drive("t_drive", ['{"x":1}', '{"x":2}'], actions)  # type: ignore[dict-item]
    rules_host.drive("t_drive", ['{"x":2}'], actions)  # type: ignore[dict-item]
    assert "fine" in fired
    handle = rules_host._handle("t_drive")
    assert json.loads(dre.get_facts(handle, rules_host.lane_sid("t_drive"))) == []


def test_the_thin_driver_asserts_derived_facts() -> None:
    rules = {
        "first": {"all": [{"m": {"x": 1}}], "run": lambda c: None},
        "second": {"all": [{"m": {"y": 1}}], "run": lambda c: None},
    }
    rules_host.register("t_derive", rules)
    fired: list[str] = []
    actions = {"first": lambda: ['{"y":1}'], "second": lambda: fired.append("second")}
    rules_host.drive("t_derive", ['{"x":1}'], actions)  # type: ignore[dict-item]
    assert fired == ["second"]
