"""Rule-file mistakes (issue 18, repro 10 and Deliver 4): each is an error at file:line:column, with the
nearest known name for a misspelling, and without a cascade of follow-on findings."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import RULES

from diagnose.knowledge import positions
from diagnose.knowledge.base import KnowledgeBaseError
from diagnose.knowledge.findings import Finding
from diagnose.knowledge.load import load, load_with_findings

DIAGNOSIS = "diagnoses/grid_asymmetry.yaml"
GRID = "questionnaire/grid.yaml"
MECHANISM = "mechanisms/gongtong_dizao.yaml"


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    return copy


def edit(rules: Path, rel: str, old: str, new: str, count: int = 1) -> int:
    """Replace text in a rule file; the 1-based line where the first replacement starts."""
    path = rules / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def findings(rules: Path) -> list[Finding]:
    kb, found = load_with_findings(rules)
    assert kb is None or not any(f.level == "error" for f in found)
    return found


def errors(rules: Path) -> list[Finding]:
    return [f for f in findings(rules) if f.level == "error"]


def the_error(rules: Path) -> Finding:
    found = findings(rules)
    assert len(found) == 1 and found[0].level == "error", "\n".join(map(str, found))
    return found[0]


# --- repro 10: what kb check passed or crashed on ---


def test_nan_threshold_is_an_error_where_it_stands(rules: Path) -> None:
    line = edit(rules, DIAGNOSIS, "- {q: grid_patrol_time_pct, gte: 60}", "- {q: grid_patrol_time_pct, gte: .nan}")
    f = the_error(rules)
    assert (f.file, f.line, f.column) == (DIAGNOSIS, line, 42) and "`.nan` is not a finite number" in f.message


def test_infinite_range_is_an_error(rules: Path) -> None:
    line = edit(
        rules,
        "questionnaire/grid.yaml",
        "    relevant: {q: grid_in_use, eq: true}",
        "    max: .inf\n    relevant: {q: grid_in_use, eq: true}",
    )
    f = the_error(rules)
    assert (f.file, f.line) == (GRID, line) and "`.inf` is not a finite number" in f.message


def test_nan_in_quotes_is_refused_by_the_model(rules: Path) -> None:
    line = edit(rules, DIAGNOSIS, "    certainty: 0.34", '    certainty: "nan"')
    f = the_error(rules)
    assert (f.line, f.column) == (line, 16) and "finite number" in f.message


def test_duplicated_key_is_an_error_at_the_second_occurrence(rules: Path) -> None:
    line = edit(rules, DIAGNOSIS, "    certainty: 0.34\n", "    certainty: 0.34\n    certainty: 0.9\n")
    f = the_error(rules)
    assert (f.file, f.line, f.column) == (DIAGNOSIS, line + 1, 5)
    assert f.message.startswith(f"duplicate key `certainty` (first at line {line})")


def test_relevance_cycle_is_an_error_naming_the_circle(rules: Path) -> None:
    # grid_in_use asked only after grid_patrol_time_pct, which is asked only after grid_in_use
    line = edit(
        rules, GRID, "    type: yes_no\n", "    type: yes_no\n    relevant: {q: grid_patrol_time_pct, gte: 10}\n"
    )
    f = the_error(rules)
    assert (f.file, f.line, f.column) == (GRID, line + 1, 19)
    assert "can never be asked: grid_in_use → grid_patrol_time_pct → grid_in_use" in f.message
    with pytest.raises(KnowledgeBaseError):
        load(rules)


def test_question_relevant_on_itself_is_a_cycle(rules: Path) -> None:
    edit(rules, GRID, "    relevant: {q: grid_in_use, eq: true}", "    relevant: {q: grid_patrol_time_pct, gte: 1}")
    f = the_error(rules)
    assert "grid_patrol_time_pct → grid_patrol_time_pct" in f.message


def test_self_referencing_alias_is_an_error_not_a_recursion_error(rules: Path) -> None:
    line = edit(rules, DIAGNOSIS, "signs:\n", "signs: &signs\n  - *signs\n")
    f = the_error(rules)
    assert (f.file, f.line, f.column) == (DIAGNOSIS, line + 1, 5)
    assert "alias *signs is used inside its own anchor" in f.message


def test_alias_bomb_is_refused_before_it_is_expanded(rules: Path) -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    (rules / MECHANISM).write_text("\n".join(lines) + "\n", encoding="utf-8")
    f = the_error(rules)
    assert f.file == MECHANISM and f.line == 5 and "aliases expand this file past" in f.message


def test_folder_named_like_a_rule_file_is_reported(rules: Path) -> None:
    (rules / "mechanisms" / "extra.yaml").mkdir()
    f = the_error(rules)
    assert f.file == "mechanisms/extra.yaml" and "is a folder" in f.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_named_like_a_rule_file_is_reported_not_read(rules: Path) -> None:
    os.mkfifo(rules / "diagnoses" / "pipe.yaml")  # reading it would wait for a writer forever
    f = the_error(rules)
    assert f.file == "diagnoses/pipe.yaml" and "not a regular file" in f.message


def test_kb_yaml_that_is_a_folder_is_reported(rules: Path) -> None:
    (rules / "kb.yaml").unlink()
    (rules / "kb.yaml").mkdir()
    f = the_error(rules)
    assert f.file == "kb.yaml" and "is not a regular file" in f.message


def test_file_not_utf8_is_located(rules: Path) -> None:
    path = rules / MECHANISM
    path.write_bytes(b"id: gongtong_dizao\ntitle: \xff\n")
    f = the_error(rules)
    assert (f.line, f.column) == (2, 8) and "not UTF-8" in f.message


# --- Deliver 4: misspellings name the nearest known name; no cascade ---


def test_misspelt_key_names_the_right_one_and_sets_off_no_cascade(rules: Path) -> None:
    """Before: `certanty` gave two errors (unknown key, missing certainty) and seven 'no rule reads
    this question' warnings, because the diagnosis that reads those questions did not load."""
    line = edit(rules, DIAGNOSIS, "    certainty: 0.34", "    certanty: 0.34")
    f = the_error(rules)
    assert (f.file, f.line, f.column) == (DIAGNOSIS, line, 5)
    assert f.message == "`certanty`: did you mean `certainty`?"


