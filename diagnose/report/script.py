"""Quotes in traditional script shown in simplified characters in a zh report, on request (`--simplified`).

Several papers are stored in traditional script; quotes stay verbatim in the knowledge base and in the
JSON report. A reader of a simplified-Chinese report may ask for them converted with OpenCC's `t2s`
(a well-kept library of conversion tables, phrase-aware, which hand-written tables would not be); the
original is then kept in the report's bibliography. OpenCC is loaded only when asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from diagnose.report.model import Citation


@cache
def _converter() -> Any:
    import opencc  # only a report that asks for simplified script pays for loading the tables

    return opencc.OpenCC("t2s.json")


@lru_cache(maxsize=4096)
def to_simplified(text: str) -> str:
    """`text` with traditional characters converted to simplified (OpenCC t2s); simplified text is unchanged."""
    return str(_converter().convert(text))


@dataclass
class Script:
    """One report's choice of script for quotes. `simplified` off: every quote as the paper has it."""

    simplified: bool = False
    originals: list[Citation] = field(default_factory=list)  # the converted quotes, in order of first use
    _index: dict[tuple[str, str, str], int] = field(default_factory=dict)

    def quote(self, c: Citation) -> tuple[str, int | None]:
        """The quote to show and, when it was converted, the number of its original in the bibliography."""
        if not self.simplified:
            return c.quote, None
        shown = to_simplified(c.quote)
        if shown == c.quote:
            return shown, None
        key = (c.source, c.locator, c.quote)
        if key not in self._index:
            self.originals.append(c)
            self._index[key] = len(self.originals)
        return shown, self._index[key]


def for_lang(lang: str, simplified: bool) -> Script:
    """Conversion applies to zh reports only: an English report shows quotes as the papers have them."""
    return Script(simplified=simplified and lang == "zh")
