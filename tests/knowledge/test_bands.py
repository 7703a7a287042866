"""Graded certainty bands: kb check's findings (file:line:col), evaluation at band edges in the direct
evaluator and the engine alike, and one fact never counted twice for a diagnosis."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import RULES

from diagnose.answers.validate import validate
from diagnose.batch.evaluate import evaluate_item
from diagnose.engine import direct
from diagnose.engine.compiled import compiled
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.check import deep_check
from diagnose.knowledge.load import load_with_findings
from diagnose.reasoning import explain
from diagnose.report.model import Report
from diagnose.report.text import render

DUTY = "diagnoses/responsibility_overload.yaml"
DID, SIGN = "responsibility_overload", "list_bypassed"  # ≥ 5 items → 0.5; bands ≥ 30 → 0.6, ≥ 100 → 0.7


def _with(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> list:
    copy = tmp_path / "rules"
    shutil.copytree(RULES, copy)
    data = yaml.safe_load((copy / DUTY).read_text(encoding="utf-8"))
    change({s["id"]: s for s in data["signs"]})
    (copy / DUTY).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    kb, findings = load_with_findings(copy)
    deep = deep_check(kb) if kb is not None else []  # what `diagnose kb check` adds
    return [f for f in findings + deep if f.file == DUTY]


def _steps(*pairs: tuple[float, float]) -> list[dict[str, float]]:
    return [{"gte": g, "certainty": c} for g, c in pairs]


@pytest.mark.parametrize(
    ("edit", "where", "words"),
    [
        (lambda b: b.update(steps=_steps((100, 0.6), (30, 0.7))), ("steps", 1, "gte"), "band thresholds must rise"),
        (lambda b: b.update(steps=_steps((30, 0.7), (100, 0.6))), ("steps", 1, "certainty"), "certainties must rise"),
        (lambda b: b.update(steps=_steps((30, 0.4))), ("steps", 0, "certainty"), "the sign's own certainty"),
        (lambda b: b.update(q="duty_committee_gov_time_pct"), ("q",), "does not read 'duty_committee_gov_time_pct'"),
        (lambda b: b.update(q="duty_village_list"), ("q",), "bands measure a numeric question"),
        (lambda b: b["rationale"].update(en="Thirty items weigh more."), ("rationale", "en"), "knowledge base's own"),
        (lambda b: b["rationale"].update(zh="三十项以上更重。"), ("rationale", "zh"), "本知识库"),
    ],
)
def test_kb_check_names_what_is_wrong_with_bands_and_where(tmp_path: Path, edit: Any, where: tuple, words: str) -> None:
    findings = _with(tmp_path, lambda signs: edit(signs[SIGN]["bands"]))
    found = [f for f in findings if f.entry == f"signs.{SIGN}.bands"]
    assert found and words in found[0].message
    assert found[0].path == ("signs", 1, "bands", *where)
    assert found[0].line is not None and found[0].column is not None  # shown as file:line:col
    assert f"{DUTY}:{found[0].line}:{found[0].column}" in found[0].location()


def test_a_certainty_above_one_is_refused_where_it_is_written(tmp_path: Path) -> None:
    findings = _with(tmp_path, lambda signs: signs[SIGN]["bands"].update(steps=_steps((30, 0.6), (100, 1.2))))
    assert any("less than or equal to 1" in f.message and f.line for f in findings)


def test_two_signs_reading_one_fact_are_reported_unless_declared(tmp_path: Path) -> None:
    findings = _with(tmp_path, lambda signs: signs[SIGN].pop("shares"))
    (found,) = [f for f in findings if f.entry == f"signs.{SIGN}"]
    assert "reads 'duty_village_list' as sign duties_undefined does" in found.message and found.line
    # the bundled file, with its declarations, is clean
    assert not _with(tmp_path / "b", lambda signs: None)


@pytest.mark.parametrize(
    ("items", "holds", "certainty", "band"),
    [
        (4, False, None, None),
        (5, True, 0.5, None),
        (29, True, 0.5, None),
        (30, True, 0.6, 30),  # a band starts at its threshold
        (99, True, 0.6, 30),
        (100, True, 0.7, 100),
        ("130余", True, 0.7, 100),  # [131, 139]
        ("20-40", True, 0.5, None),  # straddles 30: the lower band holds
        ("约100", True, 0.6, 30),  # [90, 110] straddles 100
        ("至少30", True, 0.6, 30),
        ({"max": 40}, None, None, None),  # [0, 40]: the sign itself straddles 5
    ],
)
def test_band_edges_alike_in_both_evaluators(
    kb: KnowledgeBase, items: Any, holds: Any, certainty: Any, band: Any
) -> None:
    record = validate(
        kb, {"county": {"id": "b"}, "answers": {"duty_village_list": True, "duty_items_outside_list": items}}, "en"
    )
    mine, engine = direct.run(kb, record.answers), compiled(kb).run(record.answers)
    assert mine.signs[DID][SIGN] is holds and engine.signs[DID][SIGN] is holds
    assert mine.decisions[DID] == engine.decisions[DID]
    if holds:
        assert mine.decisions[DID].certainty == certainty
        report = evaluate_item(
            kb,
            Item(
                1,
                value={
                    "county": {"id": "b"},
                    "answers": {
                        "duty_village_list": True,
                        "duty_items_outside_list": items,
                        "duty_committee_gov_time_pct": 60,
                    },
                },
            ),
            "en",
        )
        assert isinstance(report, Report)
        (finding,) = [s for d in report.diagnoses if d.id == DID for s in d.signs if s.id == SIGN]
        assert (finding.certainty, finding.band) == (certainty, band)


def test_the_report_and_explain_show_the_band(kb: KnowledgeBase) -> None:
    county = {
        "county": {"id": "b"},
        "answers": {"duty_village_list": True, "duty_items_outside_list": "约100", "duty_committee_gov_time_pct": 60},
    }
    report = evaluate_item(kb, Item(1, value=county), "zh")
    assert isinstance(report, Report)
    (straddled,) = [b for b in report.borderline if b.sign == SIGN]
    assert (straddled.threshold, straddled.band) == ("≥ 100", 0.7)
    text = render(kb, report, "zh")
    assert (
        "分档:约100 (按 [90, 110] 计) → ≥30 → 0.60" in text and "跨越分档 ≥ 100(该档确定性 0.70);按较低一档计" in text
    )
    record = validate(kb, county, "en")
    trail = explain.explain(kb, record, "en", only=DID)
    (step,) = [s for s in trail.diagnoses[0].steps if s.sign == SIGN]
    assert (step.certainty, step.band) == (0.6, 30)
    assert "band: 约100 (read as [90, 110]) → ≥ 30 → 0.60" in explain.render(kb, trail, "en")
