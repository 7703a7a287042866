"""Conditions as closures (knowledge/closures.py) give conditions.evaluate's truth: every condition of the
knowledge base, on generated counties' answers (plain, approximate and partly known multiple choices)."""

from __future__ import annotations

import random
from typing import Any

from conftest import RULES
from hypothesis import HealthCheck, given, settings
from strategies import interval_answer_sets, random_answers

from diagnose.answers.validate import validate
from diagnose.knowledge import conditions
from diagnose.knowledge.choices import Choices
from diagnose.knowledge.closures import closure
from diagnose.knowledge.load import load

KB = load(RULES)


def every_condition() -> list[conditions.Condition]:
    conds: list[conditions.Condition] = [q.relevant for q in KB.questions.values() if q.relevant is not None]
    for d in KB.diagnoses.values():
        conds += [s.when for s in d.signs] + [r.when for r in d.recommends if r.when]
        conds += [band for s in d.signs for _, band in s.band_conditions()]
        conds += [d.applies] if d.applies else []
    for m in KB.mechanisms.values():
        conds += [f.when for f in [*m.suits, *m.unsuitable]]
    return conds


CONDITIONS = every_condition()
TESTS = [closure(c) for c in CONDITIONS]


def agree(answers: dict[str, Any], signs: dict[str, Any] | None = None) -> int:
    """How many conditions are decided (true or false) on these answers; each agrees with evaluate."""
    decided = 0
    for cond, test in zip(CONDITIONS, TESTS, strict=True):
        expected = conditions.evaluate(cond, answers, signs)
        got = test(answers, signs)
        assert got is expected, (cond, expected, got)
        decided += got is not None
    return decided


def test_closures_agree_with_evaluate_on_generated_counties() -> None:
    rng = random.Random(5)
    decided = 0
    for i in range(150):
        answers = validate(KB, {"county": {"id": f"c{i}"}, "answers": random_answers(KB, rng)}, "zh").answers
        decided += agree(answers)
        # the same with some answers unknown, and multiple choices known in part
        partial = {q: (None if rng.random() < 0.2 else v) for q, v in answers.items()}
        for q, v in partial.items():
            if isinstance(v, list) and rng.random() < 0.5:
                options = KB.questions[q].choice_ids()
                partial[q] = Choices(yes=tuple(v[:1]), no=tuple(o for o in options[-2:] if o not in v))
        decided += agree(partial)
    assert decided > 150 * len(CONDITIONS) // 4  # the conditions were put to the test, not left unknown


def test_sign_references_read_the_signs() -> None:
    refs = [c for c in CONDITIONS if list(conditions.sign_refs(c))]
    assert refs
    for cond in refs:
        test = closure(cond)
        for truth in (True, False, None):
            signs = dict.fromkeys(conditions.sign_refs(cond), truth)
            assert test({}, signs) is conditions.evaluate(cond, {}, signs)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=interval_answer_sets(KB))
def test_closures_agree_with_evaluate_on_approximate_answers(answers: dict[str, Any]) -> None:
    agree(validate(KB, {"county": {"id": "c"}, "answers": answers}, "zh").answers)
