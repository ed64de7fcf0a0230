"""Article span of a plain-text page: the densest run of prose lines.

A scraper's text dump puts each DOM block on its own line: menus and footers become runs of
short lines around the article, whose paragraphs are long lines. Each line gets a value (prose
lines their length, short lines a small penalty, a rail header a large one) and the run of lines
with the highest total is the article (a maximum-sum subarray). Short lines inside the run stay:
subheadings, list items and captions between paragraphs cost less than the prose around them
brings. Lines outside the run are dropped. The headline, byline and date lines above the first
paragraph fall outside it too, which is where they belong (metadata, not body).

A page with little prose anywhere (a listing, a shop or a home page) has no such run: its short
lines are the content, and nothing is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import Block
from ..rules.phrases import load
from .base import BlockFilter
from .textstats import title_case_share

#: A prose line is at least this long (characters) and has at least PROSE_WORDS words.
PROSE_CHARS = 80
PROSE_WORDS = 10
#: A line this long that ends a sentence counts as prose as well (short paragraphs, answers).
SENTENCE_CHARS = 40
#: Prose lines are worth their length less this; short sentences a share of theirs.
PROSE_OFFSET = 0
SENTENCE_WEIGHT = 0.5
#: A line shorter than this that ends without a sentence stop reads as a headline.
HEADLINE_CHARS = 160
#: What a short line costs, in characters of prose.
SHORT_PENALTY = 25
#: Short lines with figures (table rows, prices) and lower-case ones (list items) cost less:
#: menus are title-case words.
DATA_PENALTY = 5
PLAIN_PENALTY = 10
#: How fast the cost of a short line grows with its distance from the nearest prose line.
GAP_GROWTH = 0.0
#: A rail header (RELATED, UP NEXT, ...) costs this much: the span crosses it only for more prose.
RAIL_PENALTY = 300
#: Below this much prose (characters) in the whole page there is no article span.
MIN_PROSE = 400

_DIGIT = regex.compile(r"\d")
_WORD = regex.compile(r"\w+")
_SENTENCE_END = regex.compile(r"[.!?…。！？:;»”\"')\]]\s*$")
_TRUNCATED = ("...", "…")


def line_value(block: Block, is_rail_header) -> float:
    """The line's worth to an article span: positive for prose, negative for chrome."""
    text = block.text
    n = len(text)
    if block.link_chars > 0.5 * n:
        return -SHORT_PENALTY - block.link_chars / 2
    if n >= SENTENCE_CHARS and not text.endswith(_TRUNCATED):
        words = len(_WORD.findall(text))
        sentence = _SENTENCE_END.search(text) is not None
        if n >= PROSE_CHARS and words >= PROSE_WORDS:
            if sentence or n >= HEADLINE_CHARS:
                return float(n - block.link_chars - PROSE_OFFSET)
            return 0.0  # a headline or teaser title: neither prose nor chrome
        if sentence and words >= 5:
            return n * SENTENCE_WEIGHT
    if n <= 60 and is_rail_header(text):
        return -RAIL_PENALTY
    if _DIGIT.search(text):
        return -DATA_PENALTY
    if title_case_share(text) < 0.5:
        return -PLAIN_PENALTY
    return -SHORT_PENALTY


def widen_gaps(values: list[float], growth: float) -> list[float]:
    """Make each costly line cost more the farther it is from prose on both sides.

    A subheading or a short list between paragraphs stays cheap; a long menu or footer costs
    far more than its length, so the span does not bridge it for a paragraph beyond.
    """
    if not growth:
        return values
    n = len(values)
    big = n + 1
    before = [big] * n
    last = -big
    for i, v in enumerate(values):
        if v > 0:
            last = i
        before[i] = i - last
    out = list(values)
    last = 2 * n + 2
    for i in range(n - 1, -1, -1):
        if values[i] > 0:
            last = i
        elif values[i] < 0:
            out[i] = values[i] * (1 + growth * (min(before[i], last - i) - 1))
    return out


def best_span(values: Sequence[float]) -> tuple[int, int, float]:
    """(start, stop, total) of the run of values with the highest sum (Kadane)."""
    best = (0, 0, 0.0)
    start, total = 0, 0.0
    for i, v in enumerate(values):
        if total <= 0:
            start, total = i, 0.0
        total += v
        if total > best[2]:
            best = (start, i + 1, total)
    return best


class TextSpan(BlockFilter):
    """Drops the lines of a plain-text page outside its article span (no-op on HTML)."""

    name = "text_span"

    def __init__(self, min_prose: int = MIN_PROSE) -> None:
        self.min_prose = min_prose
        self._rails = load("rail_headers")

    def decide(self, blocks, doc):
        out: list[str | None] = [None] * len(blocks)
        if doc.source_kind != "text" or not blocks:
            return out
        values = widen_gaps([line_value(b, self._rails.fullmatch) for b in blocks], GAP_GROWTH)
        if sum(v for v in values if v > 0) < self.min_prose:
            return out
        start, stop, _ = best_span(values)
        for i in range(len(blocks)):
            if i < start or i >= stop:
                out[i] = "outside the article span"
        return out
