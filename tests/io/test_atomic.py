from __future__ import annotations

from pathlib import Path

import pytest

from diagnose.io.atomic import atomic_writer


def test_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    with atomic_writer(target) as f:
        f.write("new")
        assert target.read_text(encoding="utf-8") == "old"  # unchanged until the write completes
    assert target.read_text(encoding="utf-8") == "new"


def test_failure_leaves_previous_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as f:
            f.write("half")
            raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def _killed_mid_write(tmp_path: Path, args: list[str], target: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    target.write_text("OLD COMPLETE FILE", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen(
        [sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path
    )
    deadline = time.time() + 60
    while time.time() < deadline:  # wait until the new content is being written
        if any(p.name.startswith(f".{target.name}.") and p.stat().st_size > 0 for p in tmp_path.iterdir()):
            break
        time.sleep(0.02)
    else:
        proc.kill()
        raise AssertionError("the writer never started")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert target.read_text(encoding="utf-8") == "OLD COMPLETE FILE"  # the previous complete file, never a partial one


def test_kill_9_mid_write_leaves_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    code = (
        "import time\n"
        "from diagnose.io.atomic import atomic_writer\n"
        f"with atomic_writer({str(target)!r}) as f:\n"
        "    for i in range(10_000):\n"
        "        f.write('partial line %d\\n' % i); f.flush(); time.sleep(0.001)\n"
    )
    _killed_mid_write(tmp_path, ["-c", code], target)


def test_kill_9_during_evaluate_output(tmp_path: Path) -> None:
    import json

    record = json.loads(
        (Path(__file__).resolve().parents[2] / "examples" / "multi_diagnosis.json").read_text(encoding="utf-8")
    )
    (tmp_path / "in.jsonl").write_text(
        "\n".join(json.dumps(record, ensure_ascii=False) for _ in range(3000)) + "\n", encoding="utf-8"
    )
    target = tmp_path / "reports.jsonl"
    _killed_mid_write(tmp_path, ["-m", "diagnose.cli", "evaluate", "in.jsonl", "--output", str(target)], target)


def test_written_files_get_the_usual_permissions(tmp_path: Path) -> None:
    import os
    import stat

    umask = os.umask(0o022)
    try:
        with atomic_writer(tmp_path / "r.json") as f:
            f.write("x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "r.json").stat().st_mode) == 0o666 & ~umask


def test_a_long_write_goes_to_disk_meanwhile_and_stops_before_the_file_closes(monkeypatch, tmp_path: Path) -> None:
    """Write-back runs while the file is written (so the final fsync waits for little), and is over
    before the descriptor is closed."""
    import threading
    import time

    from diagnose.io import atomic

    synced: list[int] = []
    monkeypatch.setattr(atomic, "WRITE_BACK_EVERY", 0.01)
    monkeypatch.setattr(atomic, "_datasync", lambda fd: synced.append(fd))
    with atomic_writer(tmp_path / "big.jsonl", "wb") as f:
        for _ in range(20):
            f.write(b"x" * 1000)
            time.sleep(0.01)
        fd = f.fileno()
    assert synced and set(synced) == {fd}
    assert not any(t.name == "write-back" for t in threading.enumerate())
    assert (tmp_path / "big.jsonl").read_bytes() == b"x" * 20_000


def test_write_back_pauses_for_a_fork_and_resumes(monkeypatch, tmp_path: Path) -> None:
    import threading
    import time

    from diagnose.io import atomic

    synced: list[int] = []
    monkeypatch.setattr(atomic, "WRITE_BACK_EVERY", 0.01)
    monkeypatch.setattr(atomic, "_datasync", lambda fd: synced.append(fd))

    def flushers() -> int:
        return sum(t.name == "write-back" for t in threading.enumerate())

    with atomic_writer(tmp_path / "out.jsonl", "wb") as f:
        assert flushers() == 1
        with atomic.write_back_paused():
            assert flushers() == 0  # the process may fork here
            before = len(synced)
            time.sleep(0.05)
            assert len(synced) == before
        assert flushers() == 1
        time.sleep(0.05)
        assert len(synced) > before  # written back again
        f.write(b"x")
    assert flushers() == 0


# --- issue 18: special files, symlinks, mode and owner, temporary files (repros 5, 11, 12) ---


def test_a_device_is_written_through_never_replaced(tmp_path: Path) -> None:
    """Repro 5: `-o /dev/null` used to replace the device node (as root) with a regular file."""
    import os
    import stat

    device = _a_null_device(tmp_path)
    before = os.stat(device)
    with atomic_writer(device, "wb") as f:
        f.write(b"discarded")
    after = os.stat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev and after.st_ino == before.st_ino


def _a_null_device(tmp_path: Path) -> str:
    """A character device that discards what is written: made in tmp_path as root, so that a bug could
    never replace the machine's /dev/null; else /dev/zero (which a user cannot replace)."""
    import os
    import stat

    if os.getuid() == 0:
        node = tmp_path / "null"
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        return str(node)
    return "/dev/zero"


def test_a_fifo_is_written_through(tmp_path: Path) -> None:
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    with atomic_writer(fifo, "wb") as f:
        f.write(b"through the pipe")
    reader.join(10)
    assert got == [b"through the pipe"] and stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_through_a_symlink_the_target_is_written_and_the_link_stays(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "out.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    with atomic_writer(link) as f:
        f.write("new")
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["out.json"]


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "made.json")
    with atomic_writer(link) as f:
        f.write("new")
    assert link.is_symlink() and (tmp_path / "made.json").read_text(encoding="utf-8") == "new"


def test_mode_is_kept_when_a_file_is_rewritten(tmp_path: Path) -> None:
    """Repro 12: a 0600 output file used to become 0644 when rewritten."""
    import os
    import stat

    target = tmp_path / "private.json"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o600)
    with atomic_writer(target) as f:
        f.write("new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_owner_is_kept_when_root_rewrites_a_file(tmp_path: Path) -> None:
    import os

    if os.getuid() != 0:
        pytest.skip("only root can give a file to another user")
    target = tmp_path / "theirs.json"
    target.write_text("old", encoding="utf-8")
    os.chown(target, 4321, 4322)
    with atomic_writer(target) as f:
        f.write("new")
    st = target.stat()
    assert (st.st_uid, st.st_gid) == (4321, 4322) and target.read_text(encoding="utf-8") == "new"


def test_temporary_files_of_killed_writers_are_removed_by_the_next_write(tmp_path: Path) -> None:
    """Repro 11 (kill -9 cannot be caught): the next write to the same path removes what it left."""
    import subprocess

    target = tmp_path / "out.json"
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f".out.json.{dead.pid}.abc123.tmp"
    stale.write_text("half", encoding="utf-8")
    other = tmp_path / ".other.json.1.x.tmp"  # another file's: left alone
    other.write_text("x", encoding="utf-8")
    with atomic_writer(target) as f:
        f.write("new")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.json.1.x.tmp", "out.json"]


def test_a_live_writers_temporary_file_is_left_alone(tmp_path: Path) -> None:
    import os

    live = tmp_path / f".out.json.{os.getppid()}.abc.tmp"
    live.write_text("being written", encoding="utf-8")
    with atomic_writer(tmp_path / "out.json") as f:
        f.write("new")
    assert live.exists()
