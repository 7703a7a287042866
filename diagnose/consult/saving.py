"""Saving a consultation after every answer: atomically, never over another file by mistake, and never
losing an answer when the disk is full (it stays in memory; saving is tried again after the next one)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Protocol

from diagnose.i18n import t
from diagnose.io.atomic import atomic_writer
from diagnose.io.errors import IO_ERROR, USAGE, UserError, reason


class Speaker(Protocol):
    def say(self, text: str = "", kind: str | None = None) -> None: ...


def refuse_overwrite(save_path: Path, resume_path: Path | None, force: bool, lang: str) -> None:
    """UserError (usage) when `save_path` is an existing file other than the one resumed, unless forced."""
    if force or not save_path.exists():
        return
    if resume_path is not None and _same(save_path, resume_path):
        return
    raise UserError(t("save_exists", lang, path=save_path), USAGE)


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_record(record: dict[str, Any], path: Path) -> None:
    with atomic_writer(path) as f:
        f.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")


class Saver:
    """Saves the record after each step; a failed save is said, remembered and retried next time."""

    def __init__(self, path: Path, term: Speaker, lang: str) -> None:
        self.path = path
        self.term = term
        self.lang = lang
        self.failure: str | None = None  # why the last save failed, while it has not succeeded since

    def save(self, record: dict[str, Any]) -> bool:
        try:
            write_record(record, self.path)
        except OSError as e:
            self.failure = reason(e, self.lang)
            self.term.say(t("save_failed", self.lang, path=self.path, detail=self.failure), "err")
            return False
        self.failure = None
        return True

    def final(self, record: dict[str, Any]) -> int:
        """Save once more at the end; if that fails, show every answer so none is lost. The exit status."""
        if self.save(record):
            return 0
        self.term.say(t("save_failed_final", self.lang, path=self.path, detail=self.failure), "err")
        self.term.say(json.dumps(record, ensure_ascii=False, indent=2))
        return IO_ERROR
