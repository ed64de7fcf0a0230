"""Sampling a crawl into site profiles, in bounded memory and independent of order.

Each page goes through the same front end as :func:`cleanarticle.clean` (so its blocks are
the ones the site filter will later see) and becomes a :class:`PageSample`: its site, its
rank (a digest of its bytes), its title and its block fingerprints. A :class:`SiteSampler`
keeps, per site, the ``max_pages`` samples of lowest rank: the same pages whatever order the
crawl comes in and however it is split between processes (samplers merge). Memory is bounded
by ``max_pages`` samples per site, about 8 bytes per block of each.

A profile counts each distinct page once: samples with the same title are one page (copies,
print views, the parts of one article), so a story stored five times does not look like a
site's template.
"""

from __future__ import annotations

import heapq
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import CleanArticleError
from ..limits import DEFAULT_TIMEOUT, page_limits
from .fingerprint import content_rank, page_fingerprints, page_site, title_key, url_host
from .profile import SiteProfile, SiteProfiles

#: Pages sampled per site. A site's template shows on its first few pages; 50 give shares in
#: steps of 2% and bound a sampling pass at 50 pages times its blocks per site.
MAX_PAGES = 50
#: Sites with fewer distinct pages in the sample get no profile: with four pages, one shared
#: quote would already be "on half the site".
MIN_PAGES = 5


@dataclass(frozen=True, slots=True)
class PageSample:
    """What a profile keeps of one page."""

    site: str
    rank: int
    title: str | None  # title key (fingerprint.title_key), None without a title
    fingerprints: bytes  # array("Q") of the page's distinct block fingerprints

    def fingerprint_values(self) -> array:
        values = array("Q")
        values.frombytes(self.fingerprints)
        return values


def sample_page(page: str | bytes, url: str | None = None, *, kind: str = "auto",
                site: str | None = None, folder_site: str | None = None,
                timeout: float | None = DEFAULT_TIMEOUT) -> PageSample | None:
    """The page's sample, or None when it has no site (no URL, canonical link, og:url, or
    ``folder_site``) or no content. ``site`` forces the site. Raises what ``clean`` raises."""
    from ..api import front_document  # the API imports the pipeline, which imports the site filter

    rank = content_rank(page)
    with page_limits(timeout):
        doc = front_document(page, url, kind=kind)
    if doc is None:
        return None
    site = site or page_site(url, doc.metadata.url, folder_site)
    if site is None:
        return None
    fps = array("Q", page_fingerprints(doc.blocks))
    return PageSample(site, rank, title_key(doc.metadata.title), fps.tobytes())


class SiteSampler:
    """Per site, the ``max_pages`` page samples of lowest rank."""

    def __init__(self, max_pages: int = MAX_PAGES) -> None:
        if max_pages < 1:
            raise ValueError("max_pages must be >= 1")
        self.max_pages = max_pages
        # site -> max-heap of (-rank, sample) and the ranks in it
        self._heaps: dict[str, list[tuple[int, PageSample]]] = {}
        self._ranks: dict[str, set[int]] = {}

    @property
    def sites(self) -> int:
        return len(self._heaps)

    @property
    def samples(self) -> int:
        return sum(len(h) for h in self._heaps.values())

    def wants(self, url: str | None, page: str | bytes) -> bool:
        """False when the page certainly stays out of the sample: its URL names a site whose
        sample is full of pages of lower rank (so it need not be parsed at all)."""
        host = url_host(url)
        heap = self._heaps.get(host) if host else None
        return heap is None or len(heap) < self.max_pages or content_rank(page) < -heap[0][0]

    def add(self, sample: PageSample | None) -> None:
        if sample is None:
            return
        ranks = self._ranks.setdefault(sample.site, set())
        if sample.rank in ranks:  # the same bytes twice
            return
        heap = self._heaps.setdefault(sample.site, [])
        if len(heap) < self.max_pages:
            heapq.heappush(heap, (-sample.rank, sample))
            ranks.add(sample.rank)
        elif sample.rank < -heap[0][0]:
            _, out = heapq.heapreplace(heap, (-sample.rank, sample))
            ranks.discard(out.rank)
            ranks.add(sample.rank)

    def add_page(self, page: str | bytes, url: str | None = None, *, kind: str = "auto",
                 site: str | None = None) -> bool:
        """Samples the page; False when it cannot be cleaned at all (binary data, past the
        time limit: a ``CleanArticleError``), which leaves it out of the sample."""
        if site is None and not self.wants(url, page):
            return True
        try:
            self.add(sample_page(page, url, kind=kind, site=site))
        except CleanArticleError:
            return False
        return True

    def merge(self, other: SiteSampler) -> SiteSampler:
        """Adds ``other``'s samples (the result is the sampler of both inputs together)."""
        for heap in other._heaps.values():
            for _, sample in heap:
                self.add(sample)
        return self

    def profile(self, site: str, min_pages: int = 1) -> SiteProfile | None:
        """The site's profile from its sample, or None below ``min_pages`` distinct pages."""
        heap = self._heaps.get(site)
        if not heap:
            return None
        # One sample per distinct page: per title the one of lowest rank.
        chosen: dict[object, PageSample] = {}
        for _, sample in sorted(heap, key=lambda item: -item[0]):
            key = sample.title if sample.title is not None else sample.rank
            chosen.setdefault(key, sample)
        if len(chosen) < min_pages:
            return None
        counts: Counter[int] = Counter()
        for sample in chosen.values():
            counts.update(sample.fingerprint_values())
        return SiteProfile(site, len(chosen), {fp: n for fp, n in counts.items() if n >= 2})

    def profiles(self, min_pages: int = MIN_PAGES) -> SiteProfiles:
        """The profiles of every site with at least ``min_pages`` distinct pages."""
        found = (self.profile(site, min_pages) for site in sorted(self._heaps))
        return SiteProfiles(p for p in found if p is not None)


def merge_samplers(samplers: Iterable[SiteSampler], max_pages: int = MAX_PAGES) -> SiteSampler:
    out = SiteSampler(max_pages)
    for sampler in samplers:
        out.merge(sampler)
    return out
