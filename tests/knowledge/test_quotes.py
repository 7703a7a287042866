"""Every `quote` in rules/ is verbatim from the papers (shared tool), when the papers are beside the repo."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import RULES, SEEDS

CHECKER = SEEDS.parent / "tools" / "check_quotes.py"


@pytest.mark.skipif(not SEEDS.is_dir() or not CHECKER.is_file(), reason="../shared/seeds is not beside this checkout")
def test_every_quote_is_verbatim() -> None:
    r = subprocess.run([sys.executable, str(CHECKER), str(RULES)], capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stdout + r.stderr
