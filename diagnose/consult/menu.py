"""An arrow-key choice menu for real terminals: ↑/↓ move, space ticks (multiple choice), Enter picks.

On a multiple choice, `-` marks the highlighted option as surely absent and `?` (once something is
marked) says the options left unmarked are not known: Enter then hands over the partial reply `1 3 -2 ?`
as typed line mode takes it (consult/machine.py).

Anything typed (a choice number, 不知道, a command such as back or 返回) is collected as a line, shown
under the menu, and handed over on Enter as the reply a typed answer would be, so consult sees no
difference: no single key ever stands for an answer or a command, and no key press spills into the
next prompt. Used only when stdin and stdout are a TTY; otherwise choices are typed line by line.
"""

from __future__ import annotations

import codecs
import os
import sys
from typing import IO

KEYS = {
    "\x1b[A": "up",
    "\x1bOA": "up",
    "\x1b[B": "down",
    "\x1bOB": "down",
    "\r": "enter",
    "\n": "enter",
    " ": "space",
    "\x7f": "erase",
    "\x08": "erase",
    "\x1b": "escape",
}


_pending: list[bytes] = []  # a byte read after a lone Esc, to be read again as the next key


def _byte(fd: int) -> bytes:
    return _pending.pop() if _pending else os.read(fd, 1)


def read_key(fd: int, decoder: codecs.IncrementalDecoder | None = None) -> str:
    """One key press: an escape sequence (arrows) whole, a multi-byte character (不) whole."""
    decoder = decoder or codecs.getincrementaldecoder("utf-8")("replace")
    ch = ""
    while not ch:  # a CJK character arrives as three bytes
        byte = _byte(fd)
        if not byte:
            raise EOFError
        ch = decoder.decode(byte)
    if ch == "\x1b":
        import select

        if _pending or select.select([fd], [], [], 0.05)[0]:  # an arrow's sequence follows at once
            nxt = _byte(fd)
            if nxt in (b"[", b"O"):
                return ch + nxt.decode() + _byte(fd).decode("utf-8", "replace")
            _pending.append(nxt)  # a lone Esc, then an ordinary key
        return ch
    if ch == "\x03":
        raise KeyboardInterrupt
    if ch == "\x04":
        raise EOFError
    return ch


def choose(labels: list[str], multiple: bool, hint: str, out: IO[str] | None = None, fd: int | None = None) -> str:
    """Show the menu and return the reply; the caller handles commands and validation.

    Enter picks the highlighted choice (single choice) or the ticked ones (multiple choice); with nothing
    ticked it returns "" and the question is asked again. A typed line is returned as it is."""
    import termios
    import tty

    out = out or sys.stdout
    fd = sys.stdin.fileno() if fd is None else fd
    cursor, ticked, typed = 0, set[int](), ""
    absent: set[int] = set()  # marked with `-`: surely not (multiple choice)
    rest_unknown = False  # `?`: the options left unmarked are not known
    old = termios.tcgetattr(fd)

    def draw(first: bool) -> None:
        if not first:
            out.write(f"\x1b[{len(labels) + 1}A")
        for i, label in enumerate(labels):
            blank = "[?] " if rest_unknown else "[ ] "
            mark = ("[x] " if i in ticked else "[-] " if i in absent else blank) if multiple else ""
            pointer = "›" if i == cursor and not typed else " "
            out.write(f"\r\x1b[K {pointer} {i + 1}. {mark}{label}\n")
        out.write(f"\r\x1b[K   > {typed}" if typed else f"\r\x1b[K   {hint}")
        out.write("\n")
        out.flush()

    try:
        tty.setcbreak(fd, termios.TCSANOW)  # keys typed ahead are kept, not flushed
        draw(True)
        while True:
            key = read_key(fd)
            action = KEYS.get(key)
            if action == "enter":
                if typed:
                    return typed.strip()
                if multiple and rest_unknown:
                    return " ".join(
                        [str(i + 1) for i in sorted(ticked)] + [f"-{i + 1}" for i in sorted(absent)] + ["?"]
                    )
                if multiple:  # a complete answer: the options not ticked are absent anyway
                    return ",".join(str(i + 1) for i in sorted(ticked))  # "" when nothing is ticked
                return str(cursor + 1)
            if typed:  # a line is being typed: keys edit it
                if action == "erase":
                    typed = typed[:-1]
                elif action == "escape":
                    typed = ""
                elif key.isprintable():
                    typed += key
            elif action == "up":
                cursor = (cursor - 1) % len(labels)
            elif action == "down":
                cursor = (cursor + 1) % len(labels)
            elif action == "space" and multiple:
                ticked ^= {cursor}
                absent.discard(cursor)
            elif key in ("-", "－") and multiple:
                absent ^= {cursor}
                ticked.discard(cursor)
            elif key in ("?", "？") and multiple and (ticked or absent or rest_unknown):
                rest_unknown = not rest_unknown
            elif key.isprintable() and action != "space":
                typed = key
            draw(False)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, old)
