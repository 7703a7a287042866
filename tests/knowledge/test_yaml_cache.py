"""The parsed-YAML cache: used for the bundled base only, keyed by content, never in the way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import RULES

from diagnose.knowledge import load as kb_module
from diagnose.knowledge.yaml_cache import MISSING, YamlCache


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DIAGNOSE_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_the_bundled_base_loads_the_same_from_the_cache(cache_dir: Path) -> None:
    first = kb_module.load(RULES)
    cached = json.loads((cache_dir / "bundled-rules.json").read_text(encoding="utf-8"))
    assert len(cached["entries"]) == len(list(RULES.rglob("*.yaml")))
    second = kb_module.load(RULES)
    assert second.content_hash == first.content_hash
    assert second.export() == first.export()


def test_an_edited_file_is_parsed_again(tmp_path: Path) -> None:
    cache = YamlCache(tmp_path / "c.json")
    cache.put(b"a: 1\n", {"a": 1})
    cache.save()
    again = YamlCache(tmp_path / "c.json")
    assert again.get(b"a: 1\n") == {"a": 1}
    assert again.get(b"a: 2\n") is MISSING


def test_what_json_would_change_is_not_cached(tmp_path: Path) -> None:
    import datetime

    cache = YamlCache(tmp_path / "c.json")
    cache.put(b"d: 2020-01-01\n", {"d": datetime.date(2020, 1, 1)})
    cache.put(b"1: x\n", {1: "x"})  # JSON would turn the key into "1"
    assert not cache.changed


def test_a_broken_or_unwritable_cache_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "c.json").write_text("{not json", encoding="utf-8")
    assert YamlCache(tmp_path / "c.json").entries == {}
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    cache = YamlCache(blocked / "sub" / "c.json")  # its folder cannot be made
    cache.put(b"a: 1\n", {"a": 1})
    cache.save()  # no error


def test_other_directories_and_the_empty_setting_are_not_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert YamlCache.for_root(tmp_path, RULES).path is None
    monkeypatch.setenv("DIAGNOSE_CACHE_DIR", "")
    assert YamlCache.for_root(RULES, RULES).path is None
