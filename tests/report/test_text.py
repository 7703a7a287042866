from __future__ import annotations

import pytest

from diagnose.answers.validate import validate
from diagnose.batch.evaluate import evaluate_item
from diagnose.i18n import t
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.text import render, show_answer


def test_show_answer_reads_like_the_questionnaire(kb: KnowledgeBase) -> None:
    assert show_answer(kb, "grid_in_use", True, "zh") == "是"
    assert show_answer(kb, "grid_in_use", False, "en") == "no"
    assert show_answer(kb, "grid_patrol_time_pct", 60, "zh") == "60%"
    assert show_answer(kb, "grid_staff_source", "mixed", "en") == kb.questions["grid_staff_source"].choices[3].label.en  # type: ignore[index]
    assert show_answer(kb, "grid_resident_roles", None, "zh") == "不知道"


def test_error_record_text_names_record_and_field(kb: KnowledgeBase) -> None:
    result = evaluate_item(kb, Item(7, value={"county": {"id": "x"}, "answers": {"grid_in_use": 5}}), "en")
    text = render(kb, result, "en")
    assert text.startswith("record 7 is invalid (x)") and "answers.grid_in_use" in text


def test_report_text_has_each_part(kb: KnowledgeBase) -> None:
    record = {
        "county": {"id": "t", "name": "测试县"},
        "answers": {
            "grid_in_use": True,
            "grid_patrol_time_pct": 80,
            "grid_service_closed_pct": 20,
            "grid_resident_reported_pct": "unknown",
        },
    }
    rep = evaluate_item(kb, Item(1, value=record), "zh")
    text = render(kb, rep, "zh")
    assert "测试县 (t)" in text and "成立的征象" in text and "依据的回答" in text and "尚未确定的征象" in text
    assert "知识库: county-diagnose" in text
    validate(kb, record, "zh")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_control_characters_from_the_input_are_shown_not_obeyed(kb: KnowledgeBase, lang: str) -> None:
    """Issue 18, repro 13: terminal escapes in a county name reached the terminal raw."""
    name = "清源\x1b[2J\x1b]0;pwned\x07县\r\u202e"
    report = evaluate_item(kb, Item(1, value={"county": {"id": "x\x9b31m", "name": name}, "answers": {}}), lang)
    text = render(kb, report, lang)
    assert not any(c in text for c in "\x1b\x07\r\x9b\u202e")
    assert "清源\\x1b[2J\\x1b]0;pwned\\x07县\\x0d\\u202e" in text


def test_printable_keeps_newlines_tabs_and_chinese_punctuation() -> None:
    from diagnose.io.printable import printable

    text = "第一行\n\t「引文」——\u3000全角空格 😀"
    assert printable(text) is text


EXPANSION = {
    "county": {"id": "t"},
    "answers": {
        "expand_has_extension": True,
        "expand_years_since_start": 3,
        "expand_field_count": 6,
        "expand_core_goal_written": False,
        "expand_site_share_pct": 30,
        "expand_has_timetable": True,
        "expand_has_multiyear_plan": True,
        "expand_targets_met_pct": 80,
        "expand_campaign_task_pct": 10,
    },
}


def test_text_says_whose_claim_marks_principles_and_explains_what_was_held_back(kb: KnowledgeBase) -> None:
    for lang in ("zh", "en"):
        text = render(kb, evaluate_item(kb, Item(1, value=EXPANSION), lang), lang)
        assert ("卜熙的论述" if lang == "zh" else "argued by 卜熙") in text
        assert t("kind_principle", lang) in text  # 提高政治站位 is shown as a principle
        contra = text[text.index(t("contraindicated", lang)) :]
        assert "[wushi_heyi]" in contra and "势能转化的经过就是治理拓展的过程" in contra
    held = {"county": {"id": "t"}, "answers": {"coord_separate_systems": 6, "digital_work_groups": 30}}
    text = render(kb, evaluate_item(kb, Item(1, value=held), "zh"), "zh")
    assert t("held_back", "zh", diagnoses="line_block_fragmentation") in text and "图省事" in text
