"""The first pass of ``cleanarticle batch --site-profile``: sample the inputs into site profiles.

Pages stream from the inputs through the same workers as the cleaning pass (or the Dask
cluster), which return each page's sample (``cleanarticle.site.sample_page``); the parent
keeps, per site, the samples of lowest rank (``SiteSampler``), so the profiles are the same
whatever the order of completion and the number of jobs. A page whose URL names a site whose
sample is already full of lower-ranked pages is not parsed at all. Memory is bounded by the
sample: ``site_pages`` pages per site, about 8 bytes per block of each.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from ..site import SiteProfiles, SiteSampler
from .pool import PoolStats, WorkerPool
from .sources import Page
from .work import CleanOptions, sample_record


@dataclass
class SamplingTally:
    pages: int = 0  # pages read from the inputs
    parsed: int = 0  # pages the workers sampled
    unsiteable: int = 0  # parsed, but no URL, canonical link, og:url or folder names a site
    failed: int = 0  # unreadable, empty, binary, timeouts, crashes
    started: float = field(default_factory=time.monotonic)

    def summary(self, sampler: SiteSampler, profiles: SiteProfiles) -> str:
        elapsed = time.monotonic() - self.started
        rate = self.pages / elapsed if elapsed > 0 else 0.0
        skipped = self.pages - self.parsed - self.failed
        profiled = sum(p.pages for p in profiles.values())
        return (f"site profiles for {len(profiles)} of {sampler.sites} sites "
                f"({profiled} distinct pages); {self.pages} pages read, {self.parsed} sampled "
                f"({self.unsiteable} without a site), {skipped} not needed, "
                f"{self.failed} failed; {rate:.1f} pages/s")


def _wanted(pages: Iterable[Page], sampler: SiteSampler, tally: SamplingTally) -> Iterator[Page]:
    for page in pages:
        tally.pages += 1
        if page.error is not None:
            tally.failed += 1
        elif page.data is not None and sampler.wants(page.url, page.data):
            yield page


def _records(pages: Iterator[Page], jobs: int, timeout: float, options: CleanOptions,
             dask_scheduler: str | None, stats: PoolStats) -> Iterator[dict[str, Any]]:
    if dask_scheduler:
        from ..dask import clean_on_cluster

        return clean_on_cluster(pages, dask_scheduler, clean=options, timeout=timeout,
                                task=sample_record)
    pool = WorkerPool(jobs, timeout, options, stats=stats, task=sample_record)
    return pool.imap_unordered(pages)


def learn_profiles(pages: Iterable[Page], *, jobs: int, timeout: float, site_pages: int,
                   min_pages: int, options: CleanOptions | None = None,
                   dask_scheduler: str | None = None,
                   stderr: IO[str] | None = None) -> SiteProfiles:
    """The site profiles of ``pages`` (raises WorkerStartError when no worker can start)."""
    sampler = SiteSampler(site_pages)
    tally = SamplingTally()
    records = _records(_wanted(pages, sampler, tally), jobs, timeout,
                       options or CleanOptions(), dask_scheduler, PoolStats())
    try:
        for record in records:
            if record.get("error") is not None:
                tally.failed += 1
                continue
            tally.parsed += 1
            sample = record.get("sample")
            if sample is None:
                tally.unsiteable += 1
            sampler.add(sample)
    finally:
        close = getattr(records, "close", None)
        if close is not None:
            close()
    profiles = sampler.profiles(min_pages)
    if stderr is not None:
        print(f"cleanarticle batch: {tally.summary(sampler, profiles)}", file=stderr)
    return profiles
