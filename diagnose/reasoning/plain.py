"""Conditions and tests in plain words for `diagnose explain`: no set notation (∈, ∋), and nothing that
reads like an answer ("… = 是") where a rule's requirement is meant.

`knowledge.conditions.describe` stays the scholars' compact notation (`diagnose kb show`); an official
reading why a diagnosis was or was not reached reads "at least 60%" and "one of: A, B" instead.
"""

from __future__ import annotations

from typing import Any

from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.text import show_answer

# the test a failed atom needed, turned round when the rule needed it to be false
NEGATE = {"eq": "ne", "ne": "eq", "lt": "gte", "lte": "gt", "gt": "lte", "gte": "lt", "in": "not_in", "has": "not_has"}

WORDS = {
    "zh": {
        "eq": "为{v}",
        "ne": "不为{v}",
        "lt": "低于{v}",
        "lte": "不超过{v}",
        "gt": "高于{v}",
        "gte": "至少{v}",
        "in": "为以下之一:{v}",
        "not_in": "不是以下任何一项:{v}",
        "has": "包含{v}",
        "not_has": "不包含{v}",
        "all": " 并且 ",
        "any": " 或者 ",
        "not": "不满足({v})",
        "sign": "征象「{v}」成立",
        "sep": "、",
    },
    "en": {
        "eq": "is {v}",
        "ne": "is not {v}",
        "lt": "is below {v}",
        "lte": "is at most {v}",
        "gt": "is above {v}",
        "gte": "is at least {v}",
        "in": "is one of: {v}",
        "not_in": "is none of: {v}",
        "has": "includes {v}",
        "not_has": "does not include {v}",
        "all": " and ",
        "any": " or ",
        "not": "not ({v})",
        "sign": 'the sign "{v}" holds',
        "sep": "; ",
    },
}


def _value(kb: KnowledgeBase, qid: str, value: Any, lang: str) -> str:
    """A value as an answer's words: yes/no (quoted, so that it reads as what is required), choice labels, units."""
    if qid not in kb.questions:
        return str(value)
    if isinstance(value, bool):
        return f"“{show_answer(kb, qid, value, lang)}”"
    return show_answer(kb, qid, value, lang)


def requirement(kb: KnowledgeBase, atom: conditions.Atom, lang: str, needed: bool = True) -> str:
    """What a rule requires of one answer, e.g. `至少 60%`, `为以下之一:A、B`, `不包含 X`."""
    w = WORDS["en" if lang == "en" else "zh"]
    op = atom.op if needed else NEGATE[atom.op]
    if atom.op == "in":
        shown = w["sep"].join(_value(kb, atom.q, v, lang) for v in atom.value)
    else:
        shown = _value(kb, atom.q, atom.value, lang)
    return w[op].format(v=shown)


def condition(kb: KnowledgeBase, cond: conditions.Condition, lang: str) -> str:
    """A whole condition in words, each question by its short title."""
    w = WORDS["en" if lang == "en" else "zh"]
    if isinstance(cond, conditions.Atom):
        title = kb.questions[cond.q].title.get(lang) if cond.q in kb.questions else cond.q
        return f"{title}{' ' if lang == 'en' else ''}{requirement(kb, cond, lang)}"
    if isinstance(cond, (conditions.All, conditions.Any_)):
        joined = w["all" if isinstance(cond, conditions.All) else "any"].join(
            condition(kb, i, lang) for i in cond.items
        )
        return f"({joined})" if len(cond.items) > 1 else joined
    if isinstance(cond, conditions.Not):
        return w["not"].format(v=condition(kb, cond.item, lang))
    return w["sign"].format(v=cond.sign)
