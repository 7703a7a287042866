"""The nearest known name to a misspelt one: "`certanty`: did you mean `certainty`?"."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from diagnose.knowledge.say import say

# difflib's ratio: `certanty`/`certainty` 0.94, `gtee`/`gte` 0.86; unrelated ids fall well below
CUTOFF = 0.7


def nearest(word: str, known: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=CUTOFF)
    return close[0] if close else None


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """`; did you mean `x`?` for the nearest known name, or nothing when none is near."""
    near = nearest(word, known)
    return say("did_you_mean", near=near) if near else ""
