"""A problem found in a knowledge base: the file, the entry inside it, what is wrong and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    file: str
    entry: str
    message: str
    level: str = "error"  # error | warning

    def __str__(self) -> str:
        where = f"{self.file}: {self.entry}" if self.entry else self.file
        return f"{self.level}: {where}: {self.message}"
