"""Customer reviews on a product page: from a reviews heading to the next heading of the same
or a higher rank (or the end). Judged only on pages that declare themselves a product, where
the reviews are the shoppers talking, not the page describing the product."""

from __future__ import annotations

import regex

from ..model import HEADING
from ..rules.phrases import load
from .base import BlockFilter

# "159 reviews with an average rating of 4.4", "98 Customer ratings", "51 Reviews"
_COUNTED = regex.compile(r"\d[\d,.\s]*\s(?:customer\s|verified\s)?(?:reviews?|ratings?)\b", regex.I)


def is_product_page(page_type: str | None) -> bool:
    return bool(page_type) and page_type.lower().startswith("product")


class CustomerReviews(BlockFilter):
    name = "reviews"

    def __init__(self) -> None:
        self._headers = load("review_headers")

    def is_header(self, text: str) -> bool:
        return len(text) <= 80 and (bool(self._headers.fullmatch(text)) or bool(_COUNTED.match(text)))

    def decide(self, blocks, doc):
        out: list[str | None] = [None] * len(blocks)
        if doc.source_kind != "html" or not is_product_page(doc.metadata.page_type):
            return out
        i, n = 0, len(blocks)
        while i < n:
            block = blocks[i]
            if block.kind != HEADING or not self.is_header(block.text):
                i += 1
                continue
            j = i + 1
            while j < n and not (blocks[j].kind == HEADING and blocks[j].level <= block.level
                                 and not self.is_header(blocks[j].text)):
                j += 1
            for k in range(i, j):
                out[k] = f"customer reviews under {block.text[:40]!r}"
            i = j
        return out
