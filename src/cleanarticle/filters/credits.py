"""Stand-alone image credits and captions' credit lines ("Photo: AP", "Foto: dpa", "© Reuters")."""

from __future__ import annotations

import re

from ..model import CAPTION
from .base import BlockFilter

#: Credit lines are short; longer blocks mentioning a photo are captions or prose.
MAX_CHARS = 120
# The picture a credit names may be the post's own ("Featured image by …", "Header image: …"),
# and the credit may be a courtesy ("Photo courtesy of the artist"). A bare "via" or "source"
# after the word is left alone: on tutorials it tells where a screenshot came from, and the
# truths we measured keep it ("image source: Google", "Photo via Pexels"). Polish credits
# abbreviate the word with a full stop ("Fot. Name / Agencja Gazeta").
_WHICH_PICTURE = r"(?:(?:featured|feature|header|cover|lead|hero|top|title)\s+)?"
_CREDIT = re.compile(
    r"""^[\(\[]?\s*(?:
        """ + _WHICH_PICTURE + r"""(?:photo|photos|photograph|image|images|picture|pictures|credit|credits|
           source|illustration|graphic|
           foto|fotos|fot|bild|bilder|titelbild|beitragsbild|bildquelle|quelle|grafik|illustration|źródło|
           crédit|crédits|photo|source|
           fuente|imagen|imágenes|
           fonte|immagine|
           imagem|crédito|
           beeld|afbeelding|bron)
        (?:\s+(?:credit|credits|photo|photos|foto|fotos|courtesy|by|von|par|de|di|por|door))?
        \s*[:©/]
      |""" + _WHICH_PICTURE + r"""(?:photo|image|foto|bild|picture|beitragsbild|titelbild)s?
        \s+(?:by|von|par|de|di|por|door|courtesy(?:\s+of)?)\s
      |[\w.&\- ]{1,25}\s(?:photo|foto|image)s?\s*/
      |fot\.\s
      |©|\(c\)|copyright\s
    )""",
    re.I | re.X,
)


# A caption that ends in its credit: "… | © Getty Images", "… (mlharing / iStock.com)".
_CREDIT_TAIL = re.compile(
    r"""(?:©|\(c\)|(?:photo|foto|bild|image|crédit|credit|fotos|photos)\s*:)(?:[^.!?]|\.(?=\w)){0,80}$
      |\b(?:getty\s?images|istock(?:photo)?(?:\.com)?|shutterstock(?:\.com)?|afp|dpa|reuters|
          picture[- ]alliance|imago|ap\s?photo|keystone|epa|unsplash|pixabay|adobe\s?stock)
        \b(?![-‐]\w)[^.!?]{0,40}\)?\s*$""",
    re.I | re.X,
)
# Every match of _CREDIT_TAIL holds ":", "©" or "(" (its first branch) or one of these words
# (its second), in any case: the search runs only on tails that do. Characters that
# IGNORECASE matches with an ASCII letter that lower() does not turn into it (long s, dotless
# i, dotted capital I) send a tail to the search too.
_TAIL_MARKS = (":", "©", "(", "ſ", "ı", "İ")
_AGENCY_WORDS = ("getty", "istock", "shutterstock", "afp", "dpa", "reuters", "picture", "imago",
                 "photo", "keystone", "epa", "unsplash", "pixabay", "adobe")


def _may_end_in_credit(tail: str) -> bool:
    """False when _CREDIT_TAIL cannot match ``tail`` (a cheap test before the search)."""
    if any(mark in tail for mark in _TAIL_MARKS):
        return True
    lowered = tail.lower()
    return any(word in lowered for word in _AGENCY_WORDS)


# Numbered figure captions: "Abbildung 4: …", "Figure 2. …", "Fig. 3 –".
_FIGURE = re.compile(
    r"^(?:abbildung|abb\.|figure|fig\.|grafik|tabelle|table|tableau|figura)\s*\d*\s*[:.–-]", re.I
)
#: Captions with a credit at the end are short; longer blocks are prose citing a source.
CAPTION_MAX_CHARS = 250


def _credit_tail(tail: str) -> bool:
    return _may_end_in_credit(tail) and _CREDIT_TAIL.search(tail) is not None


class Credits(BlockFilter):
    name = "credits"

    def check(self, blocks, i, doc) -> str | None:
        text = blocks[i].text
        if len(text) <= MAX_CHARS and _CREDIT.match(text):
            return "image credit or copyright line"
        # The credit pattern is anchored at the end: only the tail can hold it (and searching
        # the tail alone keeps this cheap).
        if len(text) <= CAPTION_MAX_CHARS and (_credit_tail(text[-140:]) or _FIGURE.match(text)):
            return "caption with a credit or figure number"
        return None


_CAPTION_TAGS = frozenset({"figcaption", "caption"})


class Captions(BlockFilter):
    """Figure captions: outside the article text in most ground truths we measured
    (modern-dev: 8 of 113 captions in the truth body; multilingual-dev: 12 of 15 in "without")."""

    name = "captions"

    def check(self, blocks, i, doc) -> str | None:
        block = blocks[i]
        if block.kind != CAPTION:
            return None
        # a caption class (not <figcaption>) is a figure's caption on an article; on a
        # listing or a product page it marks a card's or a product's text
        by_class = block.tag is not None and block.tag not in _CAPTION_TAGS \
            and "/figcaption" not in (block.path or "")
        if by_class and not (doc is not None and doc.is_article):
            return None
        return "figure caption"
