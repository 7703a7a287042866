"""Which paper sections each diagnosis and mechanism rests on, how often each paper is cited, and
which sections no rule uses (`diagnose kb coverage`)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.references import references


def coverage(kb: KnowledgeBase) -> dict[str, Any]:
    rests_on: dict[tuple[str, str], set[tuple[str, str]]] = {}
    cited: Counter[str] = Counter()
    quotes: dict[str, set[str]] = {s: set() for s in kb.sources}
    used: dict[str, Counter[str]] = {s: Counter() for s in kb.sources}
    unmatched: list[dict[str, str]] = []
    for kind, ident, ref in references(kb):
        source = kb.sources[ref.source]
        cited[ref.source] += 1
        quotes[ref.source].add(ref.quote)
        section = source.section_of(ref.locator)
        if section is None:
            unmatched.append({"kind": kind, "id": ident, "source": ref.source, "locator": ref.locator})
            section = ref.locator
        else:
            used[ref.source][section] += 1
        rests_on.setdefault((kind, ident), set()).add((ref.source, section))
    return {
        "entries": [
            {"kind": kind, "id": ident, "sections": [{"source": s, "section": sec} for s, sec in sorted(secs)]}
            for (kind, ident), secs in rests_on.items()
        ],
        "papers": [
            {
                "source": sid,
                "cite": src.cite,
                "citations": cited[sid],
                "distinct_quotes": len(quotes[sid]),
                "sections": [{"section": s.title, "citations": used[sid][s.title]} for s in src.sections],
                "unused_sections": [s.title for s in src.sections if not used[sid][s.title] and not s.apparatus],
            }
            for sid, src in kb.sources.items()
        ],
        "unmatched_locators": unmatched,
    }


def coverage_text(kb: KnowledgeBase, data: dict[str, Any], lang: str) -> str:
    zh = lang == "zh"
    out = ["== " + ("各论文的引用" if zh else "Citations per paper") + " =="]
    for p in data["papers"]:
        out.append(
            f"{p['cite']} [{p['source']}]: {p['citations']} "
            + ("次引用," if zh else "citations, ")
            + f"{p['distinct_quotes']} "
            + ("条不同引文" if zh else "distinct quotes")
        )
        for s in p["sections"]:
            out.append(f"  {s['citations']:>4}  {s['section']}")
        if p["unused_sections"]:
            out.append(
                "  "
                + ("未被任何规则引用的章节:" if zh else "sections no rule uses: ")
                + "; ".join(p["unused_sections"])
            )
    out.append("")
    for kind, head in (
        ("diagnosis", ("诊断所依据的章节", "Sections each diagnosis rests on")),
        ("mechanism", ("机制所依据的章节", "Sections each mechanism rests on")),
    ):
        out.append(f"== {head[0] if zh else head[1]} ==")
        for e in data["entries"]:
            if e["kind"] == kind:
                title = (kb.diagnoses[e["id"]].title if kind == "diagnosis" else kb.mechanisms[e["id"]].title).get(lang)
                out.append(f"{title} [{e['id']}]")
                for s in e["sections"]:
                    out.append(f"  {kb.sources[s['source']].cite} · {s['section']}")
        out.append("")
    if data["unmatched_locators"]:
        out.append("== " + ("无法对应到章节的出处" if zh else "Locators that match no section") + " ==")
        for u in data["unmatched_locators"]:
            out.append(f"  {u['kind']} {u['id']}: {u['source']} «{u['locator']}»")
    return "\n".join(out) + "\n"
