"""The arrow-key menu, driven through a real pseudo-terminal: a menu never records an answer the person
did not choose, and nothing typed on it spills into the next prompt."""

from __future__ import annotations

import io
import os
import sys

import pytest

from diagnose.consult import menu

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
LABELS = ["人口集聚型", "人口流出型", "边境/生态型", "其他"]


def _terminal() -> tuple[int, int]:
    """A pseudo-terminal already in cbreak mode, as the menu sets it: keys written before the menu reads
    them are then not held back as an unfinished line."""
    import tty

    master, slave = os.openpty()
    tty.setcbreak(slave)
    return master, slave


def choose(keys: str, multiple: bool = False) -> tuple[str, str]:
    """The menu's reply to `keys` typed on a real terminal, and what it drew."""
    master, slave = _terminal()
    try:
        os.write(master, keys.encode("utf-8"))
        out = io.StringIO()
        return menu.choose(LABELS, multiple, "hint", out, fd=slave), out.getvalue()
    finally:
        os.close(master)
        os.close(slave)


@pytest.mark.parametrize("typed", ["不知道", "unknown", "back", "返回", "why", "12", "xyz"])
def test_anything_typed_is_handed_over_whole_as_a_line(typed: str) -> None:
    reply, drawn = choose(typed + "\r")
    assert reply == typed  # 不知道 is not option 1; back is not the b of a hotkey
    assert f"> {typed}" in drawn  # shown as it is typed


def test_a_typed_line_can_be_corrected_and_cleared() -> None:
    assert choose("bakc\x7f\x7fck\r")[0] == "back"
    assert choose("xyz\x1b2\r")[0] == "2"  # Esc clears what was typed


def test_arrows_and_enter_pick_the_highlighted_choice() -> None:
    assert choose("\x1b[B\x1b[B\x1b[A\r")[0] == "2"


def test_enter_on_a_multiple_choice_menu_with_nothing_ticked_records_nothing() -> None:
    assert choose("\r", multiple=True)[0] == ""  # the consultation asks again
    assert choose("\x1b[B \x1b[B\x1b[B \r", multiple=True)[0] == "2,4"


def test_no_key_outlives_its_menu() -> None:
    """`back` typed on a menu: every key is read by the menu, none is left for the next prompt."""
    master, slave = os.openpty()
    try:
        os.write(master, b"back\r")
        assert menu.choose(LABELS, False, "hint", io.StringIO(), fd=slave) == "back"
        import select

        assert not select.select([slave], [], [], 0.1)[0]
    finally:
        os.close(master)
        os.close(slave)


def test_a_multiple_choice_known_in_part_from_the_menu() -> None:
    """Space ticks, `-` marks surely not, `?` says the unmarked options are unknown; Enter hands over the
    partial reply as line mode takes it."""
    reply, drawn = choose(" \x1b[B-\x1b[B?\r", multiple=True)
    assert reply == "1 -2 ?"
    assert "[x] 人口集聚型" in drawn and "[-] 人口流出型" in drawn and "[?] 边境/生态型" in drawn
    assert choose(" ??\r", multiple=True)[0] == "1"  # `?` again takes it back: a complete answer
    assert choose("?\r", multiple=True)[0] == "?"  # nothing marked: `?` starts a typed line (help)
