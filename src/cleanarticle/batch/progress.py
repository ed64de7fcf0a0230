"""Counting outcomes, the progress bar (a terminal only) and the closing summary line."""

from __future__ import annotations

import io
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from ..sniff import NOT_A_PAGE
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
    not_pages: int = 0  # data files, code, HTTP errors, media types that are no page
    truncated: int = 0  # cleaned, but only their beginning: above the size cap
    skipped: int = 0  # already in the output (--resume)
    duplicates: list[str] = field(default_factory=list)  # files named twice, read once
    started: float = field(default_factory=time.monotonic)

    @property
    def pages(self) -> int:
        return self.ok + self.empty + self.failed + self.not_pages

    def count(self, record: dict[str, Any]) -> None:
        error = record.get("error")
        if record.get("truncated"):
            self.truncated += 1
        if error == EMPTY or (error is None and not (record.get("text") or "").strip()):
            self.empty += 1
        elif error is None:
            self.ok += 1
        elif error.startswith(NOT_A_PAGE):
            self.not_pages += 1
        else:
            self.failed += 1

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.pages / elapsed if elapsed > 0 else 0.0

    def summary(self, peak_worker_rss: int = 0, cpu_per_page: float | None = None) -> str:
        counts = f"{self.pages} pages: {self.ok} ok, {self.empty} empty, {self.failed} failed"
        if self.not_pages:
            counts += f", {self.not_pages} not pages"
        parts = [counts, f"{self.rate():.1f} pages/s"]
        if self.truncated:
            parts.append(f"{self.truncated} truncated (above the size cap: only their "
                         "beginning cleaned)")
        if cpu_per_page is not None:
            parts.append(f"worker CPU {cpu_per_page * 1000:.0f} ms/page")
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already in output)")
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} inputs named twice, read once")
        if peak_worker_rss:
            parts.append(f"peak RSS per worker {peak_worker_rss / 2**20:.0f} MiB, "
                         f"main process {peak_rss_bytes() / 2**20:.0f} MiB")
        return "; ".join(parts)


def _terminal_columns(stream: IO[str]) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return 0


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (ValueError, AttributeError):
        return False


class Progress:
    """A tqdm bar on ``stream`` when it is a terminal and not quieted; otherwise nothing.

    With ``count`` (a function returning the number of pages to come, or None), the total
    is counted in a background thread and the bar gains it (less ``already_done`` pages a
    resumed run skips), and an ETA, once known. No bar
    when ``lines_to_terminal``: the records themselves go to the same screen.
    """

    def __init__(self, tally: Tally, *, quiet: bool = False, stream: IO[str] | None = None,
                 count: Callable[[Callable[[], bool]], int | None] | None = None,
                 lines_to_terminal: bool = False, already_done: int = 0):
        self.tally = tally
        self._already_done = already_done
        stream = stream or sys.stderr
        self._bar = None
        self._total: list[int | None] = []
        self._stop = threading.Event()
        if not quiet and not lines_to_terminal and _is_terminal(stream):
            from tqdm import tqdm

            # A terminal that reports no width (some ptys) would get an empty bar.
            sized = _terminal_columns(stream) > 0
            self._bar = tqdm(unit="page", file=stream, smoothing=0.1, dynamic_ncols=sized,
                             ncols=None if sized else 80, nrows=None if sized else 24)
            if count is not None:
                threading.Thread(target=lambda: self._total.append(count(self._stop.is_set)),
                                 name="count-pages", daemon=True).start()
        self._errors = 0

    def update(self) -> None:
        if self._bar is None:
            return
        if self._total and self._total[0] is not None and self._bar.total is None:
            self._bar.total = max(self._total[0] - self._already_done, self._bar.n)
            self._bar.refresh()
        if self.tally.failed != self._errors:
            self._errors = self.tally.failed
            self._bar.set_postfix_str(f"errors={self._errors}", refresh=False)
        self._bar.update(1)

    def close(self) -> None:
        self._stop.set()
        if self._bar is not None:
            self._bar.close()
