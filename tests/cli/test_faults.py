"""Fault injection (issue 18, Deliver 5): a batch and a consultation killed (SIGTERM, kill -9) at random
points. Invariant: the output is the old file or the complete new one, never a part; SIGTERM leaves no
temporary file (kill -9 may, and the next write removes it); a saved consultation always loads.
A full disk is tested where it is raised: tests/cli/test_exit_status.py and tests/consult/test_saving.py.

The kill points are drawn from a seeded generator (FAULT_SEED, printed on failure) over the run's own
measured duration, so that they fall before, during and after the output is written."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import RULES, diagnose_command, diagnose_env

from diagnose.cli import main

SEED = int(os.environ.get("FAULT_SEED", "18"))
POINTS = 3  # kill points per signal
RECORD = json.loads((RULES.parent / "examples" / "multi_diagnosis.json").read_text(encoding="utf-8"))


def _kill_at(args: list[str], cwd: Path, delay: float, sig: int, stdin: bytes | None = None) -> int:
    proc = subprocess.Popen(
        diagnose_command(*args),
        env=diagnose_env(),
        cwd=cwd,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    if stdin is not None:
        assert proc.stdin is not None
        try:
            proc.stdin.write(stdin)
            proc.stdin.close()
        except BrokenPipeError:
            pass
    time.sleep(delay)
    if proc.poll() is None:
        proc.send_signal(sig)
    proc.wait(120)
    assert proc.stderr is not None
    assert b"Traceback" not in proc.stderr.read()
    return proc.returncode


def _timed(args: list[str], cwd: Path, stdin: bytes | None = None) -> float:
    start = time.monotonic()
    subprocess.run(diagnose_command(*args), env=diagnose_env(), cwd=cwd, input=stdin, capture_output=True, check=False)
    return time.monotonic() - start


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "kill-9"])
def test_a_batch_killed_anywhere_leaves_the_old_output_or_the_whole_new_one(tmp_path: Path, sig: int) -> None:
    line = json.dumps(RECORD, ensure_ascii=False)
    (tmp_path / "in.jsonl").write_text("".join(line + "\n" for _ in range(1500)), encoding="utf-8")
    args = ["evaluate", "in.jsonl", "-o", "out.jsonl"]
    duration = _timed(args, tmp_path)
    whole = (tmp_path / "out.jsonl").read_bytes()
    assert len(whole.splitlines()) == 1500
    rng = random.Random(SEED + sig)
    for delay in sorted(rng.uniform(0, duration) for _ in range(POINTS)):
        (tmp_path / "out.jsonl").write_bytes(b"OLD\n")
        status = _kill_at(args, tmp_path, delay, sig)
        now = (tmp_path / "out.jsonl").read_bytes()
        assert now in (b"OLD\n", whole), f"seed {SEED}, killed at {delay:.2f}s of {duration:.2f}s: a partial output"
        assert status in (0, 130, -sig), status  # -sig: killed before the command began (nothing written yet)
        if sig == signal.SIGTERM:
            assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"], f"at {delay:.2f}s"
    # whatever kill -9 left, the next run removes it
    subprocess.run(diagnose_command(*args), env=diagnose_env(), cwd=tmp_path, capture_output=True, check=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def _script(kb_lang: str = "en") -> bytes:
    """Every question answered (unknown where the example has no answer), then the report declined."""
    from replies import reply_to

    from diagnose.consult.machine import Consultation
    from diagnose.knowledge.load import load

    c = Consultation(load(RULES), kb_lang, county={"id": "x"}, ask_all=True)
    lines = ["Qingyuan", "qy"]
    while (q := c.next_question()) is not None:
        lines.append(reply_to(c.kb, q.id, RECORD["answers"], kb_lang))
        c.answer(q, lines[-1])
    return ("\n".join([*lines, ""]) + "\n").encode()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "kill-9"])
def test_a_consultation_killed_anywhere_leaves_a_file_that_loads(tmp_path: Path, sig: int) -> None:
    script = _script()
    args = ["ask", "--all", "--lang", "en", "--save", "a.json", "--force"]
    duration = _timed(args, tmp_path, script)
    full = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    rng = random.Random(SEED * 7 + sig)
    for delay in sorted(rng.uniform(0, duration) for _ in range(POINTS)):
        (tmp_path / "a.json").unlink(missing_ok=True)
        status = _kill_at(args, tmp_path, delay, sig, stdin=script)
        assert status in (0, 130, -sig), status  # -sig: killed before the command began (nothing written yet)
        if not (tmp_path / "a.json").exists():
            continue  # killed before the county's name was saved
        saved = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
        assert saved["county"] == full["county"] and saved["answers"].items() <= full["answers"].items()
        r = CliRunner().invoke(main, ["ask", "--resume", str(tmp_path / "a.json"), "--lang", "en"], input="quit\n")
        assert r.exit_code == 0, f"seed {SEED}, killed at {delay:.2f}s: the saved consultation does not load"
        if sig == signal.SIGTERM:
            assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]
