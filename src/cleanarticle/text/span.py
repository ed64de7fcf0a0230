"""Article span of a plain-text page: the densest run of prose lines.

A scraper's text dump puts each DOM block on its own line: menus and footers become runs of
short lines around the article, whose paragraphs are long lines. Each line gets a value (prose
lines their length, short lines a small penalty, a rail header a large one) and the run of lines
with the highest total is the article (a maximum-sum subarray). Short lines inside the run stay:
subheadings, list items and captions between paragraphs cost less than the prose around them
brings. Lines outside the run are placed outside the article (the region filter drops them).
The headline, byline and date lines above the first paragraph fall outside it too, which is
where they belong (metadata, not body).

Inside the span, short lines the page repeats (a "Share" or "Reply" under every post) are
labels of controls and go too.

A page whose best run holds little prose (a listing, a shop or a home page) has no article
span: its short lines are the content, and nothing is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import Block
from ..rules.lines import boilerplate_phrase, is_notice, is_rail_header, opening_boilerplate
from ..rules.phrases import normalize
from ..rules.prose import title_case_share
from .reviews import testimonials

#: A prose line is at least this long (characters) and has at least PROSE_WORDS words.
#: Tuned on the text dumps: 60/80/100 → modern-dev body F1 0.780/0.777/0.776 (multilingual-dev
#: snippet F1 0.857/0.857/0.858).
PROSE_CHARS = 60
PROSE_WORDS = 8
#: A line this long that ends a sentence counts as prose as well (short paragraphs, answers).
SENTENCE_CHARS = 20
SENTENCE_WORDS = 3
#: A line shorter than this that ends without a sentence stop reads as a headline.
#: 120/160 → modern-dev body F1 0.779/0.777, multilingual-dev snippet F1 0.858/0.857.
HEADLINE_CHARS = 120
#: A long line with at least this share of capitalised words is a list of names, not prose.
LIST_TITLE_SHARE = 0.7
#: A line of this many words without a single punctuation mark is a run of links or labels.
NOPUNCT_WORDS = 20
#: Prose lines up to this long that hold a boilerplate phrase (cookies, comment forms) are chrome.
BOILER_CHARS = 600
#: A short sentence is worth this share of its length.
SENTENCE_WEIGHT = 0.5
#: What a short line costs, in characters of prose.
SHORT_PENALTY = 25
#: Short lines with figures (table rows, prices) and lower-case ones (list items) cost less:
#: menus are title-case words.
DATA_PENALTY = 2
PLAIN_PENALTY = 10
#: A page notice (share row, comment form, ad label) costs this much. Tuned on the text dumps:
#: 25/75/100/150/200/300 → multilingual-dev snippet F1 0.858/0.860/0.861/0.860/0.860/0.859,
#: modern-dev body F1 0.781/0.781/0.781/0.781/0.782/0.782. More would cut an article at an ad
#: label between short paragraphs.
NOTICE_PENALTY = 100
#: A best span worth less than this is no article: the page is a listing, nothing is dropped.
#: Tuned on the text dumps: 0/300/600/1000/1500 → modern-dev body F1 0.762/0.763/0.766/0.765/0.761,
#: multilingual-dev snippet F1 0.841/0.842/0.845/0.842/0.835.
SPAN_MIN = 600
#: ... unless it still holds this share of the page's text (a short article on a small page).
SPAN_SHARE = 0.2
#: A line up to LABEL_CHARS long that the page repeats LABEL_COPIES times is a label.
LABEL_CHARS = 40
LABEL_COPIES = 3
#: A rail header (RELATED, UP NEXT, ...) costs this much: the span crosses it only for more prose.
RAIL_PENALTY = 300

_DIGIT = regex.compile(r"\d")
_PUNCT = regex.compile(r"[.,;:!?。、，]")
_WORD = regex.compile(r"\w+")
_SENTENCE_END = regex.compile(r"[.!?…。！？»”\"')\]]\s*$")
_TRUNCATED = ("...", "…")


def line_value(block: Block) -> float:
    """The line's worth to an article span: positive for prose, negative for chrome."""
    text = block.text
    n = len(text)
    if block.link_chars > 0.5 * n:
        return -SHORT_PENALTY - block.link_chars / 2
    if n >= SENTENCE_CHARS and not text.endswith(_TRUNCATED):
        words = len(_WORD.findall(text))
        # A question shorter than a paragraph is a headline (a teaser, a forum thread title).
        sentence = _SENTENCE_END.search(text) is not None and (
            n >= HEADLINE_CHARS or not text.endswith("?"))
        if n >= PROSE_CHARS and words >= PROSE_WORDS:
            if boilerplate_phrase(text) if n <= BOILER_CHARS else opening_boilerplate(text):
                return -SHORT_PENALTY  # a cookie banner or a comment-form notice
            if title_case_share(text) >= LIST_TITLE_SHARE or (
                    words >= NOPUNCT_WORDS and not _PUNCT.search(text)):
                return 0.0  # capitalised words strung together: a tag cloud, an archive, a title
            if sentence or n >= HEADLINE_CHARS:
                return float(n - block.link_chars)
            return 0.0  # a headline or teaser title: neither prose nor chrome
        if sentence and words >= SENTENCE_WORDS:
            return n * SENTENCE_WEIGHT
    if is_rail_header(text):
        return -RAIL_PENALTY
    if is_notice(text):
        return -NOTICE_PENALTY
    if _DIGIT.search(text):
        return -DATA_PENALTY
    if title_case_share(text) < 0.5:
        return -PLAIN_PENALTY
    return -SHORT_PENALTY


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


