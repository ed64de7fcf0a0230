"""Notices: blocks that are page chrome by their words (banners, players, share rows, ad labels,
cookie, newsletter and comment-form texts) in many languages. Phrases live in rules/data."""

from __future__ import annotations

from ..rules.phrases import load
from .base import BlockFilter

#: Blocks longer than this are prose that may quote a notice phrase, never a notice.
#: Tuned on multilingual-dev "without" snippets: 200–300 catch the same notices.
SNIPPET_MAX_CHARS = 250
#: Whole-block notices are short.
NOTICE_MAX_CHARS = 120


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
        if self.is_notice(text):
            return "page notice"
        phrase = self.phrase_in(text)
        return f"boilerplate phrase {phrase!r}" if phrase else None
