"""How an aggregate over a repeat group was worked out, in words: "5 个项目中 3 个:该项目借鉴外地模式"."""

from __future__ import annotations

from diagnose.i18n import t
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.model import DerivedValue


def tally_text(kb: KnowledgeBase, d: DerivedValue, lang: str) -> str:
    assert d.tally is not None
    agg = kb.questions[d.question].aggregation()
    g = kb.groups.get(d.tally.group)
    item = g.item.get(lang) if g else ""
    if agg is not None and agg.sums is not None:
        part, whole = (_title(kb, f, lang) for f in agg.sums)
        lo, hi, total = d.tally.sums if d.tally.sums else ("?", "?", "?")
        p = lo if lo == hi else f"{lo}–{hi}"
        out = t("derived_ratio", lang, n=d.tally.total, item=item, part=part, whole=whole, p=p, w=total)
        return out + (f"; {t('derived_tally_unknown', lang, n=d.tally.unknown)}" if d.tally.unknown else "")
    if agg is None or agg.test is None or (agg.fn == "count" and agg.group in kb.groups):
        return t("derived_items", lang, n=d.tally.total, item=item)
    words = {"test": _words(kb, agg.test, lang), "item": item, "passed": d.tally.passed, "total": d.tally.total}
    if agg.among is not None:
        out = t("derived_tally_among", lang, among=_words(kb, agg.among, lang), **words)
    else:
        out = t("derived_tally", lang, **words)
    return out + (f"; {t('derived_tally_unknown', lang, n=d.tally.unknown)}" if d.tally.unknown else "")


def _words(kb: KnowledgeBase, cond: conditions.Condition, lang: str) -> str:
    """A test named by its item questions' titles; a bare yes/no test is the title alone."""
    if isinstance(cond, conditions.Atom) and cond.op == "eq" and cond.value is True:
        return _title(kb, cond.q, lang)
    return conditions.describe(cond, lambda q: _title(kb, q, lang), lang)


def _title(kb: KnowledgeBase, qid: str, lang: str) -> str:
    q = kb.item_questions.get(qid)
    return q.title.get(lang) if q else qid
