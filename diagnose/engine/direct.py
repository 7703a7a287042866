"""The same chain as engine.py, evaluated directly in Python: the reference the engine is tested against.

Explanations and what-if analysis can use it too; it shares no code path with durable_rules.
"""

from __future__ import annotations

from collections.abc import Mapping

from diagnose.answers.validate import Answer
from diagnose.engine.compiled import Inference
from diagnose.knowledge.base import KnowledgeBase
from diagnose.knowledge.certainty import Decision, decide
from diagnose.knowledge.conditions import Truth, evaluate
from diagnose.knowledge.models import Diagnosis


def decide_one(d: Diagnosis, known: dict[str, Answer]) -> Decision:
    """One diagnosis's decision from known answers (for searches that change answers many times)."""
    applies = True if d.applies is None else evaluate(d.applies, known)
    return decide(d, applies, {s.id: evaluate(s.when, known) for s in d.signs}, band_truths(d, known))


def band_truths(d: Diagnosis, known: Mapping[str, Answer]) -> list[Truth]:
    """The truth of each graded band of the diagnosis's signs (signs in order, bands in order)."""
    return [evaluate(cond, known) for s in d.signs for _, cond in s.band_conditions()]


def run(kb: KnowledgeBase, answers: dict[str, Answer]) -> Inference:
    known = {k: v for k, v in answers.items() if v is not None}
    inf = Inference()
    for d in kb.diagnoses.values():
        inf.applies[d.id] = True if d.applies is None else evaluate(d.applies, known)
        inf.signs[d.id] = {s.id: evaluate(s.when, known) for s in d.signs}
        inf.decisions[d.id] = decide(d, inf.applies[d.id], inf.signs[d.id], band_truths(d, known))
    for d in kb.diagnoses.values():
        if inf.decisions[d.id].status != "reached":
            continue
        for k, rec in enumerate(d.recommends):
            if rec.when is None or evaluate(rec.when, known, inf.signs[d.id]) is True:
                inf.recommended.append((d.id, k))
    for m in kb.mechanisms.values():
        inf.suits += [(m.id, k) for k, fit in enumerate(m.suits) if evaluate(fit.when, known) is True]
        inf.unsuitable += [(m.id, k) for k, fit in enumerate(m.unsuitable) if evaluate(fit.when, known) is True]
    return inf
