"""The knowledge-base linter: each seeded defect in a copy of the real base is caught and located."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import RULES, SEEDS

from diagnose.cli import main
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase, KnowledgeBaseError
from diagnose.knowledge.check import deep_check, quote_found, satisfiable
from diagnose.knowledge.findings import Finding
from diagnose.knowledge.load import load, load_with_findings


def test_bundled_base_has_no_deep_errors(kb: KnowledgeBase) -> None:
    findings = deep_check(kb, str(SEEDS) if SEEDS.is_dir() else None)
    assert [f for f in findings if f.level == "error"] == []


@pytest.mark.parametrize(
    ("cond", "expected"),
    [
        ({"all": [{"q": "grid_patrol_time_pct", "gt": 80}, {"q": "grid_patrol_time_pct", "lt": 20}]}, False),
        ({"all": [{"q": "grid_patrol_time_pct", "gte": 50}, {"q": "grid_patrol_time_pct", "lte": 50}]}, True),
        ({"all": [{"q": "grid_patrol_time_pct", "gt": 50}, {"q": "grid_patrol_time_pct", "lte": 50}]}, False),
        ({"all": [{"q": "grid_deliberation_count", "gt": 2}, {"q": "grid_deliberation_count", "lt": 3}]}, False),
        ({"all": [{"q": "grid_deliberation_count", "gt": 2}, {"q": "grid_deliberation_count", "lt": 4}]}, True),
        ({"all": [{"q": "grid_patrol_time_pct", "gte": 60}, {"q": "grid_in_use", "eq": False}]}, False),  # skip logic
        ({"all": [{"q": "grid_staff_source", "in": ["mixed"]}, {"q": "grid_staff_source", "ne": "mixed"}]}, False),
        (
            {
                "all": [
                    {"q": "grid_resident_roles", "has": "report"},
                    {"not": {"q": "grid_resident_roles", "has": "report"}},
                ]
            },
            False,
        ),
        ({"not": {"any": [{"q": "grid_in_use", "eq": True}, {"q": "grid_in_use", "eq": False}]}}, False),
        ({"any": [{"q": "grid_patrol_time_pct", "gt": 100}, {"q": "grid_in_use", "eq": True}]}, True),
    ],
)
def test_satisfiable(kb: KnowledgeBase, cond: dict, expected: bool) -> None:
    assert satisfiable(conditions.parse(cond), kb.questions) is expected


def test_quote_found_ignores_whitespace_and_joins_ellipsis() -> None:
    text = "甲乙丙丁戊己庚辛壬癸子丑寅卯"
    assert quote_found("甲乙 丙丁", text) and quote_found("甲乙丙……壬癸子", text)
    assert not quote_found("壬癸子……甲乙丙", text)


def _edit(path: Path, change: Callable[[dict], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _sign(d: dict, i: int = 0) -> dict:
    return d["signs"][i]


def _same_as_first(d: dict) -> None:
    _sign(d, 1)["when"] = _sign(d, 0)["when"]


def _quote(d: dict) -> None:
    _sign(d)["references"][0]["quote"] = "这句话并不在任何一篇论文里出现"


def _wrong_source(d: dict) -> None:
    _sign(d)["references"][0]["source"] = "bu2022"  # the quote is 肖滨's, in xu_etal2025


DEEP: dict[str, tuple[str, Callable[[dict], None], str, str]] = {
    "contradictory thresholds": (
        "diagnoses/grid_asymmetry.yaml",
        lambda d: _sign(d).update(
            when={"all": [{"q": "grid_patrol_time_pct", "gt": 80}, {"q": "grid_patrol_time_pct", "lt": 20}]}
        ),
        "signs.monitoring_outweighs_service.when",
        "can never be true",
    ),
    "against skip logic": (
        "diagnoses/grid_asymmetry.yaml",
        lambda d: _sign(d).update(
            when={"all": [{"q": "grid_patrol_time_pct", "gte": 60}, {"q": "grid_in_use", "eq": False}]}
        ),
        "signs.monitoring_outweighs_service.when",
        "can never be true",
    ),
    "unreachable diagnosis": (
        "diagnoses/grid_asymmetry.yaml",
        # three signs only: the check gives larger diagnoses the benefit of the doubt
        lambda d: [s.update(certainty=0.05) for s in d.update(signs=d["signs"][:3]) or d["signs"]],
        "grid_asymmetry",
        "can never be reached",
    ),
    "duplicate sign": ("diagnoses/grid_asymmetry.yaml", _same_as_first, "signs.", "the same condition as sign"),
    "never-true fit": (
        "mechanisms/gongtong_dizao.yaml",
        lambda d: d.update(
            suits=[
                {
                    "when": {"all": [{"q": "grid_in_use", "eq": True}, {"q": "grid_in_use", "eq": False}]},
                    "rationale": {"zh": "测试", "en": "test"},
                }
            ]
        ),
        "suits[0].when",
        "can never be true",
    ),
    "quote not verbatim": (
        "diagnoses/grid_asymmetry.yaml",
        _quote,
        "signs.monitoring_outweighs_service.references[0]",
        "quote not verbatim",
    ),
    "quote under the wrong source": (
        "diagnoses/grid_asymmetry.yaml",
        _wrong_source,
        "signs.monitoring_outweighs_service.references[0]",
        "it is in 'xu_etal2025'",
    ),
}


@pytest.mark.parametrize("name", DEEP)
def test_deep_defect_is_caught_with_file_and_entry(tmp_path: Path, name: str) -> None:
    if "quote" in name and not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    rel, change, entry, message = DEEP[name]
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    _edit(copy / rel, change)
    kb, _ = load_with_findings(copy)  # the model and cross checks pass: only the deep checks find these
    assert kb is not None
    if "quote" not in name:  # every command refuses the base as `kb check` does (quotes need the papers)
        with pytest.raises(KnowledgeBaseError, match=re.escape(rel)):
            load(copy)
    # the papers are checked against only where they are beside the checkout; the other defects need none
    sources = str(SEEDS) if SEEDS.is_dir() else None
    errors = [f for f in deep_check(kb, sources) if f.level == "error"]
    assert any(f.file == rel and entry in f.entry and message in f.message for f in errors), "\n".join(map(str, errors))
    assert all(f.line is not None and f.column is not None for f in errors)  # file:line:column, every one
    r = CliRunner().invoke(
        main, ["kb", "check", str(copy), "--lang", "en", *(["--sources", sources] if sources else [])]
    )
    assert r.exit_code == 4 and rel in r.output


def test_missing_reference_and_missing_language(tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    _edit(copy / "diagnoses/grid_asymmetry.yaml", lambda d: _sign(d).update(references=[]))
    _edit(copy / "mechanisms/gongtong_dizao.yaml", lambda d: d["what"].pop("zh"))
    _, findings = load_with_findings(copy)
    messages = [(f.file, f.message) for f in findings]
    assert any(f == "diagnoses/grid_asymmetry.yaml" and "at least 1 item" in m for f, m in messages)
    assert any(f == "mechanisms/gongtong_dizao.yaml" and "what.zh" in m for f, m in messages)


def test_recommended_and_contraindicated_together(tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)

    def both(d: dict) -> None:
        d["contraindicates"] = [{"mechanism": d["recommends"][0]["mechanism"], "rationale": {"zh": "测试", "en": "t"}}]

    _edit(copy / "diagnoses/grid_asymmetry.yaml", both)
    _, findings = load_with_findings(copy)
    assert any(
        "both recommended and contraindicated" in f.message and f.file == "diagnoses/grid_asymmetry.yaml"
        for f in findings
    )


def test_unused_mechanism_is_a_warning(tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    text = (
        (copy / "mechanisms/gongtong_dizao.yaml")
        .read_text(encoding="utf-8")
        .replace("id: gongtong_dizao", "id: lonely")
    )
    (copy / "mechanisms/lonely.yaml").write_text(text, encoding="utf-8")
    r = CliRunner().invoke(main, ["kb", "check", str(copy), "--lang", "en"])
    assert r.exit_code == 0 and "mechanisms/lonely.yaml:1:5: warning: lonely: no diagnosis recommends" in r.output


def test_locator_naming_no_section_is_a_warning(tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    _edit(copy / "diagnoses/grid_asymmetry.yaml", lambda d: _sign(d)["references"][0].update(locator="某处"))
    findings = deep_check(load(copy))
    assert any(
        f.level == "warning"
        and f.entry == "signs.monitoring_outweighs_service.references[0]"
        and "'某处' names none of the sections" in f.message
        for f in findings
    )


# --- sections: a quote must lie inside the section its locator names (needs the papers) ---

needs_papers = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout")


def _section_errors(copy: Path) -> list[Finding]:
    return [f for f in deep_check(load(copy), str(SEEDS)) if f.level == "error"]


@needs_papers
def test_wrong_locator_is_an_error_naming_the_real_section(tmp_path: Path) -> None:
    # the review's defect: 三本賬's quote stands in 四(二), the locator named 三(二)
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)

    def wrong(d: dict) -> None:
        rec = next(r for r in d["recommends"] if r["mechanism"] == "sanben_zhang")
        rec["references"][0]["locator"] = "三、城鎮化進程中基層社會治理創新的積極探索 (二)基層社會治理創新的實現路徑"

    _edit(copy / "diagnoses/grid_asymmetry.yaml", wrong)
    errors = _section_errors(copy)
    assert [(f.file, f.entry) for f in errors] == [
        ("diagnoses/grid_asymmetry.yaml", "recommends.sanben_zhang.references[0]")
    ], errors
    assert "lies in '四 (二)突出治理維度" in errors[0].message and "not in '三 (二)" in errors[0].message
    r = CliRunner().invoke(main, ["kb", "check", str(copy), "--sources", str(SEEDS), "--lang", "en"])
    assert r.exit_code == 4 and "recommends.sanben_zhang.references[0]" in r.output


@needs_papers
def test_over_coarse_locator_is_an_error(tmp_path: Path) -> None:
    # the review's defect: the overview 縣域治理效能的實現機制 named for a quote in its 機制建構 subsection
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    _edit(
        copy / "mechanisms/wenti_taizhang_fupan.yaml",
        lambda d: d["references"][2].update(locator="縣域治理效能的實現機制"),
    )
    errors = _section_errors(copy)
    assert [(f.file, f.entry) for f in errors] == [("mechanisms/wenti_taizhang_fupan.yaml", "references[2]")], errors
    assert "lies in '實現機制 · 以“機制建構”" in errors[0].message
    assert "not in '縣域治理效能的實現機制(總述)'" in errors[0].message


@needs_papers
def test_locator_naming_no_section_is_an_error_with_the_papers(tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    _edit(copy / "diagnoses/grid_asymmetry.yaml", lambda d: _sign(d)["references"][0].update(locator="某处"))
    errors = _section_errors(copy)
    assert len(errors) == 1 and "the quote is in '肖滨「超越网格化管理」'" in errors[0].message


@needs_papers
@pytest.mark.parametrize(
    ("start", "message"),
    [("这一标题不在论文里", "is not in the paper's text"), ("摘要:", "stands before the previous section's start")],
)
def test_section_start_must_be_found_in_order(tmp_path: Path, start: str, message: str) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    _edit(copy / "sources.yaml", lambda d: d["sources"][0]["sections"][3].update(start=start))
    errors = _section_errors(copy)
    assert any(f.file == "sources.yaml" and f.entry == "wang2025" and message in f.message for f in errors), errors


def test_missing_claim_names_file_and_entry(tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    _edit(copy / "diagnoses/grid_asymmetry.yaml", lambda d: _sign(d)["references"][0].pop("claim"))
    _edit(copy / "mechanisms/gongtong_dizao.yaml", lambda d: d["references"][0].update(claim="author"))
    _, findings = load_with_findings(copy)
    errors = [f for f in findings if f.level == "error"]
    assert any(
        f.file == "diagnoses/grid_asymmetry.yaml"
        and "monitoring_outweighs_service" in f.entry
        and "missing `claim`" in f.message
        and "paper" in f.message
        for f in errors
    ), errors
    assert any(f.file == "mechanisms/gongtong_dizao.yaml" and "claim" in f.message for f in errors), errors
    r = CliRunner().invoke(main, ["kb", "check", str(copy), "--lang", "en"])
    assert r.exit_code == 4 and "missing `claim`" in r.output


def test_missing_kind_names_the_mechanism(tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    _edit(copy / "mechanisms/gongtong_dizao.yaml", lambda d: d.pop("kind"))
    _, findings = load_with_findings(copy)
    assert any(f.file == "mechanisms/gongtong_dizao.yaml" and "kind" in f.message for f in findings), findings


def test_missing_section_start_names_the_section(tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    _edit(copy / "sources.yaml", lambda d: d["sources"][1]["sections"][2].pop("start"))
    _, findings = load_with_findings(copy)
    assert any(
        f.file == "sources.yaml" and "sections[2]" in f.entry and "missing `start`" in f.message for f in findings
    ), findings


def test_a_question_without_a_title_is_named_with_its_file_and_entry(tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    _edit(copy / "questionnaire/digital.yaml", lambda d: d["questions"][1].pop("title"))
    r = CliRunner().invoke(main, ["kb", "check", str(copy), "--lang", "en"])
    assert r.exit_code == 4
    assert "questionnaire/digital.yaml:" in r.output and "error: questions[1] digital_report_repeat_pct: " in r.output
    assert "questions.1.title: Field required" in r.output


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_question_titles_are_unique_in_each_language(tmp_path: Path, lang: str) -> None:
    """A title shared by two questions is an error in each language on its own (the other language differs)."""
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    taken = yaml.safe_load((copy / "questionnaire/grid.yaml").read_text(encoding="utf-8"))["questions"][1]["title"]
    _edit(copy / "questionnaire/digital.yaml", lambda d: d["questions"][0]["title"].update({lang: taken[lang]}))
    _, findings = load_with_findings(copy)
    [finding] = [f for f in findings if f.level == "error"]
    assert finding.file == "questionnaire/digital.yaml"
    assert finding.entry == f"digital_report_departments.title.{lang}"
    assert "'grid_patrol_time_pct' (questionnaire/grid.yaml)" in finding.message
    r = CliRunner().invoke(main, ["kb", "check", str(copy), "--lang", "en"])
    assert r.exit_code == 4 and "questionnaire/digital.yaml:" in r.output
    assert f"digital_report_departments.title.{lang}" in r.output


def test_bundled_question_titles_are_short_names_of_their_labels(kb: KnowledgeBase) -> None:
    """A title is a name, not the question again: shorter than the label, one line, no question mark."""
    for q in kb.questions.values():
        for lang in ("zh", "en"):
            title, label = q.title.get(lang), q.label.get(lang)
            assert len(title) < len(label), (q.id, lang)
            assert "?" not in title and "?" not in title and "\n" not in title and "|" not in title, (q.id, lang)
