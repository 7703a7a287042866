from __future__ import annotations

import pytest

from diagnose.knowledge import conditions as c


def test_parse_round_trips_every_form() -> None:
    raw = {
        "all": [
            {"q": "a", "gte": 60},
            {"any": [{"q": "b", "in": ["x", "y"]}, {"not": {"q": "m", "has": "z"}}]},
            {"q": "yn", "eq": True},
        ]
    }
    assert c.parse(raw).to_data() == raw


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ({"q": "a", "gte": 1, "lt": 2}, "exactly one operator"),
        ({"q": "a"}, "exactly one operator"),
        ({"q": "a", "lt": "ten"}, "needs a number"),
        ({"q": "a", "in": []}, "non-empty list"),
        ({"all": []}, "non-empty list"),
        ({"all": [{"q": "a", "eq": 1}], "q": "b"}, "stands alone"),
        ({"foo": 1}, "unknown condition keys"),
        ("a > 3", "must be a mapping"),
    ],
)
def test_parse_rejects_with_a_precise_message(raw: object, fragment: str) -> None:
    with pytest.raises(c.ConditionError) as e:
        c.parse(raw)
    assert fragment in str(e.value)


def test_parse_error_names_the_path_inside_the_condition() -> None:
    with pytest.raises(c.ConditionError) as e:
        c.parse({"all": [{"q": "a", "eq": 1}, {"any": [{"q": "b", "lt": "x"}]}]})
    assert e.value.path == ".all[1].any[0]"


def test_three_valued_logic() -> None:
    gte = c.parse({"q": "a", "gte": 60})
    assert c.evaluate(gte, {"a": 60}) is True
    assert c.evaluate(gte, {"a": 59}) is False
    assert c.evaluate(gte, {}) is None
    both = c.parse({"all": [{"q": "a", "gte": 60}, {"q": "b", "lt": 50}]})
    assert c.evaluate(both, {"a": 10}) is False  # one false part decides `all`
    assert c.evaluate(both, {"a": 70}) is None
    either = c.parse({"any": [{"q": "a", "gte": 60}, {"q": "b", "lt": 50}]})
    assert c.evaluate(either, {"b": 10}) is True  # one true part decides `any`
    assert c.evaluate(either, {"b": 90}) is None
    assert c.evaluate(c.parse({"not": {"q": "a", "gte": 60}}), {}) is None
    assert c.evaluate(c.parse({"not": {"q": "a", "gte": 60}}), {"a": 1}) is True


def test_choice_operators() -> None:
    assert c.evaluate(c.parse({"q": "m", "has": "x"}), {"m": ["x", "y"]}) is True
    assert c.evaluate(c.parse({"q": "m", "has": "x"}), {"m": []}) is False
    assert c.evaluate(c.parse({"q": "s", "in": ["x", "y"]}), {"s": "z"}) is False


def test_sign_references_read_sign_truths() -> None:
    ref = c.parse({"sign": "s1"})
    assert c.evaluate(ref, {}, {"s1": True}) is True
    assert c.evaluate(ref, {}, {}) is None
    assert list(c.sign_refs(c.parse({"all": [ref.to_data(), {"not": {"sign": "s2"}}]}))) == ["s1", "s2"]


def test_questions_lists_each_once_in_order() -> None:
    cond = c.parse({"any": [{"q": "b", "lt": 1}, {"all": [{"q": "a", "gt": 1}, {"q": "b", "gt": 5}]}]})
    assert c.questions(cond) == ["b", "a"]


def test_describe_in_both_languages() -> None:
    cond = c.parse({"all": [{"q": "a", "gte": 60}, {"q": "yn", "eq": False}]})
    assert c.describe(cond, lang="zh") == "(a ≥ 60 且 yn = 否)"
    assert c.describe(cond, lang="en") == "(a ≥ 60 and yn = no)"
