"""A cheap language guess from short text, for pages that declare no language."""

from __future__ import annotations

from collections import Counter

import regex

from ..rules.datewords import data_lines

_WORD = regex.compile(r"\p{L}+")
_STOPWORDS: dict[str, set[str]] = {
    line.split()[0]: set(line.split()[1:]) for line in data_lines("meta_stopwords.txt")
}
GUESS_MAX_CHARS = 3000  # enough text for a clear majority of frequent words
GUESS_MIN_HITS = 3  # fewer stopword hits than this is no evidence
GUESS_MIN_MARGIN = 2  # the best language must lead the next by this many hits


def guess_language(text: str) -> str | None:
    """The language whose frequent words occur most in ``text`` (en, de, fr, es, it, pt,
    nl), or None when the evidence is thin or close."""
    counts = Counter(w.casefold() for w in _WORD.findall(text[:GUESS_MAX_CHARS]))
    if not counts:
        return None
    scores = sorted(((sum(counts[w] for w in stop), lang) for lang, stop in _STOPWORDS.items()),
                    reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    return lang if best >= GUESS_MIN_HITS and best - second >= GUESS_MIN_MARGIN else None
