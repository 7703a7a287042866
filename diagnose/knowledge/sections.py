"""Where each section of a paper begins and ends in its text, and which section a quote lies in.

A section begins at its `start` (sources.yaml), found in the paper after the previous section's
start, and ends where the next section begins. Positions are in the text with whitespace removed,
the same text quotes are matched against, so a quote broken across lines still counts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from diagnose.knowledge.models import PaperSection
from diagnose.knowledge.say import say

ELLIPSIS = re.compile(r"……|…|\.\.\.")


def squash(text: str) -> str:
    return "".join(text.split())


def quote_parts(quote: str) -> list[str]:
    """The verbatim fragments of a quote: an ellipsis joins fragments that stand in this order."""
    return [squash(p) for p in ELLIPSIS.split(quote) if squash(p)]


def quote_span(quote: str, text: str) -> tuple[int, int] | None:
    """Where a quote's first fragment begins and its last ends in the squashed text; None when absent."""
    at, first = 0, None
    for part in quote_parts(quote):
        at = text.find(part, at)
        if at < 0:
            return None
        first = at if first is None else first
        at += len(part)
    return (first, at) if first is not None else None


@dataclass(frozen=True)
class PaperMap:
    """A paper's sections laid over its text: `starts[i]` is where `titles[i]` begins."""

    titles: tuple[str, ...]
    starts: tuple[int, ...]

    def section_at(self, pos: int) -> str | None:
        """The section holding a position; None before the first section begins (the page's front matter)."""
        i = bisect_right(self.starts, pos) - 1
        return self.titles[i] if i >= 0 else None

    def sections_of(self, span: tuple[int, int]) -> list[str | None]:
        """The sections a quote's span touches, in order (one, unless it runs across a boundary)."""
        first, last = self.section_at(span[0]), self.section_at(max(span[0], span[1] - 1))
        return [first] if first == last else [first, last]


def lay_out(sections: list[PaperSection], text: str) -> tuple[PaperMap, list[str]]:
    """Find each section's start in the squashed text, in order; the problems found, for `kb check`."""
    titles: list[str] = []
    starts: list[int] = []
    problems: list[str] = []
    at = 0
    for s in sections:
        pos = text.find(squash(s.start), at)
        if pos < 0:
            earlier = text.find(squash(s.start)) >= 0
            problems.append(
                say("section_start_order" if earlier else "section_start_missing", title=s.title, start=s.start)
            )
            continue
        titles.append(s.title)
        starts.append(pos)
        at = pos + 1
    return PaperMap(tuple(titles), tuple(starts)), problems
