"""A rule file's validation errors as findings: at the offending node, a misspelt key named once."""

from __future__ import annotations

from diagnose.knowledge.findings import Finding
from diagnose.knowledge.models import Sign
from diagnose.knowledge.validation import validate

SIGN = {
    "id": "s",
    "title": {"zh": "征", "en": "sign"},
    "when": {"q": "a", "gte": 1},
    "certainty": 0.5,
    "rationale": {"zh": "理", "en": "why"},
    "references": [{"source": "x", "locator": "一、", "quote": "六个字以上的引文", "claim": "paper"}],
}


def findings(data: dict) -> list[Finding]:
    out: list[Finding] = []
    assert validate(Sign, data, "diagnoses/d.yaml", out) is None
    return out


def test_a_valid_entry_gives_its_model() -> None:
    out: list[Finding] = []
    assert isinstance(validate(Sign, SIGN, "diagnoses/d.yaml", out), Sign) and out == []


def test_misspelt_key_is_one_finding_at_the_key() -> None:
    data = {k: v for k, v in SIGN.items() if k != "certainty"} | {"certanty": 0.5}
    [f] = findings(data)
    assert (f.path, f.at_key, f.message) == (("certanty",), True, "`certanty`: did you mean `certainty`?")


def test_misspelt_key_inside_a_nested_model() -> None:
    data = SIGN | {"title": {"zh": "征", "eng": "sign"}}
    [f] = findings(data)
    assert f.path == ("title", "eng") and f.message == "`eng`: did you mean `en`?"


def test_condition_error_points_inside_the_condition() -> None:
    data = SIGN | {"when": {"all": [{"q": "a", "eq": 1}, {"not": {"q": "b", "above": 2}}]}}
    [f] = findings(data)
    assert f.path == ("when", "all", 1, "not") and "exactly one operator" in f.message


def test_nan_certainty_is_refused() -> None:
    [f] = findings(SIGN | {"certainty": float("nan")})
    assert f.path == ("certainty",) and "finite number" in f.message
