"""Readers that turn command-line inputs into a lazy stream of pages.

Inputs are files, folders (walked recursively, hidden entries skipped, sorted so that a
resumed run sees the same order), globs, JSONL files (one page per line) and WARC files
(one page per response record). Every reader yields a :class:`Page` for every item it
meets, including the ones it cannot read (``Page.error`` set): nothing is dropped silently.
A file named twice (overlapping folders or globs) is read once.

``Page.source`` says where the page is, uniquely within a run: the file's path, ``file:LINE``
for a JSONL record, ``file@OFFSET`` for a WARC record. ``Page.ident`` is the identifier the
input gives the page (the JSONL id field, the WARC-Record-ID), ``Page.url`` its URL.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

DEFAULT_MAX_BYTES = 10_000_000

_TEXT_SUFFIXES = {".txt", ".text", ".md"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".xht"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_WARC_SUFFIXES = {".warc"}
_GLOB_MAGIC = ("*", "?", "[")


@dataclass(slots=True)
class Page:
    """One page to clean. ``data`` is None when ``error`` says why it could not be read."""

    source: str | None
    data: bytes | str | None = None
    url: str | None = None
    kind: str = "auto"
    error: str | None = None
    name: str | None = None  # path relative to its input root, for mirrored output names
    encoding: str | None = None  # charset from HTTP headers (WARC), applied in the worker
    ident: str | None = None  # the input's own identifier (JSONL id field, WARC-Record-ID)
    reference_date: str | None = None  # YYYY-MM-DD the page was fetched (WARC-Date)
    sniff: bool = False  # a file: check its content is a page (not data or code) before cleaning
    folder: str | None = None  # a saved file's folder: its site when it names no URL


@dataclass(frozen=True, slots=True)
class SourceOptions:
    """How inputs are read. ``kind`` other than "auto" overrides what suffixes suggest."""

    kind: str = "auto"
    max_bytes: int = DEFAULT_MAX_BYTES
    html_field: str = "html"
    text_field: str = "text"
    url_field: str = "url"
    id_field: str = "id"
    url: str | None = None  # only for a single page (file mode)


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    name: str  # relative to the input root; never absolute, never contains ".."
    error: str | None = None


def _bare_suffix(path: Path) -> str:
    """The suffix that says what a file holds, looking through a trailing ``.gz``."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[1]


def kind_for(path: Path, default: str = "auto") -> str:
    if default != "auto":
        return default
    suffix = _bare_suffix(path)
    if suffix in _TEXT_SUFFIXES:
        return "text"
    if suffix in _HTML_SUFFIXES:
        return "html"
    return "auto"


def _walk(root: Path) -> Iterator[tuple[Path, str | None]]:
    """Files under ``root`` in a stable order; a folder that cannot be listed comes as an error."""
    failures: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=failures.append):
        while failures:
            failure = failures.pop(0)
            yield Path(failure.filename or dirpath), _read_error(failure)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if not filename.startswith("."):
                yield Path(dirpath) / filename, None
    for failure in failures:
        yield Path(failure.filename or root), _read_error(failure)


def glob_base(pattern: str) -> Path:
    """The leading part of a glob pattern without wildcards: the root names are mirrored from."""
    parts: list[str] = []
    for part in Path(pattern).parts:
        if any(ch in part for ch in _GLOB_MAGIC):
            break
        parts.append(part)
    return Path(*parts) if parts else Path(".")


def _safe_name(path: Path, root: Path) -> str:
    """``path`` relative to ``root``, or its bare file name when that would climb out."""
    try:
        rel = path.relative_to(root)
    except ValueError:
        return path.name
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        return path.name
    return rel.as_posix()


def expand_inputs(args: Iterable[str], seen: set[str] | None = None,
                  duplicates: list[str] | None = None) -> Iterator[InputFile]:
    """Files named by ``args`` (files, folders, globs), each with a name for mirrored output.

    A file met again (overlapping arguments, a symlink to a file already read) is left out
    and its path added to ``duplicates``; ``seen`` holds the real paths met so far, so that
    several calls can share it.
    """
    seen = set() if seen is None else seen
    for file in _expand(args):
        if file.error is None:
            real = os.path.realpath(file.path)
            if real in seen:
                if duplicates is not None:
                    duplicates.append(str(file.path))
                continue
            seen.add(real)
        yield file


def _expand(args: Iterable[str]) -> Iterator[InputFile]:
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            for file, error in _walk(path):
                yield InputFile(file, _safe_name(file, path), error=error)
        elif path.exists():
            yield InputFile(path, path.name)
        elif any(ch in arg for ch in _GLOB_MAGIC):
            matches = sorted(glob.glob(arg, recursive=True))
            base = glob_base(arg)
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                yield InputFile(path, path.name, error="no file matches this pattern")
            for file in files:
                yield InputFile(file, _safe_name(file, base))
        else:
            yield InputFile(path, path.name, error="no such file or directory")


