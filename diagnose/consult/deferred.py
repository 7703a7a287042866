"""The prompt for follow-ups deferred to the end, UI-free: a gate answered unknown (not yes) does not
close its follow-ups (an office may know the facts behind a gate it cannot state), but asking them at
once would lengthen every consultation that says "unknown"; so they wait, and one line offers them.
"""

from __future__ import annotations

from diagnose.consult.machine import NO, UNKNOWN_REPLIES, YES, Consultation, command_of
from diagnose.i18n import t

ASK = "ask"
SKIP = "skip"


def lines(c: Consultation) -> list[str]:
    """What the prompt says: how many questions wait, under which gates (with how many each), the choice."""
    lang = c.lang
    waiting = c.deferred()
    out = [t("ask_deferred_head", lang, n=len(waiting))]
    for gate in c.deferred_gates(waiting):
        n = sum(gate.id in c.gates_of(q.id) for q in waiting)
        out.append("  - " + t("ask_deferred_gate", lang, title=gate.title.get(lang), n=n))
    out.append(t("ask_deferred_choice", lang))
    return out


def choice(reply: str) -> str | None:
    """`ask` for yes/是, `skip` for Enter, no/否, unknown/不知道 or skip/跳过; None when it is neither."""
    word = " ".join(reply.strip().lower().split())
    if not word or word in NO or word in UNKNOWN_REPLIES or command_of(word) == "skip":
        return SKIP
    return ASK if word in YES else None
