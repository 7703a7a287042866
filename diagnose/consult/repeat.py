"""Repeat groups in the consultation: "how many projects will you describe?", then each project's
questions, as ordinary questions one after another (so scripted input keeps its shape: one line per
question). Each is a Question of its own with an id that says where it belongs:

    innovation_projects__n              how many items will be described (0: answer the shares directly)
    innovation_projects__2__innov_p_borrowed    item 2's answer to innov_p_borrowed
"""

from __future__ import annotations

import re
from typing import Any

from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.models import Question, QuestionType, Text

_ID = re.compile(r"^(?P<g>[a-z][a-z0-9_]*?)__(?:(?P<n>n)|(?P<i>\d+)__(?P<f>[a-z][a-z0-9_]*))$")


def count_id(gid: str) -> str:
    return f"{gid}__n"


def item_id(gid: str, n: int, field: str) -> str:
    return f"{gid}__{n}__{field}"


def parse_id(kb: KnowledgeBase, qid: str) -> tuple[str, int | None, str | None] | None:
    """(group, item number or None for the count, item question or None), or None for an ordinary id."""
    m = _ID.match(qid)
    if m is None or m["g"] not in kb.groups:
        return None
    return (m["g"], None, None) if m["n"] else (m["g"], int(m["i"]), m["f"])


def question(kb: KnowledgeBase, qid: str) -> Question:
    """An ordinary question, or the consultation's question standing for a group's count or an item's field."""
    if qid in kb.questions:
        return kb.questions[qid]
    where = parse_id(kb, qid)
    if where is None:
        raise KeyError(qid)
    return _made(kb, *where)


def section_of(kb: KnowledgeBase, qid: str) -> str:
    where = parse_id(kb, qid)
    return kb.group_section[where[0]] if where else kb.section_of[qid]


def _made(kb: KnowledgeBase, gid: str, n: int | None, field: str | None) -> Question:
    g = kb.groups[gid]
    item = g.item
    if n is None:
        return Question(
            id=count_id(g.id),
            type=QuestionType.count,
            title=Text(zh=f"逐项填写的{item.zh}个数", en=f"Number of {item.en}s to describe one by one"),
            label=Text(
                zh=f"{g.label.zh} 您要逐项填写几个{item.zh}?(填 0 则不逐项填写,直接回答各比例题)",
                en=f"{g.label.en} How many {item.en}s will you describe? (0: none, answer the share questions directly)",
            ),
            help=g.help,
            unit=Text(zh="个", en=f"{item.en}s"),
            max=g.max_items,
        )
    q = next(x for x in g.questions if x.id == field)
    return q.model_copy(
        update={
            "id": item_id(g.id, n, q.id),
            "title": Text(zh=f"第 {n} 个{item.zh} · {q.title.zh}", en=f"{item.en.capitalize()} {n} · {q.title.en}"),
            "label": Text(zh=f"(第 {n} 个{item.zh}){q.label.zh}", en=f"({item.en.capitalize()} {n}) {q.label.en}"),
        }
    )


def described(raw: dict[str, Any], gid: str) -> int:
    """How many items the county said it will describe (0 when not said, unknown or not a number)."""
    n = raw.get(count_id(gid))
    return n if isinstance(n, int) and not isinstance(n, bool) and n > 0 else 0


def record_groups(kb: KnowledgeBase, raw: dict[str, Any], notes: dict[str, str]) -> dict[str, Any]:
    """The groups as `diagnose evaluate` takes them: one object per described item."""
    out: dict[str, Any] = {}
    for gid, g in kb.groups.items():
        n = described(raw, gid)
        if count_id(gid) in raw and not n:  # none to describe, or not known how many: saved as such
            out[gid] = [] if raw[count_id(gid)] == 0 else "unknown"
            continue
        if not n:
            continue
        out[gid] = []
        for i in range(1, n + 1):
            entry: dict[str, Any] = {}
            for q in g.questions:
                qid = item_id(gid, i, q.id)
                if qid in raw:
                    entry[q.id] = {"value": raw[qid], "note": notes[qid]} if qid in notes else raw[qid]
            out[gid].append(entry)  # an item with no answer still stands for one described
    return out


def flatten(kb: KnowledgeBase, answers: dict[str, Any]) -> dict[str, Any]:
    """Saved answers with each group's list spread into the consultation's own questions (for --resume)."""
    out: dict[str, Any] = {}
    for key, value in answers.items():
        if key in kb.groups and not isinstance(value, list):
            out[count_id(key)] = "unknown"
        elif key in kb.groups:
            out[count_id(key)] = len(value)
            for i, entry in enumerate(value, 1):
                for field, v in entry.items() if isinstance(entry, dict) else ():
                    if field != "name":  # the name is kept by the file, not asked
                        out[item_id(key, i, field)] = v
        else:
            out[key] = value
    return out


def pending(kb: KnowledgeBase, raw: dict[str, Any], skipped: set[str], gid: str, fields: list[str]) -> list[Question]:
    """The group's questions still to ask: the count, then each described item's `fields`, item by item."""
    if count_id(gid) not in raw:
        return [] if count_id(gid) in skipped else [question(kb, count_id(gid))]
    return [
        question(kb, qid)
        for i in range(1, described(raw, gid) + 1)
        for f in fields
        if (qid := item_id(gid, i, f)) not in raw and qid not in skipped
    ]
