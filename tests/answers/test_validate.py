from __future__ import annotations

import pytest

from diagnose.answers.validate import InvalidRecord, validate
from diagnose.knowledge.base import KnowledgeBase


def rec(answers: dict, county: object = None) -> dict:
    return {"county": county or {"id": "c1", "name": "县"}, "answers": answers}


def problems(kb: KnowledgeBase, record: object, lang: str = "zh") -> list[tuple[str, str]]:
    with pytest.raises(InvalidRecord) as e:
        validate(kb, record, lang)
    return [(p.path, p.message) for p in e.value.problems]


def test_normal_forms(kb: KnowledgeBase) -> None:
    v = validate(
        kb,
        rec(
            {
                "grid_in_use": True,
                "grid_patrol_time_pct": 60.0,
                "grid_resident_roles": ["evaluate", "report"],
                "grid_staff_source": "mixed",
                "grid_deliberation_count": 3.0,
                "grid_service_closed_pct": "不知道",
                "expand_has_extension": "unknown",
            }
        ),
        "zh",
    )
    assert v.answers["grid_patrol_time_pct"] == 60 and isinstance(v.answers["grid_patrol_time_pct"], int)
    assert v.answers["grid_resident_roles"] == ["report", "evaluate"]  # questionnaire order
    assert v.answers["grid_deliberation_count"] == 3
    assert v.answers["grid_service_closed_pct"] is None
    assert v.answers["expand_has_extension"] is None


@pytest.mark.parametrize(
    ("qid", "value", "zh", "en"),
    [
        ("grid_patrol_time_pct", 120, "超出允许范围 0–100", "outside the allowed range 0–100"),
        ("grid_patrol_time_pct", "70", "应为数字", "takes a number"),
        ("grid_deliberation_count", 2.5, "非负整数", "whole number"),
        ("grid_deliberation_count", -1, "超出允许范围", "outside the allowed range"),
        ("grid_in_use", "yes", "true(是)", "true (yes)"),
        ("grid_in_use", 1, "true(是)", "true (yes)"),
        ("grid_staff_source", "robots", "full_time_hired", "full_time_hired"),
        ("grid_resident_roles", "report", "选项列表", "list of choices"),
        ("grid_resident_roles", ["report", "report"], "重复", "repeated"),
        ("grid_patrol_time_pct", True, "应为数字", "takes a number"),
    ],
)
def test_bad_value_names_question_value_and_allowed(
    kb: KnowledgeBase, qid: str, value: object, zh: str, en: str
) -> None:
    record = rec({"grid_in_use": True, qid: value} if qid != "grid_in_use" else {qid: value})
    [(path, msg_zh)] = problems(kb, record, "zh")
    [(_, msg_en)] = problems(kb, record, "en")
    assert path == f"answers.{qid}"
    assert zh in msg_zh and qid in msg_zh and kb.questions[qid].label.zh in msg_zh
    assert en in msg_en and qid in msg_en and kb.questions[qid].label.en in msg_en


def test_unknown_question_suggests_near_ids(kb: KnowledgeBase) -> None:
    [(path, message)] = problems(kb, rec({"grid_patrol_time": 50}), "en")
    assert path == "answers.grid_patrol_time"
    assert "no question with id grid_patrol_time" in message and "grid_patrol_time_pct" in message


def test_record_shape_problems_are_all_reported(kb: KnowledgeBase) -> None:
    found = problems(kb, {"county": {"name": 3}, "answer": {}}, "en")
    paths = [p for p, _ in found]
    assert paths == ["answer", "county.id", "county.name", "answers"]
    assert problems(kb, [1, 2], "en")[0][0] == "$"


def test_irrelevant_answers_are_set_aside(kb: KnowledgeBase) -> None:
    v = validate(
        kb,
        rec(
            {
                "grid_in_use": False,
                "grid_patrol_time_pct": 90,
                "digital_resident_apps": 0,
                "digital_app_unaided_pct": 10,
            }
        ),
        "zh",
    )
    assert "grid_patrol_time_pct" not in v.answers and "digital_app_unaided_pct" not in v.answers
    assert v.ignored == ["grid_patrol_time_pct", "digital_app_unaided_pct"]
    # only a definite no sets a follow-up aside: answered under an unknown gate, the fact counts
    v2 = validate(kb, rec({"grid_in_use": "unknown", "grid_patrol_time_pct": 90}), "zh")
    assert v2.ignored == [] and v2.answers["grid_patrol_time_pct"] == 90
