"""Typed approximate and interval answers in the consultation (issue 17 point 2): every form the answer model
takes, the units people type, the echo of how it was read, notes on them, and the same report as the JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import RULES
from replies import reply_for, reply_to, typed
from terminals import spawn_ask

from diagnose.answers.validate import validate
from diagnose.batch.evaluate import evaluate_item
from diagnose.cli import main
from diagnose.consult.machine import Consultation, parse_reply
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.interval import Interval
from diagnose.report.model import dump_json

EXAMPLES = RULES.parent / "examples"
WELL = json.loads((EXAMPLES / "well_governed.json").read_text(encoding="utf-8"))["answers"]


@pytest.mark.parametrize(
    ("qid", "typed_", "saved", "zh", "en"),
    [
        ("grid_patrol_time_pct", "约25", "约25", "记为 22.5–27.5%", "recorded as 22.5–27.5%"),
        ("grid_patrol_time_pct", "25左右", "25左右", "记为 22.5–27.5%", "recorded as 22.5–27.5%"),
        ("grid_patrol_time_pct", "20-30", "20-30", "记为 20–30%", "recorded as 20–30%"),
        ("grid_patrol_time_pct", "20~30%", "20~30%", "记为 20–30%", "recorded as 20–30%"),
        ("grid_patrol_time_pct", "大多数", "大多数", "记为 ≥ 70% 且 < 100%", "recorded as ≥ 70% and < 100%"),
        ("grid_patrol_time_pct", "大多", "大多", "记为 ≥ 70% 且 < 100%", "recorded as ≥ 70% and < 100%"),
        ("grid_patrol_time_pct", "most", "most", "记为 ≥ 70% 且 < 100%", "recorded as ≥ 70% and < 100%"),
        ("grid_patrol_time_pct", ">50", ">50", "记为 > 50%", "recorded as > 50%"),
        ("grid_patrol_time_pct", "不到10%", "不到10%", "记为 < 10%", "recorded as < 10%"),
        ("grid_patrol_time_pct", "about 25", "about 25", "记为 22.5–27.5%", "recorded as 22.5–27.5%"),
        ("grid_deliberation_count", "至少1", "至少1", "记为 ≥ 1 次/年", "recorded as ≥ 1 meetings a year"),
        ("grid_deliberation_count", "不到10", "不到10", "记为 ≤ 9 次/年", "recorded as ≤ 9 meetings a year"),
        ("duty_items_outside_list", "130余", "130余", "记为 131–139 项", "recorded as 131–139 items"),
        ("duty_items_outside_list", "130多项", "130多项", "记为 131–139 项", "recorded as 131–139 items"),
        ("duty_items_outside_list", "130个", 130, "记为 130 项", "recorded as 130 items"),
        ("digital_form_hours_week", "每周18小时", 18, "记为 18 小时/周", "recorded as 18 hours a week"),
        ("digital_form_hours_week", "18小时/周", 18, "记为 18 小时/周", "recorded as 18 hours a week"),
        ("digital_form_hours_week", "18 hours a week", 18, "记为 18 小时/周", "recorded as 18 hours a week"),
        (
            "digital_form_hours_week",
            "平均每周约20小时",
            "约20小时",
            "记为 18–22 小时/周",
            "recorded as 18–22 hours a week",
        ),
        ("county_pop_change_5y_pct", "-12~-6", "-12~-6", "记为 -12% ~ -6%", "recorded as -12% ~ -6%"),
    ],
)
def test_every_form_is_taken_saved_as_written_and_echoed(
    kb: KnowledgeBase, qid: str, typed_: str, saved: Any, zh: str, en: str
) -> None:
    for lang, echo in (("zh", zh), ("en", en)):
        c = Consultation(kb, lang, county={"id": "x"})
        q = kb.questions[qid]
        assert c.answer(q, typed_) is None
        assert c.raw[qid] == saved
        assert c.recorded_as(q, typed_) == echo


@pytest.mark.parametrize("reply", ["25", "25%", "1,300", "0"])
def test_a_bare_number_is_not_echoed(kb: KnowledgeBase, reply: str) -> None:
    c = Consultation(kb, "zh", county={"id": "x"})
    q = kb.questions["duty_township_items" if "%" not in reply else "grid_patrol_time_pct"]
    assert c.answer(q, reply) is None and c.recorded_as(q, reply) is None
    assert c.raw[q.id] == int(reply.rstrip("%").replace(",", ""))


@pytest.mark.parametrize(
    ("qid", "reply", "zh", "en"),
    [
        ("digital_form_hours_week", "每月18小时", "单位是“小时/周”", 'in "hours a week"'),
        ("duty_items_outside_list", "25%", "不是百分比", "not a percentage"),
        ("duty_items_outside_list", "一百多", "请填一个数字", "please give a number"),
        ("grid_patrol_time_pct", "30-20", "30-20", "30-20"),
        ("duty_items_outside_list", "大多数", "大多数", "大多数"),  # a proportion word for a count
    ],
)
def test_what_cannot_be_read_is_asked_again_saying_why(
    kb: KnowledgeBase, qid: str, reply: str, zh: str, en: str
) -> None:
    for lang, expected in (("zh", zh), ("en", en)):
        c = Consultation(kb, lang, county={"id": "x"})
        problem = c.answer(kb.questions[qid], reply)
        assert problem is not None and expected in problem, problem
        assert qid not in c.raw


def test_not_tracked_is_an_answer_of_its_own(kb: KnowledgeBase) -> None:
    q = kb.questions["work_turnover_pct"]
    for reply in ("没有统计", "not_tracked", "not tracked"):
        assert parse_reply(q, reply, "zh") == ("not_tracked", None)


def ask(lines: list[str], *args: str) -> Any:
    return CliRunner().invoke(main, ["ask", *args], input="\n".join(lines) + "\n", catch_exceptions=False)


def _to_grid(kb: KnowledgeBase, lang: str) -> tuple[list[str], dict[str, Any]]:
    c = Consultation(kb, lang, county={"id": "x"})
    lines = []
    while (q := c.next_question()) is not None and q.id != "grid_in_use":
        lines.append(reply_to(c.kb, q.id, WELL, lang))
        c.answer(q, lines[-1])
    return lines, dict(c.raw)


@pytest.mark.parametrize(
    ("lang", "word", "echo"), [("zh", "备注", "记为 22.5–27.5%"), ("en", "note", "recorded as 22.5–27.5%")]
)
def test_scripted_approximate_answer_echoed_without_an_extra_line_and_noted(
    kb: KnowledgeBase, tmp_path: Path, lang: str, word: str, echo: str
) -> None:
    saved = tmp_path / "a.json"
    profile, answers = _to_grid(kb, lang)
    yes = reply_for(True, lang)
    grid = [yes, "约25", f"{word} 网格中心估算", "40-50", "quit"]
    r = ask(["县", "x", *profile, *grid], "--lang", lang, "--save", str(saved))
    assert r.exit_code == 0, r.output
    assert echo in r.output
    assert "返回" not in r.output.split(echo)[1].splitlines()[0]  # no correction hint without a terminal
    data = json.loads(saved.read_text(encoding="utf-8"))
    mirror = Consultation(
        kb, lang, county={"id": "x"}, raw={**answers, "grid_in_use": True, "grid_patrol_time_pct": "约25"}
    )
    following = mirror.next_question()
    assert following is not None
    assert data["answers"] == {
        **answers,
        "grid_in_use": True,
        "grid_patrol_time_pct": {"value": "约25", "note": "网格中心估算"},
        following.id: "40-50",  # the next line went to the next question: the echo took no extra line
    }
    report = evaluate_item(kb, Item(1, value=data), lang)
    assert report.notes["grid_patrol_time_pct"].note == "网格中心估算"  # type: ignore[union-attr]
    read = validate(kb, data, lang).answers["grid_patrol_time_pct"]
    assert isinstance(read, Interval) and read.written == "约25" and (read.lo, read.hi) == (22.5, 27.5)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_county_with_approximate_answers_typed_gives_the_report_of_its_json(kb: KnowledgeBase, lang: str) -> None:
    record = json.loads((EXAMPLES / "with_intervals.json").read_text(encoding="utf-8"))
    c = Consultation(kb, lang, county=record["county"], ask_all=True)
    while (q := c.next_question()) is not None:
        assert c.answer(q, reply_to(c.kb, q.id, record["answers"], lang)) is None
    # a JSON {min, max} is typed as 20~30 and saved so; every phrase is saved exactly as written
    as_typed = {**record, "answers": {k: typed(v, lang) for k, v in record["answers"].items()}}
    given = {k: v for k, v in as_typed["answers"].items() if v != "unknown"}
    assert {k: v for k, v in c.record()["answers"].items() if v != "unknown"} == given
    batch = dump_json(evaluate_item(kb, Item(1, value=as_typed), lang), 2)
    assert dump_json(c.report(), 2) == batch
    assert dump_json(evaluate_item(kb, Item(1, value=c.record()), lang), 2) == batch
    original = evaluate_item(kb, Item(1, value=record), lang)
    same = [(d.id, d.severity, d.certainty) for d in original.diagnoses]  # type: ignore[union-attr]
    assert [(d.id, d.severity, d.certainty) for d in c.report().diagnoses] == same


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
@pytest.mark.parametrize(("lang", "hint", "back"), [("en", "type back to correct it", "back"), ("zh", "返回", "返回")])
def test_on_a_terminal_a_wrong_reading_is_corrected_at_once(tmp_path: Path, lang: str, hint: str, back: str) -> None:
    pexpect = pytest.importorskip("pexpect")
    saved = tmp_path / "pty.json"
    child = spawn_ask("--lang", lang, "--save", str(saved))
    for _ in range(2):  # county name and id
        child.expect(": ")
        child.sendline("P")
    child.expect("> ")
    child.sendline("1")  # county type
    child.expect("> ")
    child.sendline("约8")  # population change: approximate
    child.expect("7.2–8.8%")
    child.expect(hint)  # on a terminal the echo says how to correct it: a right reading costs nothing
    child.expect("> ")
    child.sendline("note 统计局估算")  # a note on the approximate answer, at the next prompt
    child.expect("Note added" if lang == "en" else "已为")
    child.expect("> ")
    child.sendline(back)
    child.expect("约8")  # the answer being revised is shown, and put on the line to edit
    child.expect("> 约8")
    child.send("\x15")  # Ctrl-U: clear the line
    child.sendline("-5")
    child.expect("> ")
    child.sendline("备注 修正后的数字")  # the note went with the answer withdrawn; a new one goes with the new
    child.expect("> ")
    child.sendline("quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    answers = json.loads(saved.read_text(encoding="utf-8"))["answers"]
    assert answers == {
        "county_type": "gathering",
        "county_pop_change_5y_pct": {"value": -5, "note": "修正后的数字"},
    }
