"""Link rails: a header such as DON'T MISS, UP NEXT or RELATED TOPICS followed by headlines.

The header and the headline-like blocks after it (links, timestamps, short title-case lines,
teasers cut with "…") are dropped until running prose resumes. A linked "Read more" ends the
teaser before it and labels nothing after it (a linked "DON'T MISS" on a teaser card still
labels its rail). A table of
contents' header takes only its linked entries with it, not the article that follows (a text
dump has lost the links: there the header goes alone). Measured against reading it as a rail:
modern-dev body F1 +0.0005 (HTML), text words F1 modern-dev +0.0001, wcxb-dev +0.0014.
"""

from __future__ import annotations

import re

from ..model import CAPTION, CODE, HEADING
from ..rules.dates import is_dateline
from ..rules.lines import is_rail_header, is_read_more, is_toc_header
from ..rules.prose import is_prose
from .base import BlockFilter

#: "Read also: <headline>" lines are at most this long.
POINTER_MAX_CHARS = 200
#: What parts the label from the headline: a colon, or a guillemet or chevron as a link arrow
#: ("À lire aussi » <headline>"), after the label's last word (an arrow before the label is
#: its bullet: "» Related reading: <headline>").
_POINTER_MARKS = (":", "»", "›")
_POINTER_SEPARATOR = re.compile(rf"(?<=\w)\s*[{''.join(_POINTER_MARKS)}]\s*")
#: One prose block this long ends a rail on its own in HTML (captions aside).
RESUME_CHARS = 250
#: A block with this share of link text is a link.
LINKED = 0.5


def is_header(block, source_kind: str) -> bool:
    """A rail's label. A "Read more" link is none: it ends the section before it."""
    if source_kind == "html" and block.link_density >= LINKED and is_read_more(block.text):
        return False
    return is_rail_header(block.text)


class Rails(BlockFilter):
    name = "rails"

    def is_inline_pointer(self, block, source_kind: str = "html") -> bool:
        """"Read also: <headline of another story>" in one block. On HTML the headline is a
        link; a text dump has lost the link, so there the shape alone decides."""
        text = block.text
        if len(text) > POINTER_MAX_CHARS or not any(c in text for c in _POINTER_MARKS):
            return False
        match = _POINTER_SEPARATOR.search(text)
        if match is None:
            return False
        head, rest = text[:match.start()], text[match.end():]
        return (
            bool(rest.strip())
            and (source_kind == "text" or block.link_density >= 0.3)
            and is_rail_header(head)
        )

    def decide(self, blocks, doc):
        out: list[str | None] = [None] * len(blocks)
        if doc.listing:
            # On a listing the "latest news" run is the content, but the rail's label ("Most
            # read", "Verwandte Beiträge") is still a widget's. (multilingual-dev snippet F1
            # 0.9360 -> 0.9373, modern-dev body F1 -0.0001.)
            for k in range(len(blocks)):
                if is_header(blocks[k], doc.source_kind):
                    out[k] = f"rail header {blocks[k].text[:40]!r}"
            return out
        i, n = 0, len(blocks)
        kind = doc.source_kind
        while i < n:
            block = blocks[i]
            if block.link_density < LINKED and is_toc_header(block.text):
                out[i] = f"table of contents {block.text[:40]!r}"
                i += 1
                while i < n and blocks[i].link_density >= LINKED:
                    out[i] = "table of contents entry"
                    i += 1
                continue
            if not is_header(block, kind):
                if self.is_inline_pointer(block, kind):
                    out[i] = f"link to other stories {_POINTER_SEPARATOR.split(block.text, maxsplit=1)[0]!r}"
                i += 1
                continue
            j = i + 1
            while j < n and not self._resumes(blocks, j, kind):
                j += 1
            out[i] = f"rail header {block.text[:40]!r}"
            for k in range(i + 1, j):
                out[k] = f"in the rail under {block.text[:40]!r}"
            i = j
        return out

    def _resumes(self, blocks, j: int, source_kind: str) -> bool:
        block = blocks[j]
        if block.kind == CODE:  # no rail of links holds code: a "See also" box in the docs
            return True
        if is_header(block, source_kind) or not is_prose(block) or is_dateline(block.text):
            return False
        if source_kind == "html" and block.kind != CAPTION and len(block.text) >= RESUME_CHARS:
            return True
        for nxt in blocks[j + 1:]:
            if nxt.kind == HEADING:
                continue
            return is_prose(nxt) and not is_header(nxt, source_kind)
        return True  # the page's last block of prose: the article ends after an inline box
