"""Structural pruning: drop whole DOM structures that are never article text.

One walk of the tree, deciding per element in labelled steps with early returns: tag, hidden,
ARIA role, class/id words. A guard keeps any element that holds most of the page's text, so a
theme that puts "sidebar" or "comments" on the main wrapper cannot empty the page.
"""

from __future__ import annotations

import lxml.etree
import lxml.html

from ..model import Removal
from ..rules.vocab import DOM_CONCEPTS, class_words, concept_of, is_content_attr, is_hidden
from ..site_rules import RULES_FILTER

#: Tags whose whole subtree is never text (removed in C before the walk).
JUNK_TAGS = (
    "script", "style", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "button", "select", "textarea", "input", "option", "link", "meta", "head",
    "audio", "video", "source", "track", "map", "dialog",
)
#: Structural tags that hold page chrome; dropped unless guarded.
CHROME_TAGS = frozenset({"nav", "aside", "footer", "header", "form", "menu"})
CHROME_ROLES = frozenset({
    "navigation", "banner", "complementary", "contentinfo", "search", "dialog", "alertdialog",
    "menu", "menubar", "toolbar", "tablist", "alert", "status",
})
#: An element holding more than this share of the page's text is never dropped by tag, role or
#: class words (themes put "comments" or "sidebar" on wrappers). Tuned on modern-dev: 0.4–0.6
#: move body F1 by < 0.002; 0.5 kept.
GUARD_SHARE = 0.5
# <article> is left out: teaser cards in related-post rails are <article>s too.
_MAIN_XPATH = lxml.etree.XPath(".//main|.//*[@itemprop='articleBody']|.//*[@role='main']")


#: Hidden elements (and <header>s) holding this much unlinked text are tabs or accordions of
#: the article shown by a click (or its header with the lead paragraph), not chrome.
#: Tuned on modern-dev, whose truth includes such panels.
HIDDEN_PROSE_CHARS = 200


def text_lengths(root: lxml.html.HtmlElement) -> dict:
    """Each element's text length (its text pieces stripped, as ``itertext`` yields them),
    computed for the whole tree in one bottom-up pass."""
    lengths: dict = {}
    for el in reversed(list(root.iter())):
        n = len(el.text.strip()) if el.text and isinstance(el.tag, str) else 0
        for child in el:
            n += lengths.get(child, 0)
            if child.tail:
                n += len(child.tail.strip())
        lengths[el] = n
    return lengths


def _stripped_length(pieces) -> int:
    return sum(map(len, map(str.strip, pieces)))


class TextLengths:
    """Text lengths as :func:`text_lengths` gives them, each worked out when first asked for:
    the pruner needs the page's and those of a few dozen elements, not of every element.

    An element's length is read from its subtree's text pieces; once those reads have gone
    over twice as many pieces as the page holds (widgets nested in widgets), the whole
    table is made in one pass instead, so the work stays linear in the page."""

    def __init__(self, root: lxml.html.HtmlElement) -> None:
        self._root = root
        pieces = list(root.itertext())
        self._budget = 2 * len(pieces)
        self._known: dict = {root: _stripped_length(pieces)}
        self._table: dict | None = None

    def __getitem__(self, el: lxml.html.HtmlElement) -> int:
        n = self._known.get(el)
        if n is not None:
            return n
        if self._table is None:
            pieces = list(el.itertext())
            self._budget -= len(pieces)
            if self._budget >= 0:
                n = self._known[el] = _stripped_length(pieces)
                return n
            self._table = text_lengths(self._root)
        return self._table[el]


#: A class-named widget holding this many paragraphs of prose wraps the article (a
#: "sharing container" or "has-ads" section around the text); widgets hold one or two.
WRAPPER_PARAGRAPHS = 3
_PARAGRAPH_TAGS = ("p", "li", "blockquote", "pre", "td")


def _wraps_article(el: lxml.html.HtmlElement, lengths: dict) -> bool:
    found = 0
    for p in el.iter(_PARAGRAPH_TAGS):
        if lengths[p] >= 80:
            found += 1
            if found >= WRAPPER_PARAGRAPHS:
                return True
    return False


def _holds_prose(el: lxml.html.HtmlElement, lengths: dict) -> bool:
    text = lengths[el]
    if text < HIDDEN_PROSE_CHARS:
        return False
    links = sum(lengths[a] for a in el.iter("a"))
    return links < 0.3 * text


