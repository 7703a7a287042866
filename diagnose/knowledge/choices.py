"""A multiple-choice answer known only in part: the options the county is sure it has (`yes`), sure it
has not (`no`), and the rest unknown. A test on an option nobody answered is undetermined, never false.

A plain list stays the normal form of a complete answer ("exactly these"); a partial answer whose two
lists cover every option is made a plain list by validation, so only truly partial answers are Choices.
It lives beside the condition language (which tests it), like interval.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from diagnose.knowledge.interval import Truth


@dataclass(frozen=True)
class Choices:
    """`yes` and `no` in the question's order (validation builds them so), so equal answers are equal."""

    yes: tuple[str, ...]
    no: tuple[str, ...]

    def has(self, choice: str) -> Truth:
        """Whether the answer includes `choice`: True, False, or None when that option was not answered."""
        if choice in self.yes:
            return True
        if choice in self.no:
            return False
        return None

    def unknown(self, options: list[str]) -> list[str]:
        """The options, in the question's order, that were left unanswered."""
        return [c for c in options if c not in self.yes and c not in self.no]
