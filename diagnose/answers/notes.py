"""An answer may carry a note and a source: `{"value": ..., "note": "...", "source": "2024年统计年报"}`
(or, with an interval, `{"min": .., "max": .., "note": ...}`; with a multiple choice known in part,
`{"yes": [..], "no": [..], "note": ...}`). They travel beside the answer into the
report, next to the evidence they support; the rules never read them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NOTE_KEYS = ("note", "source")
VALUE_KEYS = ("value",)
INTERVAL_KEYS = ("min", "max")
CHOICE_KEYS = ("yes", "no")  # a multiple choice known in part (validate.py)
ANSWER_KEYS = (*VALUE_KEYS, *INTERVAL_KEYS, *CHOICE_KEYS, *NOTE_KEYS)
MAX_NOTE = 2000  # characters: a paragraph, not a document


@dataclass(frozen=True)
class Note:
    note: str | None = None
    source: str | None = None

    def data(self) -> dict[str, str]:
        return {k: v for k, v in (("note", self.note), ("source", self.source)) if v is not None}


def split(value: Any) -> tuple[Any, Note | None, str | None]:
    """(the answer itself, its note or None, None) — or (None, None, why the object is not an answer).

    A plain value is returned as it is. An object must hold `value`, or an interval's `min`/`max`,
    or a partial multiple choice's `yes`/`no`, and may hold `note` and `source` (non-empty text); any other key is an error."""
    if not isinstance(value, dict):
        return value, None, None
    unknown = [k for k in value if k not in ANSWER_KEYS]
    if unknown:
        return None, None, "answer_keys"
    texts = {k: value[k] for k in NOTE_KEYS if k in value}
    if any(not isinstance(v, str) or not v.strip() or len(v) > MAX_NOTE for v in texts.values()):
        return None, None, "note_text"
    forms = [keys for keys in (VALUE_KEYS, INTERVAL_KEYS, CHOICE_KEYS) if any(k in value for k in keys)]
    if len(forms) != 1:  # none, or two forms at once
        return None, None, "answer_keys"
    inner = value["value"] if forms[0] == VALUE_KEYS else {k: value[k] for k in forms[0] if k in value}
    note = Note(texts.get("note"), texts.get("source")) if texts else None
    return inner, note, None
