"""Site boilerplate: what a site prints on most of its pages is not the article of any of them.

With a site profile (``cleanarticle.site``), a block standing on at least ``share`` of the
site's sampled pages (default half of at least five pages) is dropped, whatever its words:
promo boxes, standards notes, footers, rail headers no phrase list knows. The page's own title
is never dropped, nor a line the page itself prints more than once (a label of its own items,
"Top Rated" on each product tile: a template prints its lines once a page). On an article
(an HTML page the front end did not take for a listing, a text page with an article span) a
block must stand on nearly every page (``region_share``: a shared disclaimer), so the
article's own text stays even when a few stories share a paragraph.

Teasers cut with "…" and dates right after a repeated block belong to it, and under a repeated
header (a heading, or a short line ending no sentence) links too: a rail of other stories. A
repeated header directly over the page's own text ("At a glance" over the story's figures,
"Ingredients") is the template's heading of that text and stays.

The filter runs right after the tail filter, which judges the page as without a profile (the
boilerplate prose it keeps as the "last paragraph" still keeps the article's closing lines),
and before the closing and orphan-heading filters, which then see what it left.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from ..document import Document
from ..model import HEADING, LIST_ITEM, TABLE_ROW, Block
from ..rules.dates import is_dateline
from ..rules.lines import HEADER_MAX_CHARS
from ..rules.prose import ends_sentence, is_prose
from ..site.fingerprint import block_fingerprint, shares_title
from ..site.sample import MIN_PAGES  # a profile of fewer distinct pages is not used
from .base import BlockFilter
from .region import OutsideRegion

#: On a page without an article (a listing, a product page), a block on this share of the
#: site's pages is boilerplate. The issue's default, not tuned: on the dev sets only nine hosts
#: of modern-dev have five pages or more (see README, "Site boilerplate").
SHARE = 0.5
#: On an article it must be on this share: "nearly every page" (4 of 5).
REGION_SHARE = 0.8
#: Linked blocks at or above this link share are links to other pages.
LINKED = 0.5
_TEASER_CUTS = ("…", "...")


class SiteBoilerplate(BlockFilter):
    """Drops the blocks a site repeats on most of its pages, and the links, teasers and dates
    right after them.

    ``site`` is a :class:`cleanarticle.site.SiteProfile` (used for any page) or
    :class:`cleanarticle.site.SiteProfiles` (the page's site picks one: ``url``, the URL the
    page was fetched from, else the page's canonical link or og:url).
    """

    name = "site"

    def __init__(self, site, url: str | None = None, *, share: float = SHARE,
                 region_share: float = REGION_SHARE, min_pages: int = MIN_PAGES) -> None:
        if not 0 < share <= 1 or not 0 < region_share <= 1:
            raise ValueError("share and region_share must be in (0, 1]")
        self.site = site
        self.url = url
        self.share = share
        self.region_share = region_share
        self.min_pages = max(1, min_pages)

    def __repr__(self) -> str:
        return f"SiteBoilerplate({self.site!r})"

    def decide(self, blocks: Sequence[Block], doc: Document) -> list[str | None]:
        out: list[str | None] = [None] * len(blocks)
        profile = self.site.profile_for(self.url, doc.metadata.url)
        if profile is None or profile.pages < self.min_pages:
            return out
        pages = profile.pages
        # Blocks a front end placed outside the article are the region filter's to drop.
        inside = [i for i, b in enumerate(blocks) if b.in_region]
        share = self.region_share if _has_article(doc, blocks) else self.share
        need = math.ceil(share * pages - 1e-9)
        title = doc.metadata.title
        fingerprints = {i: block_fingerprint(blocks[i]) for i in inside}
        copies = Counter(fingerprints.values())
        # A line the page prints on several of its own items ("Top Rated", "Features:" on each
        # product tile) labels those items: the site's template prints its lines once a page.
        count = {i: profile.count(fp) if copies[fp] == 1 else 0 for i, fp in fingerprints.items()}

        def repeated(i: int) -> bool:
            return count[i] >= need and not shares_title(blocks[i], title)

        def where(n: int) -> str:
            return f"on {n} of {pages} pages of {profile.host}"

        k = 0
        while k < len(inside):
            i = inside[k]
            block = blocks[i]
            if not repeated(i):
                k += 1
                continue
            header = _is_header(block)
            j = k + 1
            while j < len(inside) and not repeated(inside[j]) and _follows_it(
                    blocks[inside[j]], title, header):
                j += 1
            if header and j == k + 1 and j < len(inside) and not repeated(inside[j]):
                k += 1  # the template's heading over this page's own text: it stays
                continue
            out[i] = f"site boilerplate: {where(count[i])}"
            with_it = (f"in the site's rail under {block.text[:40]!r}" if header
                       else f"after the site boilerplate {block.text[:40]!r}")
            for r in inside[k + 1:j]:
                out[r] = with_it
            k = j
        return out


def _has_article(doc: Document, blocks: Sequence[Block]) -> bool:
    """Whether the front end found an article: an HTML page it did not take for a listing, a
    text page where it marked an article span (lines outside it)."""
    if doc.listing:
        return False
    if doc.source_kind == "html":
        return True
    return (any(not b.in_region for b in blocks)
            or any(r.filter == OutsideRegion.name for r in doc.removals))


def _follows_it(block: Block, title: str | None, header: bool) -> bool:
    """Other pages' material after a repeated block: a teaser cut short, a date, and under a
    header (a rail) links too; never prose or the page's own title. (Links after other
    repeated lines are often the page's own: a shop's product tiles between its promos.)"""
    if is_prose(block) or shares_title(block, title):
        return False
    text = block.text
    return (text.endswith(_TEASER_CUTS) or is_dateline(text)
            or (header and block.link_density >= LINKED))


def _is_header(block: Block) -> bool:
    """A heading, or a short unlinked line ending no sentence (a text dump's headings)."""
    if block.kind == HEADING:
        return True
    return (block.kind not in (LIST_ITEM, TABLE_ROW) and len(block.text) <= HEADER_MAX_CHARS
            and block.link_density < LINKED and not ends_sentence(block.text))
