"""Checks of a knowledge base as a whole, beyond what each file's model validates.

`cross_check` runs at every load (unknown ids, wrong operators, values outside a question's range,
missing mechanisms and sources). `deep_check` is the linter behind `diagnose kb check`: conditions
that can never be true (given the questions' ranges and skip logic), diagnoses that can never be
reached, signs that duplicate each other, and quotes that are not verbatim in the paper they cite.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from diagnose.knowledge import conditions, derived, formula
from diagnose.knowledge.findings import Finding
from diagnose.knowledge.models import (
    CHOICE_TYPES,
    NUMERIC_TYPES,
    Diagnosis,
    Mechanism,
    Question,
    QuestionType,
    Reference,
    Source,
)
from diagnose.knowledge.references import diagnosis_references, references

if TYPE_CHECKING:
    from diagnose.knowledge.base import KnowledgeBase


def check_condition(cond: conditions.Condition, questions: dict[str, Question], rel: str, entry: str) -> list[Finding]:
    """Atoms that name unknown questions or choices, or compare in a way the question's type forbids."""
    out: list[Finding] = []
    for atom in conditions.atoms(cond):
        q = questions.get(atom.q)
        if q is None:
            out.append(Finding(rel, entry, f"unknown question id '{atom.q}'; define it in questionnaire/"))
            continue
        choice_ids = q.choice_ids()
        if q.type in CHOICE_TYPES:
            wanted = "has" if q.type == QuestionType.multiple_choice else ("eq", "ne", "in")
            if atom.op not in wanted:
                ops = "has" if isinstance(wanted, str) else "eq, ne or in"
                out.append(Finding(rel, entry, f"'{atom.op}' does not apply to {q.type.value} '{q.id}'; use {ops}"))
            values = atom.value if atom.op == "in" else (atom.value,)
            for v in values:
                if v not in choice_ids:
                    out.append(
                        Finding(rel, entry, f"'{v}' is not a choice of '{q.id}' (choices: {', '.join(choice_ids)})")
                    )
        elif q.type == QuestionType.yes_no:
            if atom.op not in ("eq", "ne") or not isinstance(atom.value, bool):
                out.append(Finding(rel, entry, f"yes/no question '{q.id}' is compared with eq: true or eq: false"))
        elif q.type in NUMERIC_TYPES:
            if atom.op in ("in", "has") or isinstance(atom.value, (bool, str)):
                out.append(Finding(rel, entry, f"'{q.id}' is a {q.type.value}; compare it with a number"))
                continue
            lo, hi = q.bounds()
            if (lo is not None and atom.value < lo) or (hi is not None and atom.value > hi):
                out.append(
                    Finding(
                        rel,
                        entry,
                        f"{atom.value} is outside the range of '{q.id}' ({lo}–{hi}); the test can never decide",
                    )
                )
    return out


def cross_check(
    questions: dict[str, Question],
    question_file: dict[str, str],
    diagnoses: dict[str, Diagnosis],
    mechanisms: dict[str, Mechanism],
    sources: dict[str, Source],
) -> list[Finding]:
    out: list[Finding] = question_titles(questions, question_file)
    for question in questions.values():
        if question.relevant is not None:
            out += check_condition(question.relevant, questions, question_file[question.id], f"{question.id}.relevant")
    used: set[str] = set()
    for d in diagnoses.values():
        rel = f"diagnoses/{d.id}.yaml"
        if d.applies is not None:
            out += check_condition(d.applies, questions, rel, "applies")
            used.update(conditions.questions(d.applies))
        for s in d.signs:
            out += check_condition(s.when, questions, rel, f"signs.{s.id}.when")
            used.update(conditions.questions(s.when))
        for rec in d.recommends:
            if rec.mechanism not in mechanisms:
                out.append(
                    Finding(
                        rel,
                        f"recommends.{rec.mechanism}",
                        f"mechanism not in the catalogue; add mechanisms/{rec.mechanism}.yaml or fix the id",
                    )
                )
            if rec.when is not None:
                out += check_condition(rec.when, questions, rel, f"recommends.{rec.mechanism}.when")
                used.update(conditions.questions(rec.when))
        for c in d.contraindicates:
            if c.mechanism not in mechanisms:
                out.append(Finding(rel, f"contraindicates.{c.mechanism}", "mechanism not in the catalogue"))
        for entry, ref in diagnosis_references(d):
            if ref.source not in sources:
                out.append(Finding(rel, entry, f"unknown source '{ref.source}'; use one of {', '.join(sources)}"))
    for mech in mechanisms.values():
        rel = f"mechanisms/{mech.id}.yaml"
        refs = [(f"references[{i}]", r) for i, r in enumerate(mech.references)]
        for kind in ("suits", "unsuitable"):
            for k, fit in enumerate(getattr(mech, kind)):
                out += check_condition(fit.when, questions, rel, f"{kind}[{k}].when")
                used.update(conditions.questions(fit.when))
                refs += [(f"{kind}[{k}].references[{i}]", r) for i, r in enumerate(fit.references)]
        for entry, ref in refs:
            if ref.source not in sources:
                out.append(Finding(rel, entry, f"unknown source '{ref.source}'; use one of {', '.join(sources)}"))
    used_mechanisms = {r.mechanism for d in diagnoses.values() for r in d.recommends} | {
        c.mechanism for d in diagnoses.values() for c in d.contraindicates
    }
    for mid in mechanisms:
        if mid not in used_mechanisms:
            out.append(
                Finding(
                    f"mechanisms/{mid}.yaml",
                    mid,
                    "no diagnosis recommends (or contraindicates) this mechanism; name it in a diagnosis's recommends",
                    "warning",
                )
            )
    out += derived.check(questions, question_file)
    # a question read by a derived question's formula is used when the derived question is
    for q in reversed(derived.order(questions)):  # dependents first, so inputs of inputs count too
        if q.id in used and (f := q.derivation()) is not None:
            used.update(formula.questions(f))
    relevance_only = {q for qq in questions.values() if qq.relevant for q in conditions.questions(qq.relevant)}
    for qid in questions:
        if qid not in used and qid not in relevance_only:
            out.append(Finding(question_file[qid], qid, "no rule reads this question; use it or remove it", "warning"))
    return out


