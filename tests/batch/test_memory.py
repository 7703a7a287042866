"""No county's facts outlive it: memory stays flat over many counties (benchmarks/soak.py does 100,000)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_memory_flat_over_thousands_of_counties() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "soak.py"), "--counties", "4000", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    result = json.loads(r.stdout)
    assert result["growth_after_warmup_mb"] < 3, result["samples"]
