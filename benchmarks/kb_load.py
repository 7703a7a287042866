"""Load time of the bundled knowledge base, checkouts side by side in one run.

    python benchmarks/kb_load.py [--runs 11] [OTHER_CHECKOUT ...]

Each run is a fresh process that imports the package from one checkout (PYTHONPATH) and times
`load()` of that checkout's rules/ alone (imports excluded), in CPU time of the process (a shared
machine's other work then adds little; wall time would add all of it): with the parsed-YAML cache warm (what
every command meets after the first run), and with the cache off (DIAGNOSE_CACHE_DIR="", what a
`--rules` directory or an edited base costs). The checkouts take turns, run by run, so that the
machine's noise falls on all of them alike; the figure is the median in milliseconds, with the
fastest and slowest run. Each checkout has its own cache folder (a temporary one, warmed first).

Then, in this process, the YAML reading alone: every file of this checkout's rules/ read by plain
PyYAML (`yaml.load`, libyaml's CSafeLoader: what the load did before) and by `yaml_read.read` (the
same parser, with duplicate keys, non-finite numbers and aliases checked), taking turns, median and
fastest of --runs passes over all the files, in CPU time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "import time, diagnose.knowledge.load as m; t = time.process_time(); m.load(); "
    "print((time.process_time() - t) * 1000, m.__file__)"
)


def once(checkout: Path, cache: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(checkout), "DIAGNOSE_CACHE_DIR": cache}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, cwd=checkout, check=True, capture_output=True, text=True
    ).stdout
    ms, where = out.split()
    assert Path(where).resolve().is_relative_to(checkout.resolve()), f"{where} is not from {checkout}"
    return float(ms)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", nargs="*", type=Path, help="other checkouts to compare with this one")
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    checkouts = [ROOT, *args.checkouts]
    with tempfile.TemporaryDirectory() as tmp:
        caches = {c: str(Path(tmp) / str(i)) for i, c in enumerate(checkouts)}
        for c in checkouts:
            once(c, caches[c])  # warm the cache
        times: dict[tuple[Path, str], list[float]] = {(c, k): [] for c in checkouts for k in ("warm", "cold")}
        for _ in range(args.runs):
            for c in checkouts:
                times[c, "warm"].append(once(c, caches[c]))
                times[c, "cold"].append(once(c, ""))
    for (c, kind), ts in times.items():
        print(
            f"{str(c):30} {kind}: median {statistics.median(ts):6.1f} ms "
            f"(min {min(ts):.1f}, max {max(ts):.1f}, {len(ts)} runs)"
        )
    reading(args.runs)


def reading(runs: int) -> None:
    import time

    import yaml

    from diagnose.knowledge import yaml_read

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "rules").rglob("*.yaml"))]
    ways = {
        "yaml.load (CSafeLoader)": lambda t: yaml.load(t, Loader=yaml_read.SAFE_LOADER),
        "yaml_read.read": yaml_read.read,
    }
    passes: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(runs):
        for name, read in ways.items():
            start = time.process_time()
            for text in texts:
                read(text)
            passes[name].append((time.process_time() - start) * 1000)
    for name, ts in passes.items():
        print(f"{name:30} {len(texts)} files: median {statistics.median(ts):6.1f} ms (min {min(ts):.1f})")


if __name__ == "__main__":
    main()
