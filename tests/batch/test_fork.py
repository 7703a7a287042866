"""--jobs forks its workers from a process that runs no other thread: a fork copies the locks that other
threads hold, which can deadlock the child, and Python warns of it (a DeprecationWarning) from 3.12 on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import RULES

EXAMPLES = sorted((RULES.parent / "examples").glob("*.json"))
# Before each fork, the threads of the forking process are written to stderr; then the CLI runs.
CLI = (
    "import os, sys, threading\n"
    "os.register_at_fork(before=lambda: print('threads at fork:', [t.name for t in threading.enumerate()],"
    " file=sys.stderr, flush=True))\n"
    "from diagnose.cli import main\n"
    "main()\n"
)


@pytest.fixture(scope="module")
def counties(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fork") / "counties.jsonl"
    lines = [json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False) for p in EXAMPLES]
    path.write_text("\n".join(lines * 20) + "\n", encoding="utf-8")
    return path


def evaluate(warnings: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-W", warnings, "-c", CLI, "evaluate", *args, "--jobs", "2"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


# --output writes through a file whose write-back thread runs all along; stdout has none.
@pytest.mark.parametrize("output", [None, "reports.jsonl", "reports.txt"])
def test_workers_fork_from_one_thread_without_warnings(counties: Path, tmp_path: Path, output: str | None) -> None:
    args = [str(counties)] + (["--output", str(tmp_path / output)] if output else [])
    if output and output.endswith(".txt"):
        args += ["--format", "text"]
    # Python swallows the fork warning when it is an error (measured on 3.13), so it is shown and looked for,
    # and any other DeprecationWarning fails the run.
    for warnings in ("error::DeprecationWarning", "always::DeprecationWarning"):
        r = evaluate(warnings, *args)
        assert r.returncode == 0, r.stderr
        forks = [line for line in r.stderr.splitlines() if line.startswith("threads at fork:")]
        assert len(forks) == 2  # one per worker
        assert all(line == "threads at fork: ['MainThread']" for line in forks), forks
        assert "DeprecationWarning" not in r.stderr, r.stderr


def test_jobs_output_is_the_same_as_one_process(counties: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    for path, jobs in ((one, "1"), (two, "2")):
        r = subprocess.run(
            [sys.executable, "-c", CLI, "evaluate", str(counties), "--jobs", jobs, "--output", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert r.returncode == 0, r.stderr
    assert one.read_bytes() == two.read_bytes()
