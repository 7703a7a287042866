"""Derived questions (`calculate:`): the order they are worked out in, and `kb check`'s findings on them
(unknown or non-numeric inputs, cycles, divisions that can be by zero)."""

from __future__ import annotations

from diagnose.knowledge import conditions, formula
from diagnose.knowledge.findings import Finding
from diagnose.knowledge.models import NUMERIC_TYPES, Question
from diagnose.knowledge.say import say


def order(questions: dict[str, Question]) -> list[Question]:
    """The derived questions, each after every derived question it reads (a cycle's members are left out:
    kb check reports them)."""
    derived = {q.id: q for q in questions.values() if q.calculate is not None}
    done: list[Question] = []
    state: dict[str, int] = {}  # 1 = being visited, 2 = done

    def visit(qid: str) -> bool:
        if state.get(qid) == 2:
            return True
        if state.get(qid) == 1:
            return False
        state[qid] = 1
        f = derived[qid].derivation()
        ok = f is not None and all(visit(i) for i in formula.questions(f) if i in derived)
        state[qid] = 2 if ok else 0
        if ok:
            done.append(derived[qid])
        return ok

    for qid in derived:
        visit(qid)
    return done


def check(questions: dict[str, Question], question_file: dict[str, str]) -> list[Finding]:
    out: list[Finding] = []
    ordered = {q.id for q in order(questions)}
    for q in questions.values():
        f = q.derivation()
        if f is None:
            continue
        rel, entry = question_file[q.id], f"{q.id}.calculate"
        for i in formula.questions(f):
            if i not in questions:
                out.append(Finding(rel, entry, say("formula_unknown_question", q=i)))
            elif questions[i].type not in NUMERIC_TYPES:
                out.append(Finding(rel, entry, say("formula_not_number", q=i, type=questions[i].type.value)))
        if q.id in formula.questions(f) or (q.id not in ordered and all(i in questions for i in formula.questions(f))):
            out.append(Finding(rel, entry, say("formula_cycle")))
        for d in formula.divisors(f):
            if _can_be_zero(d, questions) and not _gated_above_zero(q, d):
                out.append(
                    Finding(
                        rel,
                        entry,
                        say("formula_zero_divisor", divisor=formula.text(d)),
                        "warning",
                    )
                )
    return out


def _gated_above_zero(q: Question, divisor: formula.Formula) -> bool:
    """The question is asked only when the divisor is above 0 (`relevant: {q: n, gte: 2}`): when it is 0,
    the derived question does not apply, so no value is missing."""
    rel = q.relevant
    if not isinstance(divisor, formula.Ref) or not isinstance(rel, conditions.Atom) or rel.q != divisor.q:
        return False
    v = rel.value
    number = isinstance(v, (int, float)) and not isinstance(v, bool)
    return number and ((rel.op == "gt" and v >= 0) or (rel.op == "gte" and v > 0))


def _can_be_zero(f: formula.Formula, questions: dict[str, Question]) -> bool:
    """Whether an expression can be zero within its inputs' ranges (plain question ids are checked
    exactly; anything more complex is assumed able to)."""
    if isinstance(f, formula.Num):
        return f.value == 0
    if isinstance(f, formula.Ref):
        q = questions.get(f.q)
        if q is None:
            return False
        lo, hi = q.bounds()
        return (lo is None or lo <= 0) and (hi is None or hi >= 0)
    return True
