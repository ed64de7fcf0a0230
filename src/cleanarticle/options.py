"""Options: read once, where the default pipeline is built."""

from __future__ import annotations

from dataclasses import dataclass

from .html.parse import MAX_CHARS
from .html.prune import GUARD_SHARE


@dataclass(frozen=True, slots=True)
class Options:
    """Knobs of the default pipeline. Every field has a tuned default."""

    guard_share: float = GUARD_SHARE  # DOM pruning never drops an element holding more text
    drop_hidden: bool = True  # drop hidden elements (hidden, aria-hidden, display:none)
    max_chars: int = MAX_CHARS  # pages are cut to this many characters before parsing
