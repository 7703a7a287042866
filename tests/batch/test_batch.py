"""Reading the three input shapes, and one output record per input record, in order."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest

from diagnose.batch import evaluate
from diagnose.batch import parallel as batch
from diagnose.io import records as io_records
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report import model
from diagnose.report.model import ErrorRecord, Report

GOOD = {"county": {"id": "g"}, "answers": {"grid_in_use": False}}


def read(data: bytes, name: str = "") -> tuple[str, list[io_records.Item]]:
    shape, items = io_records.read(io.BytesIO(data), "en", name)
    return shape, [item.parsed("en") for item in items]  # JSON Lines arrive raw, to be parsed by workers


def test_json_lines_arrive_raw_and_are_parsed_where_evaluated() -> None:
    shape, items = io_records.read(io.BytesIO(b'{"a": 1}\n{"b": 2}\n{broken\n'), "en", "")
    raw = list(items)
    assert shape == io_records.LINES
    assert raw[1].raw == b'{"b": 2}\n' and raw[1].value is None
    assert raw[1].parsed("en").value == {"b": 2}
    assert "not valid JSON" in (raw[2].parsed("en").error or "")


def test_single_object_pretty_printed() -> None:
    shape, items = read(json.dumps(GOOD, indent=2).encode())
    assert shape == io_records.OBJECT and [i.value for i in items] == [GOOD]


def test_single_object_on_one_line() -> None:
    shape, items = read(json.dumps(GOOD).encode() + b"\n")
    assert shape == io_records.OBJECT and len(items) == 1


def test_array() -> None:
    shape, items = read(json.dumps([GOOD, GOOD, 3]).encode())
    assert shape == io_records.ARRAY and [i.n for i in items] == [1, 2, 3] and items[2].value == 3


def test_json_lines_with_bad_lines_in_place() -> None:
    lines = [json.dumps(GOOD), "{not json", "", json.dumps(GOOD), '{"a": 1, "a": 2}', '{"x": NaN}', json.dumps(GOOD)]
    data = "\n".join(lines).encode() + b"\n\xff\xfe\n"
    shape, items = read(data)
    assert shape == io_records.LINES
    assert [i.n for i in items] == [1, 2, 3, 4, 5, 6, 7]
    assert [i.error is None for i in items] == [True, False, True, False, False, True, False]
    assert "not valid JSON" in (items[1].error or "")
    assert "appears more than once" in (items[3].error or "")
    assert "NaN" in (items[4].error or "")
    assert "UTF-8" in (items[6].error or "")


def test_json_lines_whose_first_line_is_broken() -> None:
    data = b'{"county": \n' + json.dumps(GOOD).encode() + b"\n" + json.dumps(GOOD).encode() + b"\n"
    shape, items = read(data)
    assert shape == io_records.LINES and len(items) == 3 and items[0].error and not items[1].error


def test_several_broken_lines_stay_several_records() -> None:
    shape, items = read(b'{broken\n{also broken\n{"x": \n')
    assert shape == io_records.LINES and [i.n for i in items] == [1, 2, 3] and all(i.error for i in items)


def test_jsonl_extension_forces_lines() -> None:
    shape, items = read(json.dumps(GOOD).encode(), "counties.jsonl")
    assert shape == io_records.LINES and len(items) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"[]", "empty"),
        (b'[{"county": ', "cannot be parsed"),
        (b"{", "not valid JSON"),
    ],
)
def test_unreadable_input_is_one_error_record(data: bytes, message: str) -> None:
    _, items = read(data)
    assert len(items) == 1 and message in (items[0].error or "")


def test_evaluate_item_gives_report_or_error(kb: KnowledgeBase) -> None:
    ok = evaluate.evaluate_item(kb, io_records.Item(1, value=GOOD), "en")
    bad = evaluate.evaluate_item(
        kb, io_records.Item(2, value={"county": {"id": "b"}, "answers": {"grid_in_use": 3}}), "zh"
    )
    broken = evaluate.evaluate_item(kb, io_records.Item(3, error="not valid JSON"), "en")
    assert isinstance(ok, Report)
    assert isinstance(bad, ErrorRecord) and bad.error.record == 2 and bad.county == {"id": "b"}
    assert bad.error.problems[0].path == "answers.grid_in_use"
    assert isinstance(broken, ErrorRecord) and broken.county is None and broken.error.record == 3


def test_dump_is_deterministic(kb: KnowledgeBase) -> None:
    a = model.dump_json(evaluate.evaluate_item(kb, io_records.Item(1, value=GOOD), "zh"), None)
    b = model.dump_json(evaluate.evaluate_item(kb, io_records.Item(1, value=GOOD), "zh"), None)
    assert a == b and "\n" not in a


@pytest.mark.parametrize("indent", [None, 2])
def test_json_bytes_are_the_json_text_encoded(kb: KnowledgeBase, indent: int | None) -> None:
    """What `evaluate` writes (bytes straight from pydantic-core) is what `dump_json` shows."""
    records = [GOOD, {"county": {"id": "县"}, "answers": {"grid_in_use": 9}}]  # a report and an error record
    for result in evaluate.evaluate_items(kb, [io_records.Item(n, value=r) for n, r in enumerate(records, 1)], "zh"):
        assert model.dump_json_bytes(result, indent) == model.dump_json(result, indent).encode("utf-8")


def test_parallel_batches_read_only_a_bounded_window_ahead(kb: KnowledgeBase) -> None:
    """With --jobs, the input is not read (nor reports kept) further ahead than the window in flight."""
    pulled = [0]

    def items() -> Iterator[io_records.Item]:
        for n in range(1, 1001):
            pulled[0] = n
            yield io_records.Item(n, raw=json.dumps(GOOD).encode())

    def render(kb: KnowledgeBase, result: object, lang: str) -> str:
        return "x"

    rendered = batch.render_many(kb, items(), "en", render, jobs=2)  # type: ignore[arg-type]
    next(rendered)
    assert pulled[0] <= (batch.WINDOW * 2 + 1) * batch.CHUNK
    assert sum(1 for _ in rendered) == 999


def test_records_evaluated_together_are_the_records_evaluated_one_by_one(kb: KnowledgeBase) -> None:
    """Errors stay in place and each report is the one its record gets alone."""
    raws = [json.dumps(GOOD).encode(), b"{not json", json.dumps({"county": {"id": "b"}, "answers": {}}).encode()]
    items = [io_records.Item(n, raw=raw) for n, raw in enumerate(raws * 7, 1)]
    together = evaluate.evaluate_items(kb, items, "en")
    alone = [evaluate.evaluate_item(kb, item, "en") for item in items]
    assert [model.dump_json(r, None) for r in together] == [model.dump_json(r, None) for r in alone]
    assert [isinstance(r, batch.ErrorRecord) for r in together] == [False, True, False] * 7


def test_workers_write_in_input_order_even_when_a_later_chunk_is_ready_first(kb: KnowledgeBase, tmp_path) -> None:
    """write_many: the first chunk is the slowest, yet its reports come first; nothing passes through
    the parent but whether each record failed."""
    import time

    def render(kb: KnowledgeBase, result: object, lang: str) -> str:
        if isinstance(result, Report) and result.county.id == "c0":
            time.sleep(0.5)  # chunk 0 finishes last
        return model.dump_json(result, None)  # type: ignore[arg-type]

    records = [{"county": {"id": f"c{i}"}, "answers": {"grid_in_use": i % 2 == 0}} for i in range(3 * batch.CHUNK)]
    records[5] = {"county": {"id": "bad"}, "answers": {"grid_in_use": 9}}
    items = [io_records.Item(n, raw=json.dumps(r).encode()) for n, r in enumerate(records, 1)]
    target = tmp_path / "out.jsonl"
    with open(target, "wb") as out:
        out.write(b"head\n")
        failed = list(batch.write_many(kb, iter(items), "en", render, lambda first: (b"", b"\n"), out, 2))
        out.write(b"tail\n")
    lines = target.read_bytes().splitlines()
    assert lines[0] == b"head" and lines[-1] == b"tail" and len(lines) == len(records) + 2
    ids = [(json.loads(line)["county"] or {}).get("id") for line in lines[1:-1]]
    assert ids == [r["county"]["id"] for r in records]
    assert failed == [n == 6 for n in range(1, len(records) + 1)]


def test_a_reader_that_goes_away_stops_the_workers_with_an_error(kb: KnowledgeBase) -> None:
    """A pipe closed by its reader: the failed write is raised here, and nobody waits for it forever."""
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)
    items = [io_records.Item(n, raw=json.dumps(GOOD).encode()) for n in range(1, 3 * batch.CHUNK + 1)]
    with open(write_end, "wb") as out, pytest.raises(BrokenPipeError):
        for _ in batch.write_many(kb, iter(items), "en", lambda kb, r, lang: "x" * 100, lambda f: (b"", b""), out, 2):
            pass


def test_a_chunk_is_written_whole_when_each_writev_takes_only_part_of_it(monkeypatch, tmp_path) -> None:
    """_write_all: a pipe may take a few bytes of one buffer, or end mid-buffer; what remains follows."""
    import os

    real_writev = os.writev
    calls: list[int] = []

    def stingy(fd: int, buffers: list) -> int:
        calls.append(len(buffers))
        return real_writev(fd, [bytes(buffers[0])[:7]])  # at most 7 bytes of the first buffer each time

    monkeypatch.setattr(batch.os, "writev", stingy)
    pieces = [b"first-piece", b"", b"x" * 20, b"\n", "县".encode() * 3]
    target = tmp_path / "out"
    with open(target, "wb") as out:
        batch._write_all(out.fileno(), pieces)
    assert target.read_bytes() == b"".join(pieces)
    assert len(calls) > len(pieces)  # it really was written in parts


def test_a_chunk_goes_out_in_one_writev_when_the_kernel_takes_it(monkeypatch, tmp_path) -> None:
    """One system call per chunk, not one per piece (each call gives up the GIL and must win it back)."""
    import os

    real_writev = os.writev
    calls: list[int] = []

    def counted(fd: int, buffers: list) -> int:
        calls.append(len(buffers))
        return real_writev(fd, buffers)

    monkeypatch.setattr(batch.os, "writev", counted)
    pieces = [b"report %d\n" % i for i in range(96)]
    target = tmp_path / "out"
    with open(target, "wb") as out:
        batch._write_all(out.fileno(), pieces)
    assert target.read_bytes() == b"".join(pieces) and calls == [96]
