"""The features' words for the knowledge base: questions, signs, diagnoses, mechanisms, sections and choices
named by their Chinese titles (as a scholar reads them), mapped to the ids the code uses.

A name that matches nothing, or more than one entry, fails the step with a message saying which, and
the nearest names the knowledge base does have, so that a renamed title shows up as a clear failure.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.models import QuestionType

WORDS = {"是": True, "否": False, "不知道": "unknown"}
REST_UNKNOWN = "其余不知道"  # a multiple choice known in part, e.g. 有:财力统筹……;其余不知道
PARTIAL_SIDES = {"有": "yes", "没有": "no"}
CHOICE_SEPARATOR = re.compile(r"\s*[;；]\s*")  # choice labels hold 、 and ,, never a semicolon


def bracketed(group: str) -> str:
    """A pattern for a title in the features' corner brackets, captured as `group`; a title may itself
    hold one bracketed pair (「321」模式的网格化管理+精细化服务)."""
    return rf"「(?P<{group}>(?:[^「」]|「[^「」]*」)+)」"


class UnknownName(AssertionError):
    """A feature names something the knowledge base does not have, or has more than once."""


def resolve(kind: str, name: str, entries: list[tuple[str, Any]]) -> Any:
    """The one entry whose title is `name`; `entries` are (title, what the step needs) pairs."""
    name = name.strip()
    found = [value for title, value in entries if title == name]
    if len(found) == 1:
        return found[0]
    if found:
        raise UnknownName(f"{kind}「{name}」有 {len(found)} 个 (ambiguous {kind} title): {found}")
    near = difflib.get_close_matches(name, [title for title, _ in entries], n=3, cutoff=0.4)
    hint = f";相近的有 (did you mean): {'、'.join(f'「{n}」' for n in near)}" if near else ""
    raise UnknownName(f"没有标题为「{name}」的{kind} (no {kind} titled {name!r}){hint}")


def question(kb: KnowledgeBase, name: str) -> str:
    return resolve("问题", name, [(q.title.zh, q.id) for q in kb.questions.values()])


def diagnosis(kb: KnowledgeBase, name: str) -> str:
    return resolve("诊断", name, [(d.title.zh, d.id) for d in kb.diagnoses.values()])


def sign(kb: KnowledgeBase, name: str) -> tuple[str, str]:
    """(diagnosis id, sign id) of the sign with this title, in whichever diagnosis has it."""
    return resolve("征象", name, [(s.title.zh, (d.id, s.id)) for d in kb.diagnoses.values() for s in d.signs])


def mechanism(kb: KnowledgeBase, name: str) -> str:
    return resolve("机制", name, [(m.title.zh, m.id) for m in kb.mechanisms.values()])


def section(kb: KnowledgeBase, name: str) -> str:
    return resolve("问卷一节", name, [(s.title.zh, s.id) for s in kb.sections])


def choice(kb: KnowledgeBase, qid: str, name: str) -> str:
    q = kb.questions[qid]
    return resolve(f"「{q.title.zh}」的选项", name, [(c.label.zh, c.id) for c in q.choices or []])


def answer(kb: KnowledgeBase, qid: str, text: str) -> Any:
    """An answer as the features write it: 是/否/不知道, a number or an approximate figure, or choices by
    their Chinese labels (several separated by ;)."""
    text = text.strip()
    if text in WORDS:
        return WORDS[text]
    q = kb.questions[qid]
    if q.type == QuestionType.multiple_choice and REST_UNKNOWN in text:  # 有:甲;没有:乙;其余不知道
        known: dict[str, list[str]] = {"yes": [], "no": []}
        for part in CHOICE_SEPARATOR.split(text):
            side, _, label = re.split(r"([:：])", part, maxsplit=1) if part != REST_UNKNOWN else (part, "", "")
            if side in PARTIAL_SIDES:
                known[PARTIAL_SIDES[side]].append(choice(kb, qid, label))
        return known
    if q.type == QuestionType.multiple_choice:
        return [choice(kb, qid, c) for c in CHOICE_SEPARATOR.split(text) if c]
    if q.type == QuestionType.single_choice:
        return choice(kb, qid, text)
    try:
        number = float(text)
    except ValueError:
        return text  # an approximate answer (约25, 50-70, 大多数): validation reads it (docs/answers.md)
    return int(number) if number.is_integer() else number
