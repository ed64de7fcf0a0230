"""Reader comments in a plain-text page: a thread of comment heads, each a short name line
("Sharon says", "Jill Winger") over a date line ("July 14, 2015 at 3:53 pm"), or both on one
line ("Amy September 11, 2008 at 2:06 PM"), the comment's text, and a reply control ("Reply",
"Antworten").

A text dump keeps the thread inside the article's span when its comments are long lines of
prose. From the first comment head of a thread of at least ``THREAD_MIN`` comments on, the
lines are placed outside the article, with the short heading lines just above it ("109
Comments", "Reader Interactions"). A comment head needs both its date line and a reply control
within ``COMMENT_LINES`` lines: a story's own "By Jane Doe / May 2, 2024" is not followed by a
reply control. Threads whose comments show no reply control (only replies say "Reply to Sara")
count on an article when ``BARE_THREAD_MIN`` heads follow each other, each within
``COMMENT_LINES`` lines of the one before. A thread counts only after an article's worth of prose in the span
(``ARTICLE_PROSE``): on a forum page the posts come first, and they are the content.

On an article, the comment section's opener ("Leave a Reply", "12 Comments") after an article's
worth of prose ends the article too, thread or not: what follows it is the readers' and the
site's (a republishing modal's guidelines, an about-me box), however much prose it holds.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Block
from ..rules.dates import cut_at_date, has_date, is_dateline
from ..rules.lines import opens_comment_section
from ..rules.phrases import load, read_phrases
from ..rules.prose import ARTICLE_PROSE, is_running_text, prose_chars
from .span import mark_span

#: A thread has at least this many comments (one head with a reply control could be chance).
THREAD_MIN = 2
#: Heads without reply controls: at least this many in a row make a thread.
BARE_THREAD_MIN = 4
#: A comment's head, date, text and reply control lie within this many lines.
COMMENT_LINES = 8
#: A commenter's name line: at most this many characters and words.
NAME_CHARS = 60
NAME_WORDS = 6
#: Heading lines of the comment section above the first comment ("109 Comments"): at most
#: this many, each at most HEADER_CHARS long.
HEADER_LINES = 3
HEADER_CHARS = 40
#: A reply control is a short line ("Reply", "Auf diesen Kommentar antworten").
REPLY_CHARS = 60


def mark_comments(blocks: Sequence[Block], article: bool = False) -> None:
    """Place a comment thread inside the article span, and what follows it, outside the
    article (``Block.outside``). Threads without reply controls are read on an ``article``
    only: on a product or service page, name-and-date heads are its customers' reviews."""
    opener = _opener(blocks) if article else None
    if opener is not None:
        _place_outside(blocks[opener:])
        blocks = blocks[:opener]
    start = thread_start(blocks, article)
    if start is None:
        return
    if prose_chars([b for b in blocks[:start] if b.in_region]) < ARTICLE_PROSE:
        return
    _place_outside(blocks[section_start(blocks, start):])


def span_before_thread(blocks: Sequence[Block], article: bool = False) -> None:
    """When the article span begins inside the page's comment thread, the span is sought again
    in the lines above the thread, and the thread goes (``Block.outside``).

    A short post under a long thread: the thread holds the page's densest prose, so the span
    lands in the comments and the post is lost. The thread must be a comment section's: heads
    with reply controls under the section's heading ("Comments", "12 Comments", "Leave a
    Reply"); a forum's posts have no such heading, and name-and-date lines without replies are
    as often a teaser list's bylines. The lines above the section must hold a span of their
    own, else the page keeps its first span."""
    start = thread_start(blocks, article, bare=False)
    if start is None:
        return
    first = next((i for i, b in enumerate(blocks) if b.in_region), None)
    if first is None or first < start:
        return
    head = section_start(blocks, start)
    if not any(opens_comment_section(b.text) for b in blocks[head:start]):
        return
    saved = [b.outside for b in blocks]
    for block in blocks:
        block.outside = None
    if not mark_span(blocks[:head]):
        for block, outside in zip(blocks, saved, strict=True):
            block.outside = outside
        return
    _place_outside(blocks[head:])


