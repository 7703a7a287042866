"""Answers as the JSON text of engine facts: every question type, the cache, and the facts themselves."""

from __future__ import annotations

import json

from diagnose.engine.compiled import compiled
from diagnose.engine.facts import FactEncoder
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.models import QuestionType


def _first(kb: KnowledgeBase, qtype: QuestionType) -> str:
    return next(q.id for q in kb.questions.values() if q.type == qtype)


def test_each_type_encodes_as_the_engine_reads_it(kb: KnowledgeBase) -> None:
    enc = compiled(kb).encoder
    yes, multi, single = (_first(kb, t) for t in ("yes_no", "multiple_choice", "single_choice"))
    number = _first(kb, QuestionType.percent)
    choices = kb.questions[multi].choice_ids()
    answers = {yes: False, multi: choices[:1], single: kb.questions[single].choice_ids()[0], number: 12.5}
    fields = enc.fields(answers)
    assert fields[enc.key[yes]] == 0
    assert fields[enc.key[single]] == kb.questions[single].choice_ids()[0]
    assert fields[enc.key[number]] == 12.5
    assert [fields[f"{enc.key[multi]}_{c}"] for c in choices] == [1] + [0] * (len(choices) - 1)
    assert enc.first_field(multi) == f"{enc.key[multi]}_{choices[0]}"


def test_unknown_answers_give_no_field(kb: KnowledgeBase) -> None:
    enc = compiled(kb).encoder
    q = _first(kb, QuestionType.percent)
    assert enc.fragments({q: None}) == {}
    assert enc.fields({}) == {}


def test_the_cache_keeps_unequal_numbers_apart_and_is_bounded(kb: KnowledgeBase, monkeypatch) -> None:
    import diagnose.engine.facts as fe

    enc = FactEncoder(kb.questions, compiled(kb).compiler.key)
    q = _first(kb, QuestionType.number)
    assert enc.fragments({q: 1})[q].endswith(":1")
    assert enc.fragments({q: 1.5})[q].endswith(":1.5")
    assert enc.fragments({q: 1})[q].endswith(":1")  # served from the cache, unchanged
    assert enc.fragments({q: 1.0})[q].endswith(":1")  # equal numbers share one (the engine compares by value)
    monkeypatch.setattr(fe, "CACHE_LIMIT", 2)
    for v in range(10):
        assert enc.fragments({q: v})[q].endswith(f":{v}")
    assert sum(map(len, enc._cache.values())) == 2


def test_a_fact_is_its_head_extra_fields_and_known_answers(kb: KnowledgeBase) -> None:
    enc = compiled(kb).encoder
    q1, q2 = list(kb.questions)[:2]
    template = enc.template({"k": 3}, {q1, q2})
    frags = enc.fragments({q1: kb.questions[q1].choice_ids()[0] if kb.questions[q1].choices else 1})
    fact = json.loads("{" + enc.fact(template, frags, '"d0":1') + "}")
    assert fact["k"] == 3 and fact["d0"] == 1
    assert set(fact) - {"k", "d0"} == set(json.loads("{" + frags[q1] + "}"))


def test_the_interval_encoding_moves_open_ends_between_the_thresholds(kb: KnowledgeBase) -> None:
    """The engine compares closed bounds: an open end becomes a number strictly between it and the
    nearest threshold, so it passes and fails exactly the tests the open end does."""
    from diagnose.knowledge.interval import Interval

    enc = FactEncoder(kb.questions, compiled(kb).compiler.key, {"grid_patrol_time_pct": {30.0, 60.0}})
    q = "grid_patrol_time_pct"
    assert enc.closed(q, 45) == (45, 45)
    assert enc.closed(q, Interval(30, 60)) == (30, 60)
    lo, hi = enc.closed(q, Interval(30, 60, lo_open=True, hi_open=True))
    assert 30 < lo < 60 and 30 < hi < 60
    assert enc.closed(q, Interval(60, 70, lo_open=True))[0] == 61  # past the last threshold: by 1
    assert enc.closed(q, Interval(None, None)) == (29, 61)  # no bound: beyond every threshold
    key = enc.key[q]
    assert enc.fields({q: Interval(20, 40)}) == {key: 20, f"{key}h": 40}


def test_the_exact_encoder_hands_an_interval_county_on(kb: KnowledgeBase) -> None:
    import pytest

    from diagnose.engine.facts import Vague
    from diagnose.knowledge.interval import Interval

    enc = FactEncoder(kb.questions, compiled(kb).compiler.key)
    with pytest.raises(Vague):
        enc.fragments({"grid_patrol_time_pct": Interval(20, 40)})
