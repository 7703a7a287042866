"""Reading a batch: one JSON object, a JSON array or JSON Lines in, one `Item` per record, lazily.

A record that cannot be read becomes an Item carrying why, in its place: the batch never drops one.
"""

from __future__ import annotations

import io
import json
import os
import select
import stat
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import IO, Any

from diagnose.i18n import t

OBJECT, ARRAY, LINES = "object", "array", "lines"


class BadJson(ValueError):
    pass


class Flaw:
    """In a value parsed `lenient`ly: what made this part of it invalid (found by `check_record`)."""

    def __init__(self, message: str) -> None:
        self.message = message


def loads_strict(text: str, lang: str, lenient: bool = False) -> Any:
    """json.loads that refuses duplicate keys and NaN/Infinity, with messages in the user's language.
    `lenient`: each is put in the value as a Flaw where it occurs instead (for an array, so that only
    the record holding it is refused)."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any] | Flaw:
        out = dict(items)  # built in C; only when it lost a key is the duplicate looked for
        if len(out) == len(items):
            return out
        out = {}
        for key, value in items:
            if key in out:
                message = t("duplicate_key", lang, key=json.dumps(key, ensure_ascii=False))
                if lenient:
                    return Flaw(message)
                raise BadJson(message)
            out[key] = value
        return out

    def constant(name: str) -> Any:
        if lenient:
            return Flaw(t("bad_constant", lang, value=name))
        raise BadJson(t("bad_constant", lang, value=name))

    try:
        return json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    except json.JSONDecodeError as e:
        raise BadJson(t("invalid_json", lang, detail=f"{e.msg} (line {e.lineno}, column {e.colno})")) from None
    except RecursionError:
        raise BadJson(t("invalid_json", lang, detail="nested too deeply")) from None
    except ValueError as e:  # e.g. an integer literal beyond Python's digit limit
        raise BadJson(t("invalid_json", lang, detail=str(e)[:120])) from None


@dataclass(frozen=True)
class Origin:
    """Where a record read from a spreadsheet comes from: its sheet and row (header = row 1), each
    question's cell as written (question id → text), and problems found in its cells before validation
    ((column, value, message) each)."""

    sheet: str
    row: int
    cells: dict[str, str]
    problems: tuple[tuple[str, str, str], ...] = ()


@dataclass
class Item:
    """One input record: its 1-based position, and either the parsed value or why it could not be read.

    A JSON Lines record arrives as its raw line (`raw`) and is parsed where it is evaluated, so that
    with --jobs the worker processes parse, not the one process that reads the input.
    """

    n: int
    value: Any = None
    error: str | None = None
    raw: bytes | None = None
    origin: Origin | None = None  # a spreadsheet row's sheet, row and cells (answers/sheet.py)

    def parsed(self, lang: str) -> Item:
        """This record with its raw line parsed into `value`, or into `error` when it is not valid JSON."""
        if self.raw is None:
            return self
        try:
            return Item(self.n, value=_parse(self.raw, lang))
        except BadJson as e:
            return Item(self.n, error=str(e))


def _decode(raw: bytes, lang: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadJson(t("not_utf8", lang)) from None


def _parse(raw: bytes, lang: str) -> Any:
    """One record: strict JSON, no deeper than MAX_DEPTH, no lone surrogates (they cannot be written out)."""
    value = loads_strict(_decode(raw, lang), lang)
    # counted in the bytes (several times faster than in the text): only then is the record walked
    check_record(value, lang, deep=raw.count(b"[") + raw.count(b"{") > MAX_DEPTH, escapes=b"\\u" in raw)
    return value


# No record nests anywhere near this deep (a record is three levels: record, answers, a list of
# choices); serialising its county back out fails at a few hundred levels.
MAX_DEPTH = 64


def check_record(value: Any, lang: str, deep: bool = True, escapes: bool = True) -> None:
    """BadJson naming where a record nests deeper than MAX_DEPTH or holds a lone surrogate (\\ud800, which
    JSON escapes allow and UTF-8 cannot encode). `deep`/`escapes` False: the text shows neither can be."""
    if not (deep or escapes):
        return
    stack: list[tuple[Any, str, int]] = [(value, "$", 0)]
    while stack:
        node, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise BadJson(t("too_deep", lang, path=path if len(path) < 60 else path[:57] + "...", limit=MAX_DEPTH))
        if isinstance(node, Flaw):
            raise BadJson(node.message)
        if isinstance(node, str):
            if escapes and not _encodable(node):
                raise BadJson(t("lone_surrogate", lang, path=path))
        elif isinstance(node, dict):
            for key, child in node.items():
                if escapes and not _encodable(key):
                    raise BadJson(t("lone_surrogate", lang, path=path))
                stack.append((child, f"{path}.{key}", depth + 1))
        elif isinstance(node, list):
            stack.extend((child, f"{path}[{i}]", depth + 1) for i, child in enumerate(node))


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


BOM = b"\xef\xbb\xbf"
BLOCK = 1 << 16
# A pipe read from stdin: the first record is answered if nothing follows it within this long (then the
# input is taken as JSON Lines), so that a program feeding records one at a time is never kept waiting.
GRACE = 0.1
# When the first line is not JSON on its own: how far to look ahead for JSON Lines records.
LOOKAHEAD_LINES = 200
LOOKAHEAD_BYTES = 1 << 20


class Lines:
    """The lines of a byte stream (each with its newline), read a block at a time as it arrives, so
    that whether more input is already at hand can be known without waiting for it. A byte-order mark
    at the very start is dropped."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._read = getattr(stream, "read1", stream.read)
        self._stream = stream
        self._lines: deque[bytes] = deque()
        self._partial: list[bytes] = []
        self._eof = False
        self._start = True

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        while not self._lines:
            if self._eof:
                raise StopIteration
            self._fill()
        return self._lines.popleft()

    def _fill(self) -> None:
        block = self._read(BLOCK)
        if self._start and block:
            self._start = False
            while len(block) < len(BOM) and BOM.startswith(block):  # a mark split across reads
                more = self._read(len(BOM) - len(block))
                if not more:
                    break
                block += more
            if block.startswith(BOM):
                block = block[len(BOM) :]
                if not block:  # nothing after the mark yet: the next fill reads on
                    return
        if not block:
            self._eof = True
            if self._partial:
                self._lines.append(b"".join(self._partial))
                self._partial = []
            return
        if b"\n" not in block:
            self._partial.append(block)
            return
        head, *middle, tail = block.split(b"\n")
        self._lines.append(b"".join([*self._partial, head, b"\n"]))
        self._lines.extend(m + b"\n" for m in middle)
        self._partial = [tail] if tail else []

    def quiet_for(self, seconds: float) -> bool:
        """True when nothing more is at hand and none arrives within `seconds` (a live pipe or
        terminal); False when more is buffered, arrives, or the stream is a file (never waited on)."""
        if self._lines or self._partial or self._eof:
            return False
        try:
            fd = self._stream.fileno()
            if stat.S_ISREG(os.fstat(fd).st_mode):
                return False
            readable, _, _ = select.select([fd], [], [], seconds)
        except (OSError, ValueError, io.UnsupportedOperation):  # an in-memory stream: all of it is at hand
            return False
        return not readable


