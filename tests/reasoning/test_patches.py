"""The exact what-if search against brute force on small generated knowledge bases: the same cheapest
cost (fewest changes, then least movement), and a patch exactly when brute force finds one."""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import pytest

from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.models import Diagnosis, Question
from diagnose.reasoning import patches, space
from diagnose.reasoning.space import Allowed

QUESTIONS: list[dict[str, Any]] = [
    {"id": "p", "type": "percent", "unit": {"zh": "%", "en": "%"}},
    {"id": "n", "type": "count", "unit": {"zh": "个", "en": "items"}, "max": 12},
    {"id": "y", "type": "yes_no"},
    {"id": "c", "type": "single_choice", "choices": ["a", "b", "c"]},
    {"id": "m", "type": "multiple_choice", "choices": ["x", "y", "z"]},
    {"id": "g", "type": "percent", "unit": {"zh": "%", "en": "%"}, "relevant": {"q": "y", "eq": True}},
]


def question(spec: dict[str, Any], fixed: bool) -> Question:
    text = {"zh": f"问题{spec['id']}", "en": f"question {spec['id']}"}
    data = {**spec, "title": text, "label": text, "help": text}
    if "choices" in spec:
        data["choices"] = [{"id": c, "label": {"zh": c, "en": c}} for c in spec["choices"]]
    if fixed:
        data["fixed_by"] = {"kind": "context", "reason": {"zh": "测试", "en": "test"}}
    return Question.model_validate(data)


def atom(rng: random.Random) -> dict[str, Any]:
    q = rng.choice(QUESTIONS)
    if q["type"] in ("percent",):
        return {"q": q["id"], rng.choice(["gte", "lt", "gt", "lte"]): rng.choice([20, 50, 60, 80])}
    if q["type"] == "count":
        return {"q": q["id"], rng.choice(["gte", "lt", "eq"]): rng.choice([0, 1, 3, 5])}
    if q["type"] == "yes_no":
        return {"q": q["id"], "eq": rng.choice([True, False])}
    if q["type"] == "single_choice":
        return {"q": q["id"], "in": rng.sample(q["choices"], rng.randint(1, 2))}
    return {"q": q["id"], "has": rng.choice(q["choices"])}


def condition(rng: random.Random) -> dict[str, Any]:
    shape = rng.random()
    if shape < 0.4:
        return atom(rng)
    if shape < 0.9:
        return {rng.choice(["all", "any"]): [atom(rng) for _ in range(rng.randint(2, 3))]}
    return {"not": atom(rng)}


def small_kb(kb: KnowledgeBase, rng: random.Random) -> KnowledgeBase:
    real = next(iter(kb.diagnoses.values()))
    ref = real.references[0].model_dump()
    text = {"zh": "测试", "en": "test"}
    signs = [
        {
            "id": f"s{i}",
            "title": text,
            "when": condition(rng),
            "certainty": rng.choice([0.2, 0.3, 0.4, 0.6]),
            "rationale": text,
            "references": [ref],
        }
        for i in range(rng.randint(2, 4))
    ]
    d = {
        "id": "toy",
        "title": text,
        "status": "experimental",
        "description": text,
        "signs": signs,
        "severity": {"watch": 0.3, "warning": 0.6, "severe": 0.85},
        "recommends": [{"mechanism": real.recommends[0].mechanism, "rationale": text, "references": [ref]}],
        "references": [ref],
    }
    if rng.random() < 0.3:
        d["applies"] = {"q": "c", "in": ["a", "b"]}
    questions = {s["id"]: question(s, fixed=rng.random() < 0.15) for s in QUESTIONS}
    return dataclasses.replace(
        kb,
        questions=questions,
        diagnoses={"toy": Diagnosis.model_validate(d)},
        question_file={q: "questionnaire/toy.yaml" for q in questions},
    )


def answer(spec: dict[str, Any], rng: random.Random) -> Any:
    if rng.random() < 0.25:
        return None
    kind = spec["type"]
    if kind == "percent":
        if rng.random() < 0.2:
            lo = rng.choice([10, 40, 55])
            return Interval(lo, lo + rng.choice([10, 30]))
        return rng.choice([0, 10, 20, 35, 50, 59, 60, 75, 80, 95])
    if kind == "count":
        return rng.randint(0, 8)
    if kind == "yes_no":
        return rng.random() < 0.5
    if kind == "single_choice":
        return rng.choice(spec["choices"])
    return sorted(rng.sample(spec["choices"], rng.randint(0, 3)))


CASES = range(160)


@pytest.mark.parametrize("seed", CASES)
def test_the_search_finds_the_cheapest_patch_brute_force_finds(kb: KnowledgeBase, seed: int) -> None:
    rng = random.Random(seed)
    toy = small_kb(kb, rng)
    answers = {s["id"]: answer(s, rng) for s in QUESTIONS}
    answers = {k: v for k, v in answers.items() if v is not None or rng.random() < 0.5}
    only = rng.choice([None, None, space.CHANGE, space.FIND_OUT])
    for goal in ("clear", "reach"):
        problem = patches.Problem(toy, answers, "toy", goal, Allowed(only=only))
        if problem.meets(problem.decide({})):
            continue
        found, cut = patches.search(problem, 1)
        assert not cut
        best = min(((size, movement) for size, movement, _ in patches.brute_force(problem)), default=None)
        if best is None:
            assert found == [], (goal, found)
            continue
        assert found, (goal, best)
        f = found[0]
        cost = (len(f.changes), round(sum(o.movement for o in f.changes.values()), 9))
        assert cost == best, (goal, f.changes, best)
        assert problem.meets(problem.decide({q: o.value for q, o in f.changes.items()}))


@pytest.mark.parametrize("seed", range(40))
def test_alternatives_come_cheapest_first_and_none_contains_another(kb: KnowledgeBase, seed: int) -> None:
    rng = random.Random(1000 + seed)
    toy = small_kb(kb, rng)
    answers = {s["id"]: answer(s, rng) for s in QUESTIONS}
    problem = patches.Problem(toy, answers, "toy", "clear", Allowed(free_all=True))
    if problem.meets(problem.decide({})):
        return
    found, _ = patches.search(problem, 6)
    costs = [(len(f.changes), round(sum(o.movement for o in f.changes.values()), 9)) for f in found]
    assert costs == sorted(costs)
    sets = [frozenset(f.changes) for f in found]
    assert not any(a <= b for a, b in zip(sets, sets[1:], strict=False) if a != b)
    assert all(not (a < b) for a in sets for b in sets)
    assert len(set(sets)) == len(sets)


def test_every_piece_of_a_range_has_one_value_nearest_the_answer(kb: KnowledgeBase) -> None:
    q = question(QUESTIONS[0], fixed=False)
    values = sorted(o.value for o in space.options(q, 30, {20.0, 50.0}, []))
    assert values == [19, 20, 50, 51]  # [0,20) (20) (20,50) holds 30, 50, (50,100]
    assert [o.kind for o in space.options(q, None, {50.0}, [])] == [space.FIND_OUT] * 3
    narrowed = space.options(q, Interval(40, 60), {50.0}, [])
    assert {o.value: o.kind for o in narrowed} == {49: space.FIND_OUT, 50: space.FIND_OUT, 51: space.FIND_OUT}
    count = question(QUESTIONS[1], fixed=False)
    assert [o.value for o in space.options(count, 4, {0.0, 3.0}, [])] == [0, 2, 3]
