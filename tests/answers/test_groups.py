"""Repeat groups in an input record: innovation projects one by one, validated item by item, and the
share questions the pseudo-innovation signs test worked out from them."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from diagnose.answers.record import input_schema
from diagnose.answers.validate import InvalidRecord, validate
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.interval import Interval
from diagnose.report.build import evaluate
from diagnose.report.text import render as render_text

PROJECTS = [
    {
        "name": "红色议事厅",
        "innov_p_borrowed": True,
        "innov_p_survey": False,
        "innov_p_plan": True,
        "innov_p_years": 3,
        "innov_p_running": False,
        "innov_p_leader_moved": True,
    },
    {
        "innov_p_borrowed": True,
        "innov_p_survey": False,
        "innov_p_plan": False,
        "innov_p_years": 1,
        "innov_p_running": True,
        "innov_p_leader_moved": False,
    },
    {
        "innov_p_borrowed": False,
        "innov_p_survey": True,
        "innov_p_plan": False,
        "innov_p_years": "约4",
        "innov_p_running": True,
        "innov_p_leader_moved": False,
    },
    {
        "innov_p_borrowed": True,
        "innov_p_survey": True,
        "innov_p_plan": False,
        "innov_p_years": 2,
        "innov_p_running": False,
        "innov_p_leader_moved": True,
    },
    {
        "innov_p_borrowed": True,
        "innov_p_survey": False,
        "innov_p_plan": True,
        "innov_p_years": 5,
        "innov_p_running": True,
        "innov_p_leader_moved": False,
    },
]


def rec(answers: dict[str, Any]) -> dict[str, Any]:
    return {"county": {"id": "c"}, "answers": answers}


def test_the_shares_the_signs_test_are_worked_out_from_the_projects(kb: KnowledgeBase) -> None:
    v = validate(kb, rec({"innovation_projects": PROJECTS}), "zh")
    a = v.answers
    assert a["innov_project_count"] == 5
    assert a["innov_with_plan_pct"] == 40
    assert a["innov_borrowed_pct"] == 80
    assert a["innov_borrowed_survey_pct"] == 25  # 1 of the 4 borrowed ones
    assert a["innov_running_2y_pct"] == 50  # 2 of the 4 launched two or more years ago (约4 counts)
    assert a["innov_leader_moved"] is True
    assert a["innov_after_leader_pct"] == 0
    assert v.items["innovation_projects"][0]["name"] == "红色议事厅"


def test_projects_reach_the_signs_that_the_same_shares_given_directly_reach(kb: KnowledgeBase) -> None:
    by_items = evaluate(kb, validate(kb, rec({"innovation_projects": PROJECTS}), "zh"), "zh")
    shares = validate(kb, rec({"innovation_projects": PROJECTS}), "zh").answers
    direct = {k: v for k, v in shares.items() if k.startswith("innov_")}
    by_shares = evaluate(kb, validate(kb, rec(direct), "zh"), "zh")
    [a] = [d for d in by_items.diagnoses if d.id == "pseudo_innovation"]
    [b] = [d for d in by_shares.diagnoses if d.id == "pseudo_innovation"]
    assert [s.id for s in a.signs] == [s.id for s in b.signs] and a.certainty == b.certainty
    assert {"label_without_action", "transplant_without_needs", "credit_without_continuity"} <= {s.id for s in a.signs}


def test_an_unknown_answer_in_one_project_makes_the_share_an_interval(kb: KnowledgeBase) -> None:
    projects = [dict(p) for p in PROJECTS]
    projects[1]["innov_p_plan"] = "不知道"
    v = validate(kb, rec({"innovation_projects": projects}), "zh")
    assert v.answers["innov_with_plan_pct"] == Interval(40, 60)
    [d] = [d for d in v.derived if d.question == "innov_with_plan_pct"]
    assert d.tally == {"group": "innovation_projects", "passed": 2, "total": 5, "unknown": 1}


def test_a_direct_share_wins_and_disagreement_is_flagged(kb: KnowledgeBase) -> None:
    v = validate(
        kb, rec({"innovation_projects": PROJECTS, "innov_borrowed_pct": 30, "innov_with_plan_pct": 40.5}), "en"
    )
    assert v.answers["innov_borrowed_pct"] == 30 and v.answers["innov_with_plan_pct"] == 40.5
    by_q = {d.question: d for d in v.derived}
    assert by_q["innov_borrowed_pct"].disagrees and not by_q["innov_with_plan_pct"].disagrees
    text = render_text(kb, evaluate(kb, v, "en"), "en")
    assert "4 of 5 projects" in text and "differs from the value its figures give" in text


def test_the_report_shows_the_derivation_in_words(kb: KnowledgeBase) -> None:
    v = validate(kb, rec({"innovation_projects": PROJECTS}), "zh")
    text = render_text(kb, evaluate(kb, v, "zh"), "zh")
    assert "借鉴外地模式的创新项目比例 = 80% ← 5 个项目中 4 个「该项目借鉴外地模式」" in text
    assert "「该项目借鉴外地模式」的 4 个项目中 1 个「该项目启动前调查过群众需求」" in text


@pytest.mark.parametrize(
    ("answers", "path", "words"),
    [
        ({"innovation_projects": {"innov_p_borrowed": True}}, "answers.innovation_projects", "须是一个列表"),
        ({"innovation_projects": [{}, 3]}, "answers.innovation_projects[1]", "第 2 个项目须是 JSON 对象"),
        (
            {"innovation_projects": [{"innov_p_borowed": True}]},
            "answers.innovation_projects[0].innov_p_borowed",
            "第 1 个项目:创新项目逐项情况中没有编号为 innov_p_borowed 的问题;是否想写 innov_p_borrowed",
        ),
        (
            {"innovation_projects": [{}, {}, {"innov_p_years": 40}]},
            "answers.innovation_projects[2].innov_p_years",
            "第 3 个项目:",
        ),
        ({"innovation_projects": [{"name": ""}]}, "answers.innovation_projects[0].name", "名称(name)"),
        ({"innovation_projects": [{}] * 51}, "answers.innovation_projects", "最多填写 50 个项目"),
    ],
)
def test_a_bad_item_is_named_by_record_item_number_and_field(
    kb: KnowledgeBase, answers: dict[str, Any], path: str, words: str
) -> None:
    with pytest.raises(InvalidRecord) as e:
        validate(kb, rec(answers), "zh")
    [p] = e.value.problems
    assert p.path == path and words in p.message, p


def test_an_item_problem_reads_in_english_too(kb: KnowledgeBase) -> None:
    with pytest.raises(InvalidRecord) as e:
        validate(kb, rec({"innovation_projects": [{}, {"innov_p_borrowed": "maybe"}]}), "en")
    [p] = e.value.problems
    assert p.path == "answers.innovation_projects[1].innov_p_borrowed" and p.message.startswith("project 2: ")


def test_the_input_schema_takes_the_projects_and_refuses_a_stranger_field(kb: KnowledgeBase) -> None:
    schema = input_schema(kb)
    jsonschema.validate(rec({"innovation_projects": PROJECTS}), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(rec({"innovation_projects": [{"innov_p_nope": True}]}), schema)


def test_an_old_county_file_without_projects_is_unchanged(kb: KnowledgeBase) -> None:
    v = validate(kb, rec({"innov_project_count": 6, "innov_borrowed_pct": 50}), "zh")
    assert v.answers["innov_project_count"] == 6 and not v.derived and not v.items


def test_the_showcase_share_is_weighted_by_money(kb: KnowledgeBase) -> None:
    projects = [
        {"innov_p_funds": 300, "innov_p_showcase_funds": 270},
        {"innov_p_funds": 100, "innov_p_showcase_funds": "约10"},
    ]
    v = validate(kb, rec({"innovation_projects": projects}), "zh")
    iv = v.answers["innov_showcase_fund_pct"]
    assert isinstance(iv, Interval) and 69 < iv.lo < iv.hi < 71  # (270 + 9..11) / 400
    text = render_text(kb, evaluate(kb, v, "zh"), "zh")
    assert "2 个项目合计:「该项目资金中投向示范点的部分」" in text


def test_whatif_runs_on_a_county_that_describes_its_projects(kb: KnowledgeBase) -> None:
    """Guard only (whatif is rewritten elsewhere): what-if works on the values the projects gave, and each
    patch it proposes changes a question's value directly (a direct answer wins over the projects)."""
    from diagnose.reasoning import whatif

    projects = [dict(p) for p in PROJECTS]
    v = validate(kb, rec({"innovation_projects": projects}), "en")
    w = whatif.answer(kb, v.county, v.answers, "pseudo_innovation", "clear")
    assert w.now == "reached"
    assert all(set(p.changes) <= set(kb.questions) for p in w.patches)
