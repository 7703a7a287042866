"""What an official would type at the consultation's prompt for a JSON answer (shared by the consultation tests and steps)."""

from __future__ import annotations

from typing import Any


def reply_for(value: Any, lang: str = "zh") -> str:
    """What an official would type for a JSON answer."""
    if value == "unknown":
        return "不知道" if lang == "zh" else "unknown"
    if isinstance(value, bool):
        return ("是" if value else "否") if lang == "zh" else ("yes" if value else "no")
    if isinstance(value, list):
        return ",".join(value)
    return str(value)
