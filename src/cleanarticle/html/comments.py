"""Reader comments: found on the page as it came (before pruning: comment footers holding the
author and date are <footer>s the pruner drops), one per commenter, with author, date, text.

A comment area is an element whose class/id names comments (the ``comments`` concept of
rules.vocab) with no such ancestor. Inside it, each author marker (class/id words "author",
"fn", "username", …, or itemprop="author") belongs to the smallest element around it that
holds text besides the author, its date and its reply link: that element is the comment.
Replies nested in it are comments of their own and are left out of its text.
"""

from __future__ import annotations

import copy
import datetime as dt
import re

import lxml.html

from ..model import Comment
from ..rules.dates import parse_date_text, parse_date_value
from ..rules.vocab import class_words, concept_of, words_of
from .segment import clean_space, segment

# Class/id words (rules.vocab.words_of) of the element naming a comment's author ...
_AUTHOR_WORDS = frozenset({"author", "fn", "commenter", "nickname", "username", "byline"})
_AUTHOR_TOKENS = frozenset({"username", "nickname", "displayname", "screenname", "commentername"})
# ... and of the parts of a comment that are no text of it: date, reply and edit links,
# avatars, votes, its meta line.
_CHROME_WORDS = frozenset({"date", "time", "timestamp", "meta", "metadata", "reply", "replies",
                           "edit", "avatar", "vote", "votes", "like", "likes", "permalink",
                           "report", "actions", "action", "says", "share", "footer"})
_SAYS = re.compile(r"\s*(?:says|said|wrote|schreibt|dit|dice|disse|escribió)\s*:?\s*$", re.I)
#: Areas holding more comments than this are read up to it.
MAX_COMMENTS = 500
#: An author marker holding more text than this is no name (a bio, a whole comment).
MAX_AUTHOR_CHARS = 80
# A "recent comments" widget lists comments on other pages of the site ("Tim on <post>").
_SITE_WIDE = frozenset({"recent", "recentcomments", "latest", "neueste", "letzte", "derniers",
                        "ultimos", "ultimi"})


def _words(el) -> str:
    attrib = el.attrib
    return class_words(attrib) if attrib else ""


def _is_author(el) -> bool:
    if el.get("itemprop") == "author":
        return True
    attr = _words(el)
    if not attr:
        return False
    tokens, words = words_of(attr)
    return not _AUTHOR_WORDS.isdisjoint(words) or not _AUTHOR_TOKENS.isdisjoint(tokens)


def _is_chrome(el) -> bool:
    if el.tag in ("time", "form", "button", "img", "script", "style", "noscript"):
        return True
    attr = _words(el)
    return bool(attr) and not _CHROME_WORDS.isdisjoint(words_of(attr)[1])


def comment_areas(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The outermost elements whose class/id names comments."""
    body = root.find("body")
    areas = []
    stack = [body if body is not None else root]
    while stack:
        el = stack.pop()
        for child in reversed(el):
            if not isinstance(child.tag, str):
                continue
            words = _words(child)
            if words and not _SITE_WIDE.isdisjoint(words_of(words)[1]):
                continue  # a site-wide "recent comments" list, and all inside it
            if words and concept_of(words) == "comments":
                areas.append(child)
            else:
                stack.append(child)
    return areas


def _text_besides(el, author, chain: set, below: dict) -> bool:
    """True when ``el`` holds text outside ``author``, chrome and other comments (subtrees
    holding other authors: ``below`` counts the authors under each element, ``chain`` is the
    author's ancestors)."""
    stack = [el]
    while stack:
        node = stack.pop()
        if node is author or not isinstance(node.tag, str) or _is_chrome(node):
            continue
        if node is not el and node not in chain and below.get(node):
            continue
        if node.text and node.text.strip():
            return True
        for child in node:
            if child.tail and child.tail.strip():
                return True
            stack.append(child)
    return False


def _authors(area) -> list:
    # The comment form's "Name *" field is no commenter.
    markers = [el for el in area.iter() if isinstance(el.tag, str) and el.tag != "label"
               and _is_author(el) and 0 < len(clean_space(el.text_content())) <= MAX_AUTHOR_CHARS
               and not any(a.tag == "form" for a in el.iterancestors())]
    inner = set()
    for el in markers:
        for anc in el.iterancestors():
            inner.add(anc)
    return [el for el in markers if el not in inner][:MAX_COMMENTS]


def _comment_text(item, author, chain: set, below: dict) -> str:
    """The comment's text: its blocks without author, chrome and nested replies."""
    clone = copy.deepcopy(item)
    mapping = dict(zip(item.iter(), clone.iter(), strict=True))
    drop = []
    for original, twin in mapping.items():
        if original is author or (isinstance(original.tag, str) and _is_chrome(original)):
            drop.append(twin)
        elif original is not item and original not in chain and below.get(original):
            drop.append(twin)
    drop_set = set(drop)
    for el in drop:
        if el.getparent() is not None and not any(a in drop_set for a in el.iterancestors()):
            el.drop_tree()
    return "\n\n".join(b.text for b in segment(clone).blocks)


def _own(item, chain: set, below: dict):
    """The elements of a comment, its nested replies left out."""
    stack = [item]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if el is not item and el not in chain and below.get(el):
            continue
        yield el
        stack.extend(reversed(el))


def _date(item, chain: set, below: dict, reference_date: dt.date | None) -> str | None:
    own = list(_own(item, chain, below))
    for el in own:
        if el.tag == "time":
            value = parse_date_value(el.get("datetime"), reference_date=reference_date)
            if value:
                return value.isoformat()
    for el in own:
        if _is_chrome(el) and el.tag not in ("form", "img"):
            found = parse_date_text(clean_space(el.text_content())[:100], reference_date=reference_date)
            if found:
                return found
    return None


def find_comments(root: lxml.html.HtmlElement,
                  reference_date: dt.date | None = None) -> list[tuple[Comment, lxml.html.HtmlElement]]:
    """The page's reader comments in page order, each with the element holding it."""
    found: list[tuple[Comment, lxml.html.HtmlElement]] = []
    for area in comment_areas(root):
        authors = _authors(area)
        below: dict = {}
        for author in authors:
            for anc in author.iterancestors():
                below[anc] = below.get(anc, 0) + 1
                if anc is area:
                    break
        for author in authors:
            chain = set()
            node = author.getparent()
            while node is not None:
                chain.add(node)
                if _text_besides(node, author, chain, below):
                    break
                if node is area:
                    node = None
                    break
                node = node.getparent()
            if node is None:
                continue
            text = _comment_text(node, author, chain, below)
            if not text:
                continue
            name = _SAYS.sub("", clean_space(author.text_content())) or None
            found.append((Comment(text, name, _date(node, chain, below, reference_date)), node))
    return found
