"""Text from the input made safe to print: control characters shown, never obeyed."""

from __future__ import annotations

import re

# C0 and C1 controls and DEL (terminal escapes, carriage returns, bells), and the bidirectional
# overrides that make a terminal show text in another order than it is; newlines and tabs stay.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with each control character written as an escape (ESC → \\x1b), so that a county name
    or a file name can never drive the terminal; what the renderers add themselves is untouched."""
    return _CONTROL.sub(_escaped, text) if _CONTROL.search(text) else text


def _escaped(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