def question_titles(questions: dict[str, Question], question_file: dict[str, str]) -> list[Finding]:
    """Each question's short title names it alone, in each language: features and listings name
    questions by title, so two questions with one title would be indistinguishable there."""
    out: list[Finding] = []
    for lang in ("zh", "en"):
        first: dict[str, str] = {}
        for q in questions.values():
            title = q.title.get(lang).strip()
            if title in first:
                other = first[title]
                out.append(
                    Finding(
                        question_file[q.id],
                        f"{q.id}.title.{lang}",
                        f"title '{title}' is already the title of '{other}' ({question_file[other]}); "
                        "give each question a title of its own",
                    )
                )
            else:
                first[title] = q.id
    return out


# --- satisfiability: can a condition ever be true, given ranges, choices and skip logic? ---

Literal_ = tuple[str, str, object]  # (question id or "sign:<id>", operator, value), negation pushed inside
MAX_TERMS = 4096  # beyond this many DNF terms the check gives the benefit of the doubt

NEGATED = {"eq": "ne", "ne": "eq", "lt": "gte", "gte": "lt", "gt": "lte", "lte": "gt", "in": "nin", "has": "nhas"}


def _dnf(cond: conditions.Condition, positive: bool = True) -> list[list[Literal_]] | None:
    """Disjunctive normal form with negations on the literals; None when it would grow too large."""
    if isinstance(cond, conditions.Not):
        return _dnf(cond.item, not positive)
    if isinstance(cond, conditions.SignRef):
        return [[(f"sign:{cond.sign}", "eq" if positive else "ne", True)]]
    if isinstance(cond, conditions.Atom):
        return [[(cond.q, cond.op if positive else NEGATED[cond.op], cond.value)]]
    parts = [_dnf(i, positive) for i in cond.items]
    if any(p is None for p in parts):
        return None
    conjunctive = isinstance(cond, conditions.All) == positive
    if not conjunctive:
        return [term for p in parts for term in p or []]
    terms: list[list[Literal_]] = [[]]
    for p in parts:
        terms = [a + b for a in terms for b in p or []]
        if len(terms) > MAX_TERMS:
            return None
    return terms


def _consistent(term: list[Literal_], questions: dict[str, Question]) -> bool:
    by_q: dict[str, list[tuple[str, object]]] = {}
    for q, op, value in term:
        by_q.setdefault(q, []).append((op, value))
    return all(_question_consistent(questions.get(q), lits) for q, lits in by_q.items())


