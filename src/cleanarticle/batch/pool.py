"""A small pool of worker processes with a per-page deadline enforced by the parent.

concurrent.futures.ProcessPoolExecutor marks the whole pool broken when one worker dies,
and multiprocessing.Pool cannot cancel a task that hangs. Here each worker has its own
pipe and holds at most one page; the parent waits on the pipes and the process sentinels,
kills a worker whose page is past its deadline, and starts a replacement. A hang or a
crash therefore costs exactly one page, reported as an error line.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from typing import Any

from .progress import peak_rss_bytes
from .sources import Page
from .work import CleanOptions, batch_record, process_page, timeout_message

_CONTEXT = "forkserver" if sys.platform != "win32" else "spawn"
_READY = "ready"
# A fresh interpreter (spawn, or the fork server's first start) imports lxml and the rules.
_START_TIMEOUT = 120.0
# The worker's own time limit (inside clean()) is the run's timeout; the parent kills it only
# this much later, when the page is stuck where the limit cannot reach (inside lxml).
_KILL_GRACE = 1.0
_KILL_GRACE_SHARE = 0.1


class WorkerStartError(RuntimeError):
    """Worker processes cannot start at all (broken environment): the run cannot proceed."""


def _exit_with_parent() -> None:
    """A worker stuck in a page must not outlive a run killed with SIGKILL.

    The run's process is not the worker's OS parent under the fork server, so the worker
    watches the sentinel multiprocessing gives it: it becomes ready when the run dies.
    """
    parent = mp.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _worker_main(conn: Connection, options: CleanOptions,
                 task: Callable[[Page, CleanOptions], dict[str, Any]] = process_page) -> None:
    _exit_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    conn.send(_READY)
    while True:
        try:
            page = conn.recv()
        except (EOFError, OSError):
            return
        if page is None:
            return
        cpu = time.process_time()
        record = task(page, options)
        conn.send((record, peak_rss_bytes(), time.process_time() - cpu))


@dataclass
class PoolStats:
    peak_worker_rss: int = 0  # bytes, the largest any worker reached
    cpu_seconds: float = 0.0  # CPU time workers spent on the pages they finished
    finished: int = 0
    timeouts: int = 0
    deaths: int = 0


@dataclass
class _Worker:
    process: Any
    conn: Connection
    page: Page | None = None
    deadline: float = 0.0
    done: int = 0


@dataclass
class WorkerPool:
    jobs: int
    timeout: float
    options: CleanOptions = field(default_factory=CleanOptions)
    max_pages_per_worker: int = 0  # 0: a worker lives for the whole run
    stats: PoolStats = field(default_factory=PoolStats)
    # What a worker does with a page (a module-level function: it is pickled to the workers).
    # A page it never gets to (timeout, crash, unreadable) comes back as a batch_record error.
    task: Callable[[Page, CleanOptions], dict[str, Any]] = process_page

    def __post_init__(self) -> None:
        if self.jobs < 1:
            raise ValueError("jobs must be >= 1")
        # Each page gets the pool's time limit inside clean() too, not clean()'s default.
        self.options = replace(self.options, timeout=self.timeout)
        self._ctx = mp.get_context(_CONTEXT)
        if _CONTEXT == "forkserver":
            # Workers fork from a server that has already imported the extractor.
            self._ctx.set_forkserver_preload(["cleanarticle.batch.work"])

    def _start(self) -> _Worker:
        """A new worker, once it has reported ready; pages are never lost to a failed start."""
        parent, child = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(target=_worker_main, args=(child, self.options, self.task),
                                    daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        ready = wait([parent, process.sentinel], timeout=_START_TIMEOUT)
        try:
            if parent in ready and parent.recv() == _READY:
                return worker
        except (EOFError, OSError):
            pass
        process.join(timeout=1)
        if process.exitcode is None:
            reason = f"no answer within {_START_TIMEOUT:g}s"
        else:
            reason = self._death_reason(worker)
        self._stop(worker, kill=True)
        raise WorkerStartError(f"cannot start a worker process: {reason}")

    @staticmethod
    def _stop(worker: _Worker, *, kill: bool) -> None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        else:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        worker.conn.close()
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()

    def _dispatch(self, worker: _Worker, page: Page) -> _Worker:
        """Hands ``page`` to ``worker``, or to a fresh one if ``worker`` died while idle."""
        try:
            worker.conn.send(page)
        except OSError:
            self._stop(worker, kill=True)
            worker = self._start()
            worker.conn.send(page)
        worker.page = page
        worker.deadline = time.monotonic() + self.timeout * (1 + _KILL_GRACE_SHARE) + _KILL_GRACE
        return worker

    def imap_unordered(self, pages: Iterable[Page]) -> Iterator[dict[str, Any]]:
        """One record per page, in completion order. At most ``jobs`` pages are in flight."""
        source = iter(pages)
        idle: list[_Worker] = []
        busy: list[_Worker] = []
        exhausted = False
        try:
            for _ in range(self.jobs):
                idle.append(self._start())
            while True:
                while idle and not exhausted:
                    page = next(source, None)
                    if page is None:
                        exhausted = True
                    elif page.error is not None:  # nothing to clean: no need for a worker
                        yield batch_record(page, None, page.error)
                    else:
                        busy.append(self._dispatch(idle.pop(), page))
                if not busy:
                    return
                now = time.monotonic()
                next_deadline = min(w.deadline for w in busy)
                handles = [w.conn for w in busy] + [w.process.sentinel for w in busy]
                wait(handles, timeout=max(0.0, next_deadline - now))
                for worker in list(busy):
                    record, replacement = self._collect(worker)
                    if record is None:
                        continue
                    busy.remove(worker)
                    idle.append(replacement)
                    yield record
        finally:
            for worker in idle:
                self._stop(worker, kill=False)
            for worker in busy:
                self._stop(worker, kill=True)

    def _collect(self, worker: _Worker) -> tuple[dict[str, Any] | None, _Worker]:
        """The worker's finished record (and who takes the next page), or None if still busy."""
        page = worker.page
        assert page is not None
        if worker.conn.poll():
            try:
                record, rss, cpu = worker.conn.recv()
            except (EOFError, OSError):
                return self._replace(worker, page, self._death_reason(worker))
            self.stats.peak_worker_rss = max(self.stats.peak_worker_rss, rss)
            self.stats.cpu_seconds += cpu
            self.stats.finished += 1
            worker.page = None
            worker.done += 1
            if self.max_pages_per_worker and worker.done >= self.max_pages_per_worker:
                self._stop(worker, kill=False)
                worker = self._start()
            return record, worker
        if not worker.process.is_alive():
            return self._replace(worker, page, self._death_reason(worker))
        if time.monotonic() >= worker.deadline:
            self.stats.timeouts += 1
            self._stop(worker, kill=True)
            return batch_record(page, None, timeout_message(self.timeout)), self._start()
        return None, worker

    def _death_reason(self, worker: _Worker) -> str:
        worker.process.join(timeout=1)
        code = worker.process.exitcode
        if code is not None and code < 0:
            try:
                detail = f"killed by {signal.Signals(-code).name}"
            except ValueError:
                detail = f"killed by signal {-code}"
        else:
            detail = f"exit code {code}"
        return f"worker died ({detail})"

    def _replace(self, worker: _Worker, page: Page, reason: str) -> tuple[dict[str, Any], _Worker]:
        self.stats.deaths += 1
        self._stop(worker, kill=True)
        return batch_record(page, None, reason), self._start()


def default_jobs() -> int:
    return os.cpu_count() or 1
