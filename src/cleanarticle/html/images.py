"""The article's images: which <img> elements stand in the article, and their real source.

An image is in the article when it lies in the main-content region and the block just before
it or just after it was kept (a lead image above the first paragraph, a figure between two
paragraphs); thumbnails in a related-posts rail stand between teaser blocks that were dropped.
Lazy-loading pages put a placeholder in ``src`` and the image in ``data-src``, ``srcset`` or
``data-srcset``: the real one is taken.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

import lxml.html

from ..model import CAPTION, Block, Image
from ..render.inline import safe_url
from ..rules.vocab import class_words
from .segment import clean_space

#: Attributes lazy loaders keep the real source in, most specific first.
LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src",
                "data-full-src")
LAZY_SRCSETS = ("data-srcset", "data-lazy-srcset")
#: Images declared this small (pixels) are icons, spacers or tracking pixels.
MIN_SIDE = 40
# Class/id words of images that are no content: avatars, icons, logos, emoji, spinners.
_NOT_CONTENT = re.compile(r"avatar|icon|logo|emoji|spinner|loader|pixel|badge|gravatar")
_PLACEHOLDER = re.compile(r"^data:|placeholder|blank\.gif|spacer|pixel\.gif|lazy[-_]?load", re.I)


def _best_in_srcset(srcset: str) -> str | None:
    """The largest candidate of a srcset ("a.jpg 480w, b.jpg 960w" gives b.jpg)."""
    best, best_size = None, -1.0
    for candidate in srcset.split(","):
        bits = candidate.split()
        if not bits:
            continue
        size = 1.0
        if len(bits) > 1 and bits[1][:-1].replace(".", "", 1).isdigit():
            size = float(bits[1][:-1])
        if size > best_size:
            best, best_size = bits[0], size
    return best


def image_source(img: lxml.html.HtmlElement) -> str | None:
    """The source of an <img> as written in the page, lazy-load attributes first."""
    attrib = img.attrib
    for name in LAZY_SOURCES:
        value = attrib.get(name, "").strip()
        if value and not value.startswith("data:"):
            return value
    src = attrib.get("src", "").strip()
    if src and not _PLACEHOLDER.search(src):
        return src
    for name in (*LAZY_SRCSETS, "srcset"):
        value = attrib.get(name, "").strip()
        if value:
            best = _best_in_srcset(value)
            if best and not best.startswith("data:"):
                return best
    return None


def _too_small(img: lxml.html.HtmlElement) -> bool:
    for side in ("width", "height"):
        value = img.get(side, "").strip().removesuffix("px")
        if value.isdigit() and int(value) < MIN_SIDE:
            return True
    return False


def _caption(img: lxml.html.HtmlElement) -> str | None:
    figure = next((a for a in img.iterancestors("figure")), None)
    if figure is None:
        return None
    caption = figure.find(".//figcaption")
    text = clean_space(caption.text_content()) if caption is not None else ""
    return text or None


def read_image(img: lxml.html.HtmlElement, base: str | None) -> Image | None:
    """An <img> as an Image (absolute source, alt, figure caption), or None for an icon, a
    spacer, a placeholder without a real source, or an unsafe URL."""
    if _too_small(img):
        return None
    words = class_words(img.attrib)
    if words and _NOT_CONTENT.search(words):
        return None
    src = safe_url(image_source(img), base)
    if not src:
        return None
    return Image(src, clean_space(img.get("alt", "")), _caption(img))


def in_region(images: Sequence[tuple[int, lxml.html.HtmlElement]], region,
              body) -> list[tuple[int, lxml.html.HtmlElement, bool]]:
    """The images with whether each lies inside the main-content region."""
    if region is body:
        return [(p, img, True) for p, img in images]
    return [(p, img, any(a is region for a in img.iterancestors())) for p, img in images]


def _neighbour(segmented: Sequence[Block], i: int, step: int) -> int | None:
    """The index of the nearest block from ``i`` on (in the direction ``step``) that is no
    caption: an image's own caption does not say whether the image is in the article."""
    while 0 <= i < len(segmented):
        if segmented[i].kind != CAPTION:
            return i
        i += step
    return None


def article_images(candidates: Sequence[tuple[int, lxml.html.HtmlElement, bool]],
                   segmented: Sequence[Block], kept: Sequence[Block],
                   base: str | None) -> list[Image]:
    """The images standing in the article, placed before the kept block they precede.

    ``candidates``: per image, the index of the segmented block it stands before and whether
    it lies in the main-content region. An image is in the article when the nearest block
    after or before it (captions aside) was kept and it lies in the region, or when it stands
    just above the article's first kept block (the lead image, often outside the body's
    container)."""
    index = {id(b): i for i, b in enumerate(segmented)}
    kept_at = sorted(index[id(b)] for b in kept if id(b) in index)
    if not kept_at:
        return []
    kept_set = set(kept_at)
    out: list[Image] = []
    seen: set[str] = set()
    for position, img, inside in candidates:
        after, before = _neighbour(segmented, position, 1), _neighbour(segmented, position - 1, -1)
        lead = after == kept_at[0]
        if not (lead or (inside and (after in kept_set or before in kept_set))):
            continue
        image = read_image(img, base)
        if image is None or image.src in seen:
            continue
        seen.add(image.src)
        out.append(Image(image.src, image.alt, image.caption, bisect_left(kept_at, position)))
    return out
