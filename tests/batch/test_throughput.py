"""The benchmark runs and prints every figure the performance issue asks for (a smoke run on a few
counties: what it measures is judged by running it, never asserted here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="the stream figures read Linux /proc")
def test_the_benchmark_reports_every_figure() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "throughput.py"), "--counties", "64", "--jobs-counties", "40"]
        + ["--stream", "300", "--passes", "2", "--machine-iterations", "1000", "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    figures = json.loads(done.stdout)
    for key in (
        "engine_counties_per_s",
        "engine_median_counties_per_s",
        "direct_counties_per_s",
        "engine_over_direct_time",
        "end_to_end_counties_per_s",
        "peak_rss_mb",
        "help_startup_ms",
        "one_county_evaluate_ms",
    ):
        assert figures[key] > 0, key
    assert figures["engine_passes"] == 4  # two turns at the start, one after each of the two --jobs turns
    jobs = figures["jobs"]
    assert jobs["counties"] == 40 and jobs["runs_each"] == 2 and jobs["identical_output"] is True
    assert jobs["speedup"] > 0 and jobs["median_pair_speedup"] > 0
    assert jobs["halves_speedup"] > 0 and jobs["median_pair_halves_speedup"] > 0
    assert jobs["machine_speedup"] > 0 and jobs["median_pair_machine_speedup"] > 0
    assert 0 < jobs["machine_loop_1_s"] and 0 < jobs["machine_loop_2_s"]
    # the lean reports in the same turns, and the sizes of both outputs
    assert jobs["lean_identical_output"] is True and jobs["lean_median_pair_speedup"] > 0
    for key in ("full_jobs_1", "full_jobs_2", "lean_jobs_1", "lean_jobs_2"):
        assert jobs[f"{key}_counties_per_s"] > 0, key
    assert 0 < jobs["lean_bytes_per_county"] < jobs["full_bytes_per_county"]
    assert jobs["start_s"] > 0 and jobs["lean_jobs_2_bound"] > 0  # start-up alone, and the bound it sets
    assert len(figures["lean_bytes_per_example"]) == len(list((ROOT / "examples").glob("*.json")))
    assert len(figures["load_average"]) == 2
    stream = figures["stream"]
    assert stream["reports_out"] == stream["counties"] == 300
    assert 0 < stream["peak_rss_one_process_mb"] <= stream["peak_tree_rss_mb"]
