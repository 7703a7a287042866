"""Readable documentation of the knowledge base: `diagnose kb show ID` and `diagnose questions`."""

from __future__ import annotations

from diagnose.i18n import t
from diagnose.knowledge import conditions
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.models import NUMERIC_TYPES, Diagnosis, Mechanism, Question, QuestionType, Reference

HEAD = {
    "what": ("是什么", "What it is"),
    "signs": ("征象(何以判断)", "Signs (how it is recognised)"),
    "severity": ("严重程度分级(按综合确定度)", "Severity bands (over the combined certainty)"),
    "recommends": ("推荐机制", "Recommended mechanisms"),
    "contra": ("不宜采用", "Contraindicated"),
    "refs": ("参考文献", "References"),
    "applies": ("适用前提", "Applies when"),
    "how": ("如何运作", "How it works"),
    "answers": ("针对的问题", "Problems it answers"),
    "pre": ("前提条件", "Preconditions"),
    "level": ("由谁推动", "Who puts it in place"),
    "used_by": ("被以下诊断推荐", "Recommended by"),
    "when": ("条件", "when"),
}
LEVEL = {
    "county": ("县级可自行推动", "the county itself"),
    "higher": ("依赖上级", "higher levels"),
    "shared": ("县与上级共同推动", "the county with higher levels"),
}


def _h(key: str, lang: str) -> str:
    return HEAD[key][1 if lang == "en" else 0]


def _refs(kb: KnowledgeBase, refs: list[Reference], indent: str, lang: str) -> list[str]:
    sep = "," if lang == "zh" else ", "
    return [
        f"{indent}「{r.quote}」 —— {kb.sources[r.source].cite}{sep}{r.locator}"
        f"{'(' if lang == 'zh' else ' ('}{t('claim_' + r.claim, lang, authors=kb.sources[r.source].authors)})"
        for r in refs
    ]


def describe_condition(kb: KnowledgeBase, cond: conditions.Condition, lang: str) -> str:
    """A condition in words, each question named by its short title (a whole label per test would not read)."""
    return conditions.describe(cond, lambda q: kb.questions[q].title.get(lang) if q in kb.questions else q, lang)


def show(kb: KnowledgeBase, ident: str, lang: str) -> str:
    if ident in kb.diagnoses:
        return show_diagnosis(kb, kb.diagnoses[ident], lang)
    if ident in kb.mechanisms:
        return show_mechanism(kb, kb.mechanisms[ident], lang)
    raise KeyError(ident)


def show_diagnosis(kb: KnowledgeBase, d: Diagnosis, lang: str) -> str:
    out = [
        f"{d.title.get(lang)} ({d.id})",
        f"status: {d.status}",
        "",
        f"## {_h('what', lang)}",
        d.description.get(lang),
    ]
    if d.applies is not None:
        out += ["", f"## {_h('applies', lang)}", describe_condition(kb, d.applies, lang)]
    out += ["", f"## {_h('signs', lang)}"]
    for s in d.signs:
        out.append(f"- {s.title.get(lang)} [{s.id}] CF {s.certainty}")
        out.append(f"  {_h('when', lang)}: {describe_condition(kb, s.when, lang)}")
        if s.bands is not None:  # graded certainty: the band a measured answer falls in
            name = kb.questions[s.bands.q].title.get(lang) if s.bands.q in kb.questions else s.bands.q
            steps = ", ".join(f"≥ {step.gte:g} → {step.certainty}" for step in s.bands.steps)
            out.append(f"  {t('doc_bands', lang, question=name, steps=steps)}")
            out.append(f"    {s.bands.rationale.get(lang)}")
        for shared in s.shares:
            out.append(f"  {t('doc_shares', lang, q=shared.q, reason=shared.reason.get(lang))}")
        out.append(f"  {s.rationale.get(lang)}")
        out += _refs(kb, s.references, "  ", lang)
    b = d.severity
    out += ["", f"## {_h('severity', lang)}", f"watch ≥ {b.watch}, warning ≥ {b.warning}, severe ≥ {b.severe}"]
    out += ["", f"## {_h('recommends', lang)}"]
    for r in d.recommends:
        title = kb.mechanisms[r.mechanism].title.get(lang) if r.mechanism in kb.mechanisms else r.mechanism
        cond = f" ({_h('when', lang)}: {describe_condition(kb, r.when, lang)})" if r.when else ""
        out.append(f"- {title} [{r.mechanism}]{cond}")
        out.append(f"  {r.rationale.get(lang)}")
        out += _refs(kb, r.references, "  ", lang)
    if d.contraindicates:
        out += ["", f"## {_h('contra', lang)}"]
        for c in d.contraindicates:
            title = kb.mechanisms[c.mechanism].title.get(lang) if c.mechanism in kb.mechanisms else c.mechanism
            out += [f"- {title} [{c.mechanism}]", f"  {c.rationale.get(lang)}"] + _refs(kb, c.references, "  ", lang)
    out += ["", f"## {_h('refs', lang)}"] + _refs(kb, d.references, "- ", lang)
    return "\n".join(out) + "\n"


