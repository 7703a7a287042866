"""Many records, in order, in one process or several (--jobs): evaluated in chunks, rendered, written.

Every record gives exactly one output record in its place: a report, or an error record naming the
record, the field and what was expected. A bad record never stops the batch.
"""

from __future__ import annotations

import os
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import IO, Any, TypeVar

from diagnose.batch.evaluate import Builder, iter_evaluated, unwritable
from diagnose.engine.compiled import BATCH, compiled
from diagnose.io.atomic import write_back_paused
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.build import build
from diagnose.report.model import ErrorRecord, Report

# Records evaluated together: the engine's batch (each rule fires once for all of them), and the task
# handed to a worker process with --jobs (large enough to amortise the hand-over).
CHUNK = BATCH
WINDOW = 4  # chunks in flight per worker
# With --jobs, chunks per worker evaluated but not yet written: two let a worker go on to its next chunk
# while the last one waits for its turn. Those chunks are half the size (~3 MB of reports each), so a
# worker holds no more reports than when it waited (measured: peak RSS per worker 89 MB with 64).
UNWRITTEN = 2
WRITE_CHUNK = CHUNK // 2
Renderer = Callable[[KnowledgeBase, "Report | ErrorRecord", str], "str | bytes"]  # bytes: UTF-8
_worker: tuple[KnowledgeBase, str, Renderer, bool, Builder] | None = None
# A record's rendering is handed back UTF-8 encoded: encoding in the worker that rendered it spares the
# process that writes the output from decoding and re-encoding every report (reports are tens of KB).
Rendered = tuple[bytes, bool, "Report | ErrorRecord | None"]


def _work(chunk: list[Item]) -> list[Rendered]:
    assert _worker is not None
    kb, lang, render, keep, builder = _worker
    out: list[Rendered] = []
    for item, result in zip(chunk, iter_evaluated(kb, chunk, lang, builder), strict=True):
        try:
            body = render(kb, result, lang)
        except (ValueError, RecursionError) as e:  # a report that cannot be written must not cost the batch
            result = unwritable(item.n, e, lang)
            body = render(kb, result, lang)
        if isinstance(body, str):
            body = body.encode("utf-8")
        out.append((body, isinstance(result, ErrorRecord), result if keep else None))
    return out


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def render_many(
    kb: KnowledgeBase,
    items: Iterable[Item],
    lang: str,
    render: Renderer,
    jobs: int = 1,
    keep: bool = False,
    chunk: int = CHUNK,
    builder: Builder = build,
) -> Iterator[Rendered]:
    """Each record rendered by `render`, whether it failed, and (with `keep`) its result, in input
    order, evaluated `chunk` records at a time (1: each as soon as it is read, for a live stream).
    With jobs > 1, forked worker processes evaluate and render chunks of CHUNK (the ruleset is
    compiled before the fork, so each inherits it); the output is byte for byte the same."""
    global _worker
    _worker = (kb, lang, render, keep, builder)
    if jobs <= 1:
        for records in _chunks(items, chunk):
            yield from _work(records)
        return
    for rendered in _pooled(kb, jobs, _work, _chunks(items, CHUNK)):
        yield from rendered


# How a record's rendering is placed in the output: first record of the output? → (what goes before it,
# what goes after it). Written around the rendering, not joined to it: that would copy every report.
Framer = Callable[[bool], tuple[bytes, bytes]]


ABANDONED = -1  # in _Turns' errno: a worker failed


class _Turns:
    """Whose turn it is to write, shared by the forked processes: the chunk to be written next, and
    the errno of a write that failed (then nobody writes any more)."""

    def __init__(self, context: Any) -> None:
        self._next = context.Value("q", 0, lock=False)
        self._errno = context.Value("i", 0, lock=False)
        self._turn = context.Condition()

    def write(self, seq: int, fd: int, pieces: list[bytes]) -> None:
        """Write chunk `seq` once every chunk before it is written."""
        with self._turn:
            self._turn.wait_for(lambda: self._next.value == seq or self._errno.value)
        if self._errno.value:
            return
        # Written without holding the lock: it is this chunk's turn until `next` moves on, and a slow
        # write must not keep the reading process from handing out work (measured: the workers idled).
        errno = 0
        try:
            _write_all(fd, pieces)
        except OSError as e:  # e.g. the reader of a pipe went away
            errno = e.errno or -1
        with self._turn:
            if errno:
                self._errno.value = errno
            else:
                self._next.value = seq + 1
            self._turn.notify_all()

    def abandon(self) -> None:
        """A worker failed: writing stops, and whoever waits is woken (the pool reports the failure)."""
        with self._turn:
            self._errno.value = ABANDONED
            self._turn.notify_all()

    def wait_written(self, count: int) -> None:
        """Until the first `count` chunks are written; raises what stopped the writing, if anything did
        (a failed worker's own error is raised by the pool, where its result is collected)."""
        with self._turn:
            self._turn.wait_for(lambda: self._next.value >= count or self._errno.value)
        if self._errno.value and self._errno.value != ABANDONED:
            raise OSError(self._errno.value, os.strerror(self._errno.value))


