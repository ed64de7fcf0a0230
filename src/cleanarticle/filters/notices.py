"""Notices: blocks that are page chrome by their words (banners, players, share rows, ad labels,
cookie, newsletter and comment-form texts) in many languages. Phrases live in rules/data."""

from __future__ import annotations

from ..rules.phrases import load
from .base import BlockFilter

#: Blocks longer than this are prose that may quote a notice phrase, never a notice.
#: Tuned on multilingual-dev "without" snippets: 200–300 catch the same notices.
SNIPPET_MAX_CHARS = 250


class Notices(BlockFilter):
    name = "notices"

    def __init__(self, snippet_max_chars: int = SNIPPET_MAX_CHARS) -> None:
        self.snippet_max_chars = snippet_max_chars
        self._whole = load("notices")
        self._inside = load("boilerplate_snippets")

    def check(self, blocks, i, doc) -> str | None:
        text = blocks[i].text
        if len(text) <= 120 and self._whole.fullmatch(text):
            return "page notice"
        if len(text) <= self.snippet_max_chars:
            phrase = self._inside.search(text)
            if phrase:
                return f"boilerplate phrase {phrase!r}"
        return None
