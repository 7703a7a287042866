from __future__ import annotations

from pathlib import Path

import pytest

from diagnose.atomic import atomic_writer


def test_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    with atomic_writer(target) as f:
        f.write("new")
        assert target.read_text(encoding="utf-8") == "old"  # unchanged until the write completes
    assert target.read_text(encoding="utf-8") == "new"


def test_failure_leaves_previous_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as f:
            f.write("half")
            raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]
