from __future__ import annotations

import io

from diagnose.io.progress import Progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal() -> None:
    pipe = io.StringIO()
    p = Progress(pipe, every_seconds=0)
    for i in range(5):
        p.step(i == 2)
    p.close()
    assert pipe.getvalue() == ""
    tty = FakeTerminal()
    p = Progress(tty, every_seconds=0)
    for i in range(5):
        p.step(i == 2)
    p.close()
    assert "5 counties · 1 invalid" in tty.getvalue() and tty.getvalue().endswith("\r\033[K")
