"""The terminal side of `diagnose ask`: prompts, colour, line input; the logic is in consult.py.

With a TTY, input() gives line editing; without one, answers are read line by line from stdin, so a
consultation can be scripted. EOF ends it cleanly with the answers so far saved.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Any

from diagnose.consult.machine import Consultation, command_of, note_of
from diagnose.i18n import t
from diagnose.io.atomic import atomic_writer
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.models import Question, QuestionType
from diagnose.report.model import dump_json
from diagnose.report.text import how_lines, render

COLOURS = {"head": "\033[1;36m", "ask": "\033[1m", "dim": "\033[2m", "err": "\033[31m", "ok": "\033[32m"}


class Terminal:
    def __init__(self, stdin: IO[str], stdout: IO[str]) -> None:
        self.stdin = stdin
        self.stdout = stdout
        self.tty = stdin.isatty() and stdout.isatty()
        self.colour = stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
        self.menus = self.tty and os.environ.get("TERM") != "dumb"  # arrow-key menus for choice questions

    def reply(self, q: Question, lang: str) -> str | None:
        """A reply to `q`: from the arrow-key menu for choices on a real terminal, else a typed line."""
        if self.menus and q.choices:
            from diagnose.consult import menu

            multiple = q.type == QuestionType.multiple_choice
            try:
                key = menu.choose(
                    [c.label.get(lang) for c in q.choices], multiple, t("ask_menu_hint", lang), self.stdout
                )
            except EOFError:
                return None
            if key == "type":
                return self.read("> ")
            self.say(f"> {key}", "dim")
            return key
        return self.read("> ")

    def say(self, text: str = "", kind: str | None = None) -> None:
        if kind and self.colour:
            text = f"{COLOURS[kind]}{text}\033[0m"
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def read(self, prompt: str) -> str | None:
        """One line, or None at end of input."""
        if self.tty:
            try:
                import readline  # noqa: F401  (line editing and arrow keys in input())
            except ImportError:
                pass
            try:
                return input(prompt)
            except EOFError:
                return None
        self.stdout.write(prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            self.stdout.write("\n")
            return None
        self.stdout.write(line if line.endswith("\n") else line + "\n")  # echo, so a transcript reads well
        return line.rstrip("\r\n")


def how_to_answer(q: Question, lang: str) -> str:
    if q.type == QuestionType.yes_no:
        return t("ask_yes_no", lang)
    if q.type == QuestionType.single_choice:
        return t("ask_choose_one", lang)
    if q.type == QuestionType.multiple_choice:
        return t("ask_choose_many", lang)
    lo, hi = q.bounds()
    unit = q.unit.get(lang) if q.unit else ""
    span = f"{_num(lo)}–{_num(hi)}" if hi is not None else f"≥ {_num(lo)}"
    return f"{t('ask_range', lang)} {span} {unit}".strip()


def _num(x: float | None) -> str:
    return "" if x is None else (str(int(x)) if float(x).is_integer() else str(x))


def show_question(term: Terminal, c: Consultation, q: Question) -> None:
    lang = c.lang
    p = c.progress(q)
    term.say()
    term.say(
        t(
            "ask_progress",
            lang,
            section=p.section_index,
            sections=p.sections,
            title=p.section_title,
            k=p.asked,
            n=p.at_most,
        ),
        "dim",
    )
    term.say(q.label.get(lang), "ask")
    term.say(f"  {q.help.get(lang)}", "dim")
    if not term.menus or not q.choices:
        for i, choice in enumerate(q.choices or [], 1):
            term.say(f"  {i}. {choice.label.get(lang)}")
        term.say(f"  ({how_to_answer(q, lang)})", "dim")


def save(c: Consultation, path: Path) -> None:
    with atomic_writer(path) as f:
        f.write(json.dumps(c.record(), ensure_ascii=False, indent=2) + "\n")


def load_resume(kb: KnowledgeBase, path: Path, lang: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """County and answers from a saved consultation (the evaluate input format)."""
    from diagnose.answers.validate import InvalidRecord, validate

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ValueError(t("ask_resume_bad", lang, path=path, detail=str(e))) from None
    try:
        validate(kb, data, lang)
    except InvalidRecord as e:
        detail = "; ".join(f"{p.path}: {p.message}" for p in e.problems)
        raise ValueError(t("ask_resume_bad", lang, path=path, detail=detail)) from None
    return data["county"], data["answers"]


def resume(c: Consultation, path: Path) -> None:
    """Carry on from a saved consultation: its county and answers, the answered questions as history."""
    c.county, c.raw = load_resume(c.kb, path, c.lang)
    c.history = [q for q in c.kb.questions if q in c.raw]


def run(c: Consultation, term: Terminal, save_path: Path) -> int:
    """The whole consultation; returns the exit status."""
    lang = c.lang
    term.say(t("ask_intro", lang), "head")
    term.say(t("ask_saving", lang, path=save_path), "dim")
    if not c.county:
        name = term.read(t("ask_county_name", lang) + ": ")
        if name is None:
            return 0
        ident = term.read(t("ask_county_id", lang) + ": ")
        c.county = {"id": (ident or "").strip() or name.strip() or "county", "name": name.strip()}
        save(c, save_path)
    section = None
    try:
        while (q := c.next_question()) is not None:
            if c.kb.section_of[q.id] != section:
                section = c.kb.section_of[q.id]
                s = next(s for s in c.kb.sections if s.id == section)
                term.say()
                term.say(f"== {s.title.get(lang)} ==", "head")
                if s.description:
                    term.say(s.description.get(lang), "dim")
            show_question(term, c, q)
            while True:
                reply = term.reply(q, lang)
                if reply is None:
                    save(c, save_path)
                    term.say(t("ask_saved_quit", lang, path=save_path), "ok")
                    return 0
                command = command_of(reply)
                if command == "note":
                    noted = c.note(note_of(reply) or "")
                    term.say(
                        t("ask_noted", lang, q=noted.label.get(lang)) if noted else t("ask_note_none", lang), "dim"
                    )
                    save(c, save_path)
                elif command == "help":
                    term.say(t("ask_help", lang, how=how_to_answer(q, lang)))
                elif command == "why":
                    term.say(c.why(q))
                elif command == "quit":
                    save(c, save_path)
                    term.say(t("ask_saved_quit", lang, path=save_path), "ok")
                    return 0
                elif command == "skip":
                    c.skip(q)
                    break
                elif command == "back":
                    previous = c.back()
                    if previous is None:
                        term.say(t("ask_back_none", lang), "err")
                        continue
                    save(c, save_path)
                    term.say(t("ask_back_to", lang, q=previous.label.get(lang)), "dim")
                    break
                else:
                    problem = c.answer(q, reply)
                    if problem:
                        term.say(problem, "err")
                        continue
                    save(c, save_path)
                    break
    except KeyboardInterrupt:
        save(c, save_path)
        term.say()
        term.say(t("ask_saved_quit", lang, path=save_path), "ok")
        return 130
    finish(c, term, save_path)
    return 0


def finish(c: Consultation, term: Terminal, save_path: Path) -> None:
    lang = c.lang
    save(c, save_path)
    report = c.report()
    term.say()
    term.say(t("ask_done", lang, n=len(c.raw)), "head")
    term.say(render(c.kb, report, lang))
    for d in report.diagnoses:
        for line in how_lines(c.kb, d, lang):
            term.say(line)
        term.say()
    target = term.read(t("ask_write_json", lang) + ": ")
    if target and target.strip():
        path = Path(target.strip())
        with atomic_writer(path) as f:
            f.write(dump_json(report, 2) + "\n")  # exactly what `diagnose evaluate` writes
        term.say(t("ask_written", lang, path=path), "ok")
    term.say(t("ask_saved_final", lang, path=save_path), "dim")


def main(c: Consultation, save_path: Path) -> int:
    return run(c, Terminal(sys.stdin, sys.stdout), save_path)