def read(stream: IO[bytes], lang: str, name: str = "") -> tuple[str, Iterator[Item]]:
    """Detect the input's shape and yield its records lazily (JSON Lines are streamed line by line)."""
    lines = Lines(stream)
    first = _next_nonblank(lines)
    if not first:
        return OBJECT, iter([Item(1, error=t("empty_input", lang))])
    if name.endswith((".jsonl", ".ndjson")):
        return LINES, _lines(first, lines, lang)
    try:
        value = _parse(first, lang)
    except BadJson:
        if first.lstrip()[:1] == b"[":  # an array over several lines
            return ARRAY, _array(first + b"".join(lines), lang)
        return _after_bad_first_line(first, lines, lang)
    if lines.quiet_for(GRACE):  # a live pipe: answer this record now; more may follow as JSON Lines
        return LINES, _lines(first, lines, lang)
    following = _next_nonblank(lines)
    if not following:
        return (ARRAY, _records(value, lang)) if isinstance(value, list) else (OBJECT, iter([Item(1, value=value)]))
    # JSON Lines (a first line that is an array is a record that is not an object, like any other)
    return LINES, _chain_lines(Item(1, value=value), following, lines, lang)


def _after_bad_first_line(first: bytes, lines: Iterator[bytes], lang: str) -> tuple[str, Iterator[Item]]:
    """The first line is not JSON on its own: JSON Lines whose first record is broken, or one object
    written over several lines. Decided on a bounded look ahead, so that JSON Lines are still streamed."""
    window: list[bytes] = []
    size = 0
    for line in lines:
        if line.strip():
            window.append(line)
            size += len(line)
            if len(window) >= LOOKAHEAD_LINES or size >= LOOKAHEAD_BYTES:
                break
    else:  # all of the input is at hand: one object over several lines if it parses as one
        try:
            return OBJECT, iter([Item(1, value=_parse(first + b"".join(window), lang))])
        except BadJson:
            pass
    # JSON Lines when some other line is a record on its own, or every line opens one. Only a line
    # that starts at its first column counts: a pretty-printer indents what is inside the object.
    if window and (any(_is_record(r, lang) for r in window) or all(r.startswith(b"{") for r in window)):
        return LINES, _lines(first, chain(window, lines), lang)
    try:  # one document, however long: it has to be read whole
        return OBJECT, iter([Item(1, value=_parse(first + b"".join(window) + b"".join(lines), lang))])
    except BadJson as e:
        return OBJECT, iter([Item(1, error=str(e))])


