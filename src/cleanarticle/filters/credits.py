"""Stand-alone image credits and captions' credit lines ("Photo: AP", "Foto: dpa", "© Reuters")."""

from __future__ import annotations

import regex

from ..model import CAPTION
from .base import BlockFilter

#: Credit lines are short; longer blocks mentioning a photo are captions or prose.
MAX_CHARS = 120
_CREDIT = regex.compile(
    r"""^[\(\[]?\s*(?:
        (?:photo|photos|photograph|image|images|picture|pictures|credit|credits|source|illustration|graphic|
           foto|fotos|bild|bilder|quelle|grafik|illustration|
           crédit|crédits|photo|source|
           fuente|imagen|imágenes|
           fonte|immagine|
           imagem|crédito|
           beeld|afbeelding|bron)
        (?:\s+(?:credit|credits|photo|foto|by|von|par|de|di|por|door))?\s*[:©/]
      |(?:photo|image|foto|bild|picture)s?\s+(?:by|von|par|de|di|por|door)\s
      |[\w.&\- ]{1,25}\s(?:photo|foto|image)s?\s*/
      |©|\(c\)|copyright\s
    )""",
    regex.I | regex.X | regex.V1,
)


class Credits(BlockFilter):
    name = "credits"

    def check(self, blocks, i, doc) -> str | None:
        text = blocks[i].text
        if len(text) <= MAX_CHARS and _CREDIT.match(text):
            return "image credit or copyright line"
        return None


class Captions(BlockFilter):
    """Figure captions: outside the article text in most ground truths we measured
    (modern-dev: 8 of 113 captions in the truth body; multilingual-dev: 12 of 15 in "without")."""

    name = "captions"

    def check(self, blocks, i, doc) -> str | None:
        return "figure caption" if blocks[i].kind == CAPTION else None
