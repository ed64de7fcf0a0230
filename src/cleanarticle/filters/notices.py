"""Notices: blocks that are page chrome by their words (banners, players, share rows, ad labels,
cookie, newsletter and comment-form texts, form labels, controls) in many languages.
Phrases live in rules/data."""

from __future__ import annotations

from ..model import CODE
from ..rules.lines import (
    affiliate_disclosure,
    boilerplate_phrase,
    is_channel_promo,
    is_chrome_run,
    is_form_label,
    is_media_control,
    is_newsletter_promo,
    is_notice,
    is_page_control,
    is_script_data,
    is_share_row,
    is_tag_line,
    opening_boilerplate,
    post_footer_phrase,
)
from .base import BlockFilter

#: Blocks longer than this are prose that may quote a notice phrase, never a notice.
#: Tuned on multilingual-dev "without" snippets: 200–300 catch the same notices.
SNIPPET_MAX_CHARS = 250
_CELLS = ("td", "th")


class Notices(BlockFilter):
    name = "notices"

    def __init__(self, snippet_max_chars: int = SNIPPET_MAX_CHARS) -> None:
        self.snippet_max_chars = snippet_max_chars

    def check(self, blocks, i, doc) -> str | None:
        text = blocks[i].text
        if blocks[i].kind != CODE and is_script_data(text):
            return "script data"
        if is_chrome_run(text):  # (one test for the five whole-block lists: most blocks fail)
            reason = self._chrome(text, blocks[i].tag)
            if reason:
                return reason
        if blocks[i].tag not in _CELLS and is_tag_line(text):
            return "tag line"
        phrase = affiliate_disclosure(text)
        if phrase:
            return f"affiliate disclosure {phrase!r}"
        if is_newsletter_promo(text):
            return "newsletter sign-up promo"
        if is_channel_promo(text):
            return "messenger or news-app channel promo"
        phrase = boilerplate_phrase(text) if len(text) <= self.snippet_max_chars \
            else opening_boilerplate(text)
        if phrase:
            return f"boilerplate phrase {phrase!r}"
        phrase = post_footer_phrase(text)
        return f"a theme's post footer {phrase!r}" if phrase else None

    @staticmethod
    def _chrome(text: str, tag: str | None) -> str | None:
        """Which whole-block list the text's phrases come from, first match first."""
        if is_notice(text):
            return "page notice"
        if tag not in _CELLS and is_share_row(text):
            # (a table's cell naming networks is data: the platforms a creator posts on)
            return "share or follow row"
        if is_media_control(text):
            return "player or gallery control"
        if is_form_label(text):
            return "form label or message"
        if is_page_control(text):
            return "control (shop button, sort or filter, Q&A prompt)"
        return None