def repeated_labels(blocks: Sequence[Block]) -> dict[int, int]:
    """{index: copies} of the short lines the page repeats (button and widget labels).

    "Share", "Reply", "Copy link" come once per teaser, post or widget; in a scraper's dump each
    copy is a line.
    """
    keys = [normalize(b.text) if len(b.text) <= LABEL_CHARS else "" for b in blocks]
    counts: dict[str, int] = {}
    for key in keys:
        if key:
            counts[key] = counts.get(key, 0) + 1
    return {i: counts[key] for i, key in enumerate(keys)
            if key and counts[key] >= LABEL_COPIES and not key.isdigit()
            and not blocks[i].text.rstrip().endswith(":")}


def mark_span(blocks: Sequence[Block], span_min: float = SPAN_MIN) -> bool:
    """Place the lines outside the article span, and the repeated labels inside it, outside
    the article (``Block.outside``); a page with no article span keeps every line. True when
    the page has an article span.

    The span is sought first with the reviews of testimonials worth nothing (a customers'
    carousel is not the article's prose); on a page whose only prose they are, they are its
    content, and the span is sought with them."""
    if not blocks:
        return False
    values = line_values(blocks)
    floor = min(span_min, SPAN_SHARE * sum(len(b.text) for b in blocks))
    start, stop, total = best_span(without_reviews(blocks, values))
    if total < floor:
        start, stop, total = best_span(values)
    if total < floor:
        return False
    labels = repeated_labels(blocks)
    for i, block in enumerate(blocks):
        if i < start or i >= stop:
            block.outside = "outside the article span"
        elif i in labels:
            block.outside = f"label repeated {labels[i]} times on the page"
    return True


def line_values(blocks: Sequence[Block]) -> list[float]:
    """Each line's worth to the span (menus repeat: each distinct line is judged once)."""
    seen: dict[tuple[str, int], float] = {}
    out = []
    for b in blocks:
        key = (b.text, b.link_chars)
        v = seen.get(key)
        if v is None:
            v = seen[key] = line_value(b)
        out.append(v)
    return out


def without_reviews(blocks: Sequence[Block], values: Sequence[float]) -> list[float]:
    """The values with the reviews of a run of testimonials worth nothing."""
    out = list(values)
    for i, signature in testimonials(blocks).items():
        if not signature:
            out[i] = min(out[i], 0.0)
    return out
