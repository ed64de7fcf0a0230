"""Public entry points: clean(), clean_html(), clean_text()."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from .confidence import THRESHOLD, confidence
from .decode import Decoded, decode_page, to_text
from .document import Document
from .errors import UnusableInputError
from .html.front import html_document
from .html.images import article_images
from .html.segment import resolve_marks
from .limits import DEFAULT_TIMEOUT, page_limits
from .meta.language import detect_language
from .model import LINK, Article, Block
from .options import Options
from .pipeline import Pipeline, default_pipeline, with_site
from .render.inline import resolve_links
from .rules.spaces import tidy
from .site_rules import Rules
from .text.front import text_document

if TYPE_CHECKING:
    from .site import SiteProfile, SiteProfiles

_DEFAULT_OPTIONS = Options()
_DEFAULT_PIPELINE = default_pipeline(_DEFAULT_OPTIONS)
_KINDS = ("auto", "html", "text")


def clean(
    page: str | bytes | Decoded,
    url: str | None = None,
    *,
    kind: str = "auto",
    reference_date: dt.date | str | None = None,
    options: Options | None = None,
    pipeline: Pipeline | None = None,
    min_confidence: float | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    links: bool | None = None,
    images: bool | None = None,
    comments: bool | None = None,
    rules: Rules | None = None,
    site: SiteProfile | SiteProfiles | None = None,
) -> Article:
    """Clean one page, HTML or plain text (``kind="auto"`` looks at the input).

    Returns an :class:`Article`; a page without content gives an empty ``text``. Raises
    :class:`UnusableInputError` for input that is not a page (wrong type, binary data).
    With ``min_confidence``, a page whose ``confidence`` is below it (a home, listing or
    product page) comes back with an empty body; its metadata is kept.
    ``timeout`` bounds the seconds spent on the page (default ``DEFAULT_TIMEOUT``, 20 s;
    None for no limit; enforced on the main thread on Unix): past it, :class:`PageTimeoutError`.
    Errors from deep inside come out as :class:`CleanArticleError` subclasses only.
    ``page`` may also be a :class:`cleanarticle.decode.Decoded` (what the batch workers pass:
    a page decoded already, with its UTF-8 bytes for the parser).

    What to extract besides the text (each also an :class:`Options` field): ``links`` keeps
    links with absolute URLs in the blocks (Markdown and HTML output link them); ``images``
    fills ``Article.images``; ``comments`` fills ``Article.comments`` with the reader comments
    the article's text leaves out; ``rules`` applies user rules (:class:`site_rules.Rules`).
    With ``site`` (a :class:`cleanarticle.site.SiteProfile`, or :class:`SiteProfiles` from
    which the page's host picks one), blocks the site repeats on most of its pages go too
    (the ``site`` filter, right after the tail filter).
    """
    _check_kind(kind)
    _reference(reference_date)  # a bad argument stays a plain ValueError
    options = with_extras(options, links=links, images=images, comments=comments, rules=rules)
    with page_limits(timeout):
        kind, decoded = _resolve_kind(page, kind, url)
        if kind == "html":
            options, pipeline = _pipeline_for(options, pipeline, site, url)
            return _html_article(decoded, url, _reference(reference_date), options, pipeline,
                                 min_confidence)
        return clean_text(decoded, url, reference_date=reference_date, options=options,
                          pipeline=pipeline, min_confidence=min_confidence, timeout=None,
                          site=site)


def _check_kind(kind: str) -> None:
    if kind not in _KINDS:
        raise ValueError(f"kind must be one of {_KINDS}, got {kind!r}")


def _resolve_kind(page: str | bytes | Decoded, kind: str, url: str | None) -> tuple[str, Decoded]:
    """("html" or "text", the page decoded): ``auto`` looks at the decoded page. (The URL
    hints at the encoding of a page that declares none, as in the front ends.)"""
    decoded = decode_page(page, url=url)
    if kind == "auto":
        kind = "html" if looks_like_html(decoded.text) else "text"
    return kind, decoded


def front_document(page: str | bytes, url: str | None = None, *, kind: str = "auto",
                   reference_date: dt.date | str | None = None,
                   options: Options | None = None) -> Document | None:
    """The Document a front end makes of the page, what the pipeline starts from (None for
    HTML without any content). Site profiles are learned from it."""
    _check_kind(kind)
    options = options or _DEFAULT_OPTIONS
    ref = _reference(reference_date)
    kind, decoded = _resolve_kind(page, kind, url)
    if kind == "html":
        return html_document(decoded, url, ref, options)
    return text_document(decoded.text, url, ref, options)


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


def with_extras(options: Options | None, **extras) -> Options | None:
    """``options`` with the extraction switches given as keyword arguments (None: unchanged)."""
    given = {k: v for k, v in extras.items() if v is not None}
    if not given:
        return options
    if "rules" in given and not isinstance(given["rules"], Rules):
        raise TypeError(f"rules must be a cleanarticle.Rules, got {type(given['rules']).__name__}")
    return dataclasses.replace(options or _DEFAULT_OPTIONS, **given)


def _pipeline_for(options: Options | None, pipeline: Pipeline | None,
                  site: SiteProfile | SiteProfiles | None = None,
                  url: str | None = None) -> tuple[Options, Pipeline]:
    options = options or _DEFAULT_OPTIONS
    if pipeline is None:
        pipeline = _DEFAULT_PIPELINE if options is _DEFAULT_OPTIONS else default_pipeline(options)
    if site is not None:
        pipeline = with_site(pipeline, site, url)
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
    links: bool | None = None,
    images: bool | None = None,
    comments: bool | None = None,
    rules: Rules | None = None,
    site: SiteProfile | SiteProfiles | None = None,
) -> Article:
    """Clean an HTML page (bytes in any encoding, or str). Other arguments as in :func:`clean`."""
    options = with_extras(options, links=links, images=images, comments=comments, rules=rules)
    options, pipeline = _pipeline_for(options, pipeline, site, url)
    ref = _reference(reference_date)
    with page_limits(timeout):
        return _html_article(page, url, ref, options, pipeline, min_confidence)


def _html_article(page: str | bytes | Decoded, url: str | None, ref: dt.date | None,
                  options: Options, pipeline: Pipeline,
                  min_confidence: float | None) -> Article:
    doc = html_document(page, url, ref, options)
    if doc is None:
        return Article(url=url)
    return _article(pipeline.run(doc), url, options, min_confidence)


def clean_text(
    page: str | bytes | Decoded,
    url: str | None = None,
    *,
    reference_date: dt.date | str | None = None,
    options: Options | None = None,
    pipeline: Pipeline | None = None,
    min_confidence: float | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    links: bool | None = None,
    images: bool | None = None,
    comments: bool | None = None,
    rules: Rules | None = None,
    site: SiteProfile | SiteProfiles | None = None,
) -> Article:
    """Clean a page that was already scraped to plain text. Other arguments as in
    :func:`clean` (links and images need HTML; rules apply their drop phrases)."""
    options = with_extras(options, links=links, images=images, comments=comments, rules=rules)
    options, pipeline = _pipeline_for(options, pipeline, site, url)
    ref = _reference(reference_date)
    with page_limits(timeout):
        doc = text_document(to_text(page, url=url), url, ref, options)
        return _article(pipeline.run(doc), url, options, min_confidence)


def _settle_links(blocks: list[Block], keep: bool, base: str | None) -> None:
    """Marks computed, links made absolute (``keep``) or taken out of the marks (the default)."""
    for block in blocks:
        resolve_marks(block)
        marks = block.marks
        if not marks:
            continue
        if keep:
            marks = resolve_links(marks, base)
        elif any(m.kind == LINK for m in marks):
            marks = tuple(m for m in marks if m.kind != LINK)
        block.marks = marks or None


def _article(doc: Document, url: str | None, options: Options,
             min_confidence: float | None = None) -> Article:
    m = doc.metadata
    score = confidence(doc)
    body = "\n\n".join(filter(None, (tidy(b.text, b.kind) for b in doc.blocks)))
    if m.sources.get("language") in (None, "guess"):  # the page declares none
        detected = detect_language(body)
        if detected:
            m.language, m.sources["language"] = detected, "detected"
    keep = min_confidence is None or score >= min_confidence
    blocks = doc.blocks if keep else []
    text = body if keep else ""
    _settle_links(blocks, options.links, doc.base_url or url)
    kept = {id(b) for b in blocks}
    return Article(
        text=text,
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
        page_type=doc.page_type.name if doc.page_type else None,
        page_type_evidence=doc.page_type.evidence if doc.page_type else (),
        images=article_images(doc.images, doc.segmented, blocks, doc.base_url or url)
        if doc.images else [],
        comments=[c for c, held in doc.comments if not any(id(b) in kept for b in held)],
        truncated=doc.truncated,
    )


__all__ = ["UnusableInputError", "clean", "clean_html", "clean_text", "front_document",
           "looks_like_html"]
