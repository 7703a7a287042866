"""`kb check` on graded certainty bands (models.Bands) and on facts counted twice.

Bands: the measured question is a numeric one the sign's own condition reads; thresholds and
certainties rise step by step, each above the sign's own certainty; the rationale says the bands are
the knowledge base's own choice. One fact must not count twice for one diagnosis through two signs:
two signs of a diagnosis that read the same answer (a question; for a multiple choice, the same
option) are reported unless one of them declares it in `shares:` with the reason.
"""

from __future__ import annotations

from diagnose.knowledge import conditions
from diagnose.knowledge.findings import Finding
from diagnose.knowledge.models import NUMERIC_TYPES, Diagnosis, Question, QuestionType, Sign
from diagnose.knowledge.say import say

# A band's rationale must say whose choice the figures are (the papers give none): these words, in each language.
OWN_CHOICE = {"zh": "本知识库", "en": "knowledge base"}


def check(d: Diagnosis, rel: str, questions: dict[str, Question]) -> list[Finding]:
    out: list[Finding] = []
    for i, s in enumerate(d.signs):
        if s.bands is not None:
            out += _bands(s, rel, ("signs", i, "bands"), questions)
    return out


def _bands(s: Sign, rel: str, at: tuple[str | int, ...], questions: dict[str, Question]) -> list[Finding]:
    assert s.bands is not None
    entry = f"signs.{s.id}.bands"
    out: list[Finding] = []
    q = questions.get(s.bands.q)
    if q is None or q.type not in NUMERIC_TYPES:
        what = say("band_q_unknown") if q is None else say("band_q_type", type=q.type.value)
        out.append(Finding(rel, entry, say("band_not_numeric", q=s.bands.q, what=what), path=(*at, "q")))
    elif s.bands.q not in conditions.questions(s.when):
        out.append(
            Finding(
                rel,
                entry,
                say("band_other_fact", q=s.bands.q),
                path=(*at, "q"),
            )
        )
    previous_gte, previous_cf = None, s.certainty
    for k, step in enumerate(s.bands.steps):
        if previous_gte is not None and step.gte <= previous_gte:
            out.append(
                Finding(
                    rel,
                    entry,
                    say("band_thresholds_rise", gte=f"{step.gte:g}", previous=f"{previous_gte:g}"),
                    path=(*at, "steps", k, "gte"),
                )
            )
        if step.certainty <= previous_cf:
            after = say("band_after_sign" if k == 0 else "band_after_band")
            out.append(
                Finding(
                    rel,
                    entry,
                    say("band_certainties_rise", cf=f"{step.certainty:g}", previous=f"{previous_cf:g}", after=after),
                    path=(*at, "steps", k, "certainty"),
                )
            )
        if q is not None and q.type in NUMERIC_TYPES:
            lo, hi = q.bounds()
            if (lo is not None and step.gte <= lo) or (hi is not None and step.gte > hi):
                out.append(
                    Finding(
                        rel,
                        entry,
                        say(
                            "band_outside_range",
                            gte=f"{step.gte:g}",
                            q=q.id,
                            lo=f"{lo:g}" if lo is not None else "-∞",
                            hi=f"{hi:g}" if hi is not None else "∞",
                        ),
                        path=(*at, "steps", k, "gte"),
                    )
                )
        previous_gte, previous_cf = step.gte, step.certainty
    for lang, words in OWN_CHOICE.items():
        if words not in s.bands.rationale.get(lang):
            out.append(
                Finding(
                    rel,
                    entry,
                    say("band_own_choice", lang=lang, words=words),
                    path=(*at, "rationale", lang),
                )
            )
    return out


def lent(s: Sign, true_signs: tuple[str, ...], cfs: tuple[float, ...]) -> tuple[float, float | None]:
    """The certainty a true sign lent in a decision (certainty.Decision.lent) and the threshold of the
    band that gave it (None: the sign's own certainty)."""
    cf = dict(zip(true_signs, cfs, strict=True)).get(s.id, s.certainty) if cfs else s.certainty
    band = next((step.gte for step in s.bands.steps if step.certainty == cf), None) if s.bands else None
    return cf, band


def units(cond: conditions.Condition, questions: dict[str, Question]) -> list[str]:
    """The answers a condition reads: question ids, and for a multiple choice `question:option`."""
    out = []
    for atom in conditions.atoms(cond):
        q = questions.get(atom.q)
        multiple = q is not None and q.type == QuestionType.multiple_choice
        out.append(f"{atom.q}:{atom.value}" if multiple else atom.q)
    return list(dict.fromkeys(out))


def double_counts(d: Diagnosis, rel: str, questions: dict[str, Question]) -> list[Finding]:
    """Two signs of the diagnosis reading the same answer, unless one declares it in `shares:`."""
    out: list[Finding] = []
    first: dict[str, tuple[int, Sign]] = {}
    for i, s in enumerate(d.signs):
        declared = {x.q for x in s.shares}
        for unit in units(s.when, questions):
            qid = unit.split(":")[0]
            if unit not in first:
                first[unit] = (i, s)
                continue
            _, other = first[unit]
            if qid in declared or qid in {x.q for x in other.shares}:
                continue
            out.append(
                Finding(
                    rel,
                    f"signs.{s.id}",
                    say("same_fact", unit=unit, other=other.id),
                    path=("signs", i, "when"),
                )
            )
        reads = {u.split(":")[0] for u in units(s.when, questions)}
        for k, x in enumerate(s.shares):
            others = {u.split(":")[0] for o in d.signs if o is not s for u in units(o.when, questions)}
            if x.q not in reads or x.q not in others:
                out.append(
                    Finding(
                        rel,
                        f"signs.{s.id}.shares",
                        say("shares_unneeded", q=x.q),
                        "warning",
                        path=("signs", i, "shares", k, "q"),
                    )
                )
    return out
