"""The fuzz corpus (tests/fuzz_corpus): malformed input gives a clear error record for that record,
never a traceback, never a lost or reordered neighbour."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from diagnose.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "fuzz_corpus"
MANIFEST = json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))


def outputs(stdout: str, records: int) -> list[dict]:
    text = stdout.strip()
    if text.startswith("["):
        return json.loads(text)
    if records == 1:
        return [json.loads(text)]
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize("name", sorted(MANIFEST))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_corpus_file(name: str, lang: str) -> None:
    expected = MANIFEST[name]
    r = CliRunner().invoke(main, ["evaluate", str(CORPUS / name), "--lang", lang])
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    assert "Traceback" not in r.output
    assert r.exit_code == (1 if expected["errors"] else 0)
    out = outputs(r.stdout, expected["records"])
    assert len(out) == expected["records"]
    errors = [o for o in out if "error" in o]
    assert len(errors) == expected["errors"]
    for e in errors:
        assert e["error"]["problems"] and all(p["message"] for p in e["error"]["problems"])
    ids = [o["county"]["id"] for o in out if "error" not in o]
    assert ids == sorted(ids)  # good-1 before good-2: neighbours kept, in order


def test_a_ten_megabyte_line_is_one_error(tmp_path: Path) -> None:
    good = json.dumps({"county": {"id": "g"}, "answers": {}})
    huge = '{"county": {"id": "big"}, "answers": {"grid_in_use": "' + "x" * (10 * 1024 * 1024) + '"}}'
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join([good, huge, good]) + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["evaluate", str(path), "--lang", "en"])
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert r.exit_code == 1 and len(out) == 3
    assert (
        out[1]["error"]["record"] == 2 and "takes true (yes), false (no)" in out[1]["error"]["problems"][0]["message"]
    )
    assert len(r.stdout) < 200_000  # the message quotes the value briefly, not 10 MB of it


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_corpus_file_through_stdin(name: str) -> None:
    """The same inputs piped in: no name to go by, the shape is told from the content alone."""
    expected = MANIFEST[name]
    r = CliRunner().invoke(main, ["evaluate", "-", "--lang", "en"], input=(CORPUS / name).read_bytes())
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    assert r.exit_code == (1 if expected["errors"] else 0)
    out = outputs(r.stdout, expected["records"])
    assert (len(out), len([o for o in out if "error" in o])) == (expected["records"], expected["errors"])
