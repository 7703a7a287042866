from __future__ import annotations

import json

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
    assert sign.failed_tests[0].test.startswith("not ")


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
