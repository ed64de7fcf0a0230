"""What the publisher adds after an article: its call-to-action box (a heading such as "Get a
free quote" with a short section under it), its contact box (a "Pressekontakt" label over
address, phone and e-mail lines), its testimonials (customers' quotes, each signed with a first
name and an initial: "Allison V.") and its legal fine print ("for informational purposes
only", "past performance is no guarantee").

Both are judged only in the article's second half, where the article has already said what it
says: the same words near the top are part of the story (an article about getting a quote).
Only articles are judged; on a service page the call to action is the page.
"""

from __future__ import annotations

import regex

from ..model import HEADING
from ..rules.phrases import load
from .base import BlockFilter

#: A call-to-action heading opens a section of at most this many characters (a box, not a chapter).
CTA_SECTION_MAX = 1200
#: Judged from this share of the blocks on.
CTA_START = 0.5
DISCLAIMER_START = 0.6
#: Fine print comes in paragraphs of up to this many characters; longer ones are the article.
DISCLAIMER_MAX = 2000
#: A contact box's lines are short; it starts in the last third of the article's text.
CONTACT_START = 0.66
CONTACT_LINE_MAX = 200
# A line of a contact box: a phone or fax number, an e-mail address, a postal code and town,
# a street and number, or a web address.
_CONTACT_LINE = regex.compile(
    r"(?:\+?\d[\d\s()/.\-]{6,}\d)"
    r"|[\w.+\-]+@[\w\-]+\.[\w.]+"
    r"|\b\d{4,5}\s+\p{Lu}\p{Ll}+"
    r"|\p{L}+(?:straße|strasse|str\.|weg|gasse|platz|allee|street|st\.|road|avenue|ave\.|rue|calle|via)\s*\d+"
    r"|(?:https?://|www\.)\S+"
    r"|^(?:tel|telefon|phone|fax|e-?mail|mail|mobil|mobile|web)\b",
    regex.I,
)

#: Testimonials: at least this many signed quotes in a row (one or two are the story quoting
#: someone), at least half of them in quotation marks.
TESTIMONIALS_MIN = 3
SIGNATURE_MAX = 40
# A signature: a given name, and a family name or its initial ("Allison V.", "Jamie W",
# "Caine", "— Dana Ortiz").
_SIGNATURE = regex.compile(
    r"[-–—~]?\s*\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*\.?){0,2}\.?")
_QUOTED = regex.compile(r"[“\"„«‘'…]")


def _section(blocks, i: int) -> range:
    """The heading at ``i`` and what follows it up to the next heading of its rank or higher."""
    level = blocks[i].level or 6
    j = i + 1
    while j < len(blocks) and not (blocks[j].kind == HEADING and (blocks[j].level or 6) <= level):
        j += 1
    return range(i, j)


class PublisherBoxes(BlockFilter):
    name = "promos"

    def __init__(self) -> None:
        self._cta = load("cta_headers")
        self._legal = load("disclaimers")
        self._contact = load("contact_labels")

    def decide(self, blocks, doc):
        n = len(blocks)
        out: list[str | None] = [None] * n
        if not doc.is_article:
            return out
        for i in range(int(CTA_START * n), n):
            b = blocks[i]
            if out[i] is None and b.kind == HEADING and len(b.text) <= 120 and self._cta.search(b.text):
                section = _section(blocks, i)
                if sum(len(blocks[k].text) for k in section) <= CTA_SECTION_MAX:
                    for k in section:
                        out[k] = f"call to action {b.text[:40]!r}"
        shares = _text_shares(blocks)
        for i in range(n):
            if shares[i] < CONTACT_START or out[i] is not None or len(blocks[i].text) > 60:
                continue
            if self._contact.fullmatch(blocks[i].text):
                box = self._contact_box(blocks, i)
                if box:
                    for k in box:
                        out[k] = f"contact box {blocks[i].text[:30]!r}"
        # testimonials are many short blocks: judged from half of the text on, not of the blocks
        start = next((i for i, share in enumerate(shares) if share >= CTA_START), n)
        for run in _testimonials(blocks, start):
            for k in run:
                if out[k] is None:
                    out[k] = "testimonials (signed customer quotes)"
        for i in range(int(DISCLAIMER_START * n), n):
            b = blocks[i]
            if out[i] is None and b.kind != HEADING and len(b.text) <= DISCLAIMER_MAX:
                phrase = self._legal.search(b.text)
                if phrase:
                    out[i] = f"legal fine print {phrase!r}"
        return out

    @staticmethod
    def _contact_box(blocks, i: int) -> range | None:
        """The label at ``i`` and the contact lines under it (at least one address, phone or
        e-mail line among them), up to the first line that is none (a name counts)."""
        j, hits = i + 1, 0
        while j < len(blocks) and len(blocks[j].text) <= CONTACT_LINE_MAX and blocks[j].kind != HEADING:
            if _CONTACT_LINE.search(blocks[j].text):
                hits += 1
            elif len(blocks[j].text.split()) > 6:
                break
            j += 1
        return range(i, j) if hits else None


def _testimonials(blocks, start: int) -> list[range]:
    """Runs of quote-then-signature pairs from ``start`` on: TESTIMONIALS_MIN pairs or more,
    at least half of the quotes in quotation marks."""
    runs, i, n = [], start, len(blocks)
    while i < n - 1:
        j, quoted = i, 0
        while j + 1 < n and _signed_quote(blocks[j], blocks[j + 1]):
            quoted += bool(_QUOTED.match(blocks[j].text))
            j += 2
        pairs = (j - i) // 2
        if pairs >= TESTIMONIALS_MIN and 2 * quoted >= pairs:
            runs.append(range(i, j))
            i = j
        else:
            i += 1
    return runs


def _signed_quote(quote, signature) -> bool:
    return (quote.kind != HEADING and signature.kind != HEADING
            and len(signature.text) <= SIGNATURE_MAX and len(quote.text) > len(signature.text)
            and bool(_SIGNATURE.fullmatch(signature.text)) and not _SIGNATURE.fullmatch(quote.text))


def _text_shares(blocks) -> list[float]:
    """For each block, the share of the blocks' text that comes before it."""
    total = sum(len(b.text) for b in blocks) or 1
    shares, before = [], 0
    for b in blocks:
        shares.append(before / total)
        before += len(b.text)
    return shares
