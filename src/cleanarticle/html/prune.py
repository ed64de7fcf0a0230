"""Structural pruning: drop whole DOM structures that are never article text.

One walk of the tree, deciding per element in labelled steps with early returns: tag, hidden,
ARIA role, class/id words. A guard keeps any element that holds most of the page's text, so a
theme that puts "sidebar" or "comments" on the main wrapper cannot empty the page.
"""

from __future__ import annotations

import re

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
_JUNK = frozenset(JUNK_TAGS)
# The text nodes of a subtree as plain strings: what ``itertext`` yields when no two text
# nodes stand side by side (see :func:`strip_junk`), read in C without an element object
# made for each element on the way.
_TEXT_NODES = lxml.etree.XPath("descendant::text()", smart_strings=False)
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


def strip_junk(root: lxml.html.HtmlElement, body: lxml.html.HtmlElement) -> None:
    """Remove the JUNK_TAGS subtrees, their tails kept, and join the text before and after
    each inside ``body`` into one text node again: libxml2 leaves them as two nodes, which
    ``.text``, ``.tail`` and ``itertext`` read as one text and a query of text nodes as two."""
    joins: list[tuple[lxml.html.HtmlElement, bool]] = []  # (node, its tail or its text)
    for el in body.iter(*JUNK_TAGS):
        if not el.tail:
            continue
        parent = el.getparent()
        if parent is None or parent.tag in _JUNK:
            continue  # (the tail goes with the parent)
        before = el.getprevious()
        while before is not None and before.tag in _JUNK:
            before = before.getprevious()
        joins.append((before, True) if before is not None else (parent, False))
    lxml.etree.strip_elements(root, *JUNK_TAGS, with_tail=False)
    for node, tail in joins:
        if tail:
            node.tail = node.tail  # (reads the adjacent text nodes as one, writes one)
        else:
            node.text = node.text


def _stripped_length(pieces) -> int:
    return sum(map(len, map(str.strip, pieces)))


class TextLengths:
    """Text lengths as :func:`text_lengths` gives them, each worked out when first asked for:
    the pruner needs the page's and those of a few dozen elements, not of every element.

    An element's length is read from its subtree's text nodes (the pieces ``itertext``
    yields, once :func:`strip_junk` has joined the text around removed junk); once those
    reads have gone over twice as many pieces as the page holds (widgets nested in widgets),
    the whole table is made in one pass instead, so the work stays linear in the page."""

    def __init__(self, root: lxml.html.HtmlElement) -> None:
        self._root = root
        pieces = _TEXT_NODES(root)
        self._budget = 2 * len(pieces)
        self._known: dict = {root: _stripped_length(pieces)}
        self._table: dict | None = None

    def __getitem__(self, el: lxml.html.HtmlElement) -> int:
        n = self._known.get(el)
        if n is not None:
            return n
        if self._table is None:
            pieces = _TEXT_NODES(el)
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


#: What _reason answers for a hidden panel of prose that it keeps: the caller checks whether
#: the panel only repeats text the page shows elsewhere (see :func:`_copies`).
_PANEL = ""
#: A piece of a hidden panel's text this long (characters) is looked for in the rest of the page.
COPY_PIECE_CHARS = 40
#: A hidden panel is a copy when pieces that stand elsewhere too hold more than this share of
#: its text (white space aside). Code tabs in other languages share their comment lines with
#: the tab shown (a quarter to a third of their text); a copy repeats three quarters and more
#: (its Markdown marks and addresses are the rest).
COPY_SHARE = 0.5
# Where a panel's text is cut into pieces: line breaks, and the marks and addresses a
# Markdown or wiki source puts around the words that the page shows ("[CRM](https://…)").
_PIECE_CUT = re.compile(r"https?://\S+|[\n\[\]()*_>#|`]+")


def _pieces(el: lxml.html.HtmlElement) -> list[str]:
    """The panel's text in pieces of COPY_PIECE_CHARS or more (see _PIECE_CUT)."""
    return [piece for text in el.itertext() for piece in map(str.strip, _PIECE_CUT.split(text))
            if len(piece) >= COPY_PIECE_CHARS]


