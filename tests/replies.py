"""What an official would type at the consultation's prompt for a JSON answer (shared by the consultation tests and steps)."""

from __future__ import annotations

from typing import Any


def reply_for(value: Any, lang: str = "zh") -> str:
    """What an official would type for a JSON answer."""
    if value == "unknown":
        return "不知道" if lang == "zh" else "unknown"
    if isinstance(value, bool):
        return ("是" if value else "否") if lang == "zh" else ("yes" if value else "no")
    if isinstance(value, list):  # nothing ticked is said in words: an empty line asks again
        return ",".join(value) if value else ("无" if lang == "zh" else "none")
    if isinstance(value, dict) and "value" in value:  # an answer with a note: the answer (the note is a command)
        return reply_for(value["value"], lang)
    if isinstance(value, dict):  # a JSON range, typed as an official writes one
        if "min" in value and "max" in value:
            return f"{value['min']}~{value['max']}"
        if "min" in value:
            return f"至少{value['min']}" if lang == "zh" else f"at least {value['min']}"
        return f"不超过{value['max']}" if lang == "zh" else f"at most {value['max']}"
    return str(value)


def typed(value: Any, lang: str = "zh") -> Any:
    """The JSON answer a consultation saves for `value` typed as `reply_for` types it: a range as its phrase."""
    return reply_for(value, lang) if isinstance(value, dict) and "value" not in value else value


def reply_to(kb: Any, qid: str, answers: dict[str, Any], lang: str = "zh") -> str:
    """What an official types for a question from a county file: the file's answer; at a share's one prompt
    (consult/shares.py) the share when the file gives it, else its two counts (`12/40`) when it gives both."""
    from diagnose.consult.shares import share_of

    if qid in answers or qid not in kb.questions:
        return reply_for(answers.get(qid, "unknown"), lang)
    share = share_of(kb.questions[qid])
    if share is not None:
        part, whole = (answers.get(x, "unknown") for x in (share.part, share.whole))
        if "unknown" not in (part, whole) and "not_tracked" not in (part, whole):
            return f"{reply_for(part, lang)}/{reply_for(whole, lang)}"
    return reply_for("unknown", lang)
