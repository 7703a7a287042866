"""Checks of a knowledge base as a whole, beyond what each file's model validates.

`cross_check` runs at every load (unknown ids, wrong operators, values outside a question's range,
missing mechanisms and sources). `deep_check` is the linter behind `diagnose kb check`: conditions
that can never be true (given the questions' ranges and skip logic), diagnoses that can never be
reached, signs that duplicate each other, and quotes that are not verbatim in the paper they cite.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from diagnose.knowledge import bands, conditions, dependencies, derived, formula
from diagnose.knowledge.findings import Finding, Path_
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
from diagnose.knowledge.positions import place
from diagnose.knowledge.references import (
    diagnosis_references_at,
    located_references,
    mechanism_references_at,
)
from diagnose.knowledge.say import Said, both, in_lang, say
from diagnose.knowledge.sections import PaperMap, lay_out, quote_span, squash
from diagnose.knowledge.suggest import did_you_mean, nearest

if TYPE_CHECKING:
    from diagnose.knowledge.base import KnowledgeBase


@dataclass
class Broken:
    """What the files that failed to load would have defined: references to it are not reported as
    unknown (a cascade of follow-on findings), and nothing is called unused while any file is broken.
    None: not even that is known (the file did not parse), so no reference of that kind is reported."""

    files: set[str] = field(default_factory=set)
    questions: set[str] | None = field(default_factory=set)
    mechanisms: set[str] | None = field(default_factory=set)
    sources: set[str] | None = field(default_factory=set)
    # ids a misspelt reference surely meant: not called unused on top of the misspelling
    meant: set[str] = field(default_factory=set)

    @staticmethod
    def covers(known: set[str] | None, ident: str) -> bool:
        return known is None or ident in known


def check_condition(
    cond: conditions.Condition,
    questions: dict[str, Question],
    rel: str,
    entry: str,
    at: Path_ = (),
    broken: Broken | None = None,
) -> list[Finding]:
    """Atoms that name unknown questions or choices, or compare in a way the question's type forbids.
    `at` is where the condition sits in its file."""
    out: list[Finding] = []
    for sub, atom in conditions.atoms_at(cond):
        here = (*at, *sub)
        q = questions.get(atom.q)
        if q is None:
            if broken is None or not Broken.covers(broken.questions, atom.q):
                hint = did_you_mean(atom.q, questions)
                if broken is not None and hint:
                    broken.meant.add(nearest(atom.q, questions) or "")
                advice = hint or say("define_in_questionnaire")
                out.append(Finding(rel, entry, say("unknown_question", q=atom.q, advice=advice), path=(*here, "q")))
            continue
        value_at = (*here, atom.op)
        choice_ids = q.choice_ids()
        if q.type in CHOICE_TYPES:
            wanted = "has" if q.type == QuestionType.multiple_choice else ("eq", "ne", "in")
            if atom.op not in wanted:
                ops = "has" if isinstance(wanted, str) else say("ops_eq_ne_in")
                out.append(
                    Finding(
                        rel,
                        entry,
                        say("op_not_for_type", op=atom.op, type=q.type.value, q=q.id, ops=ops),
                        path=value_at,
                        at_key=True,
                    )
                )
            values = atom.value if atom.op == "in" else (atom.value,)
            for k, v in enumerate(values):
                if v not in choice_ids:
                    hint = did_you_mean(v, choice_ids) if isinstance(v, str) else ""
                    out.append(
                        Finding(
                            rel,
                            entry,
                            say("not_a_choice", value=v, q=q.id, choices=", ".join(choice_ids), hint=hint),
                            path=(*value_at, k) if atom.op == "in" else value_at,
                        )
                    )
        elif q.type == QuestionType.yes_no:
            if atom.op not in ("eq", "ne") or not isinstance(atom.value, bool):
                out.append(Finding(rel, entry, say("yes_no_compare", q=q.id), path=value_at))
        elif q.type in NUMERIC_TYPES:
            if atom.op in ("in", "has") or isinstance(atom.value, (bool, str)):
                out.append(Finding(rel, entry, say("compare_with_number", q=q.id, type=q.type.value), path=value_at))
                continue
            lo, hi = q.bounds()
            if (lo is not None and atom.value < lo) or (hi is not None and atom.value > hi):
                out.append(
                    Finding(
                        rel,
                        entry,
                        say("outside_range", value=atom.value, q=q.id, lo=lo, hi=hi),
                        path=value_at,
                    )
                )
    return out


def cross_check(
    questions: dict[str, Question],
    question_file: dict[str, str],
    diagnoses: dict[str, Diagnosis],
    mechanisms: dict[str, Mechanism],
    sources: dict[str, Source],
    broken: Broken | None = None,
    question_at: dict[str, Path_] | None = None,
) -> list[Finding]:
    """`question_at`: where each question's entry sits in its file (("questions", 3))."""
    broken = broken or Broken()
    where = question_at or {}
    out: list[Finding] = question_titles(questions, question_file)

    def unknown_source(rel: str, entry: str, at: Path_, ref: Reference) -> None:
        if ref.source not in sources and not Broken.covers(broken.sources, ref.source):
            hint = did_you_mean(ref.source, sources)
            out.append(
                Finding(
                    rel,
                    entry,
                    say("unknown_source", source=ref.source, hint=hint, sources=", ".join(sources)),
                    path=(*at, "source"),
                )
            )

    def unknown_mechanism(rel: str, entry: str, at: Path_, mid: str) -> None:
        if mid not in mechanisms and not Broken.covers(broken.mechanisms, mid):
            broken.meant.add(nearest(mid, mechanisms) or "")
            hint = did_you_mean(mid, mechanisms) or say("add_mechanism_file", mid=mid)
            out.append(Finding(rel, entry, say("mechanism_not_in_catalogue", hint=hint), path=(*at, "mechanism")))

    for question in questions.values():
        if question.relevant is not None:
            out += check_condition(
                question.relevant,
                questions,
                question_file[question.id],
                f"{question.id}.relevant",
                (*where.get(question.id, ()), "relevant"),
                broken,
            )
    out += _relevance_cycles(questions, question_file, where)
    used: set[str] = set()
    for d in diagnoses.values():
        rel = f"diagnoses/{d.id}.yaml"
        if d.applies is not None:
            out += check_condition(d.applies, questions, rel, "applies", ("applies",), broken)
            used.update(conditions.questions(d.applies))
        for i, s in enumerate(d.signs):
            out += check_condition(s.when, questions, rel, f"signs.{s.id}.when", ("signs", i, "when"), broken)
            used.update(conditions.questions(s.when))
        out += bands.check(d, rel, questions)
        for i, rec in enumerate(d.recommends):
            unknown_mechanism(rel, f"recommends.{rec.mechanism}", ("recommends", i), rec.mechanism)
            if rec.when is not None:
                out += check_condition(
                    rec.when, questions, rel, f"recommends.{rec.mechanism}.when", ("recommends", i, "when"), broken
                )
                used.update(conditions.questions(rec.when))
        for i, c in enumerate(d.contraindicates):
            unknown_mechanism(rel, f"contraindicates.{c.mechanism}", ("contraindicates", i), c.mechanism)
        for entry, at, ref in diagnosis_references_at(d):
            unknown_source(rel, entry, at, ref)
    for mech in mechanisms.values():
        rel = f"mechanisms/{mech.id}.yaml"
        for entry, at, ref in mechanism_references_at(mech):
            unknown_source(rel, entry, at, ref)
        for kind in ("suits", "unsuitable"):
            for k, fit in enumerate(getattr(mech, kind)):
                out += check_condition(fit.when, questions, rel, f"{kind}[{k}].when", (kind, k, "when"), broken)
                used.update(conditions.questions(fit.when))
    if broken.files:
        return out  # a file that did not load may use any question or mechanism: no "unused" guesses
    used_mechanisms = {r.mechanism for d in diagnoses.values() for r in d.recommends} | {
        c.mechanism for d in diagnoses.values() for c in d.contraindicates
    }
    for mid in mechanisms:
        if mid not in used_mechanisms and mid not in broken.meant:
            out.append(
                Finding(
                    f"mechanisms/{mid}.yaml",
                    mid,
                    say("mechanism_unused"),
                    "warning",
                    path=("id",),
                )
            )
    out += derived.check(questions, question_file)
    # a question read by a derived question's formula is used when the derived question is
    for q in reversed(derived.order(questions)):  # dependents first, so inputs of inputs count too
        if q.id in used and (f := q.derivation()) is not None:
            used.update(formula.questions(f))
    relevance_only = {q for qq in questions.values() if qq.relevant for q in conditions.questions(qq.relevant)}
    for qid in questions:
        if qid not in used and qid not in relevance_only and qid not in broken.meant:
            out.append(
                Finding(
                    question_file[qid],
                    qid,
                    say("question_unused"),
                    "warning",
                    path=(*where.get(qid, ()), "id"),
                )
            )
    return out


