"""Cohort what-if (`diagnose whatif BATCH --summary --clear D`): for a province choosing one policy lever,
which single change (or pair of changes) would clear a diagnosis in the most counties of a batch.

A lever sets answers to the same values in every county that reaches the diagnosis; its values are one
per piece of each question's range that the rules' thresholds cut (the value next to the threshold), each
choice, or yes/no. Fixed questions stay out unless freed; --only-known counts a county only where the
lever alters a known answer, --only-unknown only where it finds out an unknown one. A pair is listed only
when it clears more counties than either of its changes alone. Every county counted is verified by the
rules engine. Invalid records are listed, never dropped silently (exit status 1, as for other commands).
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from typing import IO, Any

from diagnose.answers.validate import InvalidRecord, Validated, validate
from diagnose.engine.compiled import compiled
from diagnose.i18n import t
from diagnose.io.printable import printable
from diagnose.io.records import read
from diagnose.knowledge.base import KnowledgeBase
from diagnose.reasoning import patches, space
from diagnose.reasoning.space import CHANGE, FIND_OUT, Allowed
from diagnose.reasoning.whatif import verify
from diagnose.report.text import show_answer


@dataclass
class Lever:
    patch: dict[str, Any]
    counties: list[str]


def candidates(kb: KnowledgeBase, did: str, allowed: Allowed) -> list[tuple[str, Any]]:
    """(question, value) pairs a lever may set: the questions the diagnosis reads, outside its scope."""
    d = kb.diagnoses[did]
    cuts = space.thresholds(kb, d)
    out = []
    for qid in space.reads(kb, d, include_scope=False):
        q = kb.questions[qid]
        if q.fixed_by is not None and not allowed.free_all and qid not in allowed.free:
            continue
        out += [(qid, o.value) for o in space.options(q, None, cuts.get(qid, set()), space.named_choices(kb, d, qid))]
    return out


def _counts(allowed: Allowed, p: patches.Problem, patch: dict[str, Any]) -> bool:
    for qid in patch:
        known = p.answers.get(qid) is not None
        if (allowed.only == CHANGE and not known) or (allowed.only == FIND_OUT and known):
            return False
    return p.meets(p.decide(patch))


def levers(
    kb: KnowledgeBase, records: list[Validated], did: str, allowed: Allowed, limit: int
) -> tuple[int, list[Lever]]:
    """(counties reaching the diagnosis, the best levers, most counties cleared first)."""
    engine = compiled(kb)
    reached = [r for r in records if engine.run(r.answers).decisions[did].status == "reached"]
    problems = [(r, patches.Problem(kb, r.answers, did, "clear", allowed)) for r in reached]
    options = candidates(kb, did, allowed)
    singles: dict[tuple[str, Any], set[int]] = {}
    for opt in options:
        singles[_key(opt)] = {i for i, (_, p) in enumerate(problems) if _counts(allowed, p, dict([opt]))}
    found = [(len(c), 1, dict([opt]), c) for opt, c in zip(options, singles.values(), strict=True) if c]
    for a, b in itertools.combinations(options, 2):
        if a[0] == b[0]:
            continue
        patch = dict([a, b])
        cleared = {i for i, (_, p) in enumerate(problems) if _counts(allowed, p, patch)}
        if len(cleared) > max(len(singles[_key(a)]), len(singles[_key(b)])):
            found.append((len(cleared), 2, patch, cleared))
    found.sort(key=lambda f: (-f[0], f[1]))
    seen: set[tuple[frozenset[str], frozenset[int]]] = set()  # the same questions clearing the same counties
    kept = []
    for f in found:
        if (frozenset(f[2]), frozenset(f[3])) not in seen:
            seen.add((frozenset(f[2]), frozenset(f[3])))
            kept.append(f)
    out = []
    for _, _, patch, cleared in kept[:limit]:
        ids = [str(problems[i][0].county.get("id")) for i in sorted(cleared) if _verified(kb, problems[i][1], patch)]
        out.append(Lever(patch, ids))
    return len(reached), out


def _key(opt: tuple[str, Any]) -> tuple[str, str]:
    return opt[0], json.dumps(opt[1])


def _verified(kb: KnowledgeBase, p: patches.Problem, patch: dict[str, Any]) -> bool:
    return (
        verify(kb, p, patches.Found({q: space.Option(v, CHANGE, 0.0) for q, v in patch.items()}, p.decide(patch)))
        is not None
    )


def summarise(
    kb: KnowledgeBase, source: IO[bytes], name: str, did: str, allowed: Allowed, lang: str, fmt: str, limit: int
) -> tuple[str, int]:
    """The cohort answer as JSON or text, and the exit status (1 when some record was invalid)."""
    records: list[Validated] = []
    invalid: list[dict[str, Any]] = []
    _, items = read(source, lang, name=name)
    for raw in items:
        item = raw.parsed(lang)
        try:
            if item.error is not None:
                raise ValueError(item.error)
            records.append(validate(kb, item.value, lang))
        except InvalidRecord as e:
            invalid.append({"record": item.n, "errors": [f"{p.path}: {p.message}" for p in e.problems]})
        except ValueError as e:
            invalid.append({"record": item.n, "errors": [str(e)]})
    n, best = levers(kb, records, did, allowed, limit)
    data = {
        "diagnosis": did,
        "counties": len(records),
        "counties_reached": n,
        "levers": [{"patch": lv.patch, "counties_cleared": len(lv.counties), "counties": lv.counties} for lv in best],
        "invalid": invalid,
    }
    status = 1 if invalid else 0
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2), status
    title = kb.diagnoses[did].title.get(lang)
    lines = [t("whatif_levers_title", lang, diagnosis=title, n=n)]
    for k, lv in enumerate(best, 1):
        shown = "; ".join(
            f"{kb.questions[q].label.get(lang)} → {show_answer(kb, q, v, lang)}" for q, v in lv.patch.items()
        )
        lines.append("  " + t("whatif_lever", lang, n=k, cleared=len(lv.counties), patch=shown))
        lines.append("     " + ", ".join(lv.counties))
    if not best:
        lines.append("  " + t("whatif_no_levers", lang))
    if invalid:
        lines.append(
            t("whatif_invalid_records", lang, records="; ".join(f"#{i['record']}: {i['errors'][0]}" for i in invalid))
        )
    return printable("\n".join(lines)), status