def _leave_marker(el: lxml.html.HtmlElement) -> None:
    """Replace a dropped structure by an empty comment (the parser removed the page's own), so
    segmentation can tell where in the page each removal stood."""
    marker = lxml.etree.Comment("")
    marker.tail = el.tail
    el.getparent().replace(el, marker)


def _after(el: lxml.html.HtmlElement, top: lxml.html.HtmlElement):
    """The node that follows ``el``'s subtree in document order, inside ``top`` (None at the
    end)."""
    while el is not top:
        following = el.getnext()
        if following is not None:
            return following
        el = el.getparent()
    return None


class DomPruner:
    """Drops chrome structures from a tree in place; returns what it dropped, in page order.

    Each dropped structure with text leaves an empty comment where it stood (the parser
    removes the page's own comments), which segmentation turns into a position among the
    blocks."""

    name = "dom"

    def __init__(self, guard_share: float = GUARD_SHARE, drop_hidden: bool = True) -> None:
        self.guard_share = guard_share
        self.drop_hidden = drop_hidden

    def __call__(self, root: lxml.html.HtmlElement, *, prune: dict | None = None,
                 protected: frozenset | set = frozenset()) -> list[Removal]:
        """``prune`` maps elements a user rule drops to the rule's label (dropped whatever their
        size, as filter ``rules``); ``protected`` elements (what a keep rule selects, and its
        ancestors) are never dropped."""
        lxml.etree.strip_elements(root, *JUNK_TAGS, with_tail=False)
        body = root.find("body")
        if body is None:
            body = root
        lengths = TextLengths(body)
        total = max(lengths[body], 1)
        dropped: list[tuple[lxml.html.HtmlElement, str, str]] = []
        # Depth first in page order, so that removals come in page order; the iteration runs
        # in C, and a dropped element's subtree is passed over up to the node after it.
        resume = None
        for child in body.iterdescendants():
            if resume is not None:
                if child is not resume:
                    continue
                resume = None
            if not isinstance(child.tag, str) or child in protected:
                continue
            if prune and child in prune:
                dropped.append((child, RULES_FILTER, prune[child]))
            else:
                reason = self._reason(child, lengths)
                if not reason or self._guarded(child, total, lengths):
                    continue
                dropped.append((child, self.name, reason))
            resume = _after(child, body)
            if resume is None:
                break
        removals = []
        for el, name, reason in dropped:
            text = " ".join(el.text_content().split())
            if text:
                removals.append(Removal(name, reason, text))
                _leave_marker(el)
            else:
                el.drop_tree()
        return removals

    def _reason(self, el: lxml.html.HtmlElement, lengths: dict) -> str | None:
        tag = el.tag
        if tag == "noscript":
            # Some forums and apps serve their whole content to crawlers inside <noscript>.
            return None if _holds_prose(el, lengths) else "<noscript> element"
        if tag == "header" and _holds_prose(el, lengths):
            # An article's own header carries its lead paragraph (standfirst, teaser, chapô).
            return None
        attrib = el.attrib
        if not attrib:
            return f"<{tag}> element" if tag in CHROME_TAGS else None
        if self.drop_hidden and is_hidden(attrib):
            if not _holds_prose(el, lengths):
                return "hidden element"
            # A hidden panel of prose is a tab or accordion, unless its role or class names
            # chrome (a consent dialog waiting to be opened): judged below like any element.
        words = class_words(attrib)
        if words and is_content_attr(words):
            return None
        if tag in CHROME_TAGS:
            return f"<{tag}> element"
        role = attrib.get("role")
        if role in CHROME_ROLES:
            return f"role={role}"
        if words:
            concept = concept_of(words)
            if concept in DOM_CONCEPTS:
                if _holds_prose(el, lengths) if concept == "hidden" else _wraps_article(el, lengths):
                    return None
                return f"{concept} widget (class/id {words[:60]!r})"
        return None

    def _guarded(self, el: lxml.html.HtmlElement, total: int, lengths: dict) -> bool:
        if el.tag in ("a", "span", "li", "p", "img", "figure"):
            return False
        big = lengths[el] > self.guard_share * total
        if el.tag in ("nav", "footer"):
            # Navigation and footers are chrome however much text they hold (mega-menus, the
            # footer of a page whose content is drawn by script), unless they hold the page's
            # headline or main element too: then the tag was left open and swallowed the page.
            return big and (el.find(".//h1") is not None or bool(_MAIN_XPATH(el)))
        if big:
            return True
        # (the tag first: the query reads the whole subtree, and asides are among the largest
        # structures dropped)
        return el.tag != "aside" and bool(_MAIN_XPATH(el))
