"""A command that needs the rules engine when it cannot load: one line naming the fix, exit 5, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import RULES
from engine.test_unavailable import broken_engine

from diagnose.engine.unavailable import CPPFLAGS, EXIT_STATUS

MULTI = str(RULES.parent / "examples" / "multi_diagnosis.json")
CLI = "from diagnose.cli import main; main()"


@pytest.mark.parametrize(("lang", "words"), [("zh", "无法加载规则引擎"), ("en", "cannot be loaded")])
def test_evaluate_says_how_to_rebuild_the_engine(tmp_path: Path, lang: str, words: str) -> None:
    r = subprocess.run(
        [sys.executable, "-c", CLI, "evaluate", MULTI, "--lang", lang],
        env=broken_engine(tmp_path),
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == EXIT_STATUS
    assert r.stdout == ""
    assert "Traceback" not in r.stderr
    [line] = r.stderr.splitlines()
    assert words in line
    assert f'CPPFLAGS="{CPPFLAGS}"' in line


def test_language_from_the_locale_without_lang(tmp_path: Path) -> None:
    env = {**broken_engine(tmp_path), "LC_ALL": "en_US.UTF-8"}
    r = subprocess.run([sys.executable, "-c", CLI, "evaluate", MULTI], env=env, capture_output=True, text=True)
    assert r.returncode == EXIT_STATUS
    assert "cannot be loaded" in r.stderr


def test_commands_without_the_engine_still_work(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-c", CLI, "kb", "check"], env=broken_engine(tmp_path), capture_output=True, text=True
    )
    assert "Traceback" not in r.stderr
    assert r.returncode == 0, r.stderr