def _question_consistent(q: Question | None, lits: list[tuple[str, object]]) -> bool:
    if q is None:  # a sign reference: a free yes/no
        values = {True, False}
        for op, v in lits:
            values &= {v} if op == "eq" else {x for x in (True, False) if x != v}
        return bool(values)
    if q.type == QuestionType.multiple_choice:
        need = {v for op, v in lits if op == "has"}
        banned = {v for op, v in lits if op == "nhas"}
        return not need & banned
    if q.type in (QuestionType.yes_no, QuestionType.single_choice):
        allowed: set[object] = {True, False} if q.type == QuestionType.yes_no else set(q.choice_ids())
        for op, v in lits:
            if op == "eq":
                allowed &= {v}
            elif op == "ne":
                allowed -= {v}
            elif op == "in":
                allowed &= set(v)  # type: ignore[call-overload]
            elif op == "nin":
                allowed -= set(v)  # type: ignore[call-overload]
        return bool(allowed)
    lo, hi = q.bounds()
    low, low_strict = (float("-inf") if lo is None else lo), False
    high, high_strict = (float("inf") if hi is None else hi), False
    excluded = set()
    for op, v in lits:
        x = float(v)  # type: ignore[arg-type]
        if op in ("gt", "gte") and (x > low or (x == low and op == "gt")):
            low, low_strict = x, op == "gt"
        elif op in ("lt", "lte") and (x < high or (x == high and op == "lt")):
            high, high_strict = x, op == "lt"
        elif op == "eq":
            if not (low < x < high or (x == low and not low_strict) or (x == high and not high_strict)):
                return False
            low = high = x
            low_strict = high_strict = False
        elif op == "ne":
            excluded.add(x)
    if low > high or (low == high and (low_strict or high_strict)):
        return False
    if q.type == QuestionType.count:  # whole numbers only
        if high == float("inf"):
            return True
        first = math.floor(low) + 1 if low_strict or not float(low).is_integer() else int(low)
        last = math.ceil(high) - 1 if high_strict or not float(high).is_integer() else int(high)
        return any(n not in excluded for n in range(first, min(last, first + len(excluded)) + 1))
    return not (low == high and low in excluded)


def _with_relevance(cond: conditions.Condition, questions: dict[str, Question]) -> conditions.Condition:
    """The condition together with the skip conditions it decides. An answer is set aside only when its
    question's skip condition is false; that is certain only when the condition itself tests every
    question the skip condition reads (otherwise a gate may be unknown, which keeps the answer)."""
    tested = set(conditions.questions(cond))
    extra = [
        rel
        for qid in sorted(tested)
        if qid in questions and (rel := questions[qid].relevant) is not None
        if set(conditions.questions(rel)) <= tested
    ]
    return conditions.All((cond, *extra)) if extra else cond


def satisfiable(cond: conditions.Condition, questions: dict[str, Question]) -> bool:
    terms = _dnf(_with_relevance(cond, questions))
    return terms is None or any(_consistent(t, questions) for t in terms)


def _key(cond: conditions.Condition) -> str:
    import json

    return json.dumps(cond.to_data(), sort_keys=True, ensure_ascii=False)


def _squash(text: str) -> str:
    return "".join(text.split())


def quote_found(quote: str, text: str) -> bool:
    """Verbatim, ignoring whitespace; fragments joined by an ellipsis must appear in order."""
    import re

    at = 0
    for part in (p for p in re.split(r"……|…|\.\.\.", quote) if _squash(p)):
        at = text.find(_squash(part), at)
        if at < 0:
            return False
        at += len(_squash(part))
    return True


def deep_check(kb: KnowledgeBase, sources_dir: str | None = None) -> list[Finding]:
    """The linter's findings for a loaded knowledge base (see the module docstring)."""
    questions, diagnoses, mechanisms = kb.questions, kb.diagnoses, kb.mechanisms
    out: list[Finding] = []

    def never(rel: str, entry: str, cond: conditions.Condition) -> None:
        if not satisfiable(cond, questions):
            out.append(
                Finding(
                    rel,
                    entry,
                    "this condition can never be true under the questions' ranges, choices "
                    "and skip conditions; correct the comparison or the thresholds",
                )
            )

    for q in questions.values():
        if q.relevant is not None:
            never(kb.question_file[q.id], f"{q.id}.relevant", q.relevant)
    seen: dict[str, str] = {}
    for d in diagnoses.values():
        rel = f"diagnoses/{d.id}.yaml"
        if d.applies is not None:
            never(rel, "applies", d.applies)
        for s in d.signs:
            never(rel, f"signs.{s.id}.when", s.when)
            key = _key(s.when)
            if key in seen:
                same = seen[key].split(".")[0] == d.id
                out.append(
                    Finding(
                        rel,
                        f"signs.{s.id}",
                        f"the same condition as sign {seen[key]}; "
                        + (
                            "evidence would be counted twice — merge the signs"
                            if same
                            else "check that both diagnoses should rest on it"
                        ),
                        "error" if same else "warning",
                    )
                )
            else:
                seen[key] = f"{d.id}.{s.id}"
        for rec in d.recommends:
            if rec.when is not None:
                never(rel, f"recommends.{rec.mechanism}.when", rec.when)
        out += _reachability(d, questions)
    for m in mechanisms.values():
        for kind in ("suits", "unsuitable"):
            for k, fit in enumerate(getattr(m, kind)):
                never(f"mechanisms/{m.id}.yaml", f"{kind}[{k}].when", fit.when)
    if sources_dir is not None:
        out += _quotes(diagnoses, mechanisms, kb.sources, sources_dir)
    out += _locators(kb)
    return out


