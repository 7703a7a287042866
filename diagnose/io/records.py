"""Reading a batch: one JSON object, a JSON array or JSON Lines in, one `Item` per record, lazily.

A record that cannot be read becomes an Item carrying why, in its place: the batch never drops one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from diagnose.i18n import t

OBJECT, ARRAY, LINES = "object", "array", "lines"


class BadJson(ValueError):
    pass


def loads_strict(text: str, lang: str) -> Any:
    """json.loads that refuses duplicate keys and NaN/Infinity, with messages in the user's language."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                raise BadJson(t("duplicate_key", lang, key=json.dumps(key, ensure_ascii=False)))
            out[key] = value
        return out

    def constant(name: str) -> Any:
        raise BadJson(t("bad_constant", lang, value=name))

    try:
        return json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    except json.JSONDecodeError as e:
        raise BadJson(t("invalid_json", lang, detail=f"{e.msg} (line {e.lineno}, column {e.colno})")) from None
    except RecursionError:
        raise BadJson(t("invalid_json", lang, detail="nested too deeply")) from None
    except ValueError as e:  # e.g. an integer literal beyond Python's digit limit
        raise BadJson(t("invalid_json", lang, detail=str(e)[:120])) from None


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
    return loads_strict(_decode(raw, lang), lang)


def read(stream: IO[bytes], lang: str, name: str = "") -> tuple[str, Iterator[Item]]:
    """Detect the input's shape and yield its records lazily (JSON Lines are streamed line by line)."""
    lines = iter(stream)
    first = _next_nonblank(lines)
    if not first:
        return OBJECT, iter([Item(1, error=t("empty_input", lang))])
    head = first.lstrip()[:1]
    if name.endswith((".jsonl", ".ndjson")):
        return LINES, _lines(first, lines, lang)
    if head == b"[":
        return ARRAY, _array(first + b"".join(lines), lang)
    try:
        value = _parse(first, lang)
    except BadJson:
        rest = b"".join(lines)
        try:  # a pretty-printed single object spans several lines
            return OBJECT, iter([Item(1, value=_parse(first + rest, lang))])
        except BadJson as e:
            others = [r for r in rest.splitlines() if r.strip()]
            # JSON Lines when some other line is a record on its own, or every line opens one
            if others and (any(_parses(r, lang) for r in others) or all(r.lstrip().startswith(b"{") for r in others)):
                return LINES, _lines(first, iter(rest.splitlines(keepends=True)), lang)
            return OBJECT, iter([Item(1, error=str(e))])
    following = _next_nonblank(lines)
    if not following:
        return OBJECT, iter([Item(1, value=value)])
    return LINES, _chain_lines(Item(1, value=value), following, lines, lang)


def _next_nonblank(lines: Iterator[bytes]) -> bytes:
    """The next line with something on it, or b"" at the end."""
    return next((line for line in lines if line.strip()), b"")


def _parses(raw: bytes, lang: str) -> bool:
    try:
        _parse(raw, lang)
        return True
    except BadJson:
        return False


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
        value = _parse(raw, lang)
    except BadJson as e:
        yield Item(1, error=t("array_invalid", lang, detail=str(e)))
        return
    if not isinstance(value, list):
        yield Item(1, error=t("array_invalid", lang, detail="not an array"))
        return
    if not value:
        yield Item(1, error=t("empty_input", lang))
        return
    for i, record in enumerate(value, start=1):
        yield Item(i, value=record)
