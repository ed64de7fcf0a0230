"""The cheap gates in front of the class/id matchers never change an answer, only its cost."""

import random

from cleanarticle.rules import vocab

# Pieces of class/id tokens: keys of every kind (whole tokens, words, prefixes, compounds,
# content words), near misses, state words and suffixes, separators, capitals for camelCase
# seams, and letters whose lowercase depends on what follows (the final sigma) or is longer.
PIECES = [
    "ad", "Ad", "AD", "ads", "a", "d", "advert", "nav", "Nav", "menu", "Menu", "footer",
    "share", "Share", "sharing", "social", "related", "Related", "comment", "Comments",
    "commentary", "hidden", "hide", "sr", "only", "d", "none", "sidebar", "widget", "author",
    "Author", "box", "Box", "bio", "about", "the", "content", "Content", "entry", "article",
    "Body", "body", "post", "text", "rich", "prose", "single", "tag", "cat", "category", "topic",
    "md", "block", "is", "has", "no", "with", "paywall", "premium", "active", "on", "1", "cookie",
    "consent", "modal", "popup", "subscri", "be", "trending", "breadcrumb", "pager", "x", "row",
    "col", "wrapper", "-", "-", "_", ":", ".", "--", " ", "Σ", "σ", "ς", "İ", "K", "ǅ", "É", "ß",
    "ﬀ", "\u0130", "\u212a",
]


def _strings(seed: int, n: int, max_pieces: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, max_pieces)))
            for _ in range(n)]


def test_the_gate_never_hides_a_concept_or_content():
    for attr in _strings(15, 40_000, 10) + ["a-d", "A-d", "aD", "x Ad-slot", "entry-content",
                                             "tag-cookies share", "md:block hidden"]:
        assert vocab.concept_of.__wrapped__(attr) == vocab._concept_of_tokens(attr), attr
        assert vocab.is_content_attr.__wrapped__(attr) == vocab._is_content_tokens(attr), attr


def test_layout_classes_are_told_by_the_gate_alone():
    for attr in ("row", "col-md-6", "container wrapper", "flex items-center gap-2"):
        assert not vocab._may_name(attr)


def _reference_split(token: str) -> tuple[str, tuple[str, ...]]:
    """_split_token lowering each word apart (before the ASCII shortcut)."""
    token = token.split("--", 1)[0] or token
    if not token.islower():
        token = vocab._CAMEL.sub("-", token)
    parts = [p.lower() for p in vocab._SPLIT.split(token) if p]
    for k, part in enumerate(parts):
        if part in vocab._STATE_WORDS and k < len(parts) - 1:
            parts = parts[:k]
            break
    if len(parts) >= 2 and parts[-1] in vocab._STATE_SUFFIXES and parts[-2] in vocab._STATE_STEMS:
        parts = parts[:-2]
    return "".join(parts), tuple(parts)


def test_splitting_a_token_agrees_with_lowering_each_word():
    for attr in _strings(16, 20_000, 6):
        for token in attr.split():
            assert vocab._split_token(token) == _reference_split(token), token


def test_every_word_a_prefix_starts_has_a_known_head():
    words = [w for attr in _strings(17, 20_000, 4) for w in vocab.words_of(attr)[1]]
    words += [p + "x" for p in vocab._PREFIX_CONCEPT]
    for w in words:
        if vocab._PREFIX_RE.match(w):
            assert w[:vocab._PREFIX_HEAD] in vocab._PREFIX_HEADS, w
