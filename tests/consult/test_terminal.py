"""`diagnose ask` driven as a script (no TTY: answers line by line on stdin), and once in a real pty."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import RULES
from replies import reply_for, reply_to
from terminals import spawn_ask

from diagnose.batch.evaluate import evaluate_item
from diagnose.cli import main
from diagnose.consult.machine import Consultation
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.model import dump_json

EXAMPLES = RULES.parent / "examples"


def script_for(kb: KnowledgeBase, answers: dict[str, Any], lang: str, ask_all: bool = False) -> list[str]:
    """The lines an official would type to answer exactly what the consultation asks."""
    c = Consultation(kb, lang, county={"id": "x"}, ask_all=ask_all)
    lines = []
    while (q := c.next_question()) is not None:
        line = reply_to(c.kb, q.id, answers, lang)
        c.answer(q, line)
        lines.append(line)
    return lines


def replies_until(kb: KnowledgeBase, answers: dict[str, Any], stop: str, lang: str = "zh") -> tuple[list[str], dict]:
    """The replies that answer every question asked before `stop`, and the answers they save."""
    c = Consultation(kb, lang, county={"id": "x"})
    lines = []
    while (q := c.next_question()) is not None and q.id != stop:
        lines.append(reply_to(c.kb, q.id, answers, lang))
        c.answer(q, lines[-1])
    return lines, dict(c.raw)


WELL = json.loads((EXAMPLES / "well_governed.json").read_text(encoding="utf-8"))["answers"]


def ask(tmp_path: Path, lines: list[str], *args: str) -> Any:
    return CliRunner().invoke(main, ["ask", *args], input="\n".join(lines) + "\n", catch_exceptions=False)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_whole_consultation_by_hand_reproduces_the_batch_report(kb: KnowledgeBase, tmp_path: Path, lang: str) -> None:
    record = json.loads((EXAMPLES / "multi_diagnosis.json").read_text(encoding="utf-8"))
    saved, report_path = tmp_path / "answers.json", tmp_path / "report.json"
    county = [record["county"]["name"], record["county"]["id"]]
    more = "详细" if lang == "zh" else "more"  # the summary first, then the details on request
    skip = ""  # Enter skips the section on mechanisms already in place
    lines = county + script_for(kb, record["answers"], lang, ask_all=True) + [skip, more, str(report_path)]
    r = ask(tmp_path, lines, "--lang", lang, "--save", str(saved), "--all")
    assert r.exit_code == 0, r.output
    batch = dump_json(evaluate_item(kb, Item(1, value=record), lang), 2)
    assert report_path.read_text(encoding="utf-8") == batch + "\n"
    data = json.loads(saved.read_text(encoding="utf-8"))
    # every answer of the file, and "unknown" for the questions the file leaves unanswered
    assert data["county"] == record["county"]
    assert data["answers"] == {q: record["answers"].get(q, "unknown") for q in data["answers"]}
    assert set(record["answers"]) <= set(data["answers"])
    shown = "诊断结论" if lang == "zh" else "Diagnoses"
    assert shown in r.output and ("推理过程" in r.output or "HOW:" in r.output)


@pytest.mark.parametrize(
    ("lang", "head", "line"), [("zh", "== 第 2/12 节 网格化管理 ==", "已答 "), ("en", "== Section 2/", " answered, ")]
)
def test_the_section_heading_carries_its_number_and_each_question_only_the_count(
    kb: KnowledgeBase, tmp_path: Path, lang: str, head: str, line: str
) -> None:
    """The section's number, title and time left stand once in its heading; the line above each question
    is the count alone (it repeated all three, a fifth of what a consultation printed)."""
    lines = ["县", "x", *script_for(kb, WELL, lang)[:12], "quit"]
    r = ask(tmp_path, lines, "--lang", lang, "--save", str(tmp_path / "a.json"))
    assert r.exit_code == 0, r.output
    assert head in r.output
    counts = [x for x in r.output.splitlines() if x.startswith("已答 ") or x.endswith(" to go")]
    assert len(counts) >= 12
    grid = kb.sections[1].title.get(lang)
    assert all(grid not in x and "/12" not in x for x in counts)


def test_back_why_unknown_and_invalid_answers(kb: KnowledgeBase, tmp_path: Path) -> None:
    saved = tmp_path / "a.json"
    answers = {**WELL, "grid_in_use": True}
    # the replies up to the first percentage asked once the grid is in use (its place follows what rides on it)
    c = Consultation(kb, "zh", county={"id": "x"})
    lines: list[str] = []
    seen_grid = False
    while (q := c.next_question()) is not None and not (seen_grid and q.type.value == "percent"):
        seen_grid |= q.id == "grid_in_use"
        lines.append(reply_to(c.kb, q.id, answers))
        c.answer(q, lines[-1])
    assert q is not None
    before = dict(c.raw)
    # why; 150 is out of range; abc is no number; 30, then back to it, shown and changed to 40; then quit
    script = ["why", "150", "abc", "30", "back", "40", "quit"]
    r = ask(tmp_path, ["测试县", "t-1", *lines, *script], "--lang", "zh", "--save", str(saved))
    assert r.exit_code == 0
    assert "为什么问" in r.output and "超出允许范围" in r.output and "请填一个数字" in r.output
    assert "返回修改" in r.output
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data == {"county": {"id": "t-1", "name": "测试县"}, "answers": {**before, q.id: 40}}


def test_interrupted_consultation_resumes_without_losing_or_reasking(kb: KnowledgeBase, tmp_path: Path) -> None:
    record = json.loads((EXAMPLES / "multi_diagnosis.json").read_text(encoding="utf-8"))
    script = script_for(kb, record["answers"], "en")
    saved = tmp_path / "a.json"
    half = len(script) // 2
    first = ask(tmp_path, ["Demo", "demo"] + script[:half], "--lang", "en", "--save", str(saved))  # EOF mid-way
    assert first.exit_code == 0 and "To continue" in first.output
    assert len(json.loads(saved.read_text(encoding="utf-8"))["answers"]) == half
    second = ask(tmp_path, script[half:] + [""], "--lang", "en", "--resume", str(saved))
    assert second.exit_code == 0, second.output
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert len(data["answers"]) == len(script)
    asked_again = [q for q in list(data["answers"])[:half] if f"[{q}]" in second.output]
    assert asked_again == []
    whole = Consultation(kb, "en", county={"id": "demo", "name": "Demo"})
    for line in script:
        q = whole.next_question()
        assert q is not None
        whole.answer(q, line)
    assert data == whole.record()


def test_resume_refuses_a_broken_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"county": {"id": "x"}, "answers": {"grid_in_use": 7}}', encoding="utf-8")
    r = CliRunner().invoke(main, ["ask", "--resume", str(bad), "--lang", "en"], input="")
    assert r.exit_code == 2 and "grid_in_use" in r.output


def test_saved_file_is_always_complete_json(kb: KnowledgeBase, tmp_path: Path) -> None:
    saved = tmp_path / "a.json"
    replies = script_for(kb, WELL, "zh")
    for n in range(1, 5):
        ask(tmp_path, ["县", "id"] + replies[:n], "--save", str(saved), "--lang", "zh", "--force")
        assert len(json.loads(saved.read_text(encoding="utf-8"))["answers"]) == n
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def _spawn(saved: Path, lang: str, term: str, rows: int) -> Any:
    """`diagnose ask` in a real pseudo-terminal (pexpect), saving to `saved`."""
    return spawn_ask("--lang", lang, "--save", str(saved), term=term, rows=rows)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
def test_consultation_in_a_real_pseudo_terminal(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    saved = tmp_path / "pty.json"
    child = _spawn(saved, "en", "dumb", 40)  # TERM=dumb: typed choices
    child.expect("County \\(district\\) name")
    child.sendline("Pty County")
    child.expect("County id")
    child.sendline("pty-1")
    child.expect("0 answered, at most")
    child.expect("> ")
    child.sendline("why")
    child.expect("Why")
    child.expect("> ")
    child.sendline("1")
    child.expect("1 answered, at most")
    child.expect("> ")
    child.sendline("quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert json.loads(saved.read_text(encoding="utf-8"))["answers"] == {"county_type": "gathering"}


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
def test_arrow_keys_pick_choices_in_a_real_terminal(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    saved = tmp_path / "pty.json"
    child = _spawn(saved, "en", "xterm", 60)  # TERM=xterm: arrow-key menus
    child.expect("County \\(district\\) name")
    child.sendline("Arrow County")
    child.expect("County id")
    child.sendline("")
    child.expect("Enter confirm")  # the single-choice menu for the county type
    child.send("\x1b[B\x1b[B\x1b[A")  # down, down, up: on choice 2
    child.send("\x1b[A\r")  # up to choice 1 and confirm
    child.expect("> 1")
    child.expect("> ")
    child.sendline("8")  # population change, typed
    child.expect("space tick")  # the multiple-choice menu for the county's powers
    child.send("\x1b[B")  # down to choice 2
    child.send(" ")  # tick it
    child.send("\x1b[B\x1b[B")  # down to choice 4
    child.send(" ")
    child.send("\r")
    child.expect("> 2,4")
    child.expect("> ")
    child.sendline("quit")
    child.expect(pexpect.EOF)
    child.close()
    answers = json.loads(saved.read_text(encoding="utf-8"))["answers"]
    assert answers == {"county_type": "gathering", "county_pop_change_5y_pct": 8, "county_powers": ["land", "data"]}


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
def test_ctrl_c_leaves_a_valid_file_and_resume_continues(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    saved = tmp_path / "pty.json"
    child = _spawn(saved, "zh", "dumb", 40)  # TERM=dumb: typed choices
    child.expect("县\\(区\\)名称")
    child.sendline("中断县")
    child.expect("县\\(区\\)编号")
    child.sendline("c-1")
    child.expect("> ")
    child.sendline("2")  # 人口流出型
    child.expect("已答 1 题")
    child.expect("> ")  # waiting for the answer: the Ctrl-C interrupts the wait, not the work before it
    child.sendintr()  # Ctrl-C
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data == {"county": {"id": "c-1", "name": "中断县"}, "answers": {"county_type": "outflow"}}
    resumed = CliRunner().invoke(main, ["ask", "--resume", str(saved), "--lang", "zh"], input="quit\n")
    assert resumed.exit_code == 0 and "已答 1 题" in resumed.output  # continues at the next question
    assert "已答情况" in resumed.output and "1/" in resumed.output  # opens with what is answered, by section
    assert "按常住人口、产业与区位特征" not in resumed.output  # the county type is not asked again


@pytest.mark.parametrize(("lang", "word"), [("zh", "备注"), ("en", "note"), ("zh", "note"), ("en", "备注")])
def test_a_note_goes_with_the_answer_just_given_without_an_extra_prompt(
    kb: KnowledgeBase, tmp_path: Path, lang: str, word: str
) -> None:
    saved = tmp_path / "answers.json"
    c = Consultation(kb, lang, county={"id": "x"})
    first = c.next_question()
    assert first is not None
    reply = reply_for("unknown", lang)
    lines = ["县", "x", reply, f"{word} 口径以2024年统计年报为准", "quit"]
    r = ask(tmp_path, lines, "--lang", lang, "--save", str(saved))
    assert r.exit_code == 0, r.output
    answers = json.loads(saved.read_text(encoding="utf-8"))["answers"]
    assert answers[first.id] == {"value": "unknown", "note": "口径以2024年统计年报为准"}
    report = evaluate_item(kb, Item(1, value=json.loads(saved.read_text(encoding="utf-8"))), lang)
    assert report.notes[first.id].note == "口径以2024年统计年报为准"  # type: ignore[union-attr]


def _first_two(kb: KnowledgeBase) -> tuple[str, str]:
    c = Consultation(kb, "zh", county={"id": "x"})
    first = c.next_question()
    assert first is not None and first.id == "county_type"
    c.answer(first, "1")
    second = c.next_question()
    assert second is not None
    return first.id, second.id


def test_back_shows_the_answer_being_revised_and_enter_keeps_it(kb: KnowledgeBase, tmp_path: Path) -> None:
    saved = tmp_path / "a.json"
    r = ask(tmp_path, ["县", "x", "1", "返回", "", "quit"], "--lang", "zh", "--save", str(saved))
    assert r.exit_code == 0 and "原回答:人口集聚型" in r.output
    assert json.loads(saved.read_text(encoding="utf-8"))["answers"] == {"county_type": "gathering"}


def test_review_lists_the_answers_and_changes_the_one_picked(kb: KnowledgeBase, tmp_path: Path) -> None:
    saved = tmp_path / "a.json"
    first, second = _first_two(kb)
    r = ask(tmp_path, ["县", "x", "1", "不知道", "review", "1", "2", "quit"], "--lang", "zh", "--save", str(saved))
    assert r.exit_code == 0 and "已答的问题" in r.output and "1. " in r.output
    answers = json.loads(saved.read_text(encoding="utf-8"))["answers"]
    assert answers[first] == "outflow" and answers[second] == "unknown"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_command_word_works_in_both_languages_and_zh_shows_no_english(
    kb: KnowledgeBase, tmp_path: Path, lang: str
) -> None:
    saved = tmp_path / "a.json"
    lines = ["县", "x", "?", "为什么", "why", "why more", "1", "返回", "back", "1", "跳过", "skip", "回顾", "", "退出"]
    r = ask(tmp_path, lines, "--lang", lang, "--save", str(saved))
    assert r.exit_code == 0
    shown = "\n".join(x for x in r.output.splitlines() if not x.startswith("> "))  # the echo of what was typed aside
    if lang == "zh":
        import re

        assert not re.findall(r"\b(unknown|why|back|skip|review|note|quit|help)\b", shown, re.I), shown[:2000]


def test_escapes_typed_or_loaded_are_shown_not_obeyed(tmp_path: Path) -> None:
    """Issue 18, repro 13, in the consultation: a name typed with an escape is echoed and shown escaped,
    and saved as typed (the data is the county's; only the terminal is protected)."""
    saved = tmp_path / "a.json"
    r = ask(tmp_path, ["清源\x1b[31m县", "", "quit"], "--save", str(saved), "--lang", "zh")
    assert r.exit_code == 0 and "\x1b" not in r.stdout and "清源\\x1b[31m县" in r.stdout
    assert json.loads(saved.read_text(encoding="utf-8"))["county"]["name"] == "清源\x1b[31m县"


def test_ending_at_end_of_input_or_quit_is_status_0(tmp_path: Path) -> None:
    assert ask(tmp_path, [], "--save", str(tmp_path / "a.json")).exit_code == 0
    assert ask(tmp_path, ["县", "", "quit"], "--save", str(tmp_path / "b.json")).exit_code == 0


@pytest.mark.parametrize(
    ("lang", "reply"), [("zh", "1 其余不知道"), ("en", "1 rest unknown"), ("zh", "1 -2 ?"), ("en", "1,-2,？")]
)
def test_a_multiple_choice_known_in_part_scripted(kb: KnowledgeBase, tmp_path: Path, lang: str, reply: str) -> None:
    """`1 -2 ?` (or the words in either language): sure of these, the rest unknown; a note still follows
    the answer on a line of its own, and back offers the partial answer again."""
    saved = tmp_path / "a.json"
    lines = ["县", "x", "1", "8", reply, "备注 只确定财力统筹", "quit"]
    r = ask(tmp_path, lines, "--lang", lang, "--save", str(saved))
    assert r.exit_code == 0, r.output
    answers = json.loads(saved.read_text(encoding="utf-8"))["answers"]
    no = ["land"] if "-2" in reply else []
    assert answers["county_powers"] == {"value": {"yes": ["finance"], "no": no}, "note": "只确定财力统筹"}
    report = evaluate_item(kb, Item(1, value=json.loads(saved.read_text(encoding="utf-8"))), lang)
    if not no:  # land, staffing, data unknown: the sign is borderline on each
        assert [b.option for b in report.borderline] == ["land", "staffing", "data"]  # type: ignore[union-attr]
    again = tmp_path / "b.json"
    back = ask(tmp_path, ["县", "x", "1", "8", reply, "back", "", "quit"], "--lang", lang, "--save", str(again))
    assert back.exit_code == 0, back.output
    kept = json.loads(again.read_text(encoding="utf-8"))["answers"]["county_powers"]
    assert kept == {"yes": ["finance"], "no": no}


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
def test_a_partial_multiple_choice_in_a_real_terminal(tmp_path: Path) -> None:
    """The menu: space ticks, `-` marks surely not, `?` leaves the rest unknown; then typed, `1 ?`."""
    pexpect = pytest.importorskip("pexpect")
    saved = tmp_path / "pty.json"
    child = _spawn(saved, "en", "xterm", 60)
    child.expect("County \\(district\\) name")
    child.sendline("Partial County")
    child.expect("County id")
    child.sendline("")
    child.expect("Enter confirm")
    child.send("\r")  # county type: choice 1
    child.expect("> 1")
    child.expect("> ")
    child.sendline("8")
    child.expect("space tick")  # the county's powers
    child.send(" ")  # tick choice 1
    child.send("\x1b[B-")  # choice 2: surely not
    child.send("?")  # the rest unknown
    child.send("\r")
    child.expect("> 1 -2 \\?")
    child.expect("> ")
    child.sendline("quit")
    child.expect(pexpect.EOF)
    child.close()
    answers = json.loads(saved.read_text(encoding="utf-8"))["answers"]
    assert answers["county_powers"] == {"yes": ["finance"], "no": ["land"]}
