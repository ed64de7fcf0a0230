"""Public entry points: clean(), clean_html(), clean_text()."""

from __future__ import annotations

import datetime as dt

from .confidence import THRESHOLD, confidence
from .decode import to_text
from .document import Document
from .errors import UnusableInputError
from .html.front import html_document
from .limits import DEFAULT_TIMEOUT, cap_chars, page_limits
from .model import Article
from .options import Options
from .pipeline import Pipeline, default_pipeline
from .text.front import text_document

_DEFAULT_OPTIONS = Options()
_DEFAULT_PIPELINE = default_pipeline(_DEFAULT_OPTIONS)
_KINDS = ("auto", "html", "text")


def clean(
    page: str | bytes,
    url: str | None = None,
    *,
    kind: str = "auto",
    reference_date: dt.date | str | None = None,
    options: Options | None = None,
    pipeline: Pipeline | None = None,
    min_confidence: float | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Article:
    """Clean one page, HTML or plain text (``kind="auto"`` looks at the input).

    Returns an :class:`Article`; a page without content gives an empty ``text``. Raises
    :class:`UnusableInputError` for input that is not a page (wrong type, binary data).
    With ``min_confidence``, a page whose ``confidence`` is below it (a home, listing or
    product page) comes back with an empty body; its metadata is kept.
    ``timeout`` bounds the seconds spent on the page (default ``DEFAULT_TIMEOUT``, 20 s;
    None for no limit; enforced on the main thread on Unix): past it, :class:`PageTimeoutError`.
    Errors from deep inside come out as :class:`CleanArticleError` subclasses only.
    """
    if kind not in _KINDS:
        raise ValueError(f"kind must be one of {_KINDS}, got {kind!r}")
    _reference(reference_date)  # a bad argument stays a plain ValueError
    with page_limits(timeout):
        if kind == "auto":
            text = to_text(page)
            kind = "html" if looks_like_html(text) else "text"
            page = text
        if kind == "html":
            return clean_html(page, url, reference_date=reference_date, options=options,
                              pipeline=pipeline, min_confidence=min_confidence, timeout=None)
        return clean_text(page, url, reference_date=reference_date, options=options,
                          pipeline=pipeline, min_confidence=min_confidence, timeout=None)


def looks_like_html(text: str) -> bool:
    """True when the text has markup: a doctype or html/head/body, or several tags."""
    head = text[:4096].lower()
    if "<html" in head or "<!doctype" in head or "<body" in head or "<head" in head:
        return True
    return text.count("</") >= 3 or head.count("<p") + head.count("<div") + head.count("<br") >= 2


def _reference(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"reference_date must be a date or YYYY-MM-DD, got {value!r}") from None


def _pipeline_for(options: Options | None, pipeline: Pipeline | None) -> tuple[Options, Pipeline]:
    options = options or _DEFAULT_OPTIONS
    if pipeline is None:
        pipeline = _DEFAULT_PIPELINE if options is _DEFAULT_OPTIONS else default_pipeline(options)
    return options, pipeline


def clean_html(
    page: str | bytes,
    url: str | None = None,
    *,
    reference_date: dt.date | str | None = None,
    options: Options | None = None,
    pipeline: Pipeline | None = None,
    min_confidence: float | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Article:
    """Clean an HTML page (bytes in any encoding, or str). ``timeout`` as in :func:`clean`."""
    options, pipeline = _pipeline_for(options, pipeline)
    ref = _reference(reference_date)
    with page_limits(timeout):
        doc = html_document(page, url, ref, options)
        if doc is None:
            return Article(url=url)
        return _article(pipeline.run(doc), url, min_confidence)


def clean_text(
    page: str | bytes,
    url: str | None = None,
    *,
    reference_date: dt.date | str | None = None,
    options: Options | None = None,
    pipeline: Pipeline | None = None,
    min_confidence: float | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Article:
    """Clean a page that was already scraped to plain text. ``timeout`` as in :func:`clean`."""
    options, pipeline = _pipeline_for(options, pipeline)
    ref = _reference(reference_date)
    with page_limits(timeout):
        doc = text_document(cap_chars(to_text(page), options.max_chars), url, ref, options)
        return _article(pipeline.run(doc), url, min_confidence)


def _article(doc: Document, url: str | None, min_confidence: float | None = None) -> Article:
    m = doc.metadata
    score = confidence(doc)
    blocks = doc.blocks if min_confidence is None or score >= min_confidence else []
    return Article(
        text="\n\n".join(b.text for b in blocks),
        title=m.title,
        date=m.date,
        author=m.author,
        authors=list(m.authors),
        # the URL the caller gave; the page's own only when none was given
        url=url or m.url or m.canonical_url,
        canonical_url=m.canonical_url,
        updated=m.updated,
        date_source=m.date_source,
        sitename=m.sitename,
        language=m.language,
        description=m.description,
        image=m.image,
        tags=list(m.tags),
        categories=list(m.categories),
        sources=dict(m.sources),
        evidence={k: list(v) for k, v in m.evidence.items()},
        source_kind=doc.source_kind,
        blocks=blocks,
        removals=doc.removals,
        confidence=score,
        is_article=score >= THRESHOLD,
    )


__all__ = ["UnusableInputError", "clean", "clean_html", "clean_text", "looks_like_html"]
