"""The page's lead image, its tags and categories, and its canonical URL.

Lead image, in this order: og:image (and its :url / :secure_url forms), twitter:image,
the JSON-LD image of the main item, <link rel="image_src">; else the first large image
in the article (width or height of at least ``LEAD_MIN_PX`` declared, not a logo, icon,
avatar, tracking pixel or inline data). Made absolute against <base href>, the page URL
or its canonical URL; an image that cannot be made absolute is left out.

Tags and categories: ``article:tag`` / ``article:section`` <meta>, JSON-LD ``keywords`` and
``articleSection`` of the main item; only when those give none, the article's own links
marked rel="tag" (WordPress marks category links rel="category tag") outside sidebars,
tag clouds and navigation.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import regex
from lxml import etree

from ..model import Candidate
from .jsonld import text_value
from .placement import off_article

_META_IMAGE = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
               "twitter:image:src")
LEAD_MIN_PX = 300  # a declared width (or height) from which an image is a lead, not an icon
MAX_IMAGES = 40  # <img> elements looked at in the article for a lead image
# Class/id/src words of images that are no lead: logos, icons, avatars, badges, pixels.
_NOT_LEAD = regex.compile(r"logo|icon|avatar|badge|sprite|emoji|pixel|spacer|gravatar|"
                          r"placeholder|loading|blank", regex.IGNORECASE)
_TAG_LINKS = etree.XPath("descendant::a[@rel][contains(@rel, 'tag')]")
MAX_TERMS = 30  # tags or categories kept per page
TERM_MAX_CHARS = 60
_SPLIT_KEYWORDS = regex.compile(r"\s*[,;]\s*")


def absolute(href: str | None, base: str | None) -> str | None:
    """``href`` as an absolute http(s) URL against ``base``, or None."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("data:", "javascript:", "#")):
        return None
    if href.startswith("//"):
        scheme = urlsplit(base).scheme if base else ""
        href = f"{scheme or 'https'}:{href}"
    elif base:
        href = urljoin(base, href)
    return href if urlsplit(href).scheme in ("http", "https") else None


def base_url(c, url: str | None, canonical: str | None) -> str | None:
    """The URL relative links are resolved against: <base href>, the page URL, else its
    canonical URL."""
    page = url or canonical
    if c.base:
        return urljoin(page, c.base) if page else c.base
    return page


def _ld_images(value) -> list[str]:
    out = []
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            u = text_value(v.get("url")) or text_value(v.get("contentUrl"))
            if u:
                out.append(u)
    return out


def _declared_px(el, attr: str) -> int:
    v = (el.get(attr) or "").strip().removesuffix("px")
    return int(v) if v.isdigit() else 0


def _large(img) -> bool:
    return max(_declared_px(img, "width"), _declared_px(img, "height")) >= LEAD_MIN_PX


def find_image(c, main: list[dict], container, base: str | None) -> tuple[str | None,
                                                                        list[Candidate]]:
    """The lead image (absolute URL) and the candidates judged."""
    cands: list[Candidate] = []
    chosen = None

    def offer(href, source: str) -> None:
        nonlocal chosen
        u = absolute(href, base)
        if u is None:
            cands.append(Candidate(str(href)[:200], source, "not an absolute http(s) URL"))
        elif chosen is None:
            chosen = u
            cands.append(Candidate(u, source, "chosen"))
        else:
            cands.append(Candidate(u, source, "not used: an earlier source gave one"))

    for name, v in c.meta(_META_IMAGE):
        offer(v, f"meta:{name}")
        if chosen:
            break
    if chosen is None:
        for item in main[:1]:
            for v in _ld_images(item.get("image") or item.get("thumbnailUrl")):
                offer(v, "json-ld")
                if chosen:
                    break
    if chosen is None:
        for el in c.links.get("image_src", ()):
            offer(el.get("href"), "link:image_src")
    if chosen is None and container is not None:
        for i, img in enumerate(container.iter("img")):
            if i >= MAX_IMAGES:
                break
            src = img.get("src") or img.get("data-src") or img.get("data-lazy-src")
            words = f"{img.get('class') or ''} {img.get('id') or ''} {src or ''}"
            if not src or not _large(img) or _NOT_LEAD.search(words) or off_article(img):
                continue
            offer(src, "article-image")
            if chosen:
                break
    return chosen, cands


def _terms(values, cap: int = MAX_TERMS) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for v in values:
        t = " ".join(v.split()).strip(" #,;")
        if not t or len(t) > TERM_MAX_CHARS or t.startswith("http"):
            continue
        if t.casefold() not in seen:
            seen.add(t.casefold())
            out.append(t)
        if len(out) >= cap:
            break
    return out


def _ld_terms(value) -> list[str]:
    if isinstance(value, str):
        return _SPLIT_KEYWORDS.split(value)
    if isinstance(value, list):
        return [t for v in value for t in _ld_terms(v)]
    s = text_value(value)
    return [s] if s else []


def find_terms(c, main: list[dict], container) -> tuple[list[str], list[str],
                                                        dict[str, list[Candidate]]]:
    """(tags, categories, evidence per field)."""
    ev: dict[str, list[Candidate]] = {}
    tags = _terms([v for _, v in c.meta(("article:tag", "og:article:tag"))])
    if tags:
        ev["tags"] = [Candidate("; ".join(tags), "meta:article:tag", "chosen")]
    cats = _terms([v for _, v in c.meta(("article:section", "og:article:section"))])
    if cats:
        ev["categories"] = [Candidate("; ".join(cats), "meta:article:section", "chosen")]
    for item in main[:1]:
        if not tags:
            tags = _terms(_ld_terms(item.get("keywords")))
            if tags:
                ev["tags"] = [Candidate("; ".join(tags), "json-ld:keywords", "chosen")]
        if not cats:
            cats = _terms(_ld_terms(item.get("articleSection")))
            if cats:
                ev["categories"] = [Candidate("; ".join(cats), "json-ld:articleSection",
                                              "chosen")]
    if (not tags or not cats) and container is not None:
        link_tags, link_cats = [], []
        for a in _TAG_LINKS(container):
            rel = (a.get("rel") or "").lower().split()
            if "tag" not in rel or off_article(a):
                continue
            (link_cats if "category" in rel else link_tags).append(a.text_content())
        if not tags:
            tags = _terms(link_tags)
            if tags:
                ev["tags"] = [Candidate("; ".join(tags), "link:rel=tag", "chosen")]
        if not cats:
            cats = _terms(link_cats)
            if cats:
                ev["categories"] = [Candidate("; ".join(cats), "link:rel=category",
                                              "chosen")]
    return tags, cats, ev
