"""A batch run: pages stream from the inputs through the workers into one JSONL file."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from typing import IO, Any

from ..site import MAX_PAGES, MIN_PAGES, ProfileError, SiteProfiles
from .pool import PoolStats, WorkerPool, WorkerStartError, default_jobs
from .profiles import learn_profiles
from .progress import Progress, Tally
from .sink import JsonlSink, OutputError
from .sources import Page, SourceOptions, count_pages, iter_pages
from .work import CleanOptions

DEFAULT_TIMEOUT = 30.0


@dataclass(frozen=True)
class BatchConfig:
    inputs: tuple[str, ...]
    output: str = "-"
    jobs: int = field(default_factory=default_jobs)
    timeout: float = DEFAULT_TIMEOUT
    resume: bool = False
    quiet: bool = False
    sources: SourceOptions = field(default_factory=SourceOptions)
    clean: CleanOptions = field(default_factory=CleanOptions)
    dask_scheduler: str | None = None
    max_pages_per_worker: int = 0
    # Site profiles: learned in a first pass over the inputs (site_profile), saved to a folder
    # (save_profiles, implies site_profile), or loaded from one (profiles).
    site_profile: bool = False
    site_pages: int = MAX_PAGES
    site_min_pages: int = MIN_PAGES
    save_profiles: str | None = None
    profiles: str | None = None


def _not_done(pages: Iterable[Page], done: set[str], tally: Tally) -> Iterator[Page]:
    for page in pages:
        if page.source in done:
            tally.skipped += 1
        else:
            yield page


def _records(config: BatchConfig, pages: Iterator[Page],
             stats: PoolStats) -> Iterator[dict[str, Any]]:
    if config.dask_scheduler:
        from ..dask import clean_on_cluster

        return clean_on_cluster(pages, config.dask_scheduler,
                                clean=replace(config.clean, timeout=config.timeout),
                                timeout=config.timeout)
    pool = WorkerPool(config.jobs, config.timeout, config.clean,
                      max_pages_per_worker=config.max_pages_per_worker, stats=stats)
    return pool.imap_unordered(pages)


def _stdout_is_terminal() -> bool:
    try:
        return os.isatty(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return False


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit raises no second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _site_profiles(config: BatchConfig, stderr: IO[str]) -> SiteProfiles | None:
    """The profiles the run cleans with: loaded, or learned from all the inputs (and saved)."""
    if config.profiles:
        profiles = SiteProfiles.load(config.profiles)
        if not config.quiet:
            print(f"cleanarticle batch: {len(profiles)} site profiles from {config.profiles}",
                  file=stderr)
        return profiles
    if not (config.site_profile or config.save_profiles):
        return None
    profiles = learn_profiles(iter_pages(config.inputs, config.sources), jobs=config.jobs,
                              timeout=config.timeout, site_pages=config.site_pages,
                              min_pages=config.site_min_pages, options=config.clean,
                              dask_scheduler=config.dask_scheduler,
                              stderr=None if config.quiet else stderr)
    if config.save_profiles:
        try:
            profiles.save(config.save_profiles)
        except OSError as exc:
            raise OutputError(f"cannot save site profiles to {config.save_profiles}: "
                              f"{exc.strerror or exc}") from exc
    return profiles


def run_batch(config: BatchConfig, *, stderr: IO[str] | None = None) -> int:
    """Runs the batch; returns the exit status (0 done, 1 output or run failure)."""
    stderr = stderr or sys.stderr
    tally = Tally()
    stats = PoolStats()
    try:
        sink = JsonlSink(config.output, resume=config.resume)
    except OutputError as exc:
        print(f"cleanarticle batch: error: {exc}", file=stderr)
        return 1
    try:
        profiles = _site_profiles(config, stderr)
    except (ProfileError, OutputError, WorkerStartError, KeyboardInterrupt) as exc:
        if isinstance(exc, KeyboardInterrupt):
            print("cleanarticle batch: interrupted while learning site profiles", file=stderr)
        else:
            print(f"cleanarticle batch: error: {exc}", file=stderr)
        try:
            sink.close()
        except OutputError:
            pass
        return 130 if isinstance(exc, KeyboardInterrupt) else 1
    if profiles is not None:
        config = replace(config, clean=replace(config.clean, site=profiles))
    pages = _not_done(iter_pages(config.inputs, config.sources, tally.duplicates), sink.done,
                      tally)
    progress = Progress(tally, quiet=config.quiet, stream=stderr,
                        count=partial(count_pages, config.inputs, config.sources),
                        lines_to_terminal=config.output == "-" and _stdout_is_terminal(),
                        already_done=len(sink.done))
    records = _records(config, pages, stats)
    status = 0
    try:
        for record in records:
            sink.write(record)
            tally.count(record)
            progress.update()
    except BrokenPipeError:
        # The reader went away (`| head`): stop at once, quietly, as the files command does.
        _silence_stdout()
        config = replace(config, quiet=True)
        status = 1
    except (OutputError, WorkerStartError) as exc:
        print(f"cleanarticle batch: error: {exc}", file=stderr)
        status = 1
    except KeyboardInterrupt:
        print("cleanarticle batch: interrupted; run again with --resume to finish",
              file=stderr)
        status = 130
    finally:
        close = getattr(records, "close", None)
        if close is not None:
            close()  # stops the workers
        progress.close()
        try:
            sink.close()
        except OutputError as exc:
            print(f"cleanarticle batch: error: {exc}", file=stderr)
            status = status or 1
    if not config.quiet:
        cpu = stats.cpu_seconds / stats.finished if stats.finished else None
        print(f"cleanarticle batch: {tally.summary(stats.peak_worker_rss, cpu)}", file=stderr)
    return status
