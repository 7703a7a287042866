"""`kb check` on repeat groups' aggregate formulas: each names one group's item questions, of the right
types (a bare id tests a yes/no, a comparison a number), and gives the question's own type."""

from __future__ import annotations

from diagnose.knowledge import conditions
from diagnose.knowledge.findings import Finding, Path_
from diagnose.knowledge.models import NUMERIC_TYPES, Question, QuestionType, RepeatGroup
from diagnose.knowledge.say import Said, say
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

        def bad(message: Said) -> None:
            out.append(Finding(rel, entry, message, path=path))  # noqa: B023 (used at once)

        if agg.fn == "count" and agg.group is not None and agg.group in groups:
            continue  # count(group): the number of items
        read = agg.fields()
        unknown = [f for f in read if f not in items]
        for f in unknown:
            hint = did_you_mean(f, [*items, *groups])
            where = say("agg_top_level" if f in questions else "agg_unknown")
            bad(say("agg_not_item", q=f, where=where, hint=hint))
        if unknown:
            continue
        owners = sorted({group_of[f] for f in read})
        if len(owners) > 1:
            bad(say("agg_several_groups", groups=", ".join(owners)))
        for f in agg.sums or ():
            if items[f].type not in NUMERIC_TYPES:
                bad(say("agg_ratio_numbers", q=f, type=items[f].type.value))
        for cond in (agg.test, agg.among):
            for atom in conditions.atoms(cond) if cond is not None else []:
                kind = items[atom.q].type
                if atom.value is True and atom.op == "eq" and kind != QuestionType.yes_no:
                    bad(say("agg_alone_yes_no", q=atom.q, type=kind.value))
                elif atom.value is not True and kind not in NUMERIC_TYPES:
                    bad(say("agg_compare_number", q=atom.q, type=kind.value))
    return out
