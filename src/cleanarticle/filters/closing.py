"""The page's closing run: calls to action and author bios after the article's last words.

Only a run at the very end is judged, from the last block backwards, and it stops at the first
block that is neither: the same sentences inside an article stay."""

from __future__ import annotations

import regex

from ..rules.phrases import load
from .base import BlockFilter

#: How many closing blocks may be judged. On modern-dev the run dropped 33 blocks, 26 of them
#: outside the truth body (bios and calls to action); body F1 +0.000, precision +0.001.
MAX_RUN = 4
#: A bio names its subject first: one to four capitalized words, then a verb of being/doing.
_BIO_START = regex.compile(
    r"^(?:\p{Lu}[\w'’.\-]*\s){0,3}\p{Lu}[\w'’.\-]*\s(?:is|was|has|holds|leads|serves|joined|"
    r"ist|war|leitet|est|était|dirige|es|fue|è|era|é|foi)\b"
    r"|^(?:i'm|i am|ich bin|je suis|soy|sono|sou|ik ben)\b",
    regex.I | regex.V1,
)
#: Bios are short paragraphs: a few sentences, up to this long. 600 -> 1000 (a bio that lists
#: the writer's outlets and degrees runs past 600): text words F1 wcxb-dev 0.81813 -> 0.81828,
#: modern-dev 0.79321 -> 0.79322; HTML on both unchanged.
BIO_MAX_CHARS = 1000


class ClosingRun(BlockFilter):
    name = "closing"

    def __init__(self) -> None:
        self._cta = load("closing_cta")
        self._roles = load("bio_roles")

    def decide(self, blocks, doc):
        out: list[str | None] = [None] * len(blocks)
        if doc.listing:
            return out
        n = len(blocks)
        for i in range(n - 1, max(n - 1 - MAX_RUN, 0), -1):
            text = blocks[i].text
            if len(text) <= 250 and self._cta.search(text):
                out[i] = "call to action closing the page"
            elif self._is_bio(text):
                out[i] = "author bio closing the page"
            else:
                break
        return out

    def _is_bio(self, text: str) -> bool:
        return (
            len(text) <= BIO_MAX_CHARS
            and _BIO_START.match(text) is not None
            and self._roles.search(text[:200]) is not None
        )
