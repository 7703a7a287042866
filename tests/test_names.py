"""The features' titles map to ids, and a title that names nothing or more than one thing fails clearly."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import names
import pytest
import yaml
from conftest import RULES

from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.load import load


def test_titles_map_to_ids(kb: KnowledgeBase) -> None:
    assert names.question(kb, "向村(社区)直接要表的部门数") == "digital_report_departments"
    assert names.sign(kb, "多头报表、重复报表") == ("digital_burden", "multi_duplicate_reporting")
    assert names.diagnosis(kb, "数字负担") == "digital_burden"
    assert names.mechanism(kb, "一张表法") == "yi_zhang_biao"
    assert names.section(kb, "网格化管理") == "grid"


def test_every_title_in_the_bundled_base_names_one_entry(kb: KnowledgeBase) -> None:
    for q in kb.questions.values():
        assert names.question(kb, q.title.zh) == q.id
    for d in kb.diagnoses.values():
        assert names.diagnosis(kb, d.title.zh) == d.id
        for s in d.signs:
            assert names.sign(kb, s.title.zh) == (d.id, s.id)
    for m in kb.mechanisms.values():
        assert names.mechanism(kb, m.title.zh) == m.id


def test_an_id_is_not_a_title(kb: KnowledgeBase) -> None:
    """The features are read by scholars: an id where a title belongs is an unknown name."""
    with pytest.raises(names.UnknownName, match="没有标题为「digital_burden」的诊断"):
        names.diagnosis(kb, "digital_burden")


def test_an_unknown_title_fails_naming_the_nearest(kb: KnowledgeBase) -> None:
    with pytest.raises(names.UnknownName) as e:
        names.question(kb, "向村直接要表的部门数")
    assert "no 问题 titled '向村直接要表的部门数'" in str(e.value)
    assert "「向村(社区)直接要表的部门数」" in str(e.value)


def test_an_ambiguous_title_fails_naming_every_match(tmp_path: Path) -> None:
    """Sign titles are not checked unique across diagnoses; a feature naming a shared one must not guess."""
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    path = copy / "diagnoses/grid_asymmetry.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["signs"][0]["title"]["zh"] = "工作群过多"  # a sign title of digital_burden
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    twice = load(copy)
    with pytest.raises(names.UnknownName) as e:
        names.sign(twice, "工作群过多")
    assert "ambiguous 征象 title" in str(e.value)
    assert "digital_burden" in str(e.value) and "grid_asymmetry" in str(e.value)


def test_answers_are_written_as_an_official_reads_them(kb: KnowledgeBase) -> None:
    assert names.answer(kb, "grid_in_use", "是") is True
    assert names.answer(kb, "grid_patrol_time_pct", "不知道") == "unknown"
    assert names.answer(kb, "grid_patrol_time_pct", "59.5") == 59.5
    assert names.answer(kb, "county_type", "人口持续流出型") == "outflow"
    assert names.answer(kb, "county_powers", "财力统筹(统筹整合转移支付与专项资金);用地统筹(统筹调度建设用地指标)") == [
        "finance",
        "land",
    ]
    with pytest.raises(names.UnknownName, match="「县域类型」的选项"):
        names.answer(kb, "county_type", "outflow")


def test_a_bracketed_title_may_hold_brackets() -> None:
    pattern = re.compile(rf"推荐机制{names.bracketed('m')}")
    match = pattern.fullmatch("推荐机制「「321」模式的网格化管理+精细化服务」")
    assert match and match["m"] == "「321」模式的网格化管理+精细化服务"
    assert pattern.fullmatch("推荐机制「甲」排在「乙」之前") is None