def _reachability(d: Diagnosis, questions: dict[str, Question]) -> list[Finding]:
    """Some set of jointly possible signs must reach the `watch` band, within `applies`."""
    from itertools import combinations

    from diagnose.knowledge.certainty import combine

    possible = [
        s for s in d.signs if satisfiable(conditions.All((d.applies, s.when)) if d.applies else s.when, questions)
    ]
    for size in range(1, len(possible) + 1):
        for group in combinations(possible, size):
            if combine(s.certainty for s in group) < d.severity.watch - 1e-9:
                continue
            conds = tuple(s.when for s in group) + ((d.applies,) if d.applies else ())
            if satisfiable(conditions.All(conds), questions):
                return []
        if size >= 4:
            break  # larger groups are costly to check; give the benefit of the doubt
    if len(possible) > 4:
        return []
    return [
        Finding(
            f"diagnoses/{d.id}.yaml",
            d.id,
            "this diagnosis can never be reached: no possible combination "
            "of its signs reaches the watch band; check the signs' conditions and certainties",
        )
    ]


def _quotes(
    diagnoses: dict[str, Diagnosis], mechanisms: dict[str, Mechanism], sources: dict[str, Source], sources_dir: str
) -> list[Finding]:
    from pathlib import Path

    texts: dict[str, str] = {}
    for sid, src in sources.items():
        path = Path(sources_dir) / src.file
        if path.is_file():
            texts[sid] = _squash(path.read_text(encoding="utf-8"))
    out: list[Finding] = []
    if not texts:
        return [Finding(str(sources_dir), "", "no source texts found; give the folder holding the papers' .txt files")]

    def check(rel: str, entry: str, ref: Reference) -> None:
        if ref.source not in texts:
            out.append(Finding(rel, entry, f"the text of source '{ref.source}' is not in {sources_dir}", "warning"))
        elif not quote_found(ref.quote, texts[ref.source]):
            elsewhere = [s for s, text in texts.items() if quote_found(ref.quote, text)]
            hint = f"; it is in '{elsewhere[0]}' — fix `source`" if elsewhere else "; copy it from the paper verbatim"
            out.append(Finding(rel, entry, f"quote not verbatim in source '{ref.source}': {ref.quote[:40]}{hint}"))

    for d in diagnoses.values():
        for entry, ref in diagnosis_references(d):
            check(f"diagnoses/{d.id}.yaml", entry, ref)
    for m in mechanisms.values():
        refs = [(f"references[{i}]", r) for i, r in enumerate(m.references)]
        for kind in ("suits", "unsuitable"):
            for k, fit in enumerate(getattr(m, kind)):
                refs += [(f"{kind}[{k}].references[{i}]", r) for i, r in enumerate(fit.references)]
        for entry, ref in refs:
            check(f"mechanisms/{m.id}.yaml", entry, ref)
    return out


def _locators(kb: KnowledgeBase) -> list[Finding]:
    """A locator should name one of the paper's sections (sources.yaml), so coverage can count it."""
    out = []
    for kind, ident, ref in references(kb):
        src = kb.sources[ref.source]
        if src.sections and src.section_of(ref.locator) is None:
            rel = f"{'diagnoses' if kind == 'diagnosis' else 'mechanisms'}/{ident}.yaml"
            titles = "; ".join(s.title for s in src.sections)
            out.append(
                Finding(rel, ref.locator, f"locator names none of the sections of '{ref.source}' ({titles})", "warning")
            )
    return out


def tally(kb: KnowledgeBase | None, findings: list[Finding]) -> str:
    """The closing line of `kb check`."""
    errors = sum(f.level == "error" for f in findings)
    counts = f"{errors} errors, {len(findings) - errors} warnings"
    if kb is None:
        return counts
    return f"{len(kb.questions)} questions, {len(kb.diagnoses)} diagnoses, {len(kb.mechanisms)} mechanisms: {counts}"
