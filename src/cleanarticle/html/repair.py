"""Repairs before pruning: text that sits in elements the pruner drops whole, but that a reader
of the page sees.

- A <button> (or <select>, <label>) holding an article's worth of text is a parser mishap: an
  unclosed element inside it kept it open, and the rest of the page fell into it. Browsers
  close it at its end tag; here its content is kept in place of it.
- MathML equations are text: each <math> becomes the characters it renders (its TeX
  annotation left out), and MathJax's ``<script type="math/tex">`` sources become their TeX.
- Ruby annotations are no text of their own: the readings set small above East Asian
  characters (<rt>, and the <rp> brackets for browsers without ruby) go, the base text stays
  ("子<rt>こ</rt>ども" reads "子ども", as the headline in the page's <title> does).
"""

from __future__ import annotations

import lxml.etree
import lxml.html

#: A control holding more text than this (characters) swallowed the page: its label is short.
CONTROL_MAX_CHARS = 500
_CONTROLS = ("button", "select", "label")
_ANNOTATIONS = ("annotation", "annotation-xml")
_RUBY_TEXT = ("rt", "rp")
_REPAIRED = (*_CONTROLS, "math", "script", *_RUBY_TEXT)


def repair(root: lxml.html.HtmlElement) -> None:
    """Apply the repairs in place (the tree is the library's own parse)."""
    found = list(root.iter(_REPAIRED))  # one walk for every repair
    for el in found:
        if el.tag in _CONTROLS and len(el.text_content()) > CONTROL_MAX_CHARS:
            el.drop_tag()
    for el in found:
        tag = el.tag
        if tag == "math":
            _replace_with_text(el, math_text(el))
        elif tag == "script":
            if (el.get("type") or "").lower().startswith("math/tex") and el.text and el.text.strip():
                _replace_with_text(el, el.text.strip())
        elif tag in _RUBY_TEXT and el.getparent() is not None:
            el.drop_tree()  # keeps its tail: the base text after the reading


def math_text(math: lxml.html.HtmlElement) -> str:
    """The characters a MathML equation shows, one space between its tokens."""
    parts = []
    for node in math.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag in _ANNOTATIONS or any(a.tag in _ANNOTATIONS for a in node.iterancestors()):
            continue
        if node.text and node.text.strip() and len(node) == 0:
            parts.append(node.text.strip())
    text = " ".join(parts)
    return text or (math.get("alttext") or "").strip()


def _replace_with_text(el: lxml.html.HtmlElement, text: str) -> None:
    span = lxml.etree.Element("span")
    span.text = text
    span.tail = el.tail
    el.getparent().replace(el, span)
