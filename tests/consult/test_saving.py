"""Saving a consultation (diagnose/consult/saving.py): never over another file by mistake (repro 7),
never losing an answer when the disk is full (repro 6), and the scripted example in the docs saves
what it answers (repro 15)."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from diagnose.cli import main
from diagnose.consult import saving


def ask(*args: str, input: str) -> object:
    return CliRunner().invoke(main, ["ask", *args], input=input)


def test_save_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    """Repro 7: it used to overwrite the file silently with an empty consultation."""
    saved = tmp_path / "a.json"
    saved.write_text('{"county": {"id": "x"}, "answers": {"county_type": "outflow"}}\n', encoding="utf-8")
    before = saved.read_bytes()
    r = ask("--save", str(saved), "--lang", "en", input="name\n\n")
    assert r.exit_code == 2 and "--resume" in r.stderr and "--force" in r.stderr  # type: ignore[attr-defined]
    assert saved.read_bytes() == before


def test_save_over_the_resumed_file_or_with_force_is_allowed(tmp_path: Path) -> None:
    saved = tmp_path / "a.json"
    saved.write_text('{"county": {"id": "x"}, "answers": {"county_type": "outflow"}}\n', encoding="utf-8")
    r = ask("--resume", str(saved), "--save", str(saved), "--lang", "en", input="quit\n")
    assert r.exit_code == 0  # type: ignore[attr-defined]
    assert json.loads(saved.read_text(encoding="utf-8"))["answers"] == {"county_type": "outflow"}
    other = tmp_path / "b.json"
    other.write_text("{}", encoding="utf-8")
    r = ask("--resume", str(saved), "--save", str(other), "--lang", "en", input="quit\n")
    assert r.exit_code == 2  # type: ignore[attr-defined]
    r = ask("--resume", str(saved), "--save", str(other), "--force", "--lang", "en", input="quit\n")
    assert r.exit_code == 0 and json.loads(other.read_text(encoding="utf-8"))["county"] == {"id": "x"}  # type: ignore[attr-defined]


class Speaker:
    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, text: str = "", kind: str | None = None) -> None:
        self.said.append(text)


def test_a_failed_save_keeps_the_answer_and_is_tried_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Repro 6 (ask --save on a full disk lost the answer just given)."""
    full = [True]

    def write(record: dict, path: Path) -> None:
        if full[0]:
            raise OSError(28, "No space left on device")
        path.write_text(json.dumps(record), encoding="utf-8")

    monkeypatch.setattr(saving, "write_record", write)
    term = Speaker()
    saver = saving.Saver(tmp_path / "a.json", term, "en")
    assert not saver.save({"answers": {"q": 1}}) and "No space left" in term.said[-1]
    full[0] = False
    assert saver.save({"answers": {"q": 1, "r": 2}}) and saver.failure is None
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["answers"] == {"q": 1, "r": 2}


def test_when_the_last_save_fails_every_answer_is_shown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def write(record: dict, path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(saving, "write_record", write)
    term = Speaker()
    record = {"county": {"id": "x"}, "answers": {"county_type": "outflow"}}
    assert saving.Saver(tmp_path / "a.json", term, "zh").final(record) == 3
    assert json.loads(term.said[-1]) == record and "无法保存" in term.said[0]


def test_a_full_disk_during_a_consultation(tiny_fs: Path) -> None:
    """On a real full disk: the consultation goes on, says so, and exits 3 showing the answers."""
    (tiny_fs / "filler").write_bytes(b"x" * (60 * 1024))
    r = ask("--save", str(tiny_fs / "a.json"), "--lang", "en", input="Qingyuan\n\n2\nquit\n")
    assert r.exit_code == 3  # type: ignore[attr-defined]
    out = r.stdout  # type: ignore[attr-defined]
    assert "cannot save" in out and '"county_type": "outflow"' in out and "Traceback" not in r.output  # type: ignore[attr-defined]


def test_the_scripted_example_in_the_docs_saves_every_answer(tmp_path: Path) -> None:
    """Repro 15: the documented `printf ... | diagnose ask` answered a choice question with 是, so no
    answer was saved. Run as written: every reply after the county's name and id is saved."""
    docs = (ROOT / "docs" / "commands.md").read_text(encoding="utf-8")
    line = next(x for x in docs.splitlines() if x.startswith("printf ") and "diagnose ask" in x)
    printf, command = line.split(" | ")
    replies = shlex.split(printf)[1].replace("\\n", "\n")
    args = shlex.split(command)[2:]
    saved = tmp_path / "a.json"
    args[args.index("--save") + 1] = str(saved)
    r = CliRunner().invoke(main, ["ask", *args], input=replies)
    answers = [x for x in replies.split("\n")[2:] if x and x != "quit"]
    assert r.exit_code == 0, r.output
    assert len(json.loads(saved.read_text(encoding="utf-8"))["answers"]) == len(answers)
