"""The text a reader sees in a headline element, and whether the element is a page headline.

``text_content()`` glues the parts of ``<h1>Top picks<br>Our guide</h1>`` into "Top picksOur
guide" and reads the copies a responsive design hides. Here a line break or a block-level child
separates words, and hidden parts (``hidden``, ``aria-hidden="true"``, ``display:none``) are
skipped, and so is a kicker set in front of the headline ("<span class=kicker>Climate</span>
Drilling until it gets hot"): it names the topic, not the story. A heading inside a dialog
or consent banner ("Your choice regarding cookies"), or inside a hidden element (a closed
pop-up, a translation widget's "Original text"), is not the page's headline.
"""

from __future__ import annotations

import regex

from ..rules.vocab import class_words, concept_of, is_hidden

_SPACE = regex.compile(r"\s+")
# Children that start a new line when rendered: words on either side are not one word.
_BREAKING = frozenset((
    "br", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section",
    "header", "hgroup", "blockquote", "table", "tr", "td", "dt", "dd", "figure",
))
_SKIPPED = frozenset(("script", "style", "noscript", "template", "svg", "button"))
_DIALOG_ROLES = frozenset(("dialog", "alertdialog"))
# Class/id words of a kicker ("overline", German "Dachzeile", "Spitzmarke"), a topic label.
_KICKER = regex.compile(r"kicker|overline|roofline|topline|dachzeile|spitzmarke|eyebrow|"
                        r"supertitle|pretitle|subheadline|label|topic", regex.I)
_KICKER_SEPARATORS = " :|-–—·•»/"
KICKER_DEPTH = 4  # wrappers (a link, a span) between the heading and its kicker
MAX_ANCESTORS = 12  # a dialog wraps its heading closely; the page's body is further up
MAX_DEPTH = 40  # deeper markup inside a heading is read flat


def _leading_kicker(el):
    """The element marked as a kicker that holds the heading's first words, if any."""
    node = el
    for _ in range(KICKER_DEPTH):
        if (node.text or "").strip():
            return None
        child = next((c for c in node if isinstance(c.tag, str)), None)
        if child is None:
            return None
        if _KICKER.search(class_words(child.attrib)) \
                and child.text_content().strip():
            return child
        node = child
    return None


def heading_text(el) -> str:
    """The visible text of a heading element, words separated where lines break, without
    a kicker in front (unless the kicker is all there is)."""
    kicker = _leading_kicker(el)
    if kicker is not None:
        text = _visible_text(el, kicker).lstrip(_KICKER_SEPARATORS)  # "Climate: Headline"
        if text:
            return text
    return _visible_text(el, None)


def _visible_text(el, skip) -> str:
    parts: list[str] = []

    def walk(node, depth: int) -> None:
        if depth > MAX_DEPTH:
            parts.append(node.text_content())
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _SKIPPED or (tag and is_hidden(child.attrib)) or child is skip:
                parts.append(" ")  # a hidden separator (" – ") still parts the words
            elif tag:
                brk = tag in _BREAKING
                if brk:
                    parts.append(" ")
                walk(child, depth + 1)
                if brk:
                    parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    walk(el, 0)
    return _SPACE.sub(" ", "".join(parts)).strip()


def in_dialog(el) -> bool:
    """Whether the element sits in a dialog, pop-up or cookie banner."""
    for i, anc in enumerate(el.iterancestors()):
        if i >= MAX_ANCESTORS or anc.tag in ("body", "main", "article"):
            return False
        a = anc.attrib
        if a.get("role") in _DIALOG_ROLES or a.get("aria-modal") == "true":
            return True
        # consent banners by their class/id words; "modal" and "popup" also name hero banners
        # and tooltips around real headlines
        words = class_words(a)
        if words and concept_of(words) == "cookie":
            return True
    return False


def in_hidden(el) -> bool:
    """Whether the element or an ancestor is hidden (``hidden``, ``aria-hidden``, ``display:none``):
    the heading of a closed pop-up or a saved translation widget ("Original text") is not
    what the reader sees as the page's headline."""
    return is_hidden(el.attrib) or any(is_hidden(anc.attrib) for anc in el.iterancestors())


# Class/id words of a site's logo or masthead: an h1 there names the site or section
# ("Minecraft News", the blog's name), not the page.
_BANNER = regex.compile(r"(?<![a-z])(?:logo|brand|branding|site-?title|site-?name|masthead)"
                        r"(?![a-z])", regex.I)
BANNER_LEVELS = 3  # the logo's wrapper around the heading: a link, a div


def is_banner(el) -> bool:
    """Whether a heading is the site's logo or masthead (by its own or a close wrapper's
    class/id words, or role=banner)."""
    node = el
    for _ in range(BANNER_LEVELS + 1):
        if node is None or node.tag in ("body", "main", "article"):
            break
        a = node.attrib
        if a.get("role") == "banner" or _BANNER.search(class_words(a)):
            return True
        node = node.getparent()
    return False
