"""Repeat groups in an input record: `"answers": {"innovation_projects": [{...}, {...}]}`, one object per
item (question id → answer, in any form a plain answer takes), and the aggregate derived questions worked
out over them (`share(innov_p_borrowed)` → the share of items where it holds; items whose answer is
unknown make the value an interval). A direct answer to the derived question wins; one that disagrees
with the items is flagged, as for any derived question."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from diagnose.answers.derive import TOLERANCE_ABS, TOLERANCE_REL, Derivation
from diagnose.answers.record import shown
from diagnose.i18n import t
from diagnose.knowledge import aggregate
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.interval import Interval
from diagnose.knowledge.models import RepeatGroup

ReadAnswer = Callable[[Any, Any, str], tuple[Any, str | None]]  # validate.read_answer (validate imports us)
NAME = "name"  # every item may carry its name beside its answers
MAX_NAME = 200
Item = dict[str, Any]  # item question id → normal-form answer (None: unknown)


@dataclass(frozen=True)
class ItemProblem:
    path: str
    message: str


def read_items(
    g: RepeatGroup, raw: Any, lang: str, read_answer: ReadAnswer, _show: Callable[[Any], str]
) -> tuple[list[Item], list[ItemProblem]]:
    """The group's items in normal form, or the problems, each naming the item by its number (from 1)
    and the field. (A note given with an item's answer is accepted; reports do not show it yet.)"""
    item, base = g.item.get(lang), f"answers.{g.id}"
    names = {"group": g.title.get(lang), "gid": g.id, "item": item}
    if not isinstance(raw, list):
        example = g.questions[0].id
        return [], [ItemProblem(base, t("items_list", lang, example=example, value=_show(raw), **names))]
    if len(raw) > g.max_items:
        return [], [ItemProblem(base, t("items_too_many", lang, most=str(g.max_items), n=str(len(raw)), **names))]
    fields = {q.id: q for q in g.questions}
    items: list[Item] = []
    problems: list[ItemProblem] = []
    for i, entry in enumerate(raw):
        n = str(i + 1)
        if not isinstance(entry, dict):
            problems.append(ItemProblem(f"{base}[{i}]", t("item_object", lang, n=n, item=item, value=_show(entry))))
            continue
        got: Item = {}
        for qid, value in entry.items():
            if qid == NAME:  # the item's own name, as the county calls it (no rule reads it)
                if isinstance(value, str) and 0 < len(value.strip()) <= MAX_NAME:
                    got[NAME] = value.strip()
                else:
                    what = t("item_name", lang, most=str(MAX_NAME), value=_show(value))
                    problems.append(
                        ItemProblem(f"{base}[{i}].{NAME}", t("item_answer", lang, n=n, item=item, what=what))
                    )
                continue
            q = fields.get(qid)
            if q is None:
                close = difflib.get_close_matches(str(qid), list(fields), n=3)
                hint = t("did_you_mean", lang, ids=", ".join(close)) if close else ""
                problems.append(
                    ItemProblem(
                        f"{base}[{i}].{qid}", t("item_unknown_question", lang, n=n, qid=qid, hint=hint, **names)
                    )
                )
                continue
            read, message = read_answer(q, value, lang)
            if read is None:
                problems.append(ItemProblem(f"{base}[{i}].{qid}", t("item_answer", lang, n=n, item=item, what=message)))
                continue
            got[qid] = read.value
        items.append(got)
    return items, problems


def derive_groups(
    kb: KnowledgeBase, items: dict[str, list[Item]], answers: dict[str, Any]
) -> tuple[dict[str, Any], list[Derivation]]:
    """The answers with each aggregate over a described group filled in (unless answered directly),
    and how each was worked out."""
    if not kb.aggregates or not items:
        return answers, []
    out = dict(answers)
    trail: list[Derivation] = []
    for q in kb.aggregates:
        agg = q.aggregation()
        assert agg is not None
        whole = agg.fn == "count" and agg.group in kb.groups
        gid = agg.group if whole else next((kb.group_of[f] for f in agg.fields() if f in kb.group_of), None)
        if gid is None or not items.get(gid):
            continue  # the group was not described ([] describes nothing): the question is answered directly
        tally = aggregate.evaluate(agg, items[gid], whole_group=whole)
        direct = out.get(q.id)
        if direct is None and tally.value is not None:
            out[q.id] = tally.value
        trail.append(
            Derivation(
                question=q.id,
                formula=q.calculate or "",
                inputs={},
                value=shown(tally.value),  # type: ignore[arg-type]
                direct=shown(direct) if direct is not None else None,
                disagrees=direct is not None and _disagrees(direct, tally.value),
                tally={
                    "group": gid,
                    "passed": tally.passed,
                    "total": tally.total,
                    "unknown": tally.unknown,
                    **({"sums": list(tally.sums)} if tally.sums else {}),
                },
            )
        )
    return out, trail


def _disagrees(direct: Any, value: Any) -> bool:
    """A direct answer against the items' value, beyond rounding (a yes/no must match exactly)."""
    if value is None or isinstance(direct, Interval):
        return False
    if isinstance(value, bool) or isinstance(direct, bool):
        return direct is not value
    lo, hi = (value.lo, value.hi) if isinstance(value, Interval) else (value, value)
    slack = max(TOLERANCE_ABS, TOLERANCE_REL * abs(hi if hi is not None else direct))
    return (lo is not None and direct < lo - slack) or (hi is not None and direct > hi + slack)
