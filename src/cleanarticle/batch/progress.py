"""Counting outcomes, the progress bar (a terminal only) and the closing summary line."""

from __future__ import annotations

import io
import os
import sys
import time
from dataclasses import dataclass, field
from typing import IO, Any

from .work import EMPTY


def peak_rss_bytes() -> int:
    """This process's peak resident memory (0 where the platform does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux reports KiB


@dataclass
class Tally:
    ok: int = 0
    empty: int = 0
    failed: int = 0
    skipped: int = 0  # already in the output (--resume)
    started: float = field(default_factory=time.monotonic)

    @property
    def pages(self) -> int:
        return self.ok + self.empty + self.failed

    def count(self, record: dict[str, Any]) -> None:
        error = record.get("error")
        if error == EMPTY or (error is None and not (record.get("text") or "").strip()):
            self.empty += 1
        elif error is None:
            self.ok += 1
        else:
            self.failed += 1

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.pages / elapsed if elapsed > 0 else 0.0

    def summary(self, peak_worker_rss: int = 0, cpu_per_page: float | None = None) -> str:
        parts = [f"{self.pages} pages: {self.ok} ok, {self.empty} empty, {self.failed} failed",
                 f"{self.rate():.1f} pages/s"]
        if cpu_per_page is not None:
            parts.append(f"worker CPU {cpu_per_page * 1000:.0f} ms/page")
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already in output)")
        if peak_worker_rss:
            parts.append(f"peak RSS per worker {peak_worker_rss / 2**20:.0f} MiB, "
                         f"main process {peak_rss_bytes() / 2**20:.0f} MiB")
        return "; ".join(parts)


def _terminal_columns(stream: IO[str]) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return 0


class Progress:
    """A tqdm bar on ``stream`` when it is a terminal and not quieted; otherwise nothing."""

    def __init__(self, tally: Tally, *, quiet: bool = False, stream: IO[str] | None = None):
        self.tally = tally
        stream = stream or sys.stderr
        self._bar = None
        if not quiet and stream.isatty():
            from tqdm import tqdm

            # A terminal that reports no width (some ptys) would get an empty bar.
            sized = _terminal_columns(stream) > 0
            self._bar = tqdm(unit="page", file=stream, smoothing=0.1, dynamic_ncols=sized,
                             ncols=None if sized else 80, nrows=None if sized else 24)
        self._errors = 0

    def update(self) -> None:
        if self._bar is None:
            return
        if self.tally.failed != self._errors:
            self._errors = self.tally.failed
            self._bar.set_postfix_str(f"errors={self._errors}", refresh=False)
        self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
