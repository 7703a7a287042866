"""`kb check` on derived questions: unknown or non-numeric inputs, cycles, divisions that can be by zero."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import RULES

from diagnose.knowledge.load import load_with_findings

DIGITAL = "questionnaire/digital.yaml"


def _with(tmp_path: Path, change: Callable[[dict[str, dict]], None]) -> list:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    data = yaml.safe_load((copy / DIGITAL).read_text(encoding="utf-8"))
    change({q["id"]: q for q in data["questions"]})
    (copy / DIGITAL).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_with_findings(copy)[1]


def test_the_bundled_formulas_are_clean() -> None:
    _, findings = load_with_findings(RULES)
    assert not [f for f in findings if "calculate" in f.entry]


@pytest.mark.parametrize(
    ("formula", "level", "words"),
    [
        (
            "100 * digital_form_hours_wek / digital_work_hours_week",
            "error",
            "unknown question 'digital_form_hours_wek'",
        ),
        ("100 * digital_yizhangbiao / digital_work_hours_week", "error", "yes_no question"),
        ("100 * digital_form_hours_week / digital_report_departments", "warning", "can be 0"),
        ("digital_form_time_pct + 1", "error", "depends on itself"),
        ("100 * digital_form_hours_week ** 2", "error", "only numbers"),
    ],
)
def test_a_bad_formula_is_found_with_file_and_entry(tmp_path: Path, formula: str, level: str, words: str) -> None:
    findings = _with(tmp_path, lambda qs: qs["digital_form_time_pct"].update(calculate=formula))
    hits = [f for f in findings if f.file == DIGITAL and "digital_form_time_pct" in f.entry and words in f.message]
    assert hits and hits[0].level == level, "\n".join(map(str, findings))


def test_a_cycle_through_two_derived_questions_is_found(tmp_path: Path) -> None:
    def change(qs: dict[str, dict]) -> None:
        qs["digital_work_hours_week"]["calculate"] = "digital_form_time_pct * 2"

    findings = _with(tmp_path, change)
    assert any("digital_form_time_pct.calculate" in f.entry and "depends on itself" in f.message for f in findings)
    assert any("digital_work_hours_week.calculate" in f.entry and "depends on itself" in f.message for f in findings)


def test_only_a_numeric_question_can_be_calculated(tmp_path: Path) -> None:
    findings = _with(tmp_path, lambda qs: qs["digital_yizhangbiao"].update(calculate="digital_work_groups"))
    assert any(f.file == DIGITAL and "only a number, count or percent question" in f.message for f in findings)


def test_a_division_by_a_count_the_question_is_gated_above_zero_is_not_warned_about() -> None:
    """reform_means_pct = 100 * with_means / reform_field_count is asked only when reform_field_count ≥ 2."""
    from diagnose.knowledge import derived
    from diagnose.knowledge.load import load

    kb = load(RULES)
    gated = kb.questions["reform_means_pct"]
    assert not derived.check(kb.questions, kb.question_file)
    ungated = gated.model_copy(update={"relevant": None})
    found = derived.check({**kb.questions, "reform_means_pct": ungated}, kb.question_file)
    assert [f.entry for f in found] == ["reform_means_pct.calculate"] and "can be 0" in found[0].message
