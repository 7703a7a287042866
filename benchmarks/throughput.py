"""Throughput benchmark: the durable_rules engine and the direct evaluator on the same synthetic counties,
then the `diagnose` command itself: start-up, one county, --jobs and streaming memory.

    python benchmarks/throughput.py [--counties 5000] [--jobs-counties 5000] [--stream 50000] [--json]

Figures (each printed, and all of them with --json):
- engine_counties_per_s: validated answers in, inference out (`CompiledKB.run_many`, as `evaluate`
  runs a file's records), best of 14 passes (7 at the start, then one after each turn of the
  --jobs runs, minutes later: engine_passes), and the median pass;
- direct_counties_per_s: the same counties through the direct evaluator, its passes taking turns
  with the engine's; best and median; and the ratio of the best;
- end_to_end_counties_per_s: validate + engine + report + JSON, in process, one pass;
- peak_rss_mb: of this benchmark process (it holds every synthetic county);
- help_startup_ms / one_county_evaluate_ms: `diagnose --help` and `diagnose evaluate` on the bundled
  example county, median of 5 runs each;
- jobs: `diagnose evaluate FILE.jsonl --jobs 1 -o OUT` and `--jobs 2`, the same with `--detail lean`, and
  for reference the file
  split by hand (two independent `--jobs 1` processes at once on half of it each), taking turns,
  7 runs each: the speed-ups of the best runs, the median speed-ups of runs side by side, and
  whether every output (the halves' end to end) is byte for byte the same; and in the same turns the
  machine's own reference: a loop of plain arithmetic in one process, then two copies at once
  (`--machine-iterations`), whose speed-up (2 × one / two) is what this machine gives two processes
  that share nothing at the time; counties/s of the command end to end (median and best run), and the
  bytes per county of the full and the lean output; and, in the same turns, start-up alone (`--detail
  lean` on an empty file) and from it Amdahl's bound on `--detail lean --jobs 2`: start-up is done once
  before the workers fork, the rest at best at the machine's two-process speed-up;
- lean_bytes_per_example: each bundled example's lean report as a JSON Lines record;
- load_average: the machine's 1-minute load at the start and at the end (it shares its cores);
- stream: `--stream` counties piped as JSON Lines into `diagnose evaluate - --jobs 2`, the reports
  read and discarded; the memory of the process tree (parent and workers) is sampled every half
  second: the largest peak RSS of any one process (VmHWM); the tree's total PSS (each page shared
  after the fork divided among its sharers: what the tree holds) at its peak, after 5% of the
  counties, at half and over the last 10%; and the tree's total RSS at its peak (shared pages
  counted in every process, so an upper bound).

Answers are generated from the questionnaire with a seeded random generator. "Best of" is timeit's
convention: the machine's noise only ever adds time; the medians show how much it adds. The package is byte-compiled first, as pip does
when it installs it, so that start-up is not measured compiling the sources.
"""

from __future__ import annotations

import argparse
import compileall
import gc
import hashlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from strategies import random_answers  # noqa: E402

from diagnose.answers.validate import validate  # noqa: E402
from diagnose.batch.evaluate import evaluate_items  # noqa: E402
from diagnose.batch.parallel import CHUNK  # noqa: E402
from diagnose.engine import direct  # noqa: E402
from diagnose.engine.compiled import compiled  # noqa: E402
from diagnose.io.records import Item  # noqa: E402
from diagnose.knowledge.base import KnowledgeBase  # noqa: E402
from diagnose.knowledge.load import load  # noqa: E402
from diagnose.report.lean import build_lean, dump_lean  # noqa: E402
from diagnose.report.model import dump_json  # noqa: E402

EXE = [sys.executable, "-m", "diagnose.cli"]
PASSES = 7  # turns of engine and direct passes at the start; runs of each --jobs setting (each followed by a turn)


def best_rate(n: int, fn: Callable[[], object], passes: int = 3) -> float:
    times = []
    for _ in range(passes):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return n / min(times)


