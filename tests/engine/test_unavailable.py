"""An engine whose C extension fails to load (durable-rules built on Python 3.13 without the C-API fix)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from diagnose.engine.unavailable import CPPFLAGS, DURABLE_RULES, EngineUnavailable, fix_command

# What the loader says of a durable-rules built on 3.13 without the define (measured there).
BROKEN = (
    "/venv/lib/python3.13/site-packages/durable_rules_engine.cpython-313-x86_64-linux-gnu.so: "
    "undefined symbol: PyEval_CallObject"
)


def broken_engine(folder: Path) -> dict[str, str]:
    """An environment in which `import durable_rules_engine` fails as it does on an unfixed 3.13."""
    (folder / "durable_rules_engine.py").write_text(f"raise ImportError({BROKEN!r})\n", encoding="utf-8")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(folder), *sys.path])}


def test_the_fix_names_the_define_the_pin_and_this_interpreter() -> None:
    command = fix_command("/opt/py 3.13/bin/python")
    assert command.startswith(f'CPPFLAGS="{CPPFLAGS}" ')
    assert "'/opt/py 3.13/bin/python' -m pip install" in command  # quoted for the shell
    assert "--no-cache-dir" in command  # a cached wheel built without the define would come back otherwise
    assert command.endswith(DURABLE_RULES)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_message_is_one_line_with_the_loader_s_words_and_the_fix(lang: str) -> None:
    e = EngineUnavailable(ImportError(BROKEN))
    text = e.message(lang)
    assert "\n" not in text
    assert "undefined symbol: PyEval_CallObject" in text
    assert "site-packages" not in text  # the .so's path is left out
    assert fix_command() in text
    assert ("无法加载规则引擎" in text) == (lang == "zh")


def test_importing_the_host_raises_engine_unavailable(tmp_path: Path) -> None:
    code = (
        "from diagnose.engine.unavailable import EngineUnavailable\n"
        "try:\n    import diagnose.engine.host\n"
        "except EngineUnavailable as e:\n    print(e.detail)\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], env=broken_engine(tmp_path), capture_output=True, text=True, check=False
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "undefined symbol: PyEval_CallObject"