def _too_large(size: int | None, cap: int) -> str:
    if size is None:
        return f"too large: more than {cap} bytes"
    return f"too large: {size} bytes > {cap}"


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The file's bytes (gunzipped for ``.gz``); raises ValueError when above ``max_bytes``."""
    if path.name.lower().endswith(".gz"):
        with gzip.open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ValueError(_too_large(None, max_bytes))
        return data
    size = path.stat().st_size
    if size > max_bytes:
        raise ValueError(_too_large(size, max_bytes))
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:  # the file grew since stat()
        raise ValueError(_too_large(None, max_bytes))
    return data


def _read_error(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"unreadable: {exc.strerror}"
    return f"unreadable: {exc}"


def page_from_file(file: InputFile, options: SourceOptions) -> Page:
    source = str(file.path)
    if file.error:
        return Page(source, error=file.error, name=file.name)
    kind = kind_for(file.path, options.kind)
    try:
        data = read_capped(file.path, options.max_bytes)
    except ValueError as exc:
        return Page(source, url=options.url, kind=kind, error=str(exc), name=file.name)
    except (OSError, EOFError, zlib.error) as exc:
        return Page(source, url=options.url, kind=kind, error=_read_error(exc), name=file.name)
    # An HTML suffix, or a kind the caller forced, says what the file is; else its content.
    sniff = options.kind == "auto" and kind != "html"
    return Page(source, data, url=options.url, kind=kind, name=file.name, sniff=sniff,
                folder=str(file.path.parent))


def is_jsonl(path: Path) -> bool:
    return _bare_suffix(path) in _JSONL_SUFFIXES


def is_warc(path: Path) -> bool:
    return _bare_suffix(path) in _WARC_SUFFIXES


def _open_maybe_gz(path: Path):
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def iter_jsonl(path: Path, options: SourceOptions) -> Iterator[Page]:
    """One page per JSONL line; ``source`` is ``file:LINE``, ``ident`` the record's id field."""
    try:
        with _open_maybe_gz(path) as fh:
            yield from read_jsonl(fh, str(path), options)
    except (OSError, EOFError, zlib.error) as exc:
        yield Page(str(path), error=_read_error(exc))


def read_jsonl(fh: BinaryIO, label: str, options: SourceOptions) -> Iterator[Page]:
    """Pages from an open binary JSONL stream; ``label`` names it in ``source``."""
    # JSON escapes can make a line several times longer than the page it carries.
    line_cap = options.max_bytes * 6 + 65_536
    lineno = 0
    try:
        while True:
            line = fh.readline(line_cap)
            if not line:
                break
            lineno += 1
            if len(line) >= line_cap and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest, in bounded reads
                    line = fh.readline(1 << 20)
                yield Page(f"{label}:{lineno}", error=_too_large(None, options.max_bytes))
                continue
            if line.strip():
                yield _jsonl_page(label, lineno, line, options)
    except (OSError, EOFError, zlib.error) as exc:
        yield Page(f"{label}:{lineno + 1}", error=_read_error(exc))


def _jsonl_page(label: str, lineno: int, line: bytes, options: SourceOptions) -> Page:
    # The line number, not the id, makes the source: ids repeat in real exports, and a
    # resumed run must tell every record apart.
    source = f"{label}:{lineno}"
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return Page(source, error=f"invalid JSON: {exc}")
    if not isinstance(obj, dict):
        return Page(source, error="invalid JSON: a line is not an object")
    return record_page(obj, source, options)


def _ident(value: object) -> str | None:
    if value is None or value == "" or isinstance(value, (dict, list)):
        return None
    return str(value)


def record_page(obj: dict, source: str | None, options: SourceOptions) -> Page:
    """The page a JSON object (or a dict a Dask bag holds) carries in its html (preferred) or
    text field: a str, or bytes in the page's own encoding."""
    url = obj.get(options.url_field)
    url = url if isinstance(url, str) else None
    ident = _ident(obj.get(options.id_field))
    html = obj.get(options.html_field)
    text = obj.get(options.text_field)
    if isinstance(html, (str, bytes, bytearray)):
        data, kind = html, "html"
    elif isinstance(text, (str, bytes, bytearray)):
        data, kind = text, "text"
    else:
        fields = f"{options.html_field!r} or {options.text_field!r}"
        return Page(source, url=url, ident=ident, error=f"no {fields} field holding a page "
                    "(str or bytes)")
    if isinstance(data, bytearray):
        data = bytes(data)
    if options.kind != "auto":
        kind = options.kind
    if len(data) > options.max_bytes:
        return Page(source, url=url, kind=kind, ident=ident,
                    error=_too_large(len(data), options.max_bytes))
    return Page(source, data, url=url, kind=kind, ident=ident)


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            value = value.strip().strip("'\"").strip()
            return value or None
    return None


# Media types of pages. XML types may be XHTML or a feed: their content decides.
_PAGE_TYPES = {"text/html", "application/xhtml+xml", "text/plain", "application/vnd.wap.xhtml+xml"}


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _is_xml_type(mime: str) -> bool:
    return mime.endswith(("+xml", "/xml"))


def iter_warc(path: Path, options: SourceOptions) -> Iterator[Page]:
    """One page per WARC response record; ``source`` is ``file@OFFSET`` (the record's offset)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield Page(str(path), error="WARC input needs warcio: pip install 'cleanarticle[warc]'")
        return
    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                if not record.format.startswith("warc"):
                    # warcio reads anything it does not recognise as an ARC file.
                    raise ArchiveLoadFailed("not a WARC file")
                if record.rec_type != "response":
                    continue
                page = _warc_page(record, options)
                # Known once the record is read (warcio reads to its end to tell).
                page.source = f"{path}@{records.get_record_offset()}"
                yield page
    except (OSError, EOFError, zlib.error, ArchiveLoadFailed) as exc:
        yield Page(str(path), error=f"unreadable WARC: {exc}")


def _iso_day(value: str | None) -> str | None:
    """The YYYY-MM-DD of a WARC-Date (ISO 8601), or None when it is no date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def _warc_page(record, options: SourceOptions) -> Page:
    source = None
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    ident = headers.get_header("WARC-Record-ID")
    fetched = _iso_day(headers.get_header("WARC-Date"))
    http = record.http_headers
    if http is None:
        return Page(source, url=url, ident=ident, error="not an HTTP response")
    status = http.get_statuscode()
    if not (status or "").startswith("2"):
        # An error page, a redirect: the server said this is not the page at the URL.
        return Page(source, url=url, ident=ident, error=f"not a page: HTTP status {status}")
    content_type = http.get_header("Content-Type")
    mime = _media_type(content_type)
    if mime and mime not in _PAGE_TYPES and not _is_xml_type(mime):
        return Page(source, url=url, ident=ident, error=f"not a page: {mime}")
    kind = options.kind
    try:
        data = record.content_stream().read(options.max_bytes + 1)
    except Exception as exc:  # warcio raises assorted errors on damaged records
        return Page(source, url=url, kind=kind, ident=ident,
                    error=f"unreadable record: {exc}")
    if len(data) > options.max_bytes:
        return Page(source, url=url, kind=kind, ident=ident,
                    error=_too_large(None, options.max_bytes))
    return Page(source, data, url=url, kind=kind, encoding=_charset(content_type), ident=ident,
                reference_date=fetched, sniff=options.kind == "auto" and mime not in _PAGE_TYPES)


def iter_pages(args: Iterable[str], options: SourceOptions,
               duplicates: list[str] | None = None) -> Iterator[Page]:
    """Every page under ``args``: JSONL and WARC files are expanded to their records.

    ``-`` reads JSONL records from stdin. Files met twice are read once (the repeats are
    added to ``duplicates``).
    """
    seen: set[str] = set()
    for arg in args:
        if arg == "-":
            yield from read_jsonl(sys.stdin.buffer, "-", options)
        else:
            yield from _pages_of(expand_inputs([arg], seen, duplicates), options)


def _pages_of(files: Iterable[InputFile], options: SourceOptions) -> Iterator[Page]:
    for file in files:
        if file.error is None and is_jsonl(file.path):
            yield from iter_jsonl(file.path, options)
        elif file.error is None and is_warc(file.path):
            yield from iter_warc(file.path, options)
        else:
            yield page_from_file(file, options)


def count_pages(args: Iterable[str], options: SourceOptions,
                stop: Callable[[], bool] = lambda: False) -> int | None:
    """How many pages :func:`iter_pages` yields for ``args``, counted without cleaning
    anything (JSONL lines, WARC response records); None for stdin, or when ``stop()``."""
    if "-" in args:
        return None
    total = 0
    for file in expand_inputs(args):
        if stop():
            return None
        if file.error is None and is_jsonl(file.path):
            total += _count_lines(file.path, stop)
        elif file.error is None and is_warc(file.path):
            total += _count_responses(file.path, stop)
        else:
            total += 1
    return None if stop() else total


def _count_lines(path: Path, stop: Callable[[], bool]) -> int:
    count = 0
    try:
        with _open_maybe_gz(path) as fh:
            for line in fh:
                count += bool(line.strip())
                if count % 4096 == 0 and stop():
                    break
    except (OSError, EOFError, zlib.error):
        count += 1  # the reader reports the failure as one page
    return count


def _count_responses(path: Path, stop: Callable[[], bool]) -> int:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        return 1
    count = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                count += record.rec_type == "response"
                if stop():
                    break
    except Exception:  # a damaged archive: the reader reports it
        count += 1
    return count
