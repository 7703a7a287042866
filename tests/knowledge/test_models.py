from __future__ import annotations

import pytest
from pydantic import ValidationError

from diagnose.knowledge.models import Diagnosis, Question, SeverityBands, Text

T = {"zh": "中文", "en": "English"}
REF = {"source": "xu_etal2025", "locator": "x", "quote": "六个字以上的引文"}


def test_text_unfolds_yaml_spaces_between_chinese_characters() -> None:
    assert Text(zh="县域 治理,“网格” 化", en="a b").zh == "县域治理,“网格”化"
    assert Text(zh="App 使用", en="x").zh == "App 使用"


def test_text_needs_both_languages() -> None:
    with pytest.raises(ValidationError):
        Text.model_validate({"zh": "只有中文"})


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"type": "single_choice"}, "at least two choices"),
        ({"type": "yes_no", "min": 0}, "takes no min/max"),
        ({"type": "number", "unit": T}, "needs min and max"),
        ({"type": "percent"}, "needs a unit"),
        ({"type": "percent", "unit": T, "min": 50, "max": 10}, "greater than max"),
        ({"type": "yes_no", "choices": [{"id": "a", "label": T}, {"id": "b", "label": T}]}, "takes no choices"),
    ],
)
def test_question_type_rules(extra: dict, message: str) -> None:
    with pytest.raises(ValidationError) as e:
        Question.model_validate({"id": "q1", "title": T, "label": T, "help": T, **extra})
    assert message in str(e.value)


def test_percent_and_count_bounds() -> None:
    pct = Question.model_validate({"id": "p", "type": "percent", "title": T, "label": T, "help": T, "unit": T})
    assert pct.bounds() == (0, 100)
    cnt = Question.model_validate({"id": "c", "type": "count", "title": T, "label": T, "help": T, "unit": T})
    assert cnt.bounds() == (0, None)


def test_severity_bands_ascend_and_classify() -> None:
    bands = SeverityBands(watch=0.3, warning=0.6, severe=0.85)
    assert [bands.band(x) for x in (0.29, 0.3, 0.6, 0.9)] == [None, "watch", "warning", "severe"]
    with pytest.raises(ValidationError):
        SeverityBands(watch=0.6, warning=0.3, severe=0.9)


def _diagnosis(**over: object) -> dict:
    base = {
        "id": "d1",
        "title": T,
        "status": "stable",
        "description": T,
        "signs": [
            {
                "id": "s1",
                "title": T,
                "when": {"q": "a", "gte": 1},
                "certainty": 0.5,
                "rationale": T,
                "references": [REF],
            }
        ],
        "severity": {"watch": 0.3, "warning": 0.6, "severe": 0.85},
        "recommends": [{"mechanism": "m1", "rationale": T, "references": [REF]}],
        "references": [REF],
    }
    return {**base, **over}


def test_diagnosis_cross_checks() -> None:
    Diagnosis.model_validate(_diagnosis())
    bad_sign = _diagnosis(
        recommends=[{"mechanism": "m1", "when": {"sign": "nope"}, "rationale": T, "references": [REF]}]
    )
    with pytest.raises(ValidationError, match="names sign 'nope'"):
        Diagnosis.model_validate(bad_sign)
    both = _diagnosis(contraindicates=[{"mechanism": "m1", "rationale": T}])
    with pytest.raises(ValidationError, match="both recommended and contraindicated"):
        Diagnosis.model_validate(both)
    sign_in_sign = _diagnosis()
    sign_in_sign["signs"][0]["when"] = {"sign": "s1"}
    with pytest.raises(ValidationError, match="reads answers only"):
        Diagnosis.model_validate(sign_in_sign)
    with pytest.raises(ValidationError, match="Extra inputs"):
        Diagnosis.model_validate(_diagnosis(colour="red"))
