"""Teaser cards after the article: a run of linked titles, each with one short unlinked excerpt
(and a date or a "Read more" link), in the second half of the article.

A section of an article has more than one paragraph under its heading; a card list is one
template repeated: title link, a line of excerpt, a date. The link density filter takes the
linked titles but not the excerpts, which read as prose. Only articles are judged: on listings
the cards are the content, and documentation and service pages build their own sections as
cards.
"""

from __future__ import annotations

from ..model import HEADING, PARAGRAPH
from ..rules.dates import is_dateline
from ..rules.prose import is_running_text
from .base import BlockFilter

#: A card's title is a link of this length.
TITLE_CHARS = (10, 200)
TITLE_LINKS = 0.8
#: Its excerpt: one unlinked block of at most this many characters.
EXCERPT_MAX = 300
EXCERPT_MIN = 40
#: A card spans at most this many blocks (title, excerpt, date, "read more").
CARD_BLOCKS = 5
#: This many cards in a row make a teaser list (measured 2 vs 3: 3 loses less on roundups).
MIN_CARDS = 3
#: The run starts past this share of the article's running text.
START_SHARE = 0.5


def _title(block) -> bool:
    return (block.link_density >= TITLE_LINKS and TITLE_CHARS[0] <= len(block.text) <= TITLE_CHARS[1]
            and block.kind in (HEADING, PARAGRAPH))


def _excerpt(block) -> bool:
    return block.link_density < 0.3 and block.kind != HEADING and len(block.text) > EXCERPT_MIN


def _card_at(blocks, i: int) -> bool:
    """Whether block ``i`` is a linked title with its excerpt right under it."""
    return 0 <= i < len(blocks) - 1 and _title(blocks[i]) and _excerpt(blocks[i + 1]) \
        and len(blocks[i + 1].text) <= EXCERPT_MAX


def in_card_list(blocks, i: int) -> bool:
    """Whether block ``i`` is the title of a card that another card's title comes next to,
    fewer than CARD_BLOCKS blocks before or after it (a lone link preview is no list)."""
    return _card_at(blocks, i) and any(_card_at(blocks, j) for j in range(
        i - CARD_BLOCKS, i + CARD_BLOCKS + 1) if j != i)


def _card_furniture(block) -> bool:
    return len(block.text) <= EXCERPT_MIN or is_dateline(block.text) or block.link_density >= TITLE_LINKS


def find_cards(blocks) -> list[tuple[int, int]]:
    """(first, last) block index of each card: a title, exactly one excerpt, furniture."""
    cards = []
    i, n = 0, len(blocks)
    while i < n:
        if _title(blocks[i]):
            j, excerpts, ok = i + 1, 0, True
            while j < n and not _title(blocks[j]):
                b = blocks[j]
                if _excerpt(b):
                    excerpts += 1
                    if excerpts > 1 or len(b.text) > EXCERPT_MAX:
                        ok = False
                        break
                elif not _card_furniture(b):
                    ok = False
                    break
                j += 1
                if j - i > CARD_BLOCKS:
                    ok = False
                    break
            if ok and excerpts == 1:
                cards.append((i, j - 1))
                i = j
                continue
        i += 1
    return cards


class TeaserCards(BlockFilter):
    name = "teasers"

    def decide(self, blocks, doc):
        out: list[str | None] = [None] * len(blocks)
        if doc.source_kind != "html" or not doc.is_article:
            return out
        total = sum(len(b.text) for b in blocks if is_running_text(b)) or 1
        seen, share = 0, []
        for b in blocks:
            if is_running_text(b):
                seen += len(b.text)
            share.append(seen / total)
        run: list[tuple[int, int]] = []
        for card in [*find_cards(blocks), None]:
            if card is not None and (not run or card[0] == run[-1][1] + 1):
                run.append(card)
                continue
            if len(run) >= MIN_CARDS and share[run[0][0]] >= START_SHARE:
                for first, last in run:
                    for k in range(first, last + 1):
                        out[k] = f"teaser card ({len(run)} in a row)"
            run = [card] if card is not None else []
        return out
