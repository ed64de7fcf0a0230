"""Cleaning pages on a Dask cluster (the ``cleanarticle[dask]`` extra).

- :func:`clean_partition` cleans an iterable of pages and returns the batch records; it is
  what ``bag.map_partitions`` needs.
- :func:`clean_bag` applies it to a ``dask.bag.Bag`` of pages.
- :func:`clean_on_cluster` streams local pages to a running scheduler (``cleanarticle batch
  --dask-scheduler``) with a bounded number of tasks in flight.
- :func:`profile_bag` learns site profiles from a bag of pages (``cleanarticle.site``); pass
  them as ``site=`` to clean with them. Sampling is independent of order and partitioning,
  so the profiles, and the records cleaned with them, are those of a local run.

A page is a str or bytes (an HTML page, or text with ``kind="text"``), a dict with the
JSONL fields (``html`` or ``text``, ``url``, ``id``; names configurable) or a
:class:`cleanarticle.batch.Page`. Each gives one record with the keys of
:data:`cleanarticle.records.RECORD_KEYS`, as the batch lines.

Dask runs tasks in threads that cannot be killed, so the per-page ``timeout`` here stops
waiting for a page and records the timeout, but a page that never finishes keeps its
thread busy. The local worker pool (``cleanarticle batch`` without a scheduler) kills
such workers instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import partial
from itertools import islice
from typing import Any

from .batch.pool import WorkerStartError
from .batch.sources import Page, SourceOptions, record_page
from .batch.work import CleanOptions, batch_record, process_page, sample_record, timeout_message
from .site import MAX_PAGES, MIN_PAGES, SiteProfiles, SiteSampler
from .site.sample import merge_samplers
from .site_rules import Rules

Task = Callable[[Page, CleanOptions], dict[str, Any]]

_MISSING_EXTRA = (
    "cleanarticle.dask needs Dask: install the extra with  pip install 'cleanarticle[dask]'"
)


def _import_dask_bag():
    try:
        import dask.bag
    except ImportError as exc:
        raise ImportError(_MISSING_EXTRA) from exc
    return dask.bag


def _import_distributed():
    try:
        import distributed
    except ImportError as exc:
        raise ImportError(_MISSING_EXTRA) from exc
    return distributed


def _as_page(item: Any, kind: str, fields: SourceOptions) -> Page:
    if isinstance(item, Page):
        return item
    if isinstance(item, (str, bytes)):
        return Page(None, item, kind=kind)
    if isinstance(item, dict):
        return record_page(item, None, fields)
    return Page(None, error=f"unsupported page type: {type(item).__name__}")


def _clean_with_deadline(page: Page, options: CleanOptions, timeout: float | None,
                         task: Task = process_page) -> dict[str, Any]:
    if not timeout:
        return task(page, options)
    box: list[dict[str, Any]] = []
    thread = threading.Thread(target=lambda: box.append(task(page, options)), daemon=True)
    thread.start()
    thread.join(timeout)
    return box[0] if box else batch_record(page, None, timeout_message(timeout))


def clean_partition(pages: Iterable[Any], *, kind: str = "auto",
                    reference_date: date | str | None = None, timeout: float | None = None,
                    html_field: str = "html", text_field: str = "text",
                    url_field: str = "url", id_field: str = "id",
                    rules: Rules | None = None,
                    site: SiteProfiles | None = None) -> list[dict[str, Any]]:
    """One record (:data:`cleanarticle.records.RECORD_KEYS`) per page, in order.

    ``timeout`` also bounds the page inside :func:`cleanarticle.clean` where it can (on a
    worker's main thread); None leaves clean()'s own default. ``rules``: user rules applied to
    every page; ``site``: site profiles to clean with.
    """
    fields = SourceOptions(kind=kind, html_field=html_field, text_field=text_field,
                           url_field=url_field, id_field=id_field)
    options = CleanOptions(reference_date=reference_date, rules=rules, site=site,
                           **({"timeout": timeout} if timeout else {}))
    return [_clean_with_deadline(_as_page(item, kind, fields), options, timeout)
            for item in pages]


def sample_partition(pages: Iterable[Any], *, kind: str = "auto", max_pages: int = MAX_PAGES,
                     html_field: str = "html", text_field: str = "text",
                     url_field: str = "url", id_field: str = "id") -> SiteSampler:
    """The site sampler of one partition's pages (pages that fail are left out)."""
    fields = SourceOptions(kind=kind, html_field=html_field, text_field=text_field,
                           url_field=url_field, id_field=id_field)
    sampler = SiteSampler(max_pages)
    options = CleanOptions()
    for item in pages:
        page = _as_page(item, kind, fields)
        if page.data is not None and sampler.wants(page.url, page.data):
            sampler.add(sample_record(page, options)["sample"])
    return sampler


def profile_bag(bag: Any, *, max_pages: int = MAX_PAGES, min_pages: int = MIN_PAGES,
                **fields: Any) -> Any:
    """A Dask item computing the site profiles of a bag of pages (``.compute()`` gives a
    :class:`cleanarticle.site.SiteProfiles`); ``fields`` as for :func:`clean_partition`."""
    _import_dask_bag()
    sampler = bag.reduction(partial(sample_partition, max_pages=max_pages, **fields),
                            partial(merge_samplers, max_pages=max_pages))
    return sampler.apply(partial(_profiles, min_pages=min_pages))


def _profiles(sampler: SiteSampler, min_pages: int) -> SiteProfiles:
    return sampler.profiles(min_pages)


def clean_bag(bag: Any, **options: Any) -> Any:
    """A bag of records from a bag of pages; ``options`` as for :func:`clean_partition`."""
    _import_dask_bag()
    return bag.map_partitions(clean_partition, **options)


def _clean_pages(pages: list[Page], options: CleanOptions, timeout: float | None,
                 task: Task = process_page) -> list[dict[str, Any]]:
    return [_clean_with_deadline(page, options, timeout, task) for page in pages]


def _chunks(pages: Iterator[Page], size: int) -> Iterator[list[Page]]:
    while chunk := list(islice(pages, size)):
        yield chunk


def clean_on_cluster(pages: Iterable[Page], address: str, *,
                     clean: CleanOptions | None = None, timeout: float | None = 30.0,
                     chunk_size: int = 16, tasks_per_thread: int = 2,
                     task: Task = process_page) -> Iterator[dict[str, Any]]:
    """Records for ``pages`` cleaned on the cluster at ``address``, in completion order.

    At most ``tasks_per_thread`` chunks per worker thread are in flight, so memory stays
    bounded whatever the number of pages. A chunk whose task fails (a worker died more
    often than the scheduler allows) yields one error record per page. ``task`` is what is
    done with each page (``batch.work.sample_record`` for the sampling pass). The options,
    site profiles included, go to the workers once.
    """
    distributed = _import_distributed()
    options = clean or CleanOptions(**({"timeout": timeout} if timeout else {}))
    try:
        client = distributed.Client(address, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise WorkerStartError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        threads = sum(client.nthreads().values()) or 1
        chunks = _chunks(iter(pages), chunk_size)
        pending: dict[Any, list[Page]] = {}
        shared = client.scatter(options, broadcast=True) if options.site is not None else options

        def submit(chunk: list[Page]) -> Any:
            future = client.submit(_clean_pages, chunk, shared, timeout, task, pure=False)
            pending[future] = chunk
            return future

        first = [submit(chunk) for chunk in islice(chunks, threads * tasks_per_thread)]
        if not first:
            return
        running = distributed.as_completed(first, loop=client.loop)
        for future in running:
            chunk = pending.pop(future)
            try:
                records = future.result()
            except Exception as exc:
                reason = f"worker died ({type(exc).__name__}: {exc})"
                records = [batch_record(page, None, reason) for page in chunk]
            yield from records
            next_chunk = next(chunks, None)
            if next_chunk is not None:
                running.add(submit(next_chunk))
    finally:
        client.close()
