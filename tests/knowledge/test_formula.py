"""The formulas of derived questions: parsed into a tree (never evaluated as code), worked out exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diagnose.knowledge import formula as fm


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        ("100 * a / b", {"a": 12, "b": 40}, 30.0),
        ("a - (b - c)", {"a": 10, "b": 4, "c": 1}, 7.0),
        ("-a + 2", {"a": 5}, -3.0),
        ("(a + b) / 2", {"a": 3, "b": 4}, 3.5),
        ("a / b", {"a": 1, "b": 0}, None),  # a division by zero has no value
        ("a / b", {"a": 1}, None),  # nor has a formula with an input missing
    ],
)
def test_a_formula_is_worked_out_or_has_no_value(text: str, values: dict[str, float], expected: float | None) -> None:
    assert fm.evaluate(fm.parse(text), values) == expected


@pytest.mark.parametrize(
    "text",
    ["__import__('os')", "a ** 2", "a if b else c", "f(a)", "a.b", "[a]", "a < b", "'x'", "", "a +", "True", "a % 2"],
)
def test_anything_but_arithmetic_on_question_ids_is_refused(text: str) -> None:
    with pytest.raises(fm.FormulaError):
        fm.parse(text)


def test_a_formula_reads_its_questions_and_names_its_divisors() -> None:
    f = fm.parse("100 * (a + b) / (c - d) / e")
    assert fm.questions(f) == ["a", "b", "c", "d", "e"]
    assert [fm.text(d) for d in fm.divisors(f)] == ["c - d", "e"]


names = st.sampled_from(["a", "b", "c"])
leaves = st.one_of(names, st.integers(0, 50).map(str))
exprs = st.recursive(
    leaves,
    lambda inner: st.tuples(inner, st.sampled_from("+-*/"), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
    max_leaves=8,
)


@given(exprs, st.dictionaries(names, st.integers(-20, 20), min_size=3))
def test_written_out_again_a_formula_means_the_same(text: str, values: dict[str, int]) -> None:
    f = fm.parse(text)
    assert fm.evaluate(fm.parse(fm.text(f)), values) == fm.evaluate(f, values)
