from __future__ import annotations

import json

import pytest
from conftest import RULES

from diagnose.answers.validate import validate
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.certainty import combine
from diagnose.report.build import evaluate, witness


def example(name: str) -> dict:
    return json.loads((RULES.parent / "examples" / name).read_text(encoding="utf-8"))


def report(kb: KnowledgeBase, record: dict, lang: str = "zh"):  # type: ignore[no-untyped-def]
    return evaluate(kb, validate(kb, record, lang), lang)


def test_witness_names_only_the_answers_that_made_it_true() -> None:
    cond = conditions.parse({"any": [{"q": "a", "gte": 5}, {"all": [{"q": "b", "eq": True}, {"q": "c", "lt": 3}]}]})
    assert witness(cond, {"a": 1, "b": True, "c": 1}) == ["b", "c"]
    assert witness(cond, {"a": 9, "b": True, "c": 1}) == ["a"]


def test_well_governed_county_has_no_diagnosis(kb: KnowledgeBase) -> None:
    r = report(kb, example("well_governed.json"))
    assert r.diagnoses == [] and r.not_assessed == [] and r.recommendations == []


def test_multi_diagnosis_trail_and_citations(kb: KnowledgeBase) -> None:
    r = report(kb, example("multi_diagnosis.json"), "en")
    assert len(r.diagnoses) == 4
    order = {"severe": 0, "warning": 1, "watch": 2}
    assert [order[d.severity] for d in r.diagnoses] == sorted(order[d.severity] for d in r.diagnoses)
    for d in r.diagnoses:
        assert d.references and d.signs
        for s in d.signs:
            assert s.answers and s.references and all(c.quote and c.locator and c.cite for c in s.references)
    ids = [m.mechanism for m in r.recommendations]
    assert len(ids) == len(set(ids))
    contra = {c.mechanism for c in r.contraindicated}
    assert contra and not contra & set(ids)  # a contraindicated mechanism is never recommended
    for m in r.recommendations:
        assert m.rationale and m.references and set(m.addresses) <= {d.id for d in r.diagnoses}


def test_partly_answered_county_lists_questions_that_decide(kb: KnowledgeBase) -> None:
    r = report(kb, example("partly_answered.json"))
    pending = {n.id: n.questions for n in r.not_assessed}
    assert "grid_asymmetry" in pending and "grid_patrol_time_pct" in pending["grid_asymmetry"]
    assert pending["over_expansion"][0] == "expand_has_extension"
    for d in r.diagnoses:
        for o in d.undetermined_signs:
            assert o.questions


def test_recommendations_rank_by_strength_and_fit(kb: KnowledgeBase) -> None:
    r = report(kb, example("multi_diagnosis.json"))
    strength = {d.id: d.certainty for d in r.diagnoses}
    for m in r.recommendations:
        expected = combine(strength[a] for a in m.addresses) + 0.1 * len(m.fit)
        assert m.priority == pytest.approx(expected, abs=1e-4)
    assert [m.priority for m in r.recommendations] == sorted((m.priority for m in r.recommendations), reverse=True)


def test_each_recommendation_names_the_answers_behind_it(kb: KnowledgeBase) -> None:
    record = example("multi_diagnosis.json")
    r = report(kb, record)
    for m in r.recommendations:
        for reason in m.rationale:
            assert reason.answers, (m.mechanism, reason.diagnosis)
            for q, v in reason.answers.items():
                assert record["answers"][q] == v or sorted(record["answers"][q]) == sorted(v)
