"""Notes and sources on answers, "not tracked", and mechanisms already in place, as the input gives them."""

from __future__ import annotations

from typing import Any

import pytest

from diagnose.answers.notes import Note, split
from diagnose.answers.validate import InPlace, InvalidRecord, validate
from diagnose.knowledge.base import KnowledgeBase


def rec(answers: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"county": {"id": "c"}, "answers": answers, **extra}


@pytest.mark.parametrize(
    ("value", "inner", "note"),
    [
        (12, 12, None),
        ({"value": 12}, 12, None),
        ({"value": 12, "note": "清理前"}, 12, Note("清理前")),
        ({"value": "unknown", "source": "统计年报"}, "unknown", Note(None, "统计年报")),
        ({"min": 20, "max": 30, "note": "估计"}, {"min": 20, "max": 30}, Note("估计")),
    ],
)
def test_an_answer_object_splits_into_the_answer_and_its_note(value: Any, inner: Any, note: Note | None) -> None:
    assert split(value) == (inner, note, None)


@pytest.mark.parametrize(
    "value",
    [
        {},
        {"note": "只有备注"},
        {"value": 1, "comment": "x"},
        {"value": 1, "min": 0},
        {"value": 1, "note": ""},
        {"value": 1, "note": 5},
    ],
)
def test_an_object_that_is_not_an_answer_is_refused(value: Any) -> None:
    inner, note, why = split(value)
    assert why is not None and inner is None and note is None


def test_notes_and_sources_travel_with_the_answer_and_the_rules_read_only_the_value(kb: KnowledgeBase) -> None:
    v = validate(
        kb,
        rec({"grid_in_use": True, "grid_patrol_time_pct": {"value": 72, "note": "台账", "source": "2024年报"}}),
        "zh",
    )
    assert v.answers["grid_patrol_time_pct"] == 72
    assert v.notes == {"grid_patrol_time_pct": Note("台账", "2024年报")}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_bad_answer_object_names_the_question_and_what_is_expected(kb: KnowledgeBase, lang: str) -> None:
    with pytest.raises(InvalidRecord) as e:
        validate(kb, rec({"grid_patrol_time_pct": {"value": 72, "remark": "x"}}), lang)
    [p] = e.value.problems
    assert p.path == "answers.grid_patrol_time_pct" and "note" in p.message and "grid_patrol_time_pct" in p.message


@pytest.mark.parametrize("word", ["not_tracked", "没有统计", {"value": "not_tracked", "note": "人社局未单列"}])
def test_not_tracked_is_unknown_to_the_rules_and_remembered(kb: KnowledgeBase, word: Any) -> None:
    v = validate(kb, rec({"work_turnover_pct": word}), "zh")
    assert v.answers["work_turnover_pct"] is None and v.not_tracked == ["work_turnover_pct"]


def test_mechanisms_in_place_are_read_with_since_and_working(kb: KnowledgeBase) -> None:
    v = validate(
        kb, rec({}, in_place={"yi_zhang_biao": {"since": 2022, "working": "partly"}, "gongtong_dizao": {}}), "en"
    )
    assert v.in_place == {"yi_zhang_biao": InPlace(2022, "partly"), "gongtong_dizao": InPlace(None, "unknown")}


@pytest.mark.parametrize(
    ("in_place", "path", "words"),
    [
        ({"yi_zhang_biaox": {}}, "in_place.yi_zhang_biaox", "yi_zhang_biao"),  # a misspelt id: the nearest one named
        ({"yi_zhang_biao": {"since": 1800}}, "in_place.yi_zhang_biao.since", "1949"),
        ({"yi_zhang_biao": {"since": True}}, "in_place.yi_zhang_biao.since", "1949"),
        ({"yi_zhang_biao": {"working": "maybe"}}, "in_place.yi_zhang_biao.working", "partly"),
        ({"yi_zhang_biao": {"started": 2020}}, "in_place.yi_zhang_biao", "since"),
        (["yi_zhang_biao"], "in_place", "since"),
    ],
)
def test_a_bad_in_place_entry_says_where_and_what_is_expected(
    kb: KnowledgeBase, in_place: Any, path: str, words: str
) -> None:
    with pytest.raises(InvalidRecord) as e:
        validate(kb, rec({}, in_place=in_place), "en")
    [p] = e.value.problems
    assert p.path == path and words in p.message
