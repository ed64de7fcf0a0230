"""Testimonials in a plain-text page: a run of reviews, each a line or two of praise over the
reviewer's signature, a first name and the initial of the surname ("Katie H.", "A. Rae V. B.",
"— Tom B.").

A practice's or shop's article page carries a carousel of its customers' reviews; in a dump
their text is prose, and the article span runs on into them. A signature alone could be a
quote's attribution, so a run needs ``RUN_MIN`` signatures, each within ``REVIEW_LINES`` lines
of the one before: the lines between them are the reviews. The span reads a review as worth
nothing (neither prose nor chrome), so it no longer runs on into the carousel for its prose.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import Block

#: A run of testimonials has at least this many signatures.
RUN_MIN = 3
#: A review's text and its signature lie within this many lines of the signature before.
REVIEW_LINES = 4
#: A signature is at most this long.
SIGNATURE_CHARS = 30

_SIGNATURE = regex.compile(
    r"[-–—~\s]*(?:\p{Lu}[\p{Ll}'’-]*\.?\s+){1,3}\p{Lu}\.(?:\s*\p{Lu}\.)?")


def is_signature(text: str) -> bool:
    """A reviewer's signature: capitalised first names and a surname's initial ("Dawn H.")."""
    return len(text) <= SIGNATURE_CHARS and _SIGNATURE.fullmatch(text.strip()) is not None


def testimonials(blocks: Sequence[Block]) -> dict[int, bool]:
    """{index: is a signature} of the lines in runs of testimonials (reviews and signatures)."""
    signed = [i for i, b in enumerate(blocks) if is_signature(b.text)]
    out: dict[int, bool] = {}
    k = 0
    while k < len(signed):
        j = k
        while j + 1 < len(signed) and signed[j + 1] - signed[j] <= REVIEW_LINES:
            j += 1
        if j - k + 1 >= RUN_MIN:
            # the first review is as long as the next: the lines above it are the page's
            first = signed[k] - (signed[k + 1] - signed[k]) + 1
            run = set(signed[k:j + 1])
            for i in range(first, signed[j] + 1):
                out[i] = i in run
        k = j + 1
    return out
