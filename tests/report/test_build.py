from __future__ import annotations

import json

import pytest
from conftest import RULES

from diagnose.answers.validate import validate
from diagnose.i18n import t
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


# --- fidelity: whose claim, principles, and why a plausible mechanism was held back ---


def test_every_citation_says_whose_claim_it_is(kb: KnowledgeBase) -> None:
    for lang, kb_phrase in (("zh", "本知识库的判断"), ("en", "this knowledge base's own reading")):
        r = report(kb, example("multi_diagnosis.json"), lang)
        cites = [c for d in r.diagnoses for s in d.signs for c in [*d.references, *s.references]]
        cites += [c for rec in r.recommendations for c in rec.references]
        assert {c.claim for c in cites} >= {"paper", "literature", "case"}
        for c in cites:
            assert c.attribution == t(f"claim_{c.claim}", lang, authors=kb.sources[c.source].authors)
            assert c.claim == "kb" or kb.sources[c.source].authors in c.attribution
        assert t("claim_kb", lang, authors="x") == kb_phrase
        literature = next(c for c in cites if c.claim == "literature")
        wanted = "据何得桂、趙倩林所述的研究" if lang == "zh" else "research reviewed by 何得桂、趙倩林"
        assert literature.source == "he_zhao2023" and literature.attribution == wanted


def test_unsuitable_mechanism_is_held_back_with_its_reason_and_quotes(kb: KnowledgeBase) -> None:
    # separate departmental systems would recommend 一网统管; thirty work groups hold it back (徐勇: 图省事)
    record = {"county": {"id": "t"}, "answers": {"coord_separate_systems": 6, "digital_work_groups": 30}}
    r = report(kb, record, "zh")
    assert "yiwang_tongguan" not in [x.mechanism for x in r.recommendations]
    held = next(m for m in r.contraindicated if m.mechanism == "yiwang_tongguan")
    assert held.held_back_from == ["line_block_fragmentation"]
    assert any("图省事" in reason.text for reason in held.rationale)
    assert any("图省事" in c.quote and c.claim == "paper" for c in held.references)
    # with few groups and no app trouble it is recommended again
    record["answers"]["digital_work_groups"] = 5
    assert "yiwang_tongguan" in [x.mechanism for x in report(kb, record, "zh").recommendations]


def test_over_expansion_holds_back_five_momentums_and_shows_principles(kb: KnowledgeBase) -> None:
    answers = {
        "expand_has_extension": True,
        "expand_years_since_start": 3,
        "expand_field_count": 6,
        "expand_core_goal_written": False,
        "expand_site_share_pct": 30,
        "expand_has_timetable": True,
        "expand_has_multiyear_plan": True,
        "expand_targets_met_pct": 80,
        "expand_campaign_task_pct": 10,
    }
    r = report(kb, {"county": {"id": "t"}, "answers": answers}, "en")
    kinds = {x.mechanism: x.kind for x in r.recommendations}
    assert kinds["tigao_zhengzhi_zhanwei"] == "principle" and kinds["zhengce_shiyanshi"] == "procedure"
    held = next(m for m in r.contraindicated if m.mechanism == "wushi_heyi")
    assert held.diagnoses == ["over_expansion"] and held.references
    assert any("势能转化的经过就是治理拓展的过程" == c.quote for c in held.references)
