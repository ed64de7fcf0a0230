"""The user-rules filter: drops blocks holding a phrase the user's rules name for this page."""

from __future__ import annotations

from ..site_rules import RULES_FILTER
from .base import BlockFilter


class UserRules(BlockFilter):
    """Drop phrases of ``Document.rules`` (every page's and the page's host's); the reason
    names the rule. Does nothing when the page has no such rule."""

    name = RULES_FILTER

    def decide(self, blocks, doc) -> list[str | None]:
        rules = doc.rules
        if rules is None or not rules.phrases:
            return [None] * len(blocks)
        found = (rules.dropped_phrase(block.text) for block in blocks)
        return [f"user rule: {label}" if label else None for label in found]