def test_unknown_key_far_from_any_lists_the_allowed_ones(rules: Path) -> None:
    edit(rules, MECHANISM, "id: gongtong_dizao\n", "id: gongtong_dizao\nzzz: 1\n")
    f = the_error(rules)
    assert f.line == 2 and f.message.startswith("unknown key `zzz`; allowed here: id, title, what")


@pytest.mark.parametrize(
    ("rel", "old", "new", "expected"),
    [
        (DIAGNOSIS, "  - mechanism: gongtong_dizao", "  - mechanism: gongtong_dizoa", "did you mean `gongtong_dizao`?"),
        (DIAGNOSIS, "{q: grid_patrol_time_pct, gte: 60}", "{q: grid_patrol_time_pcts, gte: 60}",
         "unknown question id 'grid_patrol_time_pcts'; did you mean `grid_patrol_time_pct`?"),
        (DIAGNOSIS, "{q: grid_staff_source, eq: full_time_hired}", "{q: grid_staff_source, eq: full_time_hire}",
         "did you mean `full_time_hired`?"),
        (DIAGNOSIS, "{q: grid_patrol_time_pct, gte: 60}", "{q: grid_patrol_time_pct, gtee: 60}",
         "did you mean `gte`?"),
        (MECHANISM, "  - source: xu_etal2025", "  - source: xu_etal2052", "unknown source 'xu_etal2052'; did you mean `xu_etal2025`?"),
        ("diagnoses/community_worker_shortfall.yaml", "{sign: below_wanren_shiba}", "{sign: below_wanren_shibaa}",
         "did you mean `below_wanren_shiba`?"),
    ],
)  # fmt: skip
def test_misspelt_id_names_the_nearest_known_one(rules: Path, rel: str, old: str, new: str, expected: str) -> None:
    line = edit(rules, rel, old, new)
    f = the_error(rules)
    assert f.file == rel and expected in f.message
    assert f.line == line or rel == "diagnoses/community_worker_shortfall.yaml"  # a diagnosis-wide check: line 1


