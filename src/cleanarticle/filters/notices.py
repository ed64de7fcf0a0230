"""Notices: blocks that are page chrome by their words (banners, players, share rows, ad labels,
cookie, newsletter and comment-form texts) in many languages. Phrases live in rules/data."""

from __future__ import annotations

import json

from ..model import CODE
from ..rules.phrases import load
from .base import BlockFilter

#: Blocks longer than this are prose that may quote a notice phrase, never a notice.
#: Tuned on multilingual-dev "without" snippets: 200–300 catch the same notices.
SNIPPET_MAX_CHARS = 250
#: Whole-block notices are short.
NOTICE_MAX_CHARS = 120
#: A paragraph (not code) this long that is a JSON object or array is a page's script data
#: leaking into the text (state blobs in hidden divs), not something written for a reader.
DATA_MIN_CHARS = 200


def is_script_data(text: str) -> bool:
    """True for a long JSON object or array written out as text."""
    if len(text) < DATA_MIN_CHARS or text[0] not in "{[" or text[-1] not in "}]":
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


class Notices(BlockFilter):
    name = "notices"

    def __init__(self, snippet_max_chars: int = SNIPPET_MAX_CHARS) -> None:
        self.snippet_max_chars = snippet_max_chars
        self._whole = load("notices")
        self._inside = load("boilerplate_snippets")

    def is_notice(self, text: str) -> bool:
        """The whole text is page chrome ("Share", "Skip to content", "Advertisement")."""
        return len(text) <= NOTICE_MAX_CHARS and self._whole.fullmatch(text)

    def phrase_in(self, text: str) -> str | None:
        """A boilerplate phrase inside a short text (cookie, newsletter, comment-form notices)."""
        return self._inside.search(text) if len(text) <= self.snippet_max_chars else None

    def check(self, blocks, i, doc) -> str | None:
        text = blocks[i].text
        if blocks[i].kind != CODE and is_script_data(text):
            return "script data (JSON)"
        if self.is_notice(text):
            return "page notice"
        phrase = self.phrase_in(text)
        return f"boilerplate phrase {phrase!r}" if phrase else None
