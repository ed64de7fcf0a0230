"""Cleaning many pages: folders, JSONL and WARC inputs, worker processes, resumable JSONL output."""

from .pool import WorkerPool, WorkerStartError, default_jobs
from .run import DEFAULT_TIMEOUT, BatchConfig, run_batch
from .sink import JsonlSink, OutputError
from .sources import DEFAULT_MAX_BYTES, Page, SourceOptions, iter_pages
from .work import CleanOptions, extract, process_page

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "BatchConfig",
    "CleanOptions",
    "JsonlSink",
    "OutputError",
    "Page",
    "SourceOptions",
    "WorkerPool",
    "WorkerStartError",
    "default_jobs",
    "extract",
    "iter_pages",
    "process_page",
    "run_batch",
]
