"""Atomic file writes: a reader (or a crash) sees the previous complete file or the new one, never half."""

from __future__ import annotations

import os
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
    """Write to a temporary file beside `path`, fsync it, then rename it over `path`."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as f:
            with _written_back_meanwhile(fd):
                yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


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