def test_mechanism_file_that_fails_to_load_is_not_also_missing_from_the_catalogue(rules: Path) -> None:
    (rules / MECHANISM).write_text("id: gongtong_dizao\ntitle: [\n", encoding="utf-8")
    f = the_error(rules)  # and not "mechanism not in the catalogue" in each diagnosis recommending it
    assert f.file == MECHANISM and f.message.startswith("not valid YAML")


def test_questionnaire_file_that_fails_to_validate_leaves_its_questions_known(rules: Path) -> None:
    edit(rules, GRID, "  order: 20", "  order: twenty")
    f = the_error(rules)  # not "unknown question id" in every diagnosis reading a grid question
    assert f.file == GRID and "section.order" in f.message


def test_questionnaire_file_that_does_not_parse_silences_unknown_question_ids(rules: Path) -> None:
    (rules / GRID).write_text("section: [\n", encoding="utf-8")
    assert [f.file for f in findings(rules)] == [GRID]


# --- every finding located; the error in one line, both languages ---


def test_every_finding_of_a_broken_copy_has_a_line_holding_its_subject(rules: Path) -> None:
    edit(rules, DIAGNOSIS, "{q: grid_staff_source, eq: full_time_hired}", "{q: grid_staff_source, eq: robots}")
    edit(rules, DIAGNOSIS, "- {q: grid_patrol_time_pct, gte: 60}", "- {q: grid_patrol_time_pct, gte: 160}")
    edit(rules, "diagnoses/digital_burden.yaml", "mechanism: yi_zhang_biao", "mechanism: nothing_like_it")
    found = findings(rules)
    subjects = set()
    for f in found:
        assert f.line is not None and f.column is not None
        line = (rules / f.file).read_text(encoding="utf-8").splitlines()[f.line - 1]
        subjects |= {s for s in ("160", "robots", "nothing_like_it") if line[f.column - 1 :].startswith(s)}
        assert re.match(rf"{re.escape(str(rules))}/{f.file}:{f.line}:{f.column}: error: ", str(f))
    assert len(found) == 3 and subjects == {"160", "robots", "nothing_like_it"}, "\n".join(map(str, found))


@pytest.mark.parametrize(("lang", "text"), [("en", "the knowledge base has errors"), ("zh", "知识库有错误")])
def test_the_error_in_one_line_in_the_users_language(rules: Path, lang: str, text: str) -> None:
    line = edit(rules, DIAGNOSIS, "    certainty: 0.34", "    certanty: 0.34")
    (rules / "mechanisms" / "extra.yaml").mkdir()
    with pytest.raises(KnowledgeBaseError) as e:
        load(rules)
    message = e.value.one_line(lang)
    assert "\n" not in message and text in message
    assert f"{rules}/{DIAGNOSIS}:{line}:5: signs[0] monitoring_outweighs_service.certanty: `certanty`" in message
    assert ("1 more errors" if lang == "en" else "另有 1 处错误") in message


def test_positions_are_read_only_when_there_are_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(text: str) -> None:
        raise AssertionError("the happy path composed a file for positions")

    monkeypatch.setattr(positions, "compose", never)
    assert load(RULES).questions


def test_a_file_in_place_of_a_folder_is_one_error_not_one_per_reference(rules: Path) -> None:
    shutil.rmtree(rules / "mechanisms")
    (rules / "mechanisms").write_text("", encoding="utf-8")
    f = the_error(rules)  # not "mechanism not in the catalogue" for every recommendation
    assert f.file == "mechanisms/" and f.message == "is not a folder"


def test_a_symlink_loop_named_like_a_rule_file_is_reported(rules: Path) -> None:
    (rules / "diagnoses" / "loop.yaml").symlink_to("loop.yaml")
    f = the_error(rules)
    assert f.file == "diagnoses/loop.yaml" and "not a regular file" in f.message


def test_a_fixed_question_with_an_unknown_kind_is_an_error_at_its_line(rules: Path) -> None:
    """What-if's fixed questions (issue 21): `fixed_by.kind` is context or higher_level, with a reason in both languages."""
    line = edit(rules, "questionnaire/county.yaml", "      kind: context", "      kind: contxt")
    found = errors(rules)
    assert found and found[0].file.endswith("questionnaire/county.yaml")
    assert "context" in found[0].message and "higher_level" in found[0].message
    assert found[0].line == line
