"""The consultation's last section: mechanisms the county already runs (the input's `in_place`), UI-free.

Asked compactly: one multiple choice of the mechanisms that answer what has been found (the procedures
the report recommends; a principle is an orientation, not something a county "runs"), then one line for
each ticked one: since when and whether it works (`2021 部分`, `2019 yes`).
"""

from __future__ import annotations

import re
from typing import Any

from diagnose.i18n import t
from diagnose.knowledge.base import KnowledgeBase

# how well it works, as typed → the input's `working`
WORKING_WORDS: dict[str, tuple[str, ...]] = {
    "yes": ("yes", "y", "works", "working", "有效", "运行有效", "是", "管用"),
    "partly": ("partly", "partially", "partly working", "部分", "部分有效", "一般"),
    "no": ("no", "n", "not working", "无效", "未见成效", "否", "不管用", "没效果"),
    "unknown": ("unknown", "dk", "effect unknown", "不知道", "不清楚", "成效不明"),
}
_WORD = {w: working for working, words in WORKING_WORDS.items() for w in words}
_YEAR = re.compile(r"(?:since|从|自)?\s*(\d{4})\s*(?:年)?\s*(?:起|以来|开始)?", re.I)
NONE_WORDS = ("none", "无", "都没有", "没有")


def offered(kb: KnowledgeBase, recommended: list[str], current: list[str]) -> list[str]:
    """The mechanisms to offer: the procedures the report recommends, best first (the ones a county would be
    told to put in place: does it run them already?), then any already said to be in place."""
    procedures = [m for m in recommended if kb.mechanisms[m].kind == "procedure"]
    return list(dict.fromkeys([*procedures, *current]))


def parse_ticks(text: str, offered: list[str], lang: str) -> tuple[list[str] | None, str | None]:
    """The mechanisms ticked (`1,3`; `无` for none), or a message saying what is expected."""
    reply = text.strip().lower()
    if reply in NONE_WORDS:
        return [], None
    tokens = [x for x in re.split(r"[,，、\s]+", reply) if x]
    if not tokens or not all(x.isdigit() and 1 <= int(x) <= len(offered) for x in tokens):
        return None, t("reply_choices", lang, n=len(offered))
    return list(dict.fromkeys(offered[int(x) - 1] for x in tokens)), None


def parse_entry(text: str, lang: str) -> tuple[dict[str, Any] | None, str | None]:
    """`2021 部分` → {"since": 2021, "working": "partly"}; either part may be left out (Enter: nothing known)."""
    reply = text.strip().lower()
    entry: dict[str, Any] = {}
    m = _YEAR.search(reply)
    if m:
        year = int(m[1])
        if not 1949 <= year <= 2100:
            return None, t("ask_in_place_bad", lang)
        entry["since"] = year
        reply = (reply[: m.start()] + " " + reply[m.end() :]).strip(" ,，、")
    if reply:
        working = _WORD.get(" ".join(reply.split()))
        if working is None:
            return None, t("ask_in_place_bad", lang)
        entry["working"] = working
    return entry, None


def shown(kb: KnowledgeBase, in_place: dict[str, dict[str, Any]], lang: str) -> list[str]:
    """Each mechanism in place as a line: title (since 2021, partly working)."""
    out = []
    for mid, entry in in_place.items():
        parts = []
        if entry.get("since") is not None:
            parts.append(t("ask_in_place_since", lang, year=entry["since"]))
        parts.append(t("working_" + entry.get("working", "unknown"), lang))
        out.append(f"{kb.mechanisms[mid].title.get(lang)} ({', '.join(parts) if lang == 'en' else ','.join(parts)})")
    return out
