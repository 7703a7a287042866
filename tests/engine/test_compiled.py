"""The durable_rules engine against the direct evaluator, and county isolation."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from conftest import RULES
from hypothesis import HealthCheck, assume, given, settings
from strategies import answer_sets, interval_answer_sets, partial_answer_sets

from diagnose.answers.validate import InvalidRecord, validate
from diagnose.engine import direct
from diagnose.engine.compiled import Compiler, compiled
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.load import load

KB = load(RULES)


def _same(kb: KnowledgeBase, answers: dict[str, Any]) -> None:
    record = validate(kb, {"county": {"id": "x"}, "answers": answers}, "en")
    engine = compiled(kb).run(record.answers)
    reference = direct.run(kb, record.answers)
    assert engine.applies == reference.applies
    assert engine.signs == reference.signs
    assert engine.decisions == reference.decisions
    assert sorted(engine.recommended) == sorted(reference.recommended)


# CI runs the full 5,000 cases; a developer's `make test` runs 500 (set CI=true to run them all).
CASES = 5000 if os.environ.get("CI") else 500


@settings(max_examples=CASES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=answer_sets(KB))
def test_engine_agrees_with_direct_evaluator(answers: dict[str, Any]) -> None:
    _same(KB, answers)


@settings(max_examples=CASES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=interval_answer_sets(KB))
def test_engine_agrees_with_direct_evaluator_on_interval_answers(answers: dict[str, Any]) -> None:
    try:
        record = validate(KB, {"county": {"id": "x"}, "answers": answers}, "en")
    except InvalidRecord:  # a generated phrase may allow no value (e.g. 不到0): refused, nothing to compare
        assume(False)
    engine = compiled(KB).run(record.answers)
    reference = direct.run(KB, record.answers)
    assert engine.applies == reference.applies
    assert engine.signs == reference.signs
    assert engine.decisions == reference.decisions
    assert sorted(engine.recommended) == sorted(reference.recommended)
    assert sorted(engine.suits) == sorted(reference.suits)
    assert sorted(engine.unsuitable) == sorted(reference.unsuitable)


@settings(max_examples=CASES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=partial_answer_sets(KB))
def test_engine_agrees_with_direct_evaluator_on_partial_choices(answers: dict[str, Any]) -> None:
    """Multiple choices known in part (an unanswered option is undetermined), mixed with intervals."""
    try:
        record = validate(KB, {"county": {"id": "x"}, "answers": answers}, "en")
    except InvalidRecord:  # a generated phrase may allow no value (e.g. 不到0): refused, nothing to compare
        assume(False)
    engine = compiled(KB).run(record.answers)
    reference = direct.run(KB, record.answers)
    assert engine.applies == reference.applies
    assert engine.signs == reference.signs
    assert engine.decisions == reference.decisions
    assert sorted(engine.recommended) == sorted(reference.recommended)
    assert sorted(engine.suits) == sorted(reference.suits)
    assert sorted(engine.unsuitable) == sorted(reference.unsuitable)


def test_a_straddled_sign_is_undetermined_in_the_engine_and_decided_by_either_side(kb: KnowledgeBase) -> None:
    # 巡查时间占比 ≥ 60 (with 办结率 < 50) is a sign of grid_asymmetry: an interval across 60 leaves it open,
    # one wholly above holds it, one wholly below (open at 60) rules it out
    sign = next(s.id for s in kb.diagnoses["grid_asymmetry"].signs if "grid_patrol_time_pct" in str(s.when.to_data()))
    truths = {}
    for written in ("50-70", "60-70", "不到60", "约60", "大多数"):
        record = validate(
            kb,
            {
                "county": {"id": "x"},
                "answers": {"grid_in_use": True, "grid_service_closed_pct": 10, "grid_patrol_time_pct": written},
            },
            "en",
        )
        truths[written] = compiled(kb).run(record.answers).signs["grid_asymmetry"][sign]
        assert truths[written] == direct.run(kb, record.answers).signs["grid_asymmetry"][sign]
    assert truths == {"50-70": None, "60-70": True, "不到60": False, "约60": None, "大多数": True}


def test_a_batch_mixing_exact_and_interval_counties_keeps_their_order(kb: KnowledgeBase) -> None:
    answers = [
        {"grid_in_use": True, "grid_service_closed_pct": 20, "grid_patrol_time_pct": v}
        for v in (90, "50-70", 10, "至少65", "不到30")
    ]
    records = [validate(kb, {"county": {"id": str(i)}, "answers": a}, "en").answers for i, a in enumerate(answers)]
    together = compiled(kb).run_many(records)
    assert [i.signs for i in together] == [direct.run(kb, r).signs for r in records]


def test_examples_agree(kb: KnowledgeBase) -> None:
    import json

    for path in sorted((RULES.parent / "examples").glob("*.json")):
        _same(kb, json.loads(path.read_text(encoding="utf-8"))["answers"])


def test_a_county_is_unaffected_by_the_one_before(kb: KnowledgeBase) -> None:
    grid = {"grid_in_use": True, "grid_patrol_time_pct": 90, "grid_service_closed_pct": 10}
    engine = compiled(kb)
    alone = engine.run(validate(kb, {"county": {"id": "b"}, "answers": {}}, "en").answers)
    engine.run(validate(kb, {"county": {"id": "a"}, "answers": grid}, "en").answers)
    after = engine.run(validate(kb, {"county": {"id": "b"}, "answers": {}}, "en").answers)
    assert alone.signs == after.signs and alone.decisions == after.decisions
    assert after.decisions["grid_asymmetry"].true_signs == ()
    assert after.signs["grid_asymmetry"] == alone.signs["grid_asymmetry"]


def test_compiled_once_per_content_hash(kb: KnowledgeBase) -> None:
    assert compiled(kb) is compiled(load(RULES))


def test_unknown_answers_match_neither_pattern(kb: KnowledgeBase) -> None:
    from diagnose.knowledge.conditions import parse

    c = Compiler(kb)
    cond = parse({"q": "grid_patrol_time_pct", "ne": 5})
    assert c.pattern(cond, True) == {
        "$and": [{"$ex": {c.key["grid_patrol_time_pct"]: 1}}, {"$neq": {c.key["grid_patrol_time_pct"]: 5}}]
    }
    assert compiled(kb).fact_fields(
        {"grid_in_use": True, "grid_patrol_time_pct": None, "grid_resident_roles": ["report"]}
    ) == {
        c.key["grid_in_use"]: 1,
        **{
            f"{c.key['grid_resident_roles']}_{x}": int(x == "report")
            for x in kb.questions["grid_resident_roles"].choice_ids()
        },
    }


def test_rules_are_packed_under_the_alpha_limit(kb: KnowledgeBase) -> None:
    from diagnose.engine.compiled import GROUP_CAPACITY, branches

    assert branches({"$or": [{"a": 1}, {"$and": [{"b": 1}, {"$or": [{"c": 1}, {"d": 1}]}]}]}) == 3
    engine = compiled(kb)
    groups = engine.answer_groups.groups + engine.recommend_groups.groups
    assert groups and all(g.branches <= GROUP_CAPACITY for g in groups)
    assert sum(len(g.rules) for g in engine.answer_groups.groups) > 64  # more than one fact could carry


def test_a_rule_opens_a_group_only_when_none_has_room_and_joins_the_one_sharing_its_questions() -> None:
    from diagnose.engine.compiled import GROUP_CAPACITY, Packer

    def rule(n: int) -> dict:  # a pattern of n alpha branches
        return {"$or": [{"x": i} for i in range(n)]}

    packer = Packer()
    big = GROUP_CAPACITY // 2 + 2  # two of them never share a group
    sizes = (("a", big, ["q1"]), ("b", big, ["q2"]), ("c", 20, ["q2"]), ("d", GROUP_CAPACITY - big, []))
    for name, size, questions in sizes:
        packer.add(name, rule(size), lambda owners: None, questions)
    # packed in order, d would have opened a third group; c goes where its question already is
    assert [[r[0] for r in g.rules] for g in packer.groups] == [["a", "d"], ["b", "c"]]
    assert [g.questions for g in packer.groups] == [{"q1"}, {"q2"}]


def test_each_county_leaves_the_engine_sessions_empty(kb: KnowledgeBase) -> None:
    """The session lives as long as the process: every fact a county asserted is retracted after it."""
    import durable_rules_engine as dre

    from diagnose.engine import host as rules_host

    engine = compiled(kb)
    for path in sorted((RULES.parent / "examples").glob("*.json")):
        answers = json.loads(path.read_text(encoding="utf-8"))["answers"]
        engine.run(validate(kb, {"county": {"id": "x"}, "answers": answers}, "en").answers)
        for ruleset in (engine.answer_ruleset, engine.recommend_ruleset):
            handle = rules_host._handle(ruleset)
            assert json.loads(dre.get_facts(handle, rules_host.lane_sid(ruleset))) == []


def test_decisions_are_the_same_without_the_memo(kb: KnowledgeBase, monkeypatch: Any) -> None:
    import diagnose.engine.compiled as engine_module

    monkeypatch.setattr(engine_module, "MEMO_LIMIT", 0)
    for path in sorted((RULES.parent / "examples").glob("*.json")):
        _same(kb, json.loads(path.read_text(encoding="utf-8"))["answers"])


def test_closed_world_false_and_unknown(kb: KnowledgeBase) -> None:
    """A sign over answered questions whose true rule did not fire is false; one over an unanswered
    question stays unknown unless its refutation rule proves it false."""
    grid = {"grid_in_use": True, "grid_patrol_time_pct": 10, "grid_service_closed_pct": 90}
    inf = compiled(kb).run(validate(kb, {"county": {"id": "x"}, "answers": grid}, "en").answers)
    ref = direct.run(kb, validate(kb, {"county": {"id": "x"}, "answers": grid}, "en").answers)
    assert inf.signs["grid_asymmetry"] == ref.signs["grid_asymmetry"]
    assert False in inf.signs["grid_asymmetry"].values() and None in inf.signs["grid_asymmetry"].values()


def test_a_batch_gives_each_county_what_it_gets_alone(kb: KnowledgeBase) -> None:
    """run_many drives up to BATCH counties through one session with one firing per rule: each
    county's inference is the one it gets alone, and the direct evaluator's."""
    import random

    from strategies import random_answers

    from diagnose.engine.compiled import BATCH

    rng = random.Random(7)
    counties = [
        validate(kb, {"county": {"id": "x"}, "answers": random_answers(kb, rng)}, "en").answers for _ in range(150)
    ]
    counties.insert(3, {})  # one with nothing answered among them
    engine = compiled(kb)
    together = engine.run_many(counties)
    assert len(together) == len(counties) > 2 * BATCH
    for answers, inf in zip(counties, together, strict=True):
        alone, reference = engine.run(answers), direct.run(kb, answers)
        for other in (alone, reference):
            assert inf.applies == other.applies and inf.signs == other.signs and inf.decisions == other.decisions
            assert sorted(inf.recommended) == sorted(other.recommended)
            assert sorted(inf.suits) == sorted(other.suits) and sorted(inf.unsuitable) == sorted(other.unsuitable)


@pytest.mark.parametrize(
    ("written", "holds"),
    [
        ("不到5", False),  # a count below 5 is at most 4
        (">4", True),  # a count above 4 is at least 5
        ("至少5", True),
        ("<6", None),  # 0 to 5: straddles ≥ 5
        ("约5", None),  # 4 to 6
        ({"min": 5, "max": 5}, True),  # equal bounds: an exact 5
        ({"min": 4, "max": 4}, False),
    ],
)
def test_a_count_interval_at_its_threshold(kb: KnowledgeBase, written: Any, holds: bool | None) -> None:
    # list_bypassed: 村级清单已印发 and 清单外事项 ≥ 5
    answers = {"duty_village_list": True, "duty_items_outside_list": written}
    record = validate(kb, {"county": {"id": "x"}, "answers": answers}, "en")
    engine = compiled(kb).run(record.answers).signs["responsibility_overload"]["list_bypassed"]
    assert engine == direct.run(kb, record.answers).signs["responsibility_overload"]["list_bypassed"] == holds
