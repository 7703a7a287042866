"""Fuzzing the batch in-process (issue 18): raw bytes, byte-level mutations of a good record, and JSON
trees, through the same reading, validation, engine and writing as `diagnose evaluate`. Whatever comes
in: no exception, exactly one output record per input record, in order, each one valid JSON.

FUZZ_CASES examples in all (10,000 when CI is set, else 2,000; DIAGNOSE_FUZZ_CASES overrides), shared
evenly by the five targets below. Measured on the 2-core machine, load 3-4 from other work: 10,000
cases 95 s wall (57 s CPU); 2,000 cases 23 s wall (10 s CPU). Mutations of a good record cost most:
each runs the engine on three records, twice.
"""

from __future__ import annotations

import io
import json
import os
from typing import Any

from conftest import RULES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diagnose.batch.output import evaluate_stream
from diagnose.knowledge import load

FUZZ_CASES = int(os.environ.get("DIAGNOSE_FUZZ_CASES", 10_000 if os.environ.get("CI") else 2_000))
TARGETS = 5
FUZZ = settings(
    max_examples=max(1, FUZZ_CASES // TARGETS),
    deadline=None,  # a hang shows as the test's own timeout; a slow example is not a failure
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
KB = load.load(RULES)
GOOD = json.loads((RULES.parent / "examples" / "multi_diagnosis.json").read_text(encoding="utf-8"))
GOOD_LINE = json.dumps(GOOD, ensure_ascii=False).encode()
QUESTIONS = sorted(KB.questions)

# Text with everything JSON can carry: control characters, and (written with ensure_ascii) lone surrogates.
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=12)
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT | st.sampled_from(["unknown", "不知道"])
TREES = st.recursive(
    SCALARS, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(ANY_TEXT, kids, max_size=4), max_leaves=20
)
DEEP = st.integers(60, 1200).map(lambda n: json.loads("[" * n + "]" * n) if n < 900 else "[" * n + "]" * n)
RECORDS = st.fixed_dictionaries(
    {
        "county": st.one_of(TREES, st.fixed_dictionaries({"id": ANY_TEXT}, optional={"name": ANY_TEXT, "x": TREES})),
        "answers": st.dictionaries(st.sampled_from(QUESTIONS) | ANY_TEXT, TREES | SCALARS, max_size=8),
    },
    optional={"extra": TREES},
)


def _dumps(value: Any, ascii_: bool) -> bytes:
    return json.dumps(value, ensure_ascii=ascii_).encode("utf-8", "surrogatepass")


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def evaluated(data: bytes, name: str, fmt: str = "json", lang: str = "en") -> bytes:
    out = io.BytesIO()
    evaluate_stream(KB, io.BytesIO(data), name, fmt, lang, out)
    return out.getvalue()


def lines_out(data: bytes, name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in evaluated(data, name).splitlines()]


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["", "in.json", "in.jsonl"]), st.sampled_from(["json", "text"]))
def test_any_bytes(data: bytes, name: str, fmt: str) -> None:
    out = evaluated(data, name, fmt)
    if fmt == "json":
        text = out.decode("utf-8")
        assert text.strip()
        records = [x for x in data.removeprefix(b"\xef\xbb\xbf").split(b"\n") if x.strip()]
        if name.endswith(".jsonl") and records:
            assert len(text.splitlines()) == len(records)


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(GOOD_LINE)), st.integers(0, 2), st.binary(max_size=3)), max_size=6))
def test_mutations_of_a_good_record(edits: list[tuple[int, int, bytes]]) -> None:
    """Bytes deleted, replaced or inserted in a good record, between two good records: three out."""
    line = bytearray(GOOD_LINE)
    for at, cut, new in edits:
        line[at : at + cut] = new.replace(b"\n", b" ")
    data = GOOD_LINE + b"\n" + bytes(line) + b"\n" + GOOD_LINE + b"\n"
    for name in ("in.jsonl", ""):  # by name, and as stdin would be read
        out = lines_out(data, name)
        assert len(out) == (3 if bytes(line).strip() else 2)
        assert out[0]["county"]["id"] == out[-1]["county"]["id"] == GOOD["county"]["id"]
        assert "error" not in out[0] and "error" not in out[-1]


@FUZZ
@given(st.lists(st.one_of(TREES, RECORDS, DEEP), min_size=1, max_size=6), st.booleans(), st.sampled_from(["zh", "en"]))
def test_json_lines_of_json_trees(values: list[Any], ascii_: bool, lang: str) -> None:
    lines = [v.encode() if isinstance(v, str) and v.startswith("[[") else _dumps(v, ascii_) for v in values]
    out = [json.loads(x) for x in evaluated(b"\n".join(lines) + b"\n", "in.jsonl", "json", lang).splitlines()]
    assert len(out) == len(values)
    for n, o in enumerate(out, 1):
        assert ("error" in o and o["error"]["record"] == n) or "diagnoses" in o


@FUZZ
@given(st.lists(st.one_of(RECORDS, TREES), max_size=6), st.booleans(), st.sampled_from([None, 2]))
def test_arrays_of_json_trees(values: list[Any], ascii_: bool, indent: int | None) -> None:
    data = json.dumps(values, ensure_ascii=ascii_, indent=indent).encode("utf-8", "surrogatepass")
    out = json.loads(evaluated(data, ""))
    if not _utf8(data):  # a raw lone surrogate: the array cannot be decoded, so not split into records
        assert len(out) == 1 and "UTF-8" in out[0]["error"]["problems"][0]["message"]
        return
    assert isinstance(out, list) and len(out) == max(1, len(values))


@FUZZ
@given(RECORDS, st.booleans(), st.booleans())
def test_one_record_pretty_or_not(value: dict[str, Any], ascii_: bool, pretty: bool) -> None:
    data = json.dumps(value, ensure_ascii=ascii_, indent=2 if pretty else None).encode("utf-8", "surrogatepass")
    out = json.loads(evaluated(data, ""))
    assert isinstance(out, dict) and ("error" in out or "diagnoses" in out)
