"""How sure we are that a cleaned page is an article: ``confidence(doc)`` in [0, 1].

Home pages, listings, category and product pages, and pages whose text is mostly
boilerplate score low. The score is a logistic model over a few general features of the
cleaned document: how much prose survived and what share of the page it is, the link density
of what was kept, the listing flag of the front end, the declared page type (JSON-LD/og), the
URL's shape (home page, a slug of words, a date path), whether the title was confirmed by a
visible h1, and repeated teaser structures (linked headings, many short lines).

The weights were fitted by logistic regression on modern-dev, articles against listing,
collection and product pages, then rounded; ``benchmarks/confidence_eval.py --cv`` refits
them in 5-fold cross-validation to show the held-out figure.
"""

from __future__ import annotations

import math
from urllib.parse import urlsplit

import regex

from .document import Document
from .model import HEADING
from .rules.prose import prose_chars

#: Pages at or above this confidence are articles (``Article.is_article``).
THRESHOLD = 0.5

#: Declared types (schema.org @type, og:type) of article-like pages: articles, posts, reports,
#: reviews, recipes, how-tos, Q&A and discussion threads.
_ARTICLE_TYPES = regex.compile(
    r"article|posting|report|news|blog|essay|review|recipe|howto|question|qapage|discussion")
#: Declared types of pages that are not articles: products and offers, collections and lists,
#: search results, profiles, organisations and places, events, courses, FAQ pages.
_OTHER_TYPES = regex.compile(
    r"product|collection|itemlist|searchresults|store|organization|profile|faq|course|offer"
    r"|event|video|itempage|place|localbusiness|category|aggregat")
_DATE_PATH = regex.compile(r"/(?:19|20)\d\d/")
_SLUG_SPLIT = regex.compile(r"[-_+]")
_SUFFIX = regex.compile(r"\.\w{2,5}$")

#: Scale of the prose features: log1p(characters)/10 (about 22 000 characters reach 1) and
#: prose blocks counted up to 20.
_LOG_PROSE_SCALE = 10.0
_MAX_PROSE_BLOCKS = 20
#: Lines shorter than this are teaser titles, dates, prices, menu items.
SHORT_LINE = 60
#: Slugs are counted up to this many words; headings more than half link text are teasers
#: (counted up to 10).
_MAX_SLUG_WORDS = 8
_MAX_TEASERS = 10
#: url_slug of a page whose URL is unknown: its mean on the labelled pages of modern-dev
#: (0.47), so a missing URL is neutral rather than evidence of a slugless page.
UNKNOWN_SLUG = 0.45

#: Logistic weights per feature (all features lie in [0, 1]).
WEIGHTS: dict[str, float] = {
    "log_prose": 0.3,
    "prose_blocks": 0.6,
    "prose_share": 1.0,
    "link_density": -0.4,
    "listing": -0.8,
    "declared_article": 1.7,
    "declared_other": -1.7,
    "home_url": -0.5,
    "url_slug": 1.7,
    "date_url": 0.5,
    "title_h1": 0.7,
    "teaser_headings": -0.3,
    "short_lines": -0.8,
}
BIAS = -1.7


def features(doc: Document) -> dict[str, float]:
    """The features of a cleaned document (after the pipeline ran), each in [0, 1]."""
    kept = doc.blocks
    kept_chars = sum(len(b.text) for b in kept)
    page_chars = kept_chars + sum(len(r.text) for r in doc.removals)
    prose = [n for n in (prose_chars((b,)) for b in kept) if n]
    prose_total = sum(prose)
    link_chars = sum(b.link_chars for b in kept)
    teasers = sum(1 for b in kept if b.kind == HEADING and b.link_chars > 0.5 * len(b.text))
    short = sum(1 for b in kept if len(b.text) < SHORT_LINE)
    m = doc.metadata
    declared = (m.page_type or "").lower()
    is_article_type = bool(declared and _ARTICLE_TYPES.search(declared))
    page_url = m.canonical_url or m.url  # the page's own URL when it declares one
    path = urlsplit(page_url).path if page_url else None
    segments = [s for s in path.split("/") if s] if path is not None else []
    slug = _SUFFIX.sub("", segments[-1]) if segments else ""
    slug_words = sum(1 for w in _SLUG_SPLIT.split(slug) if w.isalpha())
    return {
        "log_prose": min(math.log1p(prose_total) / _LOG_PROSE_SCALE, 1.0),
        "prose_blocks": min(len(prose), _MAX_PROSE_BLOCKS) / _MAX_PROSE_BLOCKS,
        "prose_share": prose_total / page_chars if page_chars else 0.0,
        "link_density": link_chars / kept_chars if kept_chars else 0.0,
        "listing": float(doc.listing),
        "declared_article": float(is_article_type),
        "declared_other": float(bool(declared and not is_article_type
                                     and _OTHER_TYPES.search(declared))),
        "home_url": float(path is not None and not segments),
        "url_slug": (min(slug_words, _MAX_SLUG_WORDS) / _MAX_SLUG_WORDS
                     if path is not None else UNKNOWN_SLUG),
        "date_url": float(path is not None and bool(_DATE_PATH.search(path + "/"))),
        "title_h1": float(m.sources.get("title") == "h1"),
        "teaser_headings": min(teasers, _MAX_TEASERS) / _MAX_TEASERS,
        "short_lines": short / len(kept) if kept else 0.0,
    }


def score(values: dict[str, float], weights: dict[str, float] = WEIGHTS,
          bias: float = BIAS) -> float:
    """The logistic model on feature values: a probability in (0, 1)."""
    z = bias + sum(w * values[name] for name, w in weights.items())
    return 1.0 / (1.0 + math.exp(-z))


def confidence(doc: Document) -> float:
    """How likely the cleaned document is an article, in [0, 1]; 0 when nothing was kept."""
    if not doc.blocks:
        return 0.0
    return score(features(doc))


__all__ = ["BIAS", "THRESHOLD", "WEIGHTS", "confidence", "features", "score"]
