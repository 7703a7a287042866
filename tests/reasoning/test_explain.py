from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import RULES

from diagnose.answers.validate import validate
from diagnose.cli import main
from diagnose.knowledge.base import KnowledgeBase
from diagnose.reasoning.explain import explain, render

EXAMPLE = RULES.parent / "examples" / "multi_diagnosis.json"


def test_how_for_reached_and_why_not_for_the_rest(kb: KnowledgeBase) -> None:
    record = validate(kb, json.loads(EXAMPLE.read_text(encoding="utf-8")), "en")
    e = explain(kb, record, "en")
    assert [d.id for d in e.diagnoses] == list(kb.diagnoses)
    for d in e.diagnoses:
        if d.status == "reached":
            assert d.steps and abs(d.steps[-1].combined - d.certainty) < 1e-4 and d.mechanisms
            assert all(s.answers for s in d.signs if s.holds)
        else:
            assert not d.steps
            for s in d.signs:
                if s.holds is False:
                    assert s.failed_tests
                if s.holds is None:
                    assert s.unknown_questions


def test_failed_tests_respect_negation(kb: KnowledgeBase) -> None:
    answers = {"grid_in_use": True, "grid_resident_reported_pct": 10, "grid_resident_roles": ["report", "deliberate"]}
    e = explain(kb, validate(kb, {"county": {"id": "n"}, "answers": answers}, "en"), "en", "grid_asymmetry")
    [sign] = [s for s in e.diagnoses[0].signs if s.id == "residents_treated_as_managed"]
    assert sign.holds is False
    assert [f.question for f in sign.failed_tests] == ["grid_resident_roles"]  # only the test that failed
    assert sign.failed_tests[0].test.startswith("does not include ")  # in words, not "not ∋"


def test_render_and_command(kb: KnowledgeBase) -> None:
    record = validate(kb, json.loads(EXAMPLE.read_text(encoding="utf-8")), "zh")
    text = render(kb, explain(kb, record, "zh"), "zh")
    assert "推理过程" in text and "征象不成立" in text
    r = CliRunner().invoke(main, ["explain", str(EXAMPLE), "--diagnosis", "grid_asymmetry", "--format", "json"])
    data = json.loads(r.stdout)
    assert r.exit_code == 0 and [d["id"] for d in data["diagnoses"]] == ["grid_asymmetry"]
    bad = CliRunner().invoke(main, ["explain", str(EXAMPLE), "--diagnosis", "nope"])
    assert bad.exit_code == 2


def test_a_sign_an_interval_straddles_is_explained_with_its_threshold(kb: KnowledgeBase) -> None:
    answers = {"grid_in_use": True, "grid_patrol_time_pct": "50-70", "grid_service_closed_pct": "少数"}
    record = validate(kb, {"county": {"id": "x"}, "answers": answers}, "en")
    e = explain(kb, record, "en", only="grid_asymmetry")
    [sign] = [s for s in e.diagnoses[0].signs if s.id == "monitoring_outweighs_service"]
    assert sign.holds is None and sign.unknown_questions == []
    assert [(f.question, f.test) for f in sign.borderline] == [("grid_patrol_time_pct", "≥ 60")]
    assert "50-70 (read as [50, 70]%); straddles ≥ 60" in render(kb, e, "en")
    assert "跨越 ≥ 60" in render(
        kb, explain(kb, validate(kb, {"county": {"id": "x"}, "answers": answers}, "zh"), "zh"), "zh"
    )


def test_render_names_questions_by_title(kb: KnowledgeBase) -> None:
    """The trail reads 'title = answer'; the JSON keeps each question's full label where it had it."""
    record = validate(kb, json.loads(EXAMPLE.read_text(encoding="utf-8")), "zh")
    e = explain(kb, record, "zh", "grid_asymmetry")
    text = render(kb, e, "zh")
    patrol = kb.questions["grid_patrol_time_pct"]
    assert f"{patrol.title.zh} = " in text and patrol.label.zh not in text
    assert patrol.title.zh in e.diagnoses[0].signs[0].condition


SET_NOTATION = ("∈", "∋", "{", "}")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", ["well_governed.json", "partly_answered.json", "multi_diagnosis.json"])
def test_explain_speaks_plain_words(kb: KnowledgeBase, name: str, lang: str) -> None:
    """No set notation, and a scope not yet known never reads like an answer ("… = 是")."""
    data = json.loads((RULES.parent / "examples" / name).read_text(encoding="utf-8"))
    e = explain(kb, validate(kb, data, lang), lang)
    text = render(kb, e, lang)
    for symbol in SET_NOTATION:
        assert symbol not in text, symbol
    for d in e.diagnoses:  # the JSON's conditions and tests too
        for s in d.signs:
            for words in (s.condition, *(f.test for f in s.failed_tests)):
                assert not any(symbol in words for symbol in SET_NOTATION), words
    for d in e.diagnoses:
        if d.applies is None and d.applies_condition:
            line = next(x for x in text.splitlines() if d.applies_condition in x)
            assert " = " not in line and "=" not in d.applies_condition
            assert all(kb.questions[q].title.get(lang) in line for q in d.applies_unknown)


def test_a_scope_not_yet_known_names_what_is_missing(kb: KnowledgeBase) -> None:
    data = json.loads((RULES.parent / "examples" / "partly_answered.json").read_text(encoding="utf-8"))
    e = explain(kb, validate(kb, data, "zh"), "zh", "over_expansion")
    [d] = e.diagnoses
    assert d.applies is None and d.applies_unknown == ["expand_has_extension"]
    text = render(kb, e, "zh")
    assert "尚未回答受肯定的试点已拓展到其他领域" in text and "为“是”时才适用" in text
    assert "受肯定的试点已拓展到其他领域 = 是" not in text


def test_requirements_in_words(kb: KnowledgeBase) -> None:
    from diagnose.knowledge.conditions import Atom
    from diagnose.reasoning.plain import requirement

    assert requirement(kb, Atom("grid_patrol_time_pct", "gte", 60), "zh") == "至少60%"
    assert requirement(kb, Atom("grid_patrol_time_pct", "gte", 60), "en", needed=False) == "is below 60%"
    one_of = requirement(kb, Atom("county_type", "in", ("gathering", "outflow")), "en")
    assert one_of.startswith("is one of: ") and "; " in one_of
