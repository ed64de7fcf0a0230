"""The generated 40-page news site (benchmarks/sitegen.py) the site-profile tests run on.

The site prints a promo box inside every story, a standards note closing it, two rails of
other stories' headlines, a side column and a footer, all in words no phrase list knows; its
articles vary from two to fourteen paragraphs.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks import sitegen  # noqa: E402

SITE = sitegen.build_site()
HTML = [sitegen.render_html(SITE, i) for i in range(len(SITE))]
TEXT = [sitegen.html_to_text(page) for page in HTML]
URLS = [art.url for art in SITE]
# The furniture, one line of each kind (the text dumps hold them as lines).
FURNITURE = (sitegen.PROMO.format(n=2300).partition(":")[2].strip()[:40], sitegen.STANDARDS,
             sitegen.SHELF_HEAD, sitegen.DECK_HEAD)


def own_parts(art: sitegen.Article) -> list[str]:
    """The story's own text, piece by piece (the glance box aside: the text front end leaves
    it out of the article span, with or without a profile)."""
    return [text for _, text in art.body]


def in_order(parts: list[str], text: str) -> bool:
    at = 0
    for part in parts:
        at = text.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True
