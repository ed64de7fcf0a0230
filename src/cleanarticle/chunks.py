"""An article's text cut into chunks for retrieval: ``Article.chunks(max_chars=...)``.

Chunks follow the headings: a heading starts a new chunk (together with the headings right
under it), and each chunk carries the path of headings it sits under. A table row, a list item
and a code block are never split (one longer than ``max_chars`` is a chunk of its own); a
paragraph longer than that is cut between sentences, or between words when one sentence is too
long. Each chunk is a slice of ``Article.text``: ``text[start:end] == chunk.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import CODE, HEADING, LIST_ITEM, TABLE_ROW, Article, Block, Chunk

#: Blocks a chunk boundary never falls inside.
WHOLE = frozenset({TABLE_ROW, LIST_ITEM, CODE})
_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])\s+")
_SPACE = re.compile(r"\s+")


def _offsets(article: Article) -> Iterator[tuple[Block, int, int]]:
    """Each block with where its text stands in ``article.text``."""
    text, pos = article.text, 0
    for block in article.blocks:
        start = text.find(block.text, pos)
        if start < 0:
            continue  # not in the text (an Article built by hand)
        pos = start + len(block.text)
        yield block, start, pos


def _cuts(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """``text[start:end]`` as pieces of at most ``max_chars``, cut at sentence ends, else at
    spaces, else anywhere."""
    if end - start <= max_chars:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    for pattern in (_SENTENCE_END, _SPACE):
        spans, at = [], start
        for m in pattern.finditer(text, start, end):
            spans.append((at, m.start()))
            at = m.end()
        spans.append((at, end))
        if len(spans) > 1:
            cur_s, cur_e = spans[0]
            for s, e in spans[1:]:
                if e - cur_s <= max_chars:
                    cur_e = e
                else:
                    pieces.extend(_cuts(text, cur_s, cur_e, max_chars))
                    cur_s, cur_e = s, e
            pieces.extend(_cuts(text, cur_s, cur_e, max_chars))
            return pieces
    return [(s, min(s + max_chars, end)) for s in range(start, end, max_chars)]


def chunk_article(article: Article, max_chars: int = 2000) -> list[Chunk]:
    """See the module docstring and :meth:`Article.chunks`."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be >= 1, got {max_chars}")
    text = article.text
    chunks: list[Chunk] = []
    path: list[tuple[int, str]] = []  # the open headings: (level, text)
    start = end = -1
    headings: tuple[str, ...] = ()
    has_body = False

    def emit() -> None:
        nonlocal start, has_body
        if start >= 0:
            chunks.append(Chunk(text[start:end], start, end, headings))
        start, has_body = -1, False

    for block, s, e in _offsets(article):
        if block.kind == HEADING:
            if has_body:
                emit()
            level = max(block.level, 1)
            while path and path[-1][0] >= level:
                path.pop()
            path.append((level, block.text))
            if start < 0:
                start = s
            end = e
            headings = tuple(t for _, t in path)
            continue
        if block.kind in WHOLE:
            units = [(s, e)]
        else:
            units = _cuts(text, s, e, max_chars)
            room = max_chars - (s - start) if start >= 0 and not has_body else 0
            if len(units) > 1 and room >= max_chars // 4:
                # The headings above take the paragraph's first piece along, not a chunk alone.
                head = _cuts(text, s, e, room)[0]
                rest = head[1]
                while rest < e and text[rest].isspace():
                    rest += 1
                units = [head, *(_cuts(text, rest, e, max_chars) if rest < e else [])]
        for us, ue in units:
            if start >= 0 and ue - start > max_chars:
                emit()
            if start < 0:
                start = us
                headings = tuple(t for _, t in path)
            end, has_body = ue, True
    emit()
    return chunks
