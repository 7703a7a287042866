"""A record whose report cannot be written costs only itself, and a worker that fails ends a --jobs run
instead of hanging it (issue 18, repro 1)."""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import Any

import pytest
from conftest import RULES

from diagnose.batch import parallel
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.model import ErrorRecord, dump_json_bytes

RECORD = json.loads((RULES.parent / "examples" / "multi_diagnosis.json").read_text(encoding="utf-8"))


def _items(n: int, bad: int) -> list[Item]:
    return [Item(i, value={**RECORD, "county": {"id": "boom" if i == bad else f"c{i}"}}) for i in range(1, n + 1)]


def _render_failing(exc: type[Exception]) -> parallel.Renderer:
    def render(kb: KnowledgeBase, result: Any, lang: str) -> bytes:
        if not isinstance(result, ErrorRecord) and result.county.id == "boom":
            raise exc("cannot serialise")
        return dump_json_bytes(result, None)

    return render


def test_a_report_that_cannot_be_serialised_becomes_an_error_record_in_its_place(kb: KnowledgeBase) -> None:
    out = list(parallel.render_many(kb, _items(5, 3), "en", _render_failing(ValueError)))
    records = [json.loads(body) for body, _, _ in out]
    assert [("error" in r) for r in records] == [False, False, True, False, False]
    assert records[2]["error"]["record"] == 3 and "cannot be written" in records[2]["error"]["problems"][0]["message"]
    assert [failed for _, failed, _ in out] == [False, False, True, False, False]


@pytest.fixture
def watchdog():  # type: ignore[no-untyped-def]
    def hung(signum: int, frame: object) -> None:
        raise TimeoutError("the run hung")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(240)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def test_a_failing_worker_ends_the_run_instead_of_hanging(kb: KnowledgeBase, tmp_path: Path, watchdog: None) -> None:
    """Before: the reading process waited for the failed chunk's turn to write, for ever."""
    items = _items(2000, 700)
    with open(tmp_path / "out.jsonl", "wb") as out, pytest.raises(RuntimeError, match="cannot serialise"):
        for _ in parallel.write_many(
            kb, items, "en", _render_failing(RuntimeError), lambda first: (b"", b"\n"), out, 2
        ):
            pass