def _write_all(fd: int, pieces: list[bytes]) -> None:
    """Write the pieces in as few system calls as the kernel allows (writev). Each call lets go of the
    GIL and must win it back from the thread evaluating the next chunk, up to a switch interval
    (5 ms) each time: written one by one, a chunk's ~100 pieces took longer to write than to evaluate
    (measured: the workers idled waiting for their turn to come round)."""
    views = [memoryview(p) for p in pieces if p]
    first = 0
    while first < len(views):
        done = os.writev(fd, views[first : first + IOV_MAX])
        while first < len(views) and done >= len(views[first]):  # a pipe may take less than all at once
            done -= len(views[first])
            first += 1
        if done:
            views[first] = views[first][done:]


IOV_MAX = os.sysconf("SC_IOV_MAX") if "SC_IOV_MAX" in os.sysconf_names else 16  # buffers one writev takes


# framer, output fd, turns, and (in a worker) the queue its writer thread takes chunks from
_writing: tuple[Framer, int, _Turns] | None = None
_to_write: queue.SimpleQueue[tuple[int, list[bytes]]] | None = None


def write_many(
    kb: KnowledgeBase,
    items: Iterable[Item],
    lang: str,
    render: Renderer,
    frame: Framer,
    out: IO[bytes],
    jobs: int,
    builder: Builder = build,
) -> Iterator[bool]:
    """Evaluate and render the records in `jobs` forked worker processes that write the framed
    output to `out` themselves, chunk after chunk in input order, taking turns: the reports never pass
    through this process (with reports of ~90 KB, handing them back cost more than a third of a
    core, measured). A worker hands each rendered chunk to a writer thread of its own and goes on to
    the next chunk, so it never idles waiting for its turn (waiting cost a tenth of the run, measured).
    At most UNWRITTEN chunks per worker are evaluated and not yet written. Yields whether each record
    failed, in order. The bytes written are those `render_many` gives, framed."""
    import multiprocessing

    global _worker, _writing
    context = multiprocessing.get_context("fork")
    out.flush()  # whatever this process wrote before goes first
    turns = _Turns(context)
    _worker = (kb, lang, render, False, builder)
    _writing = (frame, out.fileno(), turns)
    submitted = [0]

    def tasks() -> Iterator[tuple[int, list[Item]]]:
        for seq, chunk in enumerate(_chunks(items, WRITE_CHUNK)):
            turns.wait_written(seq - UNWRITTEN * jobs)  # the output held in workers stays bounded
            submitted[0] = seq + 1
            yield seq, chunk

    def all_written() -> None:
        turns.wait_written(submitted[0])

    try:
        for failed in _pooled(kb, jobs, _work_and_hand_over, tasks(), before_closing=all_written):
            yield from failed
    finally:
        _writing = None


def _work_and_hand_over(task: tuple[int, list[Item]]) -> list[bool]:
    """In a worker: evaluate and render a chunk, and queue it for this worker's writer thread."""
    global _to_write
    assert _writing is not None
    frame, fd, turns = _writing
    seq, chunk = task
    try:
        rendered = _work(chunk)
    except BaseException:
        turns.abandon()  # nobody waits for this chunk's turn any more: the failure reaches the parent
        raise
    if _to_write is None:
        _to_write = queue.SimpleQueue()
        threading.Thread(target=_writer, args=(_to_write, turns, fd), daemon=True).start()
    pieces = []
    for item, (body, _, _) in zip(chunk, rendered, strict=True):
        before, after = frame(item.n == 1)
        pieces += [before, body, after]
    _to_write.put((seq, pieces))
    return [failed for _, failed, _ in rendered]


def _writer(chunks: queue.SimpleQueue[tuple[int, list[bytes]]], turns: _Turns, fd: int) -> None:
    while True:
        seq, framed = chunks.get()
        turns.write(seq, fd, framed)


Task = TypeVar("Task")
Done = TypeVar("Done")


def _pooled(
    kb: KnowledgeBase,
    jobs: int,
    work: Callable[[Task], Done],
    tasks: Iterator[Task],
    before_closing: Callable[[], None] | None = None,
) -> Iterator[Done]:
    """`work` done on each task by a pool of forked processes, results in task order;
    `before_closing` runs once every result is in, while the workers still live."""
    import multiprocessing

    compiled(kb)  # before the fork, so that every worker inherits the ruleset
    # The workers are forked while this process runs no other thread (the output's write-back is paused):
    # forking a process that runs threads may deadlock the child. The pool starts its own threads after.
    with write_back_paused():
        pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_keep_freed_memory)
    with pool:
        # At most WINDOW chunks per worker in flight: however slowly the output is consumed, neither
        # the input read ahead nor the reports waiting to be written grow with the batch.
        pending = deque(pool.apply_async(work, (task,)) for task in islice(tasks, WINDOW * jobs))
        while pending:
            done = pending.popleft().get()
            following = next(tasks, None)
            if following is not None:
                pending.append(pool.apply_async(work, (following,)))
            yield done
        if before_closing is not None:
            before_closing()


def _keep_freed_memory() -> None:
    """In a worker: Ctrl-C and SIGTERM are the parent's to handle (it ends the pool), and let glibc keep up to TRIM_THRESHOLD of freed heap instead of handing it back after
    every chunk (measured: five times as many page faults in workers as in one process without it)."""
    import ctypes
    import ctypes.util
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    except (OSError, AttributeError):  # not glibc: the allocator's own policy stands
        pass


M_TRIM_THRESHOLD = -1  # glibc's mallopt parameter
TRIM_THRESHOLD = 16 << 20
