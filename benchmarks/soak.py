"""Memory soak: evaluate N synthetic counties in one process and sample peak RSS as it goes.

    python benchmarks/soak.py --counties 100000 [--json]

Memory is flat when the RSS after the warm-up stays put: no county's facts outlive it in the engine.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from strategies import random_answers  # noqa: E402

from diagnose.batch.evaluate import evaluate_item  # noqa: E402
from diagnose.io.records import Item
from diagnose.knowledge.load import load  # noqa: E402
from diagnose.report.model import dump_json


def rss_mb() -> float:
    """Current resident set size from /proc (peak via getrusage where /proc is absent)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counties", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    kb = load()
    rng = random.Random(args.seed)
    pool = [{"county": {"id": f"c{i}"}, "answers": random_answers(kb, rng)} for i in range(500)]
    step = max(1, args.counties // args.samples)
    samples, start = [], time.perf_counter()
    for n in range(1, args.counties + 1):
        record = pool[n % len(pool)]
        dump_json(evaluate_item(kb, Item(n, value=record), "zh"), None)
        if n % step == 0:
            samples.append({"counties": n, "rss_mb": round(rss_mb(), 1)})
    elapsed = time.perf_counter() - start
    warm = samples[0]["rss_mb"]
    result = {
        "counties": args.counties,
        "seconds": round(elapsed, 1),
        "counties_per_second": round(args.counties / elapsed),
        "rss_after_warmup_mb": warm,
        "rss_final_mb": samples[-1]["rss_mb"],
        "growth_after_warmup_mb": round(samples[-1]["rss_mb"] - warm, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "samples": samples,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for s in samples:
            print(f"{s['counties']:>9,} counties  RSS {s['rss_mb']:7.1f} MB")
        print(
            f"{args.counties:,} counties in {elapsed:.1f} s ({result['counties_per_second']:,}/s); "
            f"RSS growth after warm-up {result['growth_after_warmup_mb']} MB"
        )


if __name__ == "__main__":
    main()