def show_mechanism(kb: KnowledgeBase, m: Mechanism, lang: str) -> str:
    out = [f"{m.title.get(lang)} ({m.id})", f"{_h('level', lang)}: {LEVEL[m.level][1 if lang == 'en' else 0]}"]
    if m.kind == "principle":
        out.append(t("kind_principle", lang))
    out += ["", f"## {_h('what', lang)}", m.what.get(lang), "", f"## {_h('how', lang)}", m.how.get(lang)]
    out += ["", f"## {_h('answers', lang)}"] + [f"- {a.get(lang)}" for a in m.answers]
    if m.preconditions:
        out += ["", f"## {_h('pre', lang)}"] + [f"- {p.get(lang)}" for p in m.preconditions]
    if m.contraindications:
        out += ["", f"## {_h('contra', lang)}"] + [f"- {p.get(lang)}" for p in m.contraindications]
    users = [d for d in kb.diagnoses.values() if any(r.mechanism == m.id for r in d.recommends)]
    if users:
        out += ["", f"## {_h('used_by', lang)}"] + [f"- {d.title.get(lang)} [{d.id}]" for d in users]
    out += ["", f"## {_h('refs', lang)}"] + _refs(kb, m.references, "- ", lang)
    return "\n".join(out) + "\n"


def question_lines(kb: KnowledgeBase, q: Question, lang: str) -> list[str]:
    lo, hi = q.bounds()
    out = [f"[{q.id}] {q.title.get(lang)}", f"    {q.label.get(lang)}", f"    {q.help.get(lang)}"]
    facts = [q.type.value]
    if q.unit:
        facts.append(q.unit.get(lang))
    if lo is not None or hi is not None:
        facts.append(
            f"{'' if lo is None else lo:g}–{'' if hi is None else hi:g}".replace("–", " – ")
            if lo is not None and hi is not None
            else f"≥ {lo:g}"
            if lo is not None
            else f"≤ {hi:g}"
        )
    out.append("    " + " · ".join(facts))
    for c in q.choices or []:
        out.append(f"      {c.id}: {c.label.get(lang)}")
    if q.type in NUMERIC_TYPES:  # the forms an answer may take (docs/answers.md)
        out.append("    " + t("doc_forms_numeric", lang))
    elif q.type == QuestionType.multiple_choice:
        out.append("    " + t("doc_forms_partial", lang))
    if q.calculate is not None:
        out.append("    " + t("doc_calculate", lang, formula=q.calculate))
    if q.relevant is not None:
        word = "仅当" if lang == "zh" else "only when"
        out.append(f"    {word}: {describe_condition(kb, q.relevant, lang)}")
    if q.calculate is not None:
        out.append(f"    {t('listing_calculated', lang)}: {q.calculate}")
    if q.fixed_by is not None:  # what-if leaves it as it is unless freed (--free)
        kinds = {
            "context": ("县情,不可自行改变", "fixed: the county's situation"),
            "higher_level": ("由上级决定", "fixed: decided by higher levels"),
        }
        zh, en = kinds[q.fixed_by.kind]
        out.append(f"    {zh if lang == 'zh' else en}: {q.fixed_by.reason.get(lang)}")
    return out


def group_lines(kb: KnowledgeBase, gid: str, lang: str) -> list[str]:
    """A repeat group: its questions, asked once per item."""
    g = kb.groups[gid]
    out = [f"-- [{g.id}] {g.title.get(lang)} ({t('listing_repeat', lang, item=g.item.get(lang))}) --"]
    out += [f"    {g.label.get(lang)}", f"    {g.help.get(lang)}"]
    for q in g.questions:
        out += ["  " + line for line in question_lines(kb, q, lang)]
    return out


def questionnaire_text(kb: KnowledgeBase, lang: str) -> str:
    out: list[str] = []
    for s in kb.sections:
        out += [f"== {s.title.get(lang)} ({s.id}) =="]
        if s.description:
            out.append(s.description.get(lang))
        for q in kb.questions_in(s.id):
            out += question_lines(kb, q, lang)
        for gid, section in kb.group_section.items():
            out += group_lines(kb, gid, lang) if section == s.id else []
        out.append("")
    return "\n".join(out)
