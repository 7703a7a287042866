"""Throughput benchmark: the durable_rules engine and the direct evaluator on the same synthetic counties.

    python benchmarks/throughput.py [--counties 5000] [--seed 1] [--json]

Prints counties/s through the engine (validated answers in, inference out), through the direct
evaluator, their ratio, counties/s end to end (validate + engine + report + JSON), peak RSS,
`diagnose --help` start-up time and one-county `diagnose evaluate` wall time (median of 5 runs each).
The answers are generated from the questionnaire with a seeded random generator.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from strategies import random_answers  # noqa: E402

from diagnose import direct  # noqa: E402
from diagnose.answers import validate  # noqa: E402
from diagnose.batch import Item, dump_json, evaluate_item  # noqa: E402
from diagnose.engine import compiled  # noqa: E402
from diagnose.kb import load  # noqa: E402


def rate(n: int, fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return n / (time.perf_counter() - start)


def wall(cmd: list[str], stdin: str | None = None, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, input=stdin, capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counties", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    kb = load()
    rng = random.Random(args.seed)
    records = [{"county": {"id": f"c{i}"}, "answers": random_answers(kb, rng)} for i in range(args.counties)]
    validated = [validate(kb, r, "zh").answers for r in records]
    engine = compiled(kb)
    engine.run(validated[0])  # warm up

    engine_rate = rate(len(validated), lambda: [engine.run(a) for a in validated])
    direct_rate = rate(len(validated), lambda: [direct.run(kb, a) for a in validated])
    end_to_end = rate(
        len(records),
        lambda: [dump_json(evaluate_item(kb, Item(i, value=r), "zh"), None) for i, r in enumerate(records, 1)],
    )
    exe = [sys.executable, "-m", "diagnose.cli"]
    example = (ROOT / "examples" / "multi_diagnosis.json").read_text(encoding="utf-8")
    result = {
        "counties": args.counties,
        "knowledge_base": {
            "questions": len(kb.questions),
            "diagnoses": len(kb.diagnoses),
            "mechanisms": len(kb.mechanisms),
            "rules": len(engine.actions),
        },
        "engine_counties_per_s": round(engine_rate),
        "direct_counties_per_s": round(direct_rate),
        "direct_over_engine": round(direct_rate / engine_rate, 2),
        "end_to_end_counties_per_s": round(end_to_end),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "help_startup_ms": round(1000 * wall(exe + ["--help"])),
        "one_county_evaluate_ms": round(1000 * wall(exe + ["evaluate", "-"], stdin=example)),
    }
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:>28}: {value}")


if __name__ == "__main__":
    main()
