"""`kb check` on repeat groups' aggregate formulas: each names one group's item questions, of the right
types (a bare id tests a yes/no, a comparison a number), and gives the question's own type."""

from __future__ import annotations

from diagnose.knowledge import conditions
from diagnose.knowledge.findings import Finding, Path_
from diagnose.knowledge.models import NUMERIC_TYPES, Question, QuestionType, RepeatGroup
from diagnose.knowledge.suggest import did_you_mean


def check_groups(
    questions: dict[str, Question],
    groups: dict[str, RepeatGroup],
    question_file: dict[str, str],
    question_at: dict[str, Path_],
) -> list[Finding]:
    items = {q.id: q for g in groups.values() for q in g.questions}
    group_of = {q.id: g.id for g in groups.values() for q in g.questions}
    out: list[Finding] = []
    for q in questions.values():
        agg = q.aggregation()
        if agg is None:
            continue
        rel, entry, path = question_file[q.id], f"{q.id}.calculate", (*question_at.get(q.id, ()), "calculate")

        def bad(message: str) -> None:
            out.append(Finding(rel, entry, message, path=path))  # noqa: B023 (used at once)

        if agg.fn == "count" and agg.group is not None and agg.group in groups:
            continue  # count(group): the number of items
        read = agg.fields()
        unknown = [f for f in read if f not in items]
        for f in unknown:
            hint = did_you_mean(f, [*items, *groups])
            where = "a question of the top level, not of a repeat group" if f in questions else "unknown"
            bad(f"'{f}' is {where}; an aggregate reads one repeat group's item questions{hint}")
        if unknown:
            continue
        owners = sorted({group_of[f] for f in read})
        if len(owners) > 1:
            bad(f"reads item questions of several groups ({', '.join(owners)}); an aggregate runs over one group")
        for f in agg.sums or ():
            if items[f].type not in NUMERIC_TYPES:
                bad(f"'{f}' is a {items[f].type.value} question; ratio() sums numbers")
        for cond in (agg.test, agg.among):
            for atom in conditions.atoms(cond) if cond is not None else []:
                kind = items[atom.q].type
                if atom.value is True and atom.op == "eq" and kind != QuestionType.yes_no:
                    bad(f"'{atom.q}' is a {kind.value} question; alone in a test it must be yes/no (compare it)")
                elif atom.value is not True and kind not in NUMERIC_TYPES:
                    bad(f"'{atom.q}' is a {kind.value} question; only a number is compared with a number")
    return out
