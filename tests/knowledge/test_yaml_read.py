"""Reading a rule file's YAML: what PyYAML lets pass silently is a problem with its line and column."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diagnose.knowledge.yaml_read import MAX_NODES, YamlFileError, YamlProblem, compose, read


def problems(text: str) -> list[YamlProblem]:
    with pytest.raises(YamlFileError) as e:
        read(text)
    return e.value.problems


def test_plain_yaml_reads_as_pyyaml_does() -> None:
    text = "id: x\nsigns:\n  - {q: a, gte: 60.5}\n  - [1, yes, ~]\n"
    assert read(text) == {"id": "x", "signs": [{"q": "a", "gte": 60.5}, [1, True, None]]}


def test_duplicate_key_is_a_problem_at_the_second_occurrence() -> None:
    [p] = problems("id: x\ntitle: a\nsigns:\n  - id: s\n    certainty: 0.5\n    certainty: 0.9\n")
    assert (p.line, p.column) == (6, 5)
    assert "duplicate key `certainty`" in p.message and "first at line 5" in p.message


def test_every_duplicate_in_a_file_is_reported() -> None:
    found = problems("a: 1\na: 2\nb: {c: 1, c: 2}\n")
    assert [(p.line, p.column) for p in found] == [(2, 1), (3, 11)]


def test_merge_keys_and_small_aliases_are_still_allowed() -> None:
    assert read("base: &b {zh: 中, en: en}\ntitle:\n  <<: *b\n  en: other\n") == {
        "base": {"zh": "中", "en": "en"},
        "title": {"zh": "中", "en": "other"},
    }


@pytest.mark.parametrize("number", [".nan", ".NaN", ".inf", "-.inf", "+.Inf", "1.0e+999"])
def test_non_finite_numbers_are_refused_where_they_stand(number: str) -> None:
    [p] = problems(f"when:\n  q: grid_patrol_time_pct\n  gte: {number}\n")
    assert (p.line, p.column) == (3, 8) and "not a finite number" in p.message


def test_quoted_nan_is_text_for_the_models_to_refuse() -> None:
    assert read("gte: '.nan'\n") == {"gte": ".nan"}


def test_an_integer_too_long_for_python_is_a_problem_not_a_crash() -> None:
    [p] = problems("max: " + "9" * 5000 + "\n")
    assert p.line == 1 and "too long (5000 digits)" in p.message


def test_alias_inside_its_own_anchor_is_refused_at_the_alias() -> None:
    [p] = problems("id: x\nsigns: &s\n  - *s\n")
    assert (p.line, p.column) == (3, 5) and "alias *s is used inside its own anchor &s" in p.message


def test_alias_bomb_stops_at_the_limit() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    [p] = problems("\n".join(lines) + "\n")  # 9^10 values once expanded
    assert p.line == 5 and f"past {MAX_NODES:,} values" in p.message


def test_syntax_error_has_its_position() -> None:
    [p] = problems("id: x\ntitle: [unclosed\nstatus: stable\n")
    assert p.line >= 2 and p.message.startswith("not valid YAML")


def test_nesting_beyond_libyaml_depth_is_a_problem() -> None:
    [p] = problems("a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert "not valid YAML" in p.message


# Text made of YAML's own punctuation, anchors, aliases and odd scalars: reading it gives data or
# YamlFileError, never another exception, and composing it for positions never raises.
TOKENS = st.sampled_from(
    ["&a ", "*a", "&b ", "*b", "[", "]", "{", "}", ": ", ", ", "- ", "\n", "  ", "k", "k2", ".nan", "-.inf", "1",
     "1e9", "!!timestamp ", "!!binary ", "!!omap ", "!!set ", "!!python/tuple ", "'x'", '"\\ud800"', "<<: ", "? ", "!!float ", "!!int ", "x" * 3, "#", "|\n", "\t", "\x00", "é"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(TOKENS, max_size=40).map("".join) | st.text(max_size=200))
def test_any_text_reads_or_gives_problems(text: str) -> None:
    try:
        read(text)
    except YamlFileError as e:
        assert e.problems and all(p.line >= 1 and p.column >= 1 and p.message for p in e.problems)
    compose(text)