def _next_nonblank(lines: Iterator[bytes]) -> bytes:
    """The next line with something on it, or b"" at the end."""
    return next((line for line in lines if line.strip()), b"")


def _is_record(raw: bytes, lang: str) -> bool:
    """A line that is a non-empty JSON object on its own, from its first column."""
    if not raw.startswith(b"{"):
        return False
    try:
        value = _parse(raw, lang)
    except BadJson:
        return False
    return isinstance(value, dict) and bool(value)


def _lines(first: bytes, rest: Iterable[bytes], lang: str) -> Iterator[Item]:
    n = 0
    for raw in _prepend(first, rest):
        if not raw.strip():
            continue
        n += 1
        yield Item(n, raw=raw)


def _prepend(first: bytes, rest: Iterable[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _chain_lines(first: Item, second: bytes, rest: Iterable[bytes], lang: str) -> Iterator[Item]:
    yield first
    for item in _lines(second, rest, lang):
        yield Item(item.n + 1, raw=item.raw)


def _array(raw: bytes, lang: str) -> Iterator[Item]:
    try:
        value = loads_strict(_decode(raw, lang), lang, lenient=True)
    except BadJson as e:
        yield Item(1, error=t("array_invalid", lang, detail=str(e)))
        return
    if not isinstance(value, list):
        yield Item(1, error=t("array_invalid", lang, detail="not an array"))
        return
    yield from _records(value, lang)


def _records(value: list[Any], lang: str) -> Iterator[Item]:
    """The elements of a JSON array, each a record (checked as one: depth, surrogates)."""
    if not value:
        yield Item(1, error=t("empty_input", lang))
        return
    for i, record in enumerate(value, start=1):
        try:
            check_record(record, lang)
        except BadJson as e:
            yield Item(i, error=str(e))
            continue
        yield Item(i, value=record)
