"""Atomic file writes: a reader (or a crash) sees the previous complete file or the new one, never half."""

from __future__ import annotations

import os
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

# mkstemp creates files readable by their owner only; outputs get the usual mode (0666 less the umask)
_UMASK = os.umask(0)
os.umask(_UMASK)


@contextmanager
def atomic_writer(path: str | Path, mode: str = "w") -> Iterator[IO]:
    """Write to a temporary file beside `path`, fsync it, then rename it over `path`, keeping the
    file's mode and owner. Through a symlink the file it points to is written and the link stays a
    link; a device, FIFO or socket (/dev/null, a named pipe) or stdout (/dev/stdout, even when it is
    a file) is written through, never replaced. On an error or an interrupt (SIGTERM is raised as
    one) the temporary file is removed; one left by a killed process (kill -9) is removed by the
    next write to the same path."""
    encoding = None if "b" in mode else "utf-8"
    try:
        old = os.stat(path)  # follows symlinks
    except FileNotFoundError:
        old = None
    if old is not None and (not stat.S_ISREG(old.st_mode) or _names_a_descriptor(path)):
        with open(path, mode, encoding=encoding) as special:
            yield special
        return
    target = Path(os.path.realpath(path))
    _remove_stale(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, mode, encoding=encoding) as f:
            with _written_back_meanwhile(fd):
                yield f
            f.flush()
            os.fsync(f.fileno())
        _take_over(tmp, old)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _names_a_descriptor(path: str | Path) -> bool:
    """/dev/stdout, /dev/fd/1, /proc/self/fd/1: another process's open file (a shell's `> file`), which
    must be written through, not replaced by a new file it would never see."""
    return os.path.abspath(path).startswith(("/dev/", "/proc/"))


def _take_over(tmp: str, old: os.stat_result | None) -> None:
    """The new file gets the old one's mode and owner (a 0600 file stays 0600), or the usual mode."""
    if old is None:
        os.chmod(tmp, 0o666 & ~_UMASK)
        return
    os.chmod(tmp, stat.S_IMODE(old.st_mode))
    if (old.st_uid, old.st_gid) != (os.getuid(), os.getgid()):
        try:
            os.chown(tmp, old.st_uid, old.st_gid)
        except PermissionError:  # only root may give a file away; the mode is kept all the same
            pass


def _remove_stale(target: Path) -> None:
    """Remove temporary files of `target` left by writers that no longer run (killed with -9)."""
    prefix = f".{target.name}."
    try:
        names = [n for n in os.listdir(target.parent) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        pid = name[len(prefix) :].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            try:
                os.unlink(target.parent / name)
            except OSError:
                pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


# While a large output is written, what is already written goes to disk every WRITE_BACK_EVERY
# seconds, so that the fsync at the end has only the last moments to wait for: 450 MB of reports
# took 0.2-0.3 s to fsync at once, at the end of the run, with both cores idle (measured). The
# waiting costs no CPU (15 ms in 0.2 s), so doing it meanwhile is nearly free.
WRITE_BACK_EVERY = 0.25


class _WriteBack:
    """The thread that writes a file's pages back while it is written; it can be stopped and started again."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.start()

    def start(self) -> None:
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(self._done,), name="write-back", daemon=True)
        self._thread.start()

    def _run(self, done: threading.Event) -> None:
        while not done.wait(WRITE_BACK_EVERY):
            try:
                _datasync(self.fd)
            except OSError:  # the final fsync reports what is wrong
                return

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


_running: list[_WriteBack] = []  # the write-back threads of the files being written


@contextmanager
def _written_back_meanwhile(fd: int) -> Iterator[None]:
    flusher = _WriteBack(fd)
    _running.append(flusher)
    try:
        yield
    finally:
        _running.remove(flusher)
        flusher.stop()  # before the file is closed: its descriptor may not be reused under it


@contextmanager
def write_back_paused() -> Iterator[None]:
    """No write-back thread runs inside: the process may fork there. A fork copies the locks other threads
    hold, which can deadlock the child, and Python warns of it from 3.12 on. They start again after."""
    paused = list(_running)
    for flusher in paused:
        flusher.stop()
    try:
        yield
    finally:
        for flusher in paused:
            if flusher in _running:
                flusher.start()


_datasync = getattr(os, "fdatasync", os.fsync)  # macOS has no fdatasync
