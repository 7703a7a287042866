"""The consultation's section on mechanisms already in place (issue 16 point 5, issue 17 point 2): offered from
what was found, since when and how well for each ticked, skippable, saved, resumed, in review, in the report."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import RULES
from replies import reply_for
from terminals import spawn_ask

from diagnose.batch.evaluate import evaluate_item
from diagnose.cli import main
from diagnose.consult import in_place
from diagnose.consult.machine import Consultation
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.model import dump_json

EXAMPLES = RULES.parent / "examples"


def county(name: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("reply", "entry"),
    [
        ("2021 部分", {"since": 2021, "working": "partly"}),
        ("2021年起 有效", {"since": 2021, "working": "yes"}),
        ("since 2019, no", {"since": 2019, "working": "no"}),
        ("partly working", {"working": "partly"}),
        ("不清楚", {"working": "unknown"}),
        ("2022", {"since": 2022}),
        ("", {}),
    ],
)
def test_since_and_working_in_one_line(reply: str, entry: dict[str, Any]) -> None:
    assert in_place.parse_entry(reply, "zh") == (entry, None)


@pytest.mark.parametrize("reply", ["1800 有效", "2021 很好", "maybe"])
def test_what_is_not_a_year_or_a_working_word_is_refused(reply: str) -> None:
    for lang, expected in (("zh", "开始年份"), ("en", "the year it started")):
        entry, problem = in_place.parse_entry(reply, lang)
        assert entry is None and problem is not None and expected in problem


def test_ticks() -> None:
    offer = ["a", "b", "c"]
    assert in_place.parse_ticks("1, 3", offer, "zh") == (["a", "c"], None)
    assert in_place.parse_ticks("无", offer, "zh") == ([], None)
    assert in_place.parse_ticks("none", offer, "en") == ([], None)
    assert in_place.parse_ticks("4", offer, "en")[0] is None
    assert in_place.parse_ticks("一张表", offer, "zh")[0] is None


def test_offered_are_the_procedures_the_report_recommends(kb: KnowledgeBase) -> None:
    record = county("multi_diagnosis.json")
    c = Consultation(kb, "zh", county=record["county"], raw=dict(record["answers"]))
    report = evaluate_item(kb, Item(1, value=record), "zh")
    recommended = [r.mechanism for r in report.recommendations]  # type: ignore[union-attr]
    assert c.mechanisms_to_offer() == [m for m in recommended if kb.mechanisms[m].kind == "procedure"]
    assert any(kb.mechanisms[m].kind == "principle" for m in recommended)  # a principle is not "run"
    # one said to be in place stays on offer, where it was; one the report would not recommend comes last
    other = next(m for m in kb.mechanisms if m not in recommended)
    c.in_place = {recommended[0]: {"since": 2020}, other: {}}
    offer = c.mechanisms_to_offer()
    assert offer[0] == recommended[0] and offer[-1] == other
    well = county("well_governed.json")
    assert Consultation(kb, "zh", county={"id": "w"}, raw=dict(well["answers"])).mechanisms_to_offer() == []


def script(kb: KnowledgeBase, record: dict[str, Any], lang: str, ask_all: bool = False) -> tuple[list[str], list[str]]:
    """The replies to every question the consultation asks (notes as `note …` lines), and the mechanisms offered."""
    c = Consultation(kb, lang, county={"id": "x"}, ask_all=ask_all)
    lines = []
    while (q := c.next_question()) is not None:
        value = record["answers"].get(q.id, "unknown")
        lines.append(reply_for(value, lang))
        c.answer(q, lines[-1])
        if isinstance(value, dict) and "note" in value:
            lines.append(f"note {value['note']}")
            c.note(value["note"])
    return lines, c.mechanisms_to_offer()


def ask(lines: list[str], *args: str) -> Any:
    return CliRunner().invoke(main, ["ask", *args], input="\n".join(lines) + "\n", catch_exceptions=False)


@pytest.mark.parametrize(
    ("lang", "entry", "head"), [("zh", "2022 部分有效", "已在实行的机制"), ("en", "2022 partly", "already in place")]
)
def test_a_county_states_its_mechanisms_and_the_saved_file_gives_the_same_report(
    kb: KnowledgeBase, tmp_path: Path, lang: str, entry: str, head: str
) -> None:
    record = county("noted_county.json")
    lines, offer = script(kb, record, lang, ask_all=True)
    ticks = [str(offer.index(m) + 1) for m in record["in_place"]]
    entries = [entry, "2020 yes" if lang == "en" else "2020 有效"]
    saved, report_path = tmp_path / "a.json", tmp_path / "r.json"
    name = [record["county"]["name"], record["county"]["id"]]
    r = ask(
        [*name, *lines, ",".join(ticks), *entries, "", str(report_path)], "--all", "--lang", lang, "--save", str(saved)
    )
    assert r.exit_code == 0, r.output[-3000:]
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["in_place"] == record["in_place"]
    assert head.lower() in r.output.lower()  # on the summary screen
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert [m["mechanism"] for m in report["in_place"]] == list(record["in_place"])
    assert not {m["mechanism"] for m in report["in_place"]} & {x["mechanism"] for x in report["recommendations"]}
    # the saved consultation evaluates to the report shown, and to the county file's own (sources aside:
    # the consultation takes notes, not sources)
    assert report_path.read_text(encoding="utf-8") == dump_json(evaluate_item(kb, Item(1, value=data), lang), 2) + "\n"
    sourceless = {
        k: ({x: y for x, y in v.items() if x != "source"} if isinstance(v, dict) else v)
        for k, v in record["answers"].items()
    }
    sourceless = {k: (v["value"] if isinstance(v, dict) and set(v) == {"value"} else v) for k, v in sourceless.items()}
    original = dump_json(evaluate_item(kb, Item(1, value={**record, "answers": sourceless}), lang), 2)
    assert json.loads(original) == report  # the same content (notes keyed in the file's order, not the questionnaire's)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_enter_skips_the_section_and_none_records_none(kb: KnowledgeBase, tmp_path: Path, lang: str) -> None:
    lines, offer = script(kb, county("multi_diagnosis.json"), lang)
    assert offer
    skipped, none = tmp_path / "s.json", tmp_path / "n.json"
    assert ask(["县", "x", *lines, "", "", ""], "--lang", lang, "--save", str(skipped)).exit_code == 0
    assert "in_place" not in json.loads(skipped.read_text(encoding="utf-8"))
    assert ask(["县", "x", *lines, "无", "", ""], "--lang", lang, "--save", str(none)).exit_code == 0
    assert json.loads(none.read_text(encoding="utf-8"))["in_place"] == {}
    # a skipped section is offered again on resume; an answered one is not, and is listed in the summary
    again = ask(["", "", ""], "--lang", lang, "--resume", str(skipped))
    title = "已在运行的机制" if lang == "zh" else "Mechanisms already in place"
    assert f"== {title} ==" in again.output
    done = ask(["", ""], "--lang", lang, "--resume", str(none))
    assert f"== {title} ==" not in done.output and f"{title}" in done.output


def test_review_shows_them_and_picking_them_asks_the_section_again(kb: KnowledgeBase, tmp_path: Path) -> None:
    record = county("multi_diagnosis.json")
    lines, offer = script(kb, record, "zh")
    saved = tmp_path / "a.json"
    assert ask(["县", "x", *lines[:-1]], "--lang", "zh", "--save", str(saved)).exit_code == 0  # one question left
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["in_place"] = {offer[0]: {"since": 2021, "working": "partly"}}
    saved.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    n = len(data["answers"]) + 1
    r = ask(["回顾", str(n), lines[-1], "1", "2019 无效", "", ""], "--lang", "zh", "--resume", str(saved))
    assert r.exit_code == 0, r.output[-2000:]
    title = kb.mechanisms[offer[0]].title.zh
    assert f"{n}. 已在运行的机制 = {title} (2021 年起,部分有效)" in r.output
    assert json.loads(saved.read_text(encoding="utf-8"))["in_place"] == {offer[0]: {"since": 2019, "working": "no"}}


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
@pytest.mark.parametrize(
    ("lang", "entry", "recorded"), [("en", "2021 partly", "recorded: "), ("zh", "2021 部分", "已记录")]
)
def test_the_section_in_a_real_pseudo_terminal(
    kb: KnowledgeBase, tmp_path: Path, lang: str, entry: str, recorded: str
) -> None:
    pexpect = pytest.importorskip("pexpect")
    record = county("multi_diagnosis.json")
    saved = tmp_path / "pty.json"
    c = Consultation(kb, lang, county=record["county"], raw=dict(record["answers"]))
    saved.write_text(json.dumps(c.record(), ensure_ascii=False), encoding="utf-8")
    offer = c.mechanisms_to_offer()
    child = spawn_ask("--lang", lang, "--resume", str(saved), term="xterm", rows=60, timeout=60)
    child.expect(f"{len(offer)}\\. ")
    child.expect("> ")
    child.sendline("2")
    child.expect("2021")  # the example in the prompt for since when and how well
    child.expect("> ")
    child.sendline(entry)
    child.expect(recorded)
    for _ in range(2):  # details? JSON report? Enter to both
        child.expect(": ")
        child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert json.loads(saved.read_text(encoding="utf-8"))["in_place"] == {offer[1]: {"since": 2021, "working": "partly"}}
