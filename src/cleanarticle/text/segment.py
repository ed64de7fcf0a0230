"""Plain text → blocks: one block per line; link-likeness estimated from URL-like tokens."""

from __future__ import annotations

import regex

from ..model import LIST_ITEM, PARAGRAPH, Block

# A token is link text from a URL start on, or whole when it holds a domain or page name.
# Matched per token: one regex over a long token without spaces backtracks quadratically.
_URL_START = regex.compile(r"https?://\S|www\.\S", regex.I)
_DOMAIN = regex.compile(r"\.(?:com|org|net|html?|php)\b", regex.I)
# Runs of ordinary spaces and tabs become one space; no-break spaces are the page's own text.
_SPACE = regex.compile(r"[ \t\f\v\r]+")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_BULLET = regex.compile(r"^\s*(?:[-*•·▪–]|\d{1,2}[.)])\s+")


def segment_text(text: str) -> list[Block]:
    """Blocks of a plain-text page: each non-empty line (scrapers put one element per line)."""
    blocks = []
    for line in text.splitlines():
        line = _SPACE.sub(" ", _CONTROL.sub("", line)).strip()
        if not line:
            continue
        links = _link_chars(line)
        kind = LIST_ITEM if _BULLET.match(line) else PARAGRAPH
        blocks.append(Block(line, kind, min(links, len(line)), level=1 if kind == LIST_ITEM else 0))
    return blocks


def _link_chars(line: str) -> int:
    """Characters of URL-like tokens in the line."""
    n = 0
    for token in line.split():
        if _DOMAIN.search(token, 1):
            n += len(token)
        else:
            start = _URL_START.search(token)
            if start:
                n += len(token) - start.start()
    return n