def _relevance_cycles(
    questions: dict[str, Question], question_file: dict[str, str], where: dict[str, Path_]
) -> list[Finding]:
    """Questions that wait on each other's answers (skip logic, derived values) are never asked."""
    waits = {qid: dependencies.waits_on(q) for qid, q in questions.items()}
    graph = {qid: [other for other, _ in w if other in questions] for qid, w in waits.items()}
    out = []
    for cycle in dependencies.cycles(graph):
        first, after = cycle[0], (cycle[1:] or cycle)[0]
        at = next(p for other, p in waits[first] if other == after)
        chain = " → ".join([*cycle, first])
        out.append(
            Finding(
                question_file[first],
                f"{first}.relevant",
                say("relevance_cycle", chain=chain),
                path=(*where.get(first, ()), *at),
            )
        )
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
                        say("title_taken", title=title, other=other, file=question_file[other]),
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


def quote_found(quote: str, text: str) -> bool:
    """Verbatim, ignoring whitespace; fragments joined by an ellipsis must appear in order."""
    return quote_span(quote, squash(text)) is not None


def deep_check(kb: KnowledgeBase, sources_dir: str | None = None, positions: bool = True) -> list[Finding]:
    """The linter's findings for a loaded knowledge base (see the module docstring); with line and
    column unless `positions` is off (loading places only the errors it raises)."""
    questions, diagnoses, mechanisms = kb.questions, kb.diagnoses, kb.mechanisms
    out: list[Finding] = []

    def never(rel: str, entry: str, cond: conditions.Condition, at: Path_) -> None:
        if not satisfiable(cond, questions):
            out.append(
                Finding(
                    rel,
                    entry,
                    say("never_true"),
                    path=at,
                )
            )

    for q in questions.values():
        if q.relevant is not None:
            never(kb.question_file[q.id], f"{q.id}.relevant", q.relevant, (*kb.question_at.get(q.id, ()), "relevant"))
    seen: dict[str, str] = {}
    for d in diagnoses.values():
        rel = f"diagnoses/{d.id}.yaml"
        if d.applies is not None:
            never(rel, "applies", d.applies, ("applies",))
        out += bands.double_counts(d, rel, questions)
        for i, s in enumerate(d.signs):
            never(rel, f"signs.{s.id}.when", s.when, ("signs", i, "when"))
            for k, (_, band) in enumerate(s.band_conditions()):
                never(rel, f"signs.{s.id}.bands", band, ("signs", i, "bands", "steps", k, "gte"))
            key = _key(s.when)
            if key in seen:
                same = seen[key].split(".")[0] == d.id
                out.append(
                    Finding(
                        rel,
                        f"signs.{s.id}",
                        say(
                            "same_condition_same_diagnosis" if same else "same_condition_other_diagnosis",
                            other=seen[key],
                        ),
                        "error" if same else "warning",
                        path=("signs", i, "when"),
                    )
                )
            else:
                seen[key] = f"{d.id}.{s.id}"
        for i, rec in enumerate(d.recommends):
            if rec.when is not None:
                never(rel, f"recommends.{rec.mechanism}.when", rec.when, ("recommends", i, "when"))
        out += _reachability(d, questions)
    for m in mechanisms.values():
        for kind in ("suits", "unsuitable"):
            for k, fit in enumerate(getattr(m, kind)):
                never(f"mechanisms/{m.id}.yaml", f"{kind}[{k}].when", fit.when, (kind, k, "when"))
    if sources_dir is not None:
        out += _quotes(kb, sources_dir)
    else:
        out += _locators(kb)
    return place(out, kb.root) if positions else out


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
            say("never_reached"),
            path=("severity", "watch"),
        )
    ]


