"""A problem found in a knowledge base: the file, the entry inside it, what is wrong and how to fix it.

`file` is relative to the knowledge-base folder; `path` is where inside the file's YAML the problem
sits (keys and list indexes, e.g. ("signs", 2, "when", "q")). Line and column are filled in only when
findings are shown (see positions.py): the fast load never needs the YAML's positions.
"""

from __future__ import annotations

from dataclasses import dataclass

from diagnose.knowledge.say import in_lang, say

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Finding:
    file: str
    entry: str
    message: str
    level: str = "error"  # error | warning
    path: Path_ | None = None  # None: the file as a whole (or no file at all)
    at_key: bool = False  # the problem is the key itself (a misspelt one), not its value
    line: int | None = None  # 1-based, as editors count
    column: int | None = None
    shown_file: str = ""  # the file as the user names it (the knowledge base's folder joined on)

    def location(self) -> str:
        """`rules/diagnoses/x.yaml:41:7` (compilers' and editors' form), or the file alone."""
        where = self.shown_file or self.file
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        return where

    def __str__(self) -> str:
        return self.show("en")

    def show(self, lang: str) -> str:
        """`file:line:col: level: entry: message`, the level and message in `lang` (ids stay as written)."""
        entry = f"{self.entry}: " if self.entry else ""
        level = in_lang(say(f"level_{self.level}"), lang) if lang != "en" else self.level
        return f"{self.location()}: {level}: {entry}{in_lang(self.message, lang)}"
