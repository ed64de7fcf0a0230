"""The author box: the page's own author introduced in the body, most often under the article
("Jane Doe" / "Contributing Writer" / "Jane Doe is a freelance writer based in ..."), a box the
text dump keeps as lines of their own.

The page's metadata names its author (a byline, JSON-LD, a meta tag); a line that is that name
and nothing else is no sentence of the article but the head of a box about the author. It goes,
with the lines of the box that follow it: short lines holding a job title ("Senior Editor",
"HR & Career Expert") and paragraphs that speak of the author by name in their first words
("Jane holds an MBA ...", "When she is not writing, Jane ...") or in the first person ("Hi, I'm
Jane ..."). On a text dump, a paragraph that opens with the author's full name and gives a job
title early ("Jane Doe is a housing reporter ...") is a bio on its own, box head or not: a story
does not introduce its own writer. In HTML the box's markup decides that (the widgets stage); a
bio left inside the article's container is most often the article's own ("Why trust us"): with
it on HTML too, wcxb-dev words F1 0.89472 -> 0.89468 (six such pages), modern-dev snippets
0.83910 -> 0.83905; without it on HTML, both hold or rise (figures in the commit).

Forums are left alone (the thread starter's name heads every post of theirs), and listings too.
"""

from __future__ import annotations

import regex

from ..page_type import FORUM
from ..rules.phrases import load, normalize
from ..rules.prose import ends_sentence, is_prose
from .base import BlockFilter

#: A box's short lines (the role, "View all posts") are at most this long.
SHORT_CHARS = 60
#: A bio paragraph names its subject within its first this many characters.
NAME_WITHIN = 80
#: A bio's job title comes early: within this many characters.
ROLE_WITHIN = 200
#: Bios are short paragraphs: longer ones are the article's.
BIO_MAX_CHARS = 1000
#: A name line may carry the role after the name ("Emma Ryan, Lead Writer"): this many
#: characters at most.
ROLE_TAIL_CHARS = 40
_FIRST_PERSON = regex.compile(
    r"^(?:hi|hello|hey|hallo|salut|hola|ciao|olá)\b|^(?:i'm|i am|ich bin|je suis|soy|sono|sou|"
    r"ik ben)\b", regex.I)
_WORD = regex.compile(r"\w+")


def _name_words(authors) -> set[str]:
    """The first and last words of the authors' names as written ("Jane", "Doe"): a bio speaks
    of its subject by one of them, capitalized."""
    out = set()
    for author in authors:
        words = _WORD.findall(author)
        if len(words) >= 2:
            out.update(w for w in (words[0], words[-1]) if len(w) >= 3 and w[0].isupper())
    return out


def _names(authors) -> list[str]:
    """The authors' names (normalized) that can be told from words of the text: two words at
    least ("Admin" or a one-word handle may be any word)."""
    out = []
    for author in authors:
        name = normalize(author)
        if len(_WORD.findall(name)) >= 2:
            out.append(name)
    return out


class AuthorBox(BlockFilter):
    name = "author_box"

    def __init__(self) -> None:
        self._roles = load("bio_roles", "job_titles")

    def decide(self, blocks, doc):
        out: list[str | None] = [None] * len(blocks)
        if doc.listing or (doc.page_type is not None and doc.page_type.name == FORUM):
            return out
        m = doc.metadata
        authors = m.authors or ([m.author] if m.author else [])
        names = _names(authors)
        if not names:
            return out
        parts = _name_words(authors)
        i, n = 0, len(blocks)
        while i < n:
            text = blocks[i].text
            if doc.source_kind == "text" and self._opens_bio(text, names):
                out[i] = "the author's bio"
            elif self._is_name_line(text, names):
                j = i + 1
                while j < n and self._in_box(blocks[j].text, parts):
                    out[j] = "in the box about the author"
                    j += 1
                # the name alone heads a box, or closes the page; a line that is the name and
                # then the article goes on is a heading the metadata took for a name
                if j > i + 1 or not any(is_prose(b) for b in blocks[j:]):
                    out[i] = "the author's name heading a box about them"
                i = j
                continue
            i += 1
        return out

    def _is_name_line(self, text: str, names: list[str]) -> bool:
        if len(text) > SHORT_CHARS + ROLE_TAIL_CHARS:
            return False
        key = normalize(text)
        for name in names:
            if key == name:
                return True
            if key.startswith(name):
                rest = key[len(name):]
                if (rest[:1] in (" ", ",", "|", "-", "–", "—") and len(rest) <= ROLE_TAIL_CHARS
                        and self._roles.search(rest)):
                    return True
        return False

    def _opens_bio(self, text: str, names: list[str]) -> bool:
        """A paragraph opening with the author's full name and holding a job title early
        ("Jane Doe is a freelance writer ..."; not "Acme Cloud is built for ...", where the
        author named is the company whose page it is)."""
        if len(text) > BIO_MAX_CHARS or not ends_sentence(text):
            return False
        key = normalize(text)
        return any(key.startswith(name) and key[len(name):len(name) + 1] in (" ", ",")
                   and len(key) > len(name) + ROLE_TAIL_CHARS for name in names) and (
            self._roles.search(text[:ROLE_WITHIN]) is not None)

    def _in_box(self, text: str, parts: set[str]) -> bool:
        if len(text) <= SHORT_CHARS and not ends_sentence(text):
            return self._roles.search(text) is not None
        if len(text) > BIO_MAX_CHARS:
            return False
        head = text[:NAME_WITHIN]
        return bool(_FIRST_PERSON.match(normalize(head))) or any(
            w in parts for w in _WORD.findall(head))