def _quotes(kb: KnowledgeBase, sources_dir: str) -> list[Finding]:
    """Each quote verbatim in the paper it cites, and inside the section its locator names."""
    from pathlib import Path

    texts: dict[str, str] = {}
    maps: dict[str, PaperMap] = {}
    out: list[Finding] = []
    for sid, src in kb.sources.items():
        path = Path(sources_dir) / src.file
        if path.is_file():
            texts[sid] = squash(path.read_text(encoding="utf-8"))
            maps[sid], problems = lay_out(src.sections, texts[sid])
            out += [Finding("sources.yaml", sid, p) for p in problems]
    if not texts:
        return [
            Finding(
                str(sources_dir),
                "",
                say("no_source_texts"),
                shown_file=str(sources_dir),
            )
        ]
    where_at = _reference_paths(kb)
    for rel, entry, ref in located_references(kb):
        if ref.source not in texts:
            at = where_at.get((rel, entry))
            out.append(
                Finding(
                    rel, entry, say("source_text_missing", source=ref.source, folder=sources_dir), "warning", path=at
                )
            )
            continue
        span = quote_span(ref.quote, texts[ref.source])
        if span is None:
            elsewhere = [s for s, text in texts.items() if quote_span(ref.quote, text)]
            hint = say("quote_elsewhere", other=elsewhere[0]) if elsewhere else say("quote_copy_verbatim")
            at = where_at.get((rel, entry))
            quote_at = (*at, "quote") if at else None
            out.append(
                Finding(
                    rel,
                    entry,
                    say("quote_not_verbatim", source=ref.source, quote=ref.quote[:40], hint=hint),
                    path=quote_at,
                )
            )
            continue
        src = kb.sources[ref.source]
        if not src.sections:
            continue
        named = src.section_of(ref.locator)
        real = maps[ref.source].sections_of(span)
        where = _joined(real)
        if named is None:
            out.append(
                Finding(
                    rel,
                    entry,
                    say("locator_names_none", locator=ref.locator, source=ref.source, where=where),
                    path=_locator_at(where_at, rel, entry),
                )
            )
        elif real != [named]:
            out.append(
                Finding(
                    rel,
                    entry,
                    say(
                        "quote_runs_from" if len(real) > 1 else "quote_lies_in",
                        where=where,
                        named=named,
                        locator=ref.locator,
                        quote=ref.quote[:24],
                    ),
                    path=_locator_at(where_at, rel, entry),
                )
            )
    return out