def section_start(blocks: Sequence[Block], start: int) -> int:
    """Where the comment section begins, its thread's first head at ``start``: the short
    heading lines just above it ("109 Comments", "Reader Interactions") belong to it."""
    for _ in range(HEADER_LINES):
        text = blocks[start - 1].text if start > 0 else ""
        if text and len(text) <= HEADER_CHARS and not is_dateline(text):
            start -= 1
        else:
            break
    return start


def thread_start(blocks: Sequence[Block], article: bool = False,
                 bare: bool = True) -> int | None:
    """The first comment head of the page's first comment thread, else None; threads without
    reply controls count on an ``article`` when ``bare``."""
    replies = load("reply_labels")
    reply_at = [i for i, b in enumerate(blocks)
                if len(b.text) <= REPLY_CHARS and replies.fullmatch(b.text)]
    if len(reply_at) < THREAD_MIN and not (article and bare):
        return None  # no thread can be found: spare the date tests
    dated = [is_dateline(b.text) for b in blocks]
    heads = [(i, after) for i in range(len(blocks) - 1) if (after := _head_end(blocks, dated, i))]
    replied = [i for i, after in heads
               if any(after <= r < i + COMMENT_LINES for r in reply_at)]
    starts = []
    if len(replied) >= THREAD_MIN:
        starts.append(replied[0])
    # a bare thread from two-line heads (or "Jenny says" heads) only: one line of a word and
    # a date is as often a heading ("Campagne décembre 2019"), an embedded post or a review's
    # signature
    run = _first_run([i for i, after in heads
                      if after == i + 2 or _says_head(blocks[i].text)]) if article and bare else None
    if run is not None:
        starts.append(run)
    return min(starts) if starts else None


def _place_outside(blocks: Sequence[Block]) -> None:
    for block in blocks:
        if block.outside is None:
            block.outside = "reader comments"


def _opener(blocks: Sequence[Block]) -> int | None:
    """The first line that opens the comment section ("Leave a Reply", "12 Comments") with an
    article's worth of prose in the span above it: what follows is the readers' and the
    site's (a republishing modal's guidelines, an about-me box), however much prose it holds."""
    prose = 0
    for i, block in enumerate(blocks):
        if not block.in_region:
            continue
        if prose >= ARTICLE_PROSE and opens_comment_section(block.text):
            return i
        if is_running_text(block):
            prose += len(block.text)
    return None


_VERBS = frozenset(read_phrases("comment_verbs"))


def _says_head(text: str) -> bool:
    """A name and the verb a comment template writes after it ("Jenny says", "Tom sagt:")."""
    name, _, verb = text.rstrip(" :").rpartition(" ")
    return verb.lower() in _VERBS and _is_name(name) and name[:1].isupper()


def _head_end(blocks: Sequence[Block], dated: Sequence[bool], i: int) -> int:
    """Where the comment's text begins when a comment head starts at ``i``, else 0
    (``dated``: which blocks are date lines)."""
    text = blocks[i].text
    if len(text) > NAME_CHARS + 40 or dated[i]:
        return 0
    if dated[i + 1] and _is_name(text):
        return i + 2
    if _says_head(text):
        return i + 1  # "Jenny says": the template's head, its date line lost in the dump
    if has_date(text):
        name = cut_at_date(text)
        if _is_name(name) and is_dateline(text[len(name):].strip(" ,|·-–—")):
            return i + 1
    return 0


def _first_run(heads: list[int]) -> int | None:
    """The first head of the first BARE_THREAD_MIN heads in a row (each within COMMENT_LINES
    lines of the one before)."""
    for k in range(len(heads) - BARE_THREAD_MIN + 1):
        window = heads[k:k + BARE_THREAD_MIN]
        if all(b - a <= COMMENT_LINES for a, b in zip(window, window[1:], strict=False)):
            return window[0]
    return None


def _is_name(text: str) -> bool:
    text = text.strip(" ,|·-–—")
    return bool(text) and len(text) <= NAME_CHARS and len(text.split()) <= NAME_WORDS
