"""A block's text and its marks as a tree of inline spans, for the renderers."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urljoin

from ..model import LINK, Mark


@dataclass(slots=True)
class Span:
    """A marked span of a block's text; ``children`` are texts and nested spans."""

    kind: str
    href: str | None
    start: int
    end: int
    children: list[str | Span] = field(default_factory=list)

    def plain(self) -> str:
        return "".join(c if isinstance(c, str) else c.plain() for c in self.children)


def inline_tree(text: str, marks: tuple[Mark, ...] | None, start: int = 0,
                end: int | None = None) -> list[str | Span]:
    """``text[start:end]`` as texts and spans. Marks are properly nested (they come from a
    tree); one that is not is cut at the end of the span around it. Touching spans of the
    same kind and target are merged (``<b>a</b><b>b</b>`` is one bold run)."""
    end = len(text) if end is None else end
    root: list[str | Span] = []
    stack: list[tuple[list[str | Span], int]] = [(root, end)]
    pos = start

    def close_to(limit: int) -> None:
        nonlocal pos
        while len(stack) > 1 and stack[-1][1] <= limit:
            children, stop = stack.pop()
            if stop > pos:
                children.append(text[pos:stop])
                pos = stop

    for mark in marks or ():
        if mark.end <= start or mark.start >= end:
            continue
        close_to(mark.start)
        s, e = max(mark.start, pos, start), min(mark.end, stack[-1][1])
        if s >= e:
            continue
        children = stack[-1][0]
        if s > pos:
            children.append(text[pos:s])
            pos = s
        last = children[-1] if children else None
        if (isinstance(last, Span) and last.kind == mark.kind and last.href == mark.href
                and last.end == s):
            span = last
            span.end = e
        else:
            span = Span(mark.kind, mark.href, s, e)
            children.append(span)
        stack.append((span.children, e))
    close_to(end)
    if end > pos:
        root.append(text[pos:end])
    return root


def is_punctuation(char: str) -> bool:
    """Unicode punctuation or symbol, as CommonMark's emphasis rules count them."""
    return unicodedata.category(char)[0] in "PS"


def _invisible(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in ("Cf", "Cc", "Zs")


def can_emphasize(text: str, start: int, end: int) -> bool:
    """True when delimiters around ``text[start:end]`` open and close emphasis by CommonMark's
    flanking rules (a span starting with punctuation needs space or punctuation before it)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if _invisible(text[start]) or _invisible(text[end - 1]):
        return False  # renderers disagree on whether a zero-width joiner or a space flanks
    if is_punctuation(text[start]) and not (before.isspace() or is_punctuation(before)):
        return False
    return not (is_punctuation(text[end - 1]) and not (after.isspace() or is_punctuation(after)))


# Schemes a link or image may use in the output; anything else (javascript:, data:, vbscript:,
# file:) is dropped. URLs without a scheme are relative and kept.
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "ftp", "tel"})
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_URL_JUNK = re.compile(r"[\x00-\x20\x7f]+")


def safe_url(url: str | None, base: str | None = None) -> str | None:
    """``url`` made absolute against ``base``, or None when it is empty or not safe to follow."""
    if not url:
        return None
    url = _URL_JUNK.sub("", url)  # browsers ignore white space and controls in URLs
    if not url:
        return None
    if base:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    scheme = _SCHEME.match(url)
    if scheme and scheme.group(1).lower() not in SAFE_SCHEMES:
        return None
    return url


def resolve_links(marks: tuple[Mark, ...], base: str | None) -> tuple[Mark, ...]:
    """The marks with link targets made absolute; unsafe links lose their target (the text
    stays, unlinked)."""
    out = []
    for m in marks:
        if m.kind == LINK:
            href = safe_url(m.href, base)
            if href is None:
                continue
            m = m._replace(href=href)
        out.append(m)
    return tuple(out)
