"""Cleaning pages on a Dask cluster (the ``cleanarticle[dask]`` extra).

- :func:`clean_partition` cleans an iterable of pages and returns the batch records; it is
  what ``bag.map_partitions`` needs.
- :func:`clean_bag` applies it to a ``dask.bag.Bag`` of pages.
- :func:`clean_on_cluster` streams local pages to a running scheduler (``cleanarticle batch
  --dask-scheduler``) with a bounded number of tasks in flight.

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
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from typing import Any

from .batch.pool import WorkerStartError
from .batch.sources import Page, SourceOptions, record_page
from .batch.work import CleanOptions, batch_record, process_page, timeout_message
from .site_rules import Rules

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


def _clean_with_deadline(page: Page, options: CleanOptions,
                         timeout: float | None) -> dict[str, Any]:
    if not timeout:
        return process_page(page, options)
    box: list[dict[str, Any]] = []
    thread = threading.Thread(target=lambda: box.append(process_page(page, options)),
                              daemon=True)
    thread.start()
    thread.join(timeout)
    return box[0] if box else batch_record(page, None, timeout_message(timeout))


def clean_partition(pages: Iterable[Any], *, kind: str = "auto",
                    reference_date: date | str | None = None, timeout: float | None = None,
                    html_field: str = "html", text_field: str = "text",
                    url_field: str = "url", id_field: str = "id",
                    rules: Rules | None = None) -> list[dict[str, Any]]:
    """One record (:data:`cleanarticle.records.RECORD_KEYS`) per page, in order.

    ``timeout`` also bounds the page inside :func:`cleanarticle.clean` where it can (on a
    worker's main thread); None leaves clean()'s own default. ``rules``: user rules applied to
    every page.
    """
    fields = SourceOptions(kind=kind, html_field=html_field, text_field=text_field,
                           url_field=url_field, id_field=id_field)
    options = CleanOptions(reference_date=reference_date, rules=rules,
                           **({"timeout": timeout} if timeout else {}))
    return [_clean_with_deadline(_as_page(item, kind, fields), options, timeout)
            for item in pages]


def clean_bag(bag: Any, **options: Any) -> Any:
    """A bag of records from a bag of pages; ``options`` as for :func:`clean_partition`."""
    _import_dask_bag()
    return bag.map_partitions(clean_partition, **options)


def _clean_pages(pages: list[Page], options: CleanOptions,
                 timeout: float | None) -> list[dict[str, Any]]:
    return [_clean_with_deadline(page, options, timeout) for page in pages]


def _chunks(pages: Iterator[Page], size: int) -> Iterator[list[Page]]:
    while chunk := list(islice(pages, size)):
        yield chunk


def clean_on_cluster(pages: Iterable[Page], address: str, *,
                     clean: CleanOptions | None = None, timeout: float | None = 30.0,
                     chunk_size: int = 16,
                     tasks_per_thread: int = 2) -> Iterator[dict[str, Any]]:
    """Records for ``pages`` cleaned on the cluster at ``address``, in completion order.

    At most ``tasks_per_thread`` chunks per worker thread are in flight, so memory stays
    bounded whatever the number of pages. A chunk whose task fails (a worker died more
    often than the scheduler allows) yields one error record per page.
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

        def submit(chunk: list[Page]) -> Any:
            future = client.submit(_clean_pages, chunk, options, timeout, pure=False)
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
