"""A progress line on stderr for long batches, only when stderr is a terminal (never in pipes or logs)."""

from __future__ import annotations

import time
from typing import IO


class Progress:
    def __init__(self, stream: IO[str], every_seconds: float = 0.2) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.every = every_seconds
        self.count = 0
        self.failed = 0
        self._start = time.monotonic()
        self._last = 0.0

    def step(self, failed: bool) -> None:
        self.count += 1
        self.failed += failed
        now = time.monotonic()
        if self.enabled and now - self._last >= self.every:
            self._last = now
            rate = self.count / max(now - self._start, 1e-9)
            self.stream.write(f"\r{self.count:,} counties · {self.failed:,} invalid · {rate:,.0f}/s ")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.count:
            self.stream.write("\r\033[K")
            self.stream.flush()
