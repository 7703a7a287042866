"""The parsed YAML of the bundled knowledge base, kept as JSON between runs.

PyYAML builds its objects in Python: parsing the 80-odd files of rules/ took 130 ms of the 350 ms
a one-county `diagnose evaluate` needed (profiled), JSON reads the same data in a few. Entries are
keyed by the SHA-256 of each file's bytes, so an edited file is simply parsed again: the cache can
never serve stale knowledge. Only the bundled base is cached (a `--rules` directory is parsed every
time), the cache file is written atomically, and any problem with it just means parsing the YAML.
Set DIAGNOSE_CACHE_DIR to move it, or to an empty string to turn it off.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

MISSING = object()
FORMAT = 2  # 2: files with duplicate keys or non-finite numbers are never cached (they are refused)


def cache_dir() -> Path | None:
    configured = os.environ.get("DIAGNOSE_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or (str(Path.home() / ".cache") if "HOME" in os.environ else "")
    return Path(base) / "county-diagnose" if base else None


class YamlCache:
    """Parsed files of one knowledge-base directory, by content hash."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, Any] = {}
        self.used: dict[str, Any] = {}
        self.changed = False
        if path is not None:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if data.get("format") == FORMAT:
                    self.entries = data["entries"]
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                self.entries = {}

    @classmethod
    def for_root(cls, root: Path, bundled: Path) -> YamlCache:
        folder = cache_dir()
        same = root.resolve() == bundled.resolve()
        return cls(folder / "bundled-rules.json" if folder is not None and same else None)

    def get(self, raw: bytes) -> Any:
        key = hashlib.sha256(raw).hexdigest()
        value = self.entries.get(key, MISSING)
        if value is not MISSING:
            self.used[key] = value
        return value

    def put(self, raw: bytes, value: Any) -> None:
        if self.path is None:
            return
        try:  # only what JSON gives back unchanged (no dates, no non-string keys)
            if json.loads(json.dumps(value)) != value:
                return
        except (TypeError, ValueError):
            return
        self.used[hashlib.sha256(raw).hexdigest()] = value
        self.changed = True

    def save(self) -> None:
        """Keep the entries this load used (so the file never grows past one base), if any were new."""
        if self.path is None or not self.changed:
            return
        from diagnose.io.atomic import atomic_writer

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_writer(self.path) as f:
                json.dump({"format": FORMAT, "entries": self.used}, f, ensure_ascii=False)
        except OSError:
            pass  # a cache that cannot be written is no cache
