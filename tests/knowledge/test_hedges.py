"""The hedging review list: rationales firmer than the quotes they rest on are listed, never failed."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner
from conftest import RULES

from diagnose.cli import main
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.hedges import firm_word, hedge_findings, hedge_word
from diagnose.knowledge.load import load


def test_word_lists_read_the_papers_modals() -> None:
    assert hedge_word("过度拓展可能导致的核心目标不突出") == "可能"
    assert hedge_word("社会服务往往流于形式") == "往往"
    assert hedge_word("让一件事尽可能在一个层次办理") is None  # 尽可能 is "as far as possible"
    assert hedge_word("这不可能实现") is None
    assert firm_word("过度拓展会带来负面效应") == "会带来"
    assert firm_word("治理创新行为并非总是正向的") is None  # a negated firm word is not firm


def _sign(path: Path, sid: str, change: dict) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    next(s for s in data["signs"] if s["id"] == sid)["rationale"].update(change)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_dropped_hedge_firmer_word_and_unhedged_english_are_listed(tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    path = copy / "diagnoses/over_expansion.yaml"
    _sign(path, "core_goal_not_prominent", {"zh": "卜熙指出过度拓展会带来核心目标不突出。"})
    _sign(
        path, "dimensions_too_broad", {"zh": "拓展维度过宽过泛可能使绩效难以实现。", "en": "Too broad a reach hurts."}
    )
    found = {
        (f.entry, f.message.split(";")[0]) for f in hedge_findings(load(copy)) if f.file.endswith("over_expansion.yaml")
    }
    assert (
        "signs.core_goal_not_prominent.rationale",
        "the paper says '警惕' (「警惕过度拓展可能导致的核心目标不突出」) but the rationale hedges nothing",
    ) in found
    assert (
        "signs.core_goal_not_prominent.rationale",
        "the rationale says '会带来' but none of its quotes speaks so firmly",
    ) in found
    assert (
        "signs.dimensions_too_broad.rationale",
        "the Chinese hedges ('可能') but the English does not",
    ) in found


def test_bundled_base_leaves_only_reviewed_items(kb: KnowledgeBase) -> None:
    # each item left was read and accepted (docs/fidelity-review.md): the ranking is said to be the base's own
    assert [(f.file, f.entry) for f in hedge_findings(kb)] == [
        ("diagnoses/weak_participation.yaml", "signs.cadres_decide_projects.rationale")
    ]


def test_cli_lists_for_review_without_failing() -> None:
    r = CliRunner().invoke(main, ["kb", "check", str(RULES), "--hedges", "--lang", "en"])
    assert r.exit_code == 0, r.output
    assert "diagnoses/weak_participation.yaml: review: signs.cadres_decide_projects.rationale" in r.output
    assert "1 to review" in r.output