class Interleaved:
    """Passes of several functions taken in turns (a, b, a, b, ...), each pass timed; `turn()` takes
    one pass of each. This machine's speed swings by a third from one half-minute to the next
    (measured: 3,871 and 6,445 counties/s in consecutive runs), so the benchmark takes turns here and
    again between the --jobs runs, minutes later: passes spread over time, and both sides timed in
    the same spells, give the best a fair chance of an undisturbed one."""

    def __init__(self, n: int, fns: dict[str, Callable[[], object]]) -> None:
        self.n = n
        self.fns = fns
        self.times: dict[str, list[float]] = {name: [] for name in fns}

    def turn(self) -> None:
        for name, fn in self.fns.items():
            start = time.perf_counter()
            fn()
            self.times[name].append(time.perf_counter() - start)

    def rates(self) -> dict[str, tuple[float, float, int]]:
        """Each function's best and median rate, and how many passes they are of."""
        return {name: (self.n / min(t), self.n / statistics.median(t), len(t)) for name, t in self.times.items()}


def wall(cmd: list[str], stdin: str | None = None, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, input=stdin, capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# The machine's own reference: a loop of plain arithmetic in one process, then in two at once. No
# memory to speak of, no I/O, nothing shared: what two processes get from this machine's two cores at
# the time. 12M iterations take ~2.5 s here.
MACHINE_LOOP = "s = 0\nfor i in range({n}): s += i * i"
MACHINE_ITERATIONS = 12_000_000


def machine_loop(processes: int, iterations: int) -> float:
    """Seconds for `processes` copies of the arithmetic loop, started at once, to finish."""
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", MACHINE_LOOP.format(n=iterations)]) for _ in range(processes)]
    for proc in procs:
        if proc.wait() != 0:
            raise SystemExit("the machine reference loop failed")
    return time.perf_counter() - start


def digest(*paths: Path) -> str:
    """SHA-256 of the files end to end, read a megabyte at a time: the outputs are ~450 MB (reports
    are ~90 KB each), and read whole they would be this process's peak memory."""
    hasher = hashlib.sha256()
    for path in paths:
        with path.open("rb") as f:
            while block := f.read(1 << 20):
                hasher.update(block)
    return hasher.hexdigest()


def jobs_speedup(
    records: list[dict],
    runs_each: int,
    machine_iterations: int = MACHINE_ITERATIONS,
    between: Callable[[], None] = lambda: None,
) -> dict:
    """`evaluate FILE --jobs 1 -o OUT` against `--jobs 2` on the same JSON Lines file, and, for
    reference, against the file split by hand: two independent `--jobs 1` processes at once, each on
    half of it (no coordination at all, but each its own start-up and its own copy of everything in
    memory, where --jobs workers share the pages forked from one parent). The three take turns (1, 2, halves, 1, 2, ...) so that a slow
    spell of the machine hits all of them; speed-ups are of the best runs, and the median of the
    speed-ups of runs side by side is given too. The reports go to files, as a province's batch
    would: read back through a pipe, this process would compete for the two cores with the workers it
    is timing. Every run's output is compared by digest. Each turn also times the machine reference
    (`machine_loop`): one arithmetic loop, then two at once, whose speed-up is 2 × one / two, and
    ends with `between()`."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "counties.jsonl"
        path.write_text(jsonl(records), encoding="utf-8")
        middle = len(records) // 2
        halves = [Path(tmp) / "first.jsonl", Path(tmp) / "second.jsonl"]
        halves[0].write_text(jsonl(records[:middle]), encoding="utf-8")
        halves[1].write_text(jsonl(records[middle:]), encoding="utf-8")
        empty = Path(tmp) / "empty.jsonl"  # start-up alone: the knowledge base read, the rules compiled
        empty.write_text("", encoding="utf-8")
        runs: dict[str, list[float]] = {
            "1": [],
            "2": [],
            "halves": [],
            "lean_1": [],
            "lean_2": [],
            "loop_1": [],
            "loop_2": [],
            "start": [],
        }
        digests = set()
        lean_digests = set()
        sizes: dict[str, int] = {}

        def evaluate(*commands: tuple[Path, int, Path], detail: str = "full") -> float:
            for _, _, out in commands:
                # Each run writes a new file: replacing the last run's 450 MB made the filesystem free
                # its blocks inside the run (0.1-0.15 s here), which is not the evaluation's time.
                out.unlink(missing_ok=True)
            start = time.perf_counter()
            procs = [
                subprocess.Popen(
                    [*EXE, "evaluate", str(src), "--jobs", str(jobs), "--detail", detail, "-o", str(out)],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
                for src, jobs, out in commands
            ]
            for proc in procs:
                _, err = proc.communicate()
                if proc.returncode not in (0, 1):
                    raise SystemExit(err.decode())
            return time.perf_counter() - start

        for _ in range(runs_each):
            for jobs in (1, 2):
                out = Path(tmp) / f"reports-{jobs}.jsonl"
                runs[str(jobs)].append(evaluate((path, jobs, out)))
                digests.add(digest(out))
                sizes["full"] = out.stat().st_size
            for jobs in (1, 2):  # the lean reports (`--detail lean`) in the same turns
                out = Path(tmp) / f"lean-{jobs}.jsonl"
                runs[f"lean_{jobs}"].append(evaluate((path, jobs, out), detail="lean"))
                lean_digests.add(digest(out))
                sizes["lean"] = out.stat().st_size
            runs["start"].append(evaluate((empty, 1, Path(tmp) / "empty-out.jsonl"), detail="lean"))
            outs = [Path(tmp) / "reports-first.jsonl", Path(tmp) / "reports-second.jsonl"]
            runs["halves"].append(evaluate((halves[0], 1, outs[0]), (halves[1], 1, outs[1])))
            digests.add(digest(*outs))  # the halves' reports, end to end, are the whole file's
            for processes in (1, 2):
                # twice the work in two processes: their time is halved to compare like with like
                runs[f"loop_{processes}"].append(machine_loop(processes, machine_iterations) / processes)
            between()
    best = {kind: min(times) for kind, times in runs.items()}
    median = {kind: statistics.median(times) for kind, times in runs.items()}
    n = len(records)

    def median_pair(a: str, b: str) -> float:
        return round(statistics.median(x / y for x, y in zip(runs[a], runs[b], strict=True)), 2)

    return {
        "counties": len(records),
        "runs_each": runs_each,
        "jobs_1_s": round(best["1"], 2),
        "jobs_2_s": round(best["2"], 2),
        "speedup": round(best["1"] / best["2"], 2),
        "median_pair_speedup": median_pair("1", "2"),
        "independent_halves_s": round(best["halves"], 2),
        "halves_speedup": round(best["1"] / best["halves"], 2),
        "median_pair_halves_speedup": median_pair("1", "halves"),
        "machine_loop_1_s": round(best["loop_1"], 2),
        "machine_loop_2_s": round(2 * best["loop_2"], 2),
        "machine_speedup": round(best["loop_1"] / best["loop_2"], 2),
        "median_pair_machine_speedup": median_pair("loop_1", "loop_2"),
        "identical_output": len(digests) == 1,
        # the command end to end, from a file to a file: counties/s of the median run (and of the best)
        "full_jobs_1_counties_per_s": round(n / median["1"]),
        "full_jobs_1_best_counties_per_s": round(n / best["1"]),
        "full_jobs_2_counties_per_s": round(n / median["2"]),
        "lean_jobs_1_counties_per_s": round(n / median["lean_1"]),
        "lean_jobs_1_best_counties_per_s": round(n / best["lean_1"]),
        "lean_jobs_2_counties_per_s": round(n / median["lean_2"]),
        "lean_jobs_2_best_counties_per_s": round(n / best["lean_2"]),
        "lean_speedup": round(best["lean_1"] / best["lean_2"], 2),
        "lean_median_pair_speedup": median_pair("lean_1", "lean_2"),
        "lean_identical_output": len(lean_digests) == 1,
        "start_s": round(best["start"], 2),
        # Amdahl: the most --jobs 2 can gain here, start-up being done once before the workers fork and
        # the rest at best at the machine's own two-process speed-up
        "lean_jobs_2_bound": round(
            best["lean_1"] / (best["start"] + max(best["lean_1"] - best["start"], 0) * best["loop_2"] / best["loop_1"]),
            2,
        ),
        "full_bytes_per_county": round(sizes["full"] / n),
        "lean_bytes_per_county": round(sizes["lean"] / n),
    }


def tree_memory_mb(root: int) -> tuple[float, float, float]:
    """Resident memory of a process and all its descendants, from /proc: the sum of their current RSS
    (pages shared after the fork counted in each, so an upper bound), the sum of their PSS (each shared
    page divided among the processes sharing it: what the tree really holds), and the largest peak RSS
    (VmHWM) among them."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, pp in parents.items() if pp == pid and p not in tree]
        tree.update(kids)
        frontier += kids
    total, pss, peak = 0, 0, 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            continue
    return total / 1024, pss / 1024, peak / 1024


def stream(kb: object, rng: random.Random, n: int, jobs: int = 2) -> dict:
    """Pipe n freshly generated counties into `evaluate -` and watch its memory (every county differs,
    so no cache or memo is kept small by repetition)."""
    proc = subprocess.Popen([*EXE, "evaluate", "-", "--jobs", str(jobs)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    fed = [0]

    def feed() -> None:
        assert proc.stdin is not None
        for i in range(n):
            record = {"county": {"id": f"c{i}"}, "answers": random_answers(kb, rng)}
            proc.stdin.write((json.dumps(record, ensure_ascii=False) + "\n").encode())
            fed[0] = i + 1
        proc.stdin.close()

    out = [0]

    def drain() -> None:
        assert proc.stdout is not None
        while chunk := proc.stdout.read(1 << 20):
            out[0] += chunk.count(b"\n")

    threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=drain, daemon=True)]
    start = time.perf_counter()
    for th in threads:
        th.start()
    samples: list[tuple[int, float, float]] = []  # reports out so far, tree RSS, tree PSS
    peak_process = 0.0
    while proc.poll() is None:
        rss, pss, peak = tree_memory_mb(proc.pid)
        samples.append((out[0], rss, pss))
        peak_process = max(peak_process, peak)
        time.sleep(0.5)
    elapsed = time.perf_counter() - start
    for th in threads:
        th.join()
    samples = [s for s in samples if s[1] > 0] or [(0, 0.0, 0.0)]

    def pss_once(fraction: float) -> float:
        return next((pss for done, _, pss in samples if done >= n * fraction), samples[-1][2])

    late = [pss for done, _, pss in samples if done >= n * 9 // 10] or [samples[-1][2]]
    return {
        "counties": n,
        "jobs": jobs,
        "reports_out": out[0],
        "seconds": round(elapsed, 1),
        "counties_per_s": round(n / elapsed),
        "peak_rss_one_process_mb": round(peak_process, 1),
        "peak_tree_pss_mb": round(max(s[2] for s in samples), 1),
        "peak_tree_rss_mb": round(max(s[1] for s in samples), 1),
        "tree_pss_after_5pct_mb": round(pss_once(0.05), 1),
        "tree_pss_at_half_mb": round(pss_once(0.5), 1),
        "tree_pss_last_10pct_mb": round(max(late), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--counties", type=int, default=5000, help="counties for the in-process figures")
    parser.add_argument("--jobs-counties", type=int, default=5000, help="counties for the --jobs comparison")
    parser.add_argument("--stream", type=int, default=50_000, help="counties to stream (0: skip)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--passes", type=int, default=PASSES, help="engine/direct passes, and runs of each --jobs")
    parser.add_argument(
        "--machine-iterations", type=int, default=MACHINE_ITERATIONS, help="length of the machine reference loop"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    compileall.compile_dir(str(ROOT / "diagnose"), quiet=1)
    load_start = os.getloadavg()[0]
    kb = load()
    rng = random.Random(args.seed)
    records = [{"county": {"id": f"c{i}"}, "answers": random_answers(kb, rng)} for i in range(args.counties)]
    validated = [validate(kb, r, "zh").answers for r in records]
    engine = compiled(kb)
    engine.run_many(validated[:500])  # warm up: the engine's caches and memos fill on the first counties
    # The CLI freezes the long-lived knowledge base out of the collector's way; here the synthetic
    # counties are long-lived too, and without this every full collection would rescan them.
    gc.freeze()

    # Counties go through the engine, and reports are built, a chunk at a time as `evaluate` does with
    # a file, and the results are dropped as they come, as the CLI drops each report once written:
    # holding thousands of them would time the garbage collector walking them instead.
    chunks = [validated[i : i + CHUNK] for i in range(0, len(validated), CHUNK)]
    passes = Interleaved(
        len(validated),
        {
            "engine": lambda: deque(map(engine.run_many, chunks), maxlen=0),
            "direct": lambda: deque((direct.run(kb, a) for a in validated), maxlen=0),
        },
    )
    for _ in range(args.passes):
        passes.turn()
    sample = [Item(i, value=r) for i, r in enumerate(records[: min(len(records), 2000)], 1)]
    end_to_end = best_rate(
        len(sample),
        lambda: deque(
            (
                dump_json(r, None)
                for i in range(0, len(sample), CHUNK)
                for r in evaluate_items(kb, sample[i : i + CHUNK], "zh")
            ),
            maxlen=0,
        ),
        passes=1,
    )
    example = (ROOT / "examples" / "multi_diagnosis.json").read_text(encoding="utf-8")
    help_ms = round(1000 * wall([*EXE, "--help"]))
    one_county_ms = round(1000 * wall([*EXE, "evaluate", "-"], stdin=example))
    # a turn of engine and direct passes after each turn of the --jobs runs, minutes later
    jobs = jobs_speedup(records[: args.jobs_counties], args.passes, args.machine_iterations, between=passes.turn)
    rates = passes.rates()
    (engine_rate, engine_median, engine_passes), (direct_rate, direct_median, _) = rates["engine"], rates["direct"]
    result: dict = {
        "counties": args.counties,
        "knowledge_base": {
            "questions": len(kb.questions),
            "diagnoses": len(kb.diagnoses),
            "mechanisms": len(kb.mechanisms),
            "rules": len(engine.actions),
        },
        "engine_counties_per_s": round(engine_rate),
        "engine_median_counties_per_s": round(engine_median),
        "engine_passes": engine_passes,
        "direct_counties_per_s": round(direct_rate),
        "direct_median_counties_per_s": round(direct_median),
        "engine_over_direct_time": round(direct_rate / engine_rate, 2),
        "end_to_end_counties_per_s": round(end_to_end),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "help_startup_ms": help_ms,
        "one_county_evaluate_ms": one_county_ms,
        "jobs": jobs,
    }
    result["lean_bytes_per_example"] = lean_sizes(kb)
    if args.stream:
        result["stream"] = stream(kb, random.Random(args.seed + 1), args.stream)
    result["load_average"] = [round(load_start, 2), round(os.getloadavg()[0], 2)]  # 1-minute, at start and end
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:>28}: {value}")
    print(side_by_side(result))


def lean_sizes(kb: KnowledgeBase) -> dict[str, int]:
    """Each bundled example's lean report, as one JSON Lines record (UTF-8 bytes with its newline)."""
    sizes = {}
    for path in sorted((ROOT / "examples").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        valid = validate(kb, record, "zh")
        sizes[path.stem] = len(dump_lean(build_lean(kb, valid, compiled(kb).run(valid.answers)), None)) + 1
    return sizes


def side_by_side(result: dict) -> str:
    """The throughput figures of this one run together, medians (best in brackets), counties/s."""
    jobs = result["jobs"]
    rows = [
        (
            "engine alone (validated answers → inference)",
            result["engine_median_counties_per_s"],
            result["engine_counties_per_s"],
        ),
        ("direct evaluator alone", result["direct_median_counties_per_s"], result["direct_counties_per_s"]),
        (
            "evaluate FILE --detail lean, one process",
            jobs["lean_jobs_1_counties_per_s"],
            jobs["lean_jobs_1_best_counties_per_s"],
        ),
        (
            "evaluate FILE --detail lean --jobs 2",
            jobs["lean_jobs_2_counties_per_s"],
            jobs["lean_jobs_2_best_counties_per_s"],
        ),
        (
            "evaluate FILE (full), one process",
            jobs["full_jobs_1_counties_per_s"],
            jobs["full_jobs_1_best_counties_per_s"],
        ),
    ]
    lines = ["", f"side by side, {jobs['counties']} counties, counties/s: median (best)"]
    lines += [f"  {name:<48} {median:>7,} ({best:,})" for name, median, best in rows]
    lines.append(
        f"  --detail lean --jobs 2 over one process: {jobs['lean_speedup']}× best "
        f"(Amdahl's bound from this start-up, {jobs['start_s']} s, and this machine's two-process speed-up: {jobs['lean_jobs_2_bound']}×), "
        f"{jobs['lean_median_pair_speedup']}× median pair; bytes per county: lean {jobs['lean_bytes_per_county']:,}, "
        f"full {jobs['full_bytes_per_county']:,}; load average {result['load_average']}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
