"""Options: read once, where the default pipeline is built."""

from __future__ import annotations

from dataclasses import dataclass

from .html.parse import MAX_CHARS
from .html.prune import GUARD_SHARE
from .site_rules import Rules


@dataclass(frozen=True, slots=True)
class Options:
    """Knobs of the front ends and the default pipeline (every field has a tuned default),
    and what to extract besides the text. ``clean(page, links=True, ...)`` sets the last four."""

    guard_share: float = GUARD_SHARE  # DOM pruning never drops an element holding more text
    drop_hidden: bool = True  # drop hidden elements (hidden, aria-hidden, display:none)
    max_chars: int = MAX_CHARS  # pages are cut to this many characters before parsing
    links: bool = False  # keep links (absolute URLs) in the blocks' marks: Markdown/HTML links
    images: bool = False  # Article.images: the article's images, placed among the blocks
    comments: bool = False  # Article.comments: reader comments, kept apart from the text
    rules: Rules | None = None  # user rules (site_rules.Rules)
