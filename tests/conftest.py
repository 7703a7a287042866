"""Shared fixtures: the bundled knowledge base, loaded once per test session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

from diagnose.knowledge import load as kb_module

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
SEEDS = ROOT.parent / "shared" / "seeds"

# No property test has a time limit: a loaded machine (CI, or two suites side by side) once took 206 ms over
# hypothesis's default 200 ms deadline. Speed is the benchmark's business (`make bench`), never a test's.
settings.register_profile("no_deadline", deadline=None)
settings.load_profile("no_deadline")

# The suite (and the commands it runs) keeps its parsed-YAML cache out of the user's home.
os.environ.setdefault("DIAGNOSE_CACHE_DIR", tempfile.mkdtemp(prefix="diagnose-test-cache-"))


@pytest.fixture(scope="session")
def kb() -> kb_module.KnowledgeBase:
    return kb_module.load(RULES)


def diagnose_command(*args: str) -> list[str]:
    """The command line run as a separate process (for signals, pipes and real file descriptors)."""
    import sys

    return [sys.executable, "-m", "diagnose.cli", *args]


def diagnose_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1", **extra}


@pytest.fixture
def tiny_fs(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A 64 KiB tmpfs mounted at tmp_path/"full" (root only; skipped elsewhere): a disk that fills up."""
    import subprocess

    mnt = tmp_path / "full"
    mnt.mkdir()
    if os.getuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)]).returncode:
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)
