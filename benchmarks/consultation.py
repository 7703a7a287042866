"""How long a consultation is for a person: questions asked and characters printed, per example county.

Each example county's answers are given to `diagnose ask` as an official would type them (unknown where
the file has no answer), in Chinese and in English; the terminal's whole output is counted, the report at
the end included. `--unknown` answers every question "unknown" instead (the longest consultation).
An answer the consultation refuses (an approximate figure, before it took them) is given again as
"unknown", as an official would; `refused` counts those. The follow-ups deferred under gates answered
unknown are skipped at their prompt (Enter), as most officials would; `deferred` is how many the prompt
offered; `--answer-deferred` says yes to it instead (and answers them from the file).

`--floor N` also looks for the fewest of those answers that settle the same conclusions: it withdraws the
answers one at a time, in N random orders, keeping each withdrawal after which the consultation has nothing
left to ask. Even an order of asking that knew the answers in advance asks at least such a set. `floor`
keeps a gate while a follow-up it opens is kept (the consultation asks a gate before its follow-ups);
`implied` lets it go, as an answered follow-up implies its gate (a consultation that asked follow-ups
without their gates). Both are the smallest found (in prompts: two counts typed at one share prompt count
once), not proven the smallest. `--all` is the questions asked when every question that may apply is
asked (the questionnaire's order, no value-of-information ordering).

    python benchmarks/consultation.py [--unknown] [--focus ID,ID] [--answer-deferred] [--floor N] [--json]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from replies import reply_for, reply_to  # noqa: E402

from diagnose.consult import terminal  # noqa: E402
from diagnose.consult.machine import Consultation  # noqa: E402
from diagnose.knowledge.load import load  # noqa: E402
from diagnose.knowledge.models import Question  # noqa: E402


class Scripted(terminal.Terminal):
    """A terminal whose user answers each question from a county file, and types nothing else."""

    def __init__(self, kb: Any, answers: dict[str, Any], lang: str, answer_deferred: bool = False) -> None:
        super().__init__(io.StringIO(), io.StringIO())
        self.kb = kb
        self.answers, self.lang, self.asked, self.refused = answers, lang, 0, 0
        self.last: str | None = None
        self.answer_deferred, self.deferred = answer_deferred, 0
        self.c: Consultation | None = None

    def reply(self, q: Question, lang: str, prefill: str | None = None) -> str | None:
        if q.id == self.last:  # the answer was refused: the official gives up and says unknown
            self.refused += 1
            line = reply_for("unknown", lang)
            self.stdout.write(f"> {line}\n")
            return line
        self.asked, self.last = self.asked + 1, q.id
        line = reply_to(self.kb, q.id, self.answers, lang)
        self.stdout.write(f"> {line}\n")
        return line

    def read(self, prompt: str, prefill: str | None = None) -> str | None:
        self.stdout.write(prompt + "\n")
        c, self.c = self.c, None  # the first prompt after the questions is the deferred one, if any is offered
        if c is not None and c.deferring() and c.next_question() is None:
            self.deferred = len(c.deferred())
            if self.deferred and self.answer_deferred:
                return reply_for(True, self.lang)
        return ""  # Enter: skips the deferred prompt, the section on mechanisms in place, the details


def measure(kb: Any, record: dict[str, Any], lang: str, **options: Any) -> dict[str, int]:
    answer_deferred = options.pop("answer_deferred", False)
    floor_orders = options.pop("floor", 0)
    term = Scripted(kb, record["answers"], lang, answer_deferred)
    c = Consultation(kb, lang, county=record["county"], **options)
    term.c = c
    terminal.run(c, term, Path("/dev/null"))
    text = term.stdout.getvalue()  # type: ignore[attr-defined]
    row = {
        "questions": term.asked,
        "characters": len(text),
        "lines": text.count("\n"),
        "refused": term.refused,
        "deferred": term.deferred,
    }
    if floor_orders:
        row["floor"] = floor(kb, record, c, floor_orders, keep_gates=True)
        row["implied"] = floor(kb, record, c, floor_orders, keep_gates=False)
        row["all"] = measure(kb, record, lang, ask_all=True)["questions"]
    return row


def floor(kb: Any, record: dict[str, Any], done: Consultation, orders: int, keep_gates: bool) -> int:
    """The fewest of a finished consultation's answers found to leave nothing to ask (see the module's doc)."""

    def settled(raw: dict[str, Any]) -> bool:
        c = Consultation(kb, done.lang, county=record["county"], focus=done.focus)
        c.raw, c.through = dict(raw), dict(done.through)
        return c.next_question() is None

    def prompts(raw: dict[str, Any]) -> int:
        return len(raw) - sum(len(qs) - 1 for qs, _ in done.through.values() if all(q in raw for q in qs))

    gates = {qid: set(done.gates_of(qid)) for qid in done.raw}
    best = prompts(done.raw)
    for seed in range(orders):
        keys = list(done.raw)
        random.Random(seed).shuffle(keys)
        kept = dict(done.raw)
        for qid in keys:
            if keep_gates and any(qid in gates[other] for other in kept):
                continue  # asked before a follow-up still kept
            fewer = {k: v for k, v in kept.items() if k != qid}
            if settled(fewer):
                kept = fewer
        best = min(best, prompts(kept))
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--unknown", action="store_true", help="answer every question unknown")
    parser.add_argument("--focus", help="ask only what can change these diagnoses (comma-separated ids)")
    parser.add_argument("--answer-deferred", action="store_true", help="say yes at the deferred prompt")
    parser.add_argument(
        "--floor", type=int, default=0, metavar="N", help="the fewest answers that settle it (N orders)"
    )
    args = parser.parse_args()
    options: dict[str, Any] = {"focus": frozenset(args.focus.split(","))} if args.focus else {}
    options["answer_deferred"], options["floor"] = args.answer_deferred, args.floor
    kb = load()
    rows = []
    for path in sorted((ROOT / "examples").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if args.unknown:
            record["answers"] = {}
        for lang in ("zh", "en"):
            rows.append({"county": path.stem, "lang": lang, **measure(kb, record, lang, **options)})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    print(
        f"{'county':<22}{'lang':<6}{'questions':>10}{'characters':>12}{'lines':>8}{'refused':>9}{'deferred':>10}"
        + (f"{'floor':>7}{'implied':>9}{'--all':>7}" if args.floor else "")
    )
    for r in rows:
        print(
            f"{r['county']:<22}{r['lang']:<6}{r['questions']:>10}{r['characters']:>12}{r['lines']:>8}"
            f"{r['refused']:>9}{r['deferred']:>10}"
            + (f"{r['floor']:>7}{r['implied']:>9}{r['all']:>7}" if "floor" in r else "")
        )


if __name__ == "__main__":
    main()