def _copies(body: lxml.html.HtmlElement, panels: list, dropped: list) -> set:
    """The hidden panels (tabs, accordions, a saved Markdown source) whose text the page
    shows elsewhere: pieces holding more than COPY_SHARE of their text stand in the page
    outside every hidden panel and outside what the pruner drops. A tab's own text stands nowhere
    else; a Markdown copy for crawlers, or a hidden twin of the article that a template
    keeps, repeats the visible article. Two hidden copies of a text that is not shown
    elsewhere are both kept."""
    page = body.text_content()
    held = {id(el) for el in panels}
    texts = [el.text_content() for el in panels]
    # what the page's text holds that a reader does not see: the panels, and the drops
    # outside them
    unseen = texts + [el.text_content() for el, _, _ in dropped
                      if not any(id(a) in held for a in el.iterancestors())]
    out = set()
    for el, text in zip(panels, texts, strict=True):
        shown = sum(_letters(p) for p in _pieces(el)
                    if page.count(p) > sum(t.count(p) for t in unseen))
        if shown > COPY_SHARE * _letters(text):
            out.add(id(el))
    return out


def _letters(text: str) -> int:
    """The characters of a text that are not white space."""
    return len(text) - sum(map(text.count, (" ", "\n", "\t", "\r")))


def _with_copies(body: lxml.html.HtmlElement, panels: list, dropped: list) -> list:
    """``dropped`` with the hidden panels that are copies (:func:`_copies`) in their place in
    page order, and without what those hold."""
    copies = _copies(body, [el for _, el in panels], dropped)
    if not copies:
        return dropped
    merged: list = []
    done = 0
    for before, el in panels:
        if id(el) in copies:
            merged.extend(dropped[done:before])
            merged.append((el, DomPruner.name, "hidden copy of the page's text"))
            done = before
    merged.extend(dropped[done:])
    return [d for d in merged if not any(id(a) in copies for a in d[0].iterancestors())]


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
        body = root.find("body")
        if body is None:
            body = root
        strip_junk(root, body)
        lengths = TextLengths(body)
        total = max(lengths[body], 1)
        dropped: list[tuple[lxml.html.HtmlElement, str, str]] = []
        # hidden panels of prose kept (the outermost), with the number of drops before each
        panels: list[tuple[int, lxml.html.HtmlElement]] = []
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
                if reason is _PANEL:
                    if not panels or panels[-1][1] not in child.iterancestors():
                        panels.append((len(dropped), child))
                    continue
                if not reason or self._guarded(child, total, lengths):
                    continue
                dropped.append((child, self.name, reason))
            resume = _after(child, body)
            if resume is None:
                break
        if panels and self.drop_hidden:
            dropped = _with_copies(body, panels, dropped)
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
            # Some forums and apps serve their whole content to crawlers inside <noscript>
            # (kept as a hidden panel: dropped when it repeats what the page shows).
            return _PANEL if _holds_prose(el, lengths) else "<noscript> element"
        if tag == "header" and _holds_prose(el, lengths):
            # An article's own header carries its lead paragraph (standfirst, teaser, chapô).
            return None
        attrib = el.attrib
        if not attrib:
            return f"<{tag}> element" if tag in CHROME_TAGS else None
        hidden = self.drop_hidden and is_hidden(attrib)
        if hidden:
            if not _holds_prose(el, lengths):
                return "hidden element"
            # A hidden panel of prose is a tab or accordion, unless its role or class names
            # chrome (a consent dialog waiting to be opened): judged below like any element.
        words = class_words(attrib)
        if words and is_content_attr(words):
            return _PANEL if hidden else None
        if tag in CHROME_TAGS:
            return f"<{tag}> element"
        role = attrib.get("role")
        if role in CHROME_ROLES:
            return f"role={role}"
        if words:
            concept = concept_of(words)
            if concept in DOM_CONCEPTS:
                if concept == "hidden":
                    if _holds_prose(el, lengths):
                        return _PANEL
                elif _wraps_article(el, lengths):
                    return _PANEL if hidden else None
                return f"{concept} widget (class/id {words[:60]!r})"
        return _PANEL if hidden else None

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
