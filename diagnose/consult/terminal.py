"""The terminal side of `diagnose ask`: prompts, colour, line input; the logic is in consult.py.

With a TTY, input() gives line editing; without one, answers are read line by line from stdin, so a
consultation can be scripted. EOF ends it cleanly with the answers so far saved.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO, Any

from diagnose.answers.record import PartialChoices
from diagnose.consult import deferred, in_place, repeat, shares
from diagnose.consult.machine import NUMERIC, UNKNOWN_REPLIES, Consultation, Progress, command_of, note_of
from diagnose.consult.saving import Saver, write_record
from diagnose.i18n import t
from diagnose.io.atomic import atomic_writer
from diagnose.io.errors import IO_ERROR, cannot_write
from diagnose.io.printable import printable
from diagnose.io.records import check_record, loads_strict
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.models import Question, QuestionType
from diagnose.report.model import dump_json
from diagnose.report.text import how_lines, render, show_answer, summary

COLOURS = {"head": "\033[1;36m", "ask": "\033[1m", "dim": "\033[2m", "err": "\033[31m", "ok": "\033[32m"}


class Terminal:
    def __init__(self, stdin: IO[str], stdout: IO[str]) -> None:
        self.stdin = stdin
        self.stdout = stdout
        self.tty = stdin.isatty() and stdout.isatty()
        self.colour = stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
        self.menus = self.tty and os.environ.get("TERM") != "dumb"  # arrow-key menus for choice questions

    def reply(self, q: Question, lang: str, prefill: str | None = None) -> str | None:
        """A reply to `q`: from the arrow-key menu for choices on a real terminal, else a typed line
        (`prefill`: on a terminal, the line starts with this text to edit: the answer being revised)."""
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
        return self.read("> ", prefill)

    def say(self, text: str = "", kind: str | None = None) -> None:
        text = printable(text)  # what was typed or loaded never drives the terminal; colour is added after
        if kind and self.colour:
            text = f"{COLOURS[kind]}{text}\033[0m"
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def read(self, prompt: str, prefill: str | None = None) -> str | None:
        """One line, or None at end of input; on a terminal, `prefill` is put on the line to be edited."""
        if self.tty:
            hook = _prefill(prefill)
            try:
                return _valid(input(prompt))
            except EOFError:
                return None
            finally:
                hook(None)
        self.stdout.write(prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            self.stdout.write("\n")
            return None
        self.stdout.write(printable(line.rstrip("\r\n")) + "\n")  # echo, so a transcript reads well
        return _valid(line.rstrip("\r\n"))


def _prefill(text: str | None) -> Any:
    """Line editing and arrow keys in input(), with `text` already on the line; the hook setter, to undo it."""
    try:
        import readline
    except ImportError:
        return lambda _: None
    readline.set_startup_hook((lambda: readline.insert_text(text)) if text else None)
    return readline.set_startup_hook


def _valid(line: str) -> str:
    """Bytes typed that are not UTF-8 (decoded as lone surrogates) become U+FFFD: the answers file stays writable."""
    return line.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


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


def show_question(term: Terminal, c: Consultation, q: Question, p: Progress | None = None) -> None:
    """The question with the count above it (`p`: its progress, when already worked out)."""
    lang = c.lang
    p = p or c.progress(q)
    term.say()
    # the section, its number and the time left stand in the section's heading: each question gives the count only
    term.say(t("ask_progress", lang, k=p.asked - 1, n=p.left), "dim")
    term.say(q.label.get(lang), "ask")
    if c.revising is not None and c.revising[0] == q.id and c.revising[1] is not None:
        term.say("  " + t("ask_back_keep", lang, answer=_shown(c, q, c.revising[1])), "dim")
    term.say(f"  {q.help.get(lang)}", "dim")
    if not term.menus or not q.choices:
        for i, choice in enumerate(q.choices or [], 1):
            term.say(f"  {i}. {choice.label.get(lang)}")
        how = how_to_answer(q, lang)
        share = c.share(q)
        if share is not None:  # one prompt for a share or its two counts (shares.py)
            part, whole = (c.kb.questions[x].title.get(lang) for x in (share.part, share.whole))
            how += ("；" if lang == "zh" else "; ") + t("ask_share_or_counts", lang, part=part, whole=whole)
        term.say(f"  ({how})", "dim")


def _shown(c: Consultation, q: Question, value: Any) -> str:
    """A saved answer as the official reads it."""
    if isinstance(value, dict) and "value" in value:
        value = value.get("value")
    if isinstance(value, str) and value.lower() in ("unknown", "不知道"):
        return t("unknown", c.lang)
    if value == "not_tracked":
        return t("not_tracked", c.lang)
    if c.share(q) is not None and isinstance(value, str) and shares.split(value):  # two counts, as typed
        return value
    if q.id not in c.kb.questions:  # a project's own answer (a repeat group's item)
        return t("yes" if value else "no", c.lang) if isinstance(value, bool) else f"{value}"
    if isinstance(value, dict):  # a multiple choice known in part
        value = PartialChoices(yes=value.get("yes", []), no=value.get("no", []))
    return show_answer(c.kb, q.id, value, c.lang)


def _kept(c: Consultation, q: Question) -> str | None:
    """After `back`, the reply that keeps the previous answer (Enter), or None."""
    if c.revising is None or c.revising[0] != q.id or c.revising[1] is None:
        return None
    value = c.revising[1]
    value = value.get("value") if isinstance(value, dict) and "value" in value else value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):  # known in part: typed back as `1 3 -2 ?`
        number = {c: str(i) for i, c in enumerate(q.choice_ids(), 1)}
        return " ".join(
            [number[c] for c in value.get("yes", [])] + ["-" + number[c] for c in value.get("no", [])] + ["?"]
        )
    if isinstance(value, list):
        return ",".join(str(q.choice_ids().index(v) + 1) for v in value) if value else "none"
    return str(value)


def review(c: Consultation, term: Terminal) -> Question | None:
    """List every answer, numbered; the question picked to be changed, or None to go on."""
    lang = c.lang
    answered = [c.kb.questions[qid] for qid in c.kb.questions if qid in c.raw]
    answered += [repeat.question(c.kb, qid) for qid in c.raw if qid not in c.kb.questions]  # projects one by one
    if not answered:
        term.say(t("ask_review_none", lang), "dim")
        return None
    term.say(t("ask_review_head", lang), "head")
    for i, q in enumerate(answered, 1):
        term.say(f"  {i}. {q.title.get(lang)} = {_shown(c, q, c.raw[q.id])}")
    if c.in_place_done:  # the mechanisms in place, as one more item: picked, the section is asked again
        mechanisms = "; ".join(in_place.shown(c.kb, c.in_place, lang)) or t("none_in_place", lang)
        term.say(f"  {len(answered) + 1}. {t('ask_in_place_title', lang)} = {mechanisms}")
    pick = term.read(t("ask_review_pick", lang) + ": ")
    if not pick or not pick.strip():
        return None
    if c.in_place_done and pick.strip() == str(len(answered) + 1):
        c.in_place_done = False
        term.say(t("ask_in_place_again", lang), "dim")
        return None
    if not pick.strip().isdigit() or not 1 <= int(pick) <= len(answered):
        term.say(t("ask_review_bad", lang), "err")
        return None
    return answered[int(pick) - 1]


def resume_summary(c: Consultation, term: Terminal) -> None:
    """What a resumed consultation already holds, section by section, and where it goes on."""
    rows = c.answered_by_section()
    if not rows:
        return
    term.say(t("ask_resume_summary", c.lang), "head")
    for title, done, total in rows:
        term.say(t("ask_resume_section", c.lang, title=title, done=done, total=total))
    if c.in_place_done:
        term.say(
            t("ask_resume_section", c.lang, title=t("ask_in_place_title", c.lang), done=len(c.in_place), total="✓")
        )
    q = c.next_question()
    if q is not None:
        section = next(s for s in c.kb.sections if s.id == repeat.section_of(c.kb, q.id))
        term.say(t("ask_resume_next", c.lang, title=section.title.get(c.lang)), "dim")


def save(c: Consultation, path: Path) -> None:
    write_record(c.record(), path)


def load_resume(
    kb: KnowledgeBase, path: Path, lang: str
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None]:
    """County, answers and mechanisms in place (None when that section was not answered) from a saved
    consultation (the evaluate input format)."""
    from diagnose.answers.validate import InvalidRecord, validate

    try:
        data = loads_strict(path.read_text(encoding="utf-8"), lang)
        check_record(data, lang)
    except (OSError, ValueError) as e:
        raise ValueError(t("ask_resume_bad", lang, path=path, detail=str(e))) from None
    try:
        validate(kb, data, lang)
    except InvalidRecord as e:
        detail = "; ".join(f"{p.path}: {p.message}" for p in e.problems)
        raise ValueError(t("ask_resume_bad", lang, path=path, detail=detail)) from None
    return data["county"], data["answers"], data.get("in_place")


def resume(c: Consultation, path: Path) -> None:
    """Carry on from a saved consultation: its county and answers, the answered questions as history."""
    c.county, answers, in_place = load_resume(c.kb, path, c.lang)
    c.raw = repeat.flatten(c.kb, answers)
    c.history = [q for q in c.kb.questions if q in c.raw] + [q for q in c.raw if q not in c.kb.questions]
    c.in_place, c.in_place_done = dict(in_place or {}), in_place is not None


def run(c: Consultation, term: Terminal, save_path: Path) -> int:
    """The whole consultation; returns the exit status (0 also at end of input or `quit`; 3 when the
    answers could not be saved, after showing them; 130 when interrupted, after saving them)."""
    lang = c.lang
    saver = Saver(save_path, term, lang)
    term.say(t("ask_intro", lang), "head")
    term.say(t("ask_saving", lang, path=save_path), "dim")
    resume_summary(c, term)
    first = c.next_question()
    if first is not None:
        p = c.progress(first)
        term.say(t("ask_estimate", lang, n=p.left, minutes=p.minutes_left), "dim")
    if not c.county:
        name = term.read(t("ask_county_name", lang) + ": ")
        if name is None:
            return 0
        ident = term.read(t("ask_county_id", lang) + ": ")
        c.county = {"id": (ident or "").strip() or name.strip() or "county", "name": name.strip()}
        saver.save(c.record())
    try:
        if not _questions(c, term, saver) or not in_place_section(c, term, saver):
            status = saver.final(c.record())
            if status == 0:
                term.say(t("ask_saved_quit", lang, path=save_path), "ok")
            return status
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM raised as one by the command line
        term.say()
        status = saver.final(c.record())
        if status == 0:
            term.say(t("ask_saved_quit", lang, path=save_path), "ok")
        return 130
    return finish(c, term, saver)


def _questions(c: Consultation, term: Terminal, saver: Saver) -> bool:
    """Ask until every question that matters is answered (True) or the user leaves (False); then offer
    the follow-ups deferred under gates answered unknown, once (they are asked, or skipped all)."""
    while True:
        if not _ask(c, term, saver):
            return False
        step = deferred_prompt(c, term, saver)
        if step != "again":
            return step == deferred.SKIP


def deferred_prompt(c: Consultation, term: Terminal, saver: Saver) -> str:
    """The one prompt for the deferred follow-ups: `skip` (none left, or skipped), `quit` (the user
    leaves), or `again` (ask on: they were opened, or an answer was withdrawn with back/review)."""
    lang = c.lang
    if not c.deferring() or not c.deferred():
        return deferred.SKIP
    term.say()
    term.say(f"== {t('ask_deferred_title', lang)} ==", "head")
    for line in deferred.lines(c):
        term.say(line, "dim")
    while True:
        reply = term.read("> ")
        command = None if reply is None else command_of(reply)
        if reply is None or command == "quit":
            return "quit"
        if command == "back":
            previous = c.back()
            if previous is None:
                term.say(t("ask_back_none", lang), "err")
                continue
            c.ask_next(previous)
            saver.save(c.record())
            term.say(t("ask_back_to", lang, q=previous.label.get(lang)), "dim")
            return "again"
        if command == "review":
            picked = review(c, term)
            if picked is not None:
                c.revise(picked)
                return "again"
            continue
        if command in ("help", "why", "why_more"):
            term.say("\n".join(deferred.lines(c)))
            continue
        step = deferred.choice(reply)
        if step == deferred.ASK:
            c.open_deferred()
            return "again"
        if step == deferred.SKIP:
            return step
        term.say(t("ask_deferred_bad", lang), "err")


def _ask(c: Consultation, term: Terminal, saver: Saver) -> bool:
    """Ask until no question is left to ask now (True) or the user leaves (False)."""
    lang = c.lang
    section = None
    while (q := c.next_question()) is not None:
        p = c.progress(q)  # once a question: it works out every question still reachable
        if repeat.section_of(c.kb, q.id) != section:
            section = repeat.section_of(c.kb, q.id)
            s = next(s for s in c.kb.sections if s.id == section)
            term.say()
            term.say(
                t("ask_section_head", lang, section=p.section_index, sections=p.sections, title=p.section_title), "head"
            )
            if s.description:
                term.say(s.description.get(lang), "dim")
            term.say(t("ask_section_left", lang, here=p.in_section, n=p.left, minutes=p.minutes_left), "dim")
        show_question(term, c, q, p)
        while True:
            kept = _kept(c, q)
            reply = term.reply(q, lang, kept if q.type in NUMERIC else None)
            command = None if reply is None else command_of(reply)
            if reply is None or command == "quit":
                return False
            if not reply.strip() and kept is not None:
                reply, command = kept, None  # Enter keeps the answer being revised
            if command == "note":
                noted = c.note(note_of(reply) or "")
                term.say(t("ask_noted", lang, q=noted.label.get(lang)) if noted else t("ask_note_none", lang), "dim")
                saver.save(c.record())
            elif command == "help":
                term.say(t("ask_help", lang, how=how_to_answer(q, lang)))
            elif command == "why":
                term.say(c.why(q))
            elif command == "why_more":
                term.say(c.why(q, full=True))
            elif command == "review":
                picked = review(c, term)
                if picked is not None:
                    c.revise(picked)
                    break
                show_question(term, c, q)
            elif command == "skip":
                c.skip(q)
                break
            elif command == "back" and c.at_first_deferred():  # the first deferred question: to the prompt
                c.close_deferred()
                term.say(t("ask_deferred_back", lang), "dim")
                break
            elif command == "back":
                previous = c.back()
                if previous is None:
                    term.say(t("ask_back_none", lang), "err")
                    continue
                saver.save(c.record())
                term.say(t("ask_back_to", lang, q=previous.label.get(lang)), "dim")
                break
            else:
                problem = c.answer(q, reply)
                if problem:
                    term.say(problem, "err")
                    continue
                c.revising = None
                saver.save(c.record())
                echo = c.recorded_as(q, reply)
                if echo:  # how an approximate figure was read; on a terminal, with how to correct it at once
                    term.say("  " + echo + (t("ask_recorded_fix", lang) if term.tty else ""), "dim")
                break
    return True


def in_place_section(c: Consultation, term: Terminal, saver: Saver) -> bool:
    """The mechanisms already in place: ticked from those answering what was found, then since when and
    how well for each. Enter skips it. False when the user leaves (quit, end of input)."""
    lang = c.lang
    offer = c.mechanisms_to_offer()
    if c.in_place_done or not offer:
        return True
    term.say()
    term.say(f"== {t('ask_in_place_title', lang)} ==", "head")
    term.say(t("ask_in_place_intro", lang), "dim")
    for i, mid in enumerate(offer, 1):
        term.say(f"  {i}. {c.kb.mechanisms[mid].title.get(lang)}")
    while True:
        reply = term.read("> ")
        command = None if reply is None else command_of(reply)
        if reply is None or command == "quit":
            return False
        if not reply.strip() or command == "skip" or reply.strip().lower() in UNKNOWN_REPLIES:
            return True
        ticked, problem = in_place.parse_ticks(reply, offer, lang)
        if ticked is not None:
            break
        term.say(problem or "", "err")
    entries: dict[str, dict[str, Any]] = {}
    for mid in ticked:
        term.say(t("ask_in_place_entry", lang, title=c.kb.mechanisms[mid].title.get(lang)), "ask")
        while True:
            reply = term.read("> ")
            if reply is None or command_of(reply) == "quit":
                return False
            entry, problem = in_place.parse_entry(reply, lang)
            if entry is not None:
                entries[mid] = entry
                break
            term.say(problem or "", "err")
    c.in_place, c.in_place_done = entries, True
    saver.save(c.record())
    for line in in_place.shown(c.kb, entries, lang):
        term.say("  " + t("ask_in_place_recorded", lang, what=line), "dim")
    return True


def finish(c: Consultation, term: Terminal, saver: Saver) -> int:
    lang = c.lang
    status = saver.final(c.record())
    report = c.report()
    term.say()
    term.say(t("ask_done", lang, n=len(c.raw)), "head")
    term.say(summary(c.kb, report, lang))
    more = term.read(t("ask_summary_more", lang) + ": ")
    if more is not None and more.strip().lower() in ("more", "详细", "是", "y", "yes", "d"):
        term.say(render(c.kb, report, lang))
        for d in report.diagnoses:
            for line in how_lines(c.kb, d, lang):
                term.say(line)
            term.say()
    target = term.read(t("ask_write_json", lang) + ": ")
    if target and target.strip():
        path = Path(target.strip())
        try:
            with atomic_writer(path) as f:
                f.write(dump_json(report, 2) + "\n")  # exactly what `diagnose evaluate` writes
            term.say(t("ask_written", lang, path=path), "ok")
        except OSError as e:
            term.say(str(cannot_write(path, e, lang)), "err")
            status = IO_ERROR
    if status == 0:
        term.say(t("ask_saved_final", lang, path=saver.path), "dim")
    return status


def main(c: Consultation, save_path: Path) -> int:
    return run(c, Terminal(sys.stdin, sys.stdout), save_path)
