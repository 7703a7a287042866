"""An arrow-key choice menu for real terminals: ↑/↓ move, space ticks (multiple choice), Enter picks.

Returns the same reply text a typed answer would be ("2", "1,3", "unknown", or a command word), so
consult.py sees no difference. Used only when stdin and stdout are a TTY; otherwise choices are typed.
"""

from __future__ import annotations

import os
import sys
from typing import IO

KEYS = {
    "\x1b[A": "up",
    "\x1bOA": "up",
    "k": "up",
    "\x1b[B": "down",
    "\x1bOB": "down",
    "j": "down",
    "\r": "enter",
    "\n": "enter",
    " ": "space",
}
SHORTCUTS = {"u": "unknown", "?": "?", "w": "why", "b": "back", "s": "skip", "q": "quit", "t": "type"}


def read_key(fd: int) -> str:
    """One key press; escape sequences (arrows) are read whole."""
    ch = os.read(fd, 1).decode("utf-8", "replace")
    if ch == "\x1b":
        seq = ch + os.read(fd, 2).decode("utf-8", "replace")
        return seq
    if ch == "\x03":
        raise KeyboardInterrupt
    if ch == "\x04":
        raise EOFError
    return ch


def choose(labels: list[str], multiple: bool, hint: str, out: IO[str] | None = None, fd: int | None = None) -> str:
    """Show the menu and return the reply; the caller handles commands and validation."""
    import termios
    import tty

    out = out or sys.stdout
    fd = sys.stdin.fileno() if fd is None else fd
    cursor, ticked = 0, set[int]()
    old = termios.tcgetattr(fd)

    def draw(first: bool) -> None:
        if not first:
            out.write(f"\x1b[{len(labels) + 1}A")
        for i, label in enumerate(labels):
            mark = ("[x] " if i in ticked else "[ ] ") if multiple else ""
            pointer = "›" if i == cursor else " "
            out.write(f"\r\x1b[K {pointer} {i + 1}. {mark}{label}\n")
        out.write(f"\r\x1b[K   {hint}\n")
        out.flush()

    try:
        tty.setcbreak(fd)
        draw(True)
        while True:
            key = read_key(fd)
            action = KEYS.get(key)
            if action == "up":
                cursor = (cursor - 1) % len(labels)
            elif action == "down":
                cursor = (cursor + 1) % len(labels)
            elif action == "space" and multiple:
                ticked ^= {cursor}
            elif action == "enter":
                picked = sorted(ticked) if multiple and ticked else [cursor]
                return ",".join(str(i + 1) for i in picked)
            elif key.isdigit() and 1 <= int(key) <= len(labels):
                if not multiple:
                    return key
                ticked ^= {int(key) - 1}
                cursor = int(key) - 1
            elif key.lower() in SHORTCUTS:
                return SHORTCUTS[key.lower()]
            draw(False)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, old)
