"""The bundled knowledge base is sound, and a broken copy is reported precisely (file, entry, what)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import RULES

from diagnose.knowledge import load as kb_module
from diagnose.knowledge.models import QuestionType

HEADLINE = {
    # the three dilemmas of 肖滨's essay + two observable forms of the first (service passed outside, metrics)
    # + the decisive fact of the first two counted alone (monitoring time, residents rarely reporting; issue 16)
    "grid_asymmetry": 7,
    "pseudo_innovation": 4,  # the four clauses of paper 001
    "digital_burden": 5,  # reporting, form time, work groups, unusable apps, paper forms carried by hand
    "over_expansion": 5,  # four negative effects of paper 003 + campaign-style execution
}


def test_bundled_knowledge_base_loads_without_errors() -> None:
    loaded, findings = kb_module.load_with_findings(RULES)
    assert loaded is not None
    assert [f for f in findings if f.level == "error"] == []


@pytest.mark.parametrize(("did", "signs"), HEADLINE.items())
def test_headline_diagnoses_are_complete(kb: kb_module.KnowledgeBase, did: str, signs: int) -> None:
    d = kb.diagnoses[did]
    assert len(d.signs) == signs
    assert len({r.mechanism for r in d.recommends}) >= 3
    for s in d.signs:
        assert s.references and 0 < s.certainty <= 1


def test_every_question_asks_for_a_fact_with_both_languages(kb: kb_module.KnowledgeBase) -> None:
    for q in kb.questions.values():
        assert q.label.zh and q.label.en and q.help.zh and q.help.en
        assert "伪创新" not in q.label.zh and "偽創新" not in q.label.zh
        if q.type in (QuestionType.number, QuestionType.percent, QuestionType.count):
            assert q.unit is not None


def test_content_hash_is_stable_and_tracks_content(tmp_path: Path) -> None:
    first = kb_module.load(RULES).content_hash
    assert kb_module.load(RULES).content_hash == first
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    meta = copy / "kb.yaml"
    text = meta.read_text(encoding="utf-8")
    meta.write_text(re.sub(r"(?m)^version: .*$", "version: 9.9.9", text), encoding="utf-8")
    assert kb_module.load(copy).content_hash != first


def test_export_contains_everything(kb: kb_module.KnowledgeBase) -> None:
    data = kb.export()
    assert {d["id"] for d in data["diagnoses"]} == set(kb.diagnoses)
    assert sum(len(s["questions"]) for s in data["questionnaire"]) == len(kb.questions)
    assert data["knowledge_base"]["hash"] == kb.content_hash


# --- seeded defects: each must be caught and located ---


def _edit(path: Path, change: Callable[[dict], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _first_sign(d: dict) -> dict:
    return d["signs"][0]


DEFECTS: dict[str, tuple[str, Callable[[dict], None], str, str]] = {
    "unknown question": (
        "diagnoses/grid_asymmetry.yaml",
        lambda d: _first_sign(d).update(when={"q": "grid_no_such_question", "gte": 1}),
        "signs.monitoring_outweighs_service.when",
        "unknown question id 'grid_no_such_question'",
    ),
    "unknown choice": (
        "diagnoses/grid_asymmetry.yaml",
        lambda d: _first_sign(d).update(when={"q": "grid_staff_source", "eq": "robots"}),
        "signs.monitoring_outweighs_service.when",
        "'robots' is not a choice of 'grid_staff_source'",
    ),
    "value outside range": (
        "diagnoses/grid_asymmetry.yaml",
        lambda d: _first_sign(d).update(when={"q": "grid_patrol_time_pct", "gte": 160}),
        "signs.monitoring_outweighs_service.when",
        "outside the range of 'grid_patrol_time_pct'",
    ),
    "wrong operator for type": (
        "diagnoses/grid_asymmetry.yaml",
        lambda d: _first_sign(d).update(when={"q": "grid_in_use", "gte": 1}),
        "signs.monitoring_outweighs_service.when",
        "compared with eq: true or eq: false",
    ),
    "missing mechanism": (
        "diagnoses/grid_asymmetry.yaml",
        lambda d: d["recommends"][0].update(mechanism="no_such_mechanism"),
        "recommends.no_such_mechanism",
        "mechanism not in the catalogue",
    ),
    "unknown source": (
        "diagnoses/grid_asymmetry.yaml",
        lambda d: _first_sign(d)["references"][0].update(source="nobody2099"),
        "signs.monitoring_outweighs_service.references[0]",
        "unknown source 'nobody2099'",
    ),
    "missing english": (
        "diagnoses/grid_asymmetry.yaml",
        lambda d: _first_sign(d)["title"].pop("en"),
        "signs[0] monitoring_outweighs_service.title",
        "Field required",
    ),
    "certainty above one": (
        "diagnoses/grid_asymmetry.yaml",
        lambda d: _first_sign(d).update(certainty=1.5),
        "signs[0] monitoring_outweighs_service.certainty",
        "less than or equal to 1",
    ),
    "malformed condition": (
        "diagnoses/grid_asymmetry.yaml",
        lambda d: _first_sign(d).update(when={"q": "grid_patrol_time_pct", "above": 3}),
        "signs[0] monitoring_outweighs_service.when",
        "exactly one operator",
    ),
    "id differs from file name": (
        "diagnoses/grid_asymmetry.yaml",
        lambda d: d.update(id="grid_asymmetry_two"),
        "grid_asymmetry_two",
        "file name must be the id",
    ),
    "relevance names unknown question": (
        "questionnaire/grid.yaml",
        lambda d: d["questions"][1].update(relevant={"q": "nope", "eq": True}),
        "grid_patrol_time_pct.relevant",
        "unknown question id 'nope'",
    ),
}


@pytest.mark.parametrize("name", DEFECTS)
def test_seeded_defect_is_caught_with_file_and_entry(tmp_path: Path, name: str) -> None:
    rel, change, entry, message = DEFECTS[name]
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    _edit(copy / rel, change)
    loaded, findings = kb_module.load_with_findings(copy)
    errors = [f for f in findings if f.level == "error"]
    assert loaded is None
    assert any(f.file == rel and entry in f.entry and message in f.message for f in errors), "\n".join(map(str, errors))
    assert all(f.line is not None and f.column is not None for f in errors)  # file:line:column, every one
    with pytest.raises(kb_module.KnowledgeBaseError):
        kb_module.load(copy)


def test_duplicate_question_id_across_files(tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    _edit(copy / "questionnaire/digital.yaml", lambda d: d["questions"][0].update(id="grid_in_use"))
    _, findings = kb_module.load_with_findings(copy)
    dup = [f for f in findings if "duplicate id 'grid_in_use'" in f.message]
    # files load in name order, so the second definition is grid.yaml's, and the first is named
    assert dup and dup[0].file == "questionnaire/grid.yaml" and "questionnaire/digital.yaml" in dup[0].message


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    (copy / "mechanisms/gongtong_dizao.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    _, findings = kb_module.load_with_findings(copy)
    assert any(f.file == "mechanisms/gongtong_dizao.yaml" and "not valid YAML" in f.message for f in findings)


def test_unused_question_is_a_warning_not_an_error(tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    extra = {
        "id": "digital_unused",
        "type": "yes_no",
        "title": {"zh": "未用的问题", "en": "Unused question"},
        "label": {"zh": "未用", "en": "unused"},
        "help": {"zh": "帮", "en": "h"},
    }
    _edit(copy / "questionnaire/digital.yaml", lambda d: d["questions"].append(extra))
    loaded, findings = kb_module.load_with_findings(copy)
    assert loaded is not None
    assert any(f.level == "warning" and f.entry == "digital_unused" for f in findings)