def _reference_paths(kb: KnowledgeBase) -> dict[tuple[str, str], Path_]:
    """Where each citation sits in its file, by (file, entry): findings on it then carry line and column."""
    found: dict[tuple[str, str], Path_] = {}
    for d in kb.diagnoses.values():
        for entry, at, _ in diagnosis_references_at(d):
            found[(f"diagnoses/{d.id}.yaml", entry)] = at
    for m in kb.mechanisms.values():
        for entry, at, _ in mechanism_references_at(m):
            found[(f"mechanisms/{m.id}.yaml", entry)] = at
    reading = kb.meta.in_place_persisting
    for i, _ in enumerate(reading.references if reading else []):
        found[("kb.yaml", f"in_place_persisting.references[{i}]")] = ("in_place_persisting", "references", i)
    return found


def _locator_at(where_at: dict[tuple[str, str], Path_], rel: str, entry: str) -> Path_ | None:
    at = where_at.get((rel, entry))
    return (*at, "locator") if at else None


def _locators(kb: KnowledgeBase) -> list[Finding]:
    """A locator should name one of the paper's sections (sources.yaml), so coverage can count it."""
    out = []
    where_at = _reference_paths(kb)
    for rel, entry, ref in located_references(kb):
        src = kb.sources[ref.source]
        if src.sections and src.section_of(ref.locator) is None:
            titles = "; ".join(s.title for s in src.sections)
            out.append(
                Finding(
                    rel,
                    entry,
                    say("locator_names_none_listed", locator=ref.locator, source=ref.source, titles=titles),
                    "warning",
                    path=_locator_at(where_at, rel, entry),
                )
            )
    return out


def tally(kb: KnowledgeBase | None, findings: list[Finding], lang: str = "en") -> str:
    """The closing line of `kb check`, in `lang`."""
    errors = sum(f.level == "error" for f in findings)
    reviews = sum(f.level == "review" for f in findings)  # kb check --hedges: listed, never failing
    counts = in_lang(say("tally_counts", errors=errors, warnings=len(findings) - errors - reviews), lang)
    if reviews:
        counts += in_lang(say("tally_reviews", reviews=reviews), lang)
    if kb is None:
        return counts
    return in_lang(
        say(
            "tally_kb",
            questions=len(kb.questions),
            diagnoses=len(kb.diagnoses),
            mechanisms=len(kb.mechanisms),
            counts=counts,
        ),
        lang,
    )


def _joined(sections: list[str | None]) -> Said:
    """'a' into 'b': the sections a quote lies in or runs across (the front matter by name)."""

    def names(lang: str) -> list[str]:
        return [f"'{r}'" if r else in_lang(say("front_matter"), lang) for r in sections]

    return both(zh=" 至 ".join(names("zh")), en=" into ".join(names("en")))
