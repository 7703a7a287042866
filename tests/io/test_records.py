"""Reading a batch (diagnose/io/records.py): the input's shape told right, every record kept, and a
live pipe answered at once. The issue-18 repros 2, 3, 4, 8 and 9 each have a test here."""

from __future__ import annotations

import io
import json
import os
import threading
from typing import Any

import pytest

from diagnose.io import records
from diagnose.io.records import ARRAY, LINES, OBJECT, read

GOOD = {"county": {"id": "g"}, "answers": {}}


def _line(n: int) -> bytes:
    return json.dumps({"county": {"id": f"c{n}"}, "answers": {}}).encode() + b"\n"


def _items(data: bytes, name: str = "") -> tuple[str, list[Any]]:
    shape, items = read(io.BytesIO(data), "en", name=name)
    return shape, [i.parsed("en") for i in items]


def test_pretty_printed_object_with_a_syntax_error_is_one_error_record() -> None:
    """Repro 2: it used to become about a hundred error records, one per line."""
    text = json.dumps(
        {"county": {"id": "p", "name": "P"}, "answers": {"grid_in_use": True, "a": [1, 2, "x"]}}, indent=2
    )
    broken = text.replace('"name": "P"', '"name": "P",,').encode()
    shape, items = _items(broken)
    assert shape == OBJECT and len(items) == 1 and "line 4" in items[0].error


def test_pretty_printed_object_still_reads_as_one_record() -> None:
    shape, items = _items(json.dumps(GOOD, indent=2).encode())
    assert shape == OBJECT and [i.value for i in items] == [GOOD]


@pytest.mark.parametrize("indent", [None, 2])
def test_byte_order_mark_before_an_array(indent: int | None) -> None:
    """Repro 3: a UTF-8 BOM before a JSON array (as Windows editors write) used to give one error."""
    data = b"\xef\xbb\xbf" + json.dumps([GOOD, GOOD], indent=indent).encode()
    shape, items = _items(data)
    assert shape == ARRAY and [i.value for i in items] == [GOOD, GOOD]


def test_byte_order_mark_split_across_reads() -> None:
    class Trickle(io.RawIOBase):  # one byte per read
        def __init__(self, data: bytes) -> None:
            self.data = data

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            out, self.data = self.data[:1], self.data[1:]
            return out

    shape, items = read(Trickle(b"\xef\xbb\xbf" + json.dumps([GOOD]).encode()), "en")  # type: ignore[arg-type]
    assert shape == ARRAY and [i.value for i in items] == [GOOD]
    shape, items = read(io.BytesIO(b"\xef\xbb\xbf"), "en")
    assert shape == OBJECT and "empty" in next(items).error


def test_first_line_an_array_then_records_keeps_the_records() -> None:
    """Repro 4: stdin whose first line is an array: that line is one record (not an object), the rest follow."""
    shape, items = _items(b"[1, 2]\n" + _line(2) + _line(3))
    assert shape == LINES and len(items) == 3
    assert items[0].value == [1, 2]  # evaluated as a record that is not an object: an error record
    assert [i.value["county"]["id"] for i in items[1:]] == ["c2", "c3"]


def test_a_lone_array_on_one_line_is_an_array() -> None:
    shape, items = _items(json.dumps([GOOD, GOOD]).encode() + b"\n")
    assert shape == ARRAY and len(items) == 2


def test_a_broken_first_line_does_not_hide_the_json_lines_after_it() -> None:
    shape, items = _items(b'{"county": {"id": "x"\n' + _line(2) + b"[]\n" + _line(4))
    assert shape == LINES and len(items) == 4
    assert items[0].error and items[1].value and items[2].value == [] and items[3].value


class Counting(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.consumed = 0

    def read1(self, n: int = -1) -> bytes:
        out = super().read1(n)
        self.consumed += len(out)
        return out


def test_a_broken_first_line_reads_ahead_a_bounded_amount() -> None:
    """Repro 8: the whole input used to be read into memory (368 MB for 53 MB) when the first line was
    invalid; now the look ahead is bounded, and JSON Lines are streamed after it."""
    data = b"{not json\n" + b"".join(_line(n) for n in range(2, 200_000))
    stream = Counting(data)
    shape, items = read(stream, "en")
    first = next(items)
    assert shape == LINES and first.raw is not None
    assert stream.consumed <= records.LOOKAHEAD_BYTES + 2 * records.BLOCK < len(data) // 5
    assert sum(1 for _ in items) == 200_000 - 2  # and nothing is lost


def test_lines_keep_their_newlines_across_block_boundaries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records, "BLOCK", 7)
    data = b"".join(_line(n) for n in range(50)) + b'{"county": {"id": "last"}, "answers": {}}'
    assert b"".join(records.Lines(io.BytesIO(data))) == data


def test_the_first_record_of_a_live_pipe_is_answered_before_the_second_arrives() -> None:
    """Repro 9: read() used to wait for a second line to decide the shape; a program feeding one
    record at a time waited for ever."""
    r, w = os.pipe()
    os.write(w, _line(1))
    got: list[Any] = []

    def first() -> None:
        with open(r, "rb") as stream:
            shape, items = read(stream, "en")
            got.append((shape, next(items).parsed("en").value))
            got.append([i.parsed("en").value["county"]["id"] for i in items])

    reader = threading.Thread(target=first, daemon=True)
    reader.start()
    try:
        deadline = threading.Event()
        for _ in range(100):  # up to 10 s on a loaded machine; it takes GRACE (0.1 s)
            if got:
                break
            deadline.wait(0.1)
        assert got and got[0] == (LINES, json.loads(_line(1)))
        os.write(w, _line(2))
    finally:
        os.close(w)
    reader.join(10)
    assert got[1] == ["c2"]


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b'{"county": {"id": "a\\ud800"}, "answers": {}}', "lone surrogate"),
        (b'{"county": {"id": "a", "x": ' + b"[" * 300 + b"]" * 300 + b'}, "answers": {}}', "nested more than 64"),
        (b'{"county": {"id": "a"}, "answers": {"\\udfff": 1}}', "lone surrogate"),
    ],
)
def test_records_that_could_not_be_written_back_are_refused_at_reading(raw: bytes, words: str) -> None:
    """Repro 1's input: a lone surrogate or deep nesting in `county` used to abort the batch when its
    report was serialised; now the record is an error record naming where."""
    item = records.Item(1, raw=raw).parsed("en")
    assert item.error is not None and words in item.error


def test_a_valid_surrogate_pair_is_kept() -> None:
    item = records.Item(1, raw=b'{"county": {"id": "\\ud83d\\ude00"}, "answers": {}}').parsed("en")
    assert item.error is None and item.value["county"]["id"] == "\U0001f600"


def test_an_array_element_too_deep_is_an_error_in_its_place() -> None:
    deep: Any = []
    for _ in range(80):
        deep = [deep]
    shape, items = _items(json.dumps([GOOD, {"county": {"id": "d", "x": deep}, "answers": {}}, GOOD]).encode())
    assert shape == ARRAY and [bool(i.error) for i in items] == [False, True, False]


def test_an_inner_object_on_a_line_of_its_own_is_not_taken_for_a_record() -> None:
    """Found by the fuzzer: a pretty-printed object holding {} or {"a": 1} on a line of its own (indented),
    with an error elsewhere, was read as JSON Lines, one error per line."""
    value = {"county": {"id": "p"}, "answers": {"x": [{"a": 1}, {}], "y": 1}}
    text = json.dumps(value, indent=2).replace('"y": 1', '"y": 1,,').encode()
    shape, items = _items(text)
    assert shape == OBJECT and len(items) == 1 and items[0].error
