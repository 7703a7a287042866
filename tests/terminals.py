"""`diagnose ask` in a real pseudo-terminal (pexpect), for the tests that drive a consultation as a person would."""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

import pytest
from conftest import RULES


def spawn_ask(*args: str, term: str = "dumb", rows: int = 40, timeout: int = 30) -> Any:
    """`diagnose ask ARGS` on a pty of `rows` lines (TERM=dumb: typed choices; xterm: arrow-key menus)."""
    pexpect = pytest.importorskip("pexpect")
    env = {**os.environ, "NO_COLOR": "1", "TERM": term, "PYTHONPATH": str(RULES.parent)}
    return pexpect.spawn(
        sys.executable,
        ["-m", "diagnose.cli", "ask", *args],
        env=env,
        encoding="utf-8",
        timeout=timeout,
        dimensions=(rows, 200),
        preexec_fn=_default_sigint,
    )


def _default_sigint() -> None:
    """Ctrl-C as a user's terminal gives it: a test run earlier in this process may have left SIGINT
    ignored, and a child inherits an ignored signal (Python then never raises KeyboardInterrupt)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
