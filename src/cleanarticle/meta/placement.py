"""Where an element sits on the page: in a comment, rail, sidebar, navigation or dialog,
rather than in the article. The metadata readers ask it before they take an author or a
date from the page's text ("by Ann Commenter" in a comment, a date in a ranking rail)."""

from __future__ import annotations

import regex

from ..rules.vocab import class_words, concept_of

# Ancestors a piece of the article's metadata may not sit in: comments, rails and widgets,
# navigation and the like.
OFF_ARTICLE = frozenset(("comments", "related", "sidebar", "navigation", "share", "newsletter",
                         "breadcrumbs", "pagination", "ads", "modal", "cookie"))
# Right under the headline only comments, rails and navigation: a byline may share a box with
# the share buttons there, or stand in a column beside the text.
OFF_HEADER = frozenset(("comments", "related", "navigation"))
_TAGS = frozenset(("nav", "aside", "template"))
# Blog engines and page builders call every block a "widget" (Blogger's main post sits in
# "widget Blog"): only a sidebar named as such counts.
_SIDEBAR = regex.compile(r"sidebar|widget-?area", regex.IGNORECASE)
ANCESTOR_LEVELS = 14
_ROLES = frozenset(("dialog", "alertdialog", "navigation"))


def off_article(el, concepts: frozenset[str] = OFF_ARTICLE) -> bool:
    """Whether an element sits in a comment, rail, widget, navigation or dialog (``concepts``:
    the class-word concepts that count). An <aside> (or role=complementary) inside the
    article (a meta column beside the text) or around it does not count."""
    aside = content = False
    for i, anc in enumerate(el.iterancestors()):
        tag = anc.tag
        if i >= ANCESTOR_LEVELS or tag in ("body", "html"):
            break
        role = anc.get("role")
        if tag in _TAGS or role == "complementary":
            if tag != "aside" and role != "complementary":
                return True
            aside = aside or not content  # an <aside> around the <main> is no sidebar
        elif tag in ("article", "main"):
            if aside:
                return False
            content = True
        words = class_words(anc.attrib)
        if words:
            concept = concept_of(words)
            if concept in concepts and (concept != "sidebar" or _SIDEBAR.search(words)):
                return True
        if role in _ROLES:
            return True
    return aside


def in_banner(el) -> bool:
    """Whether an element sits in the site's banner: a <header> (or role=banner) outside any
    <article> or <main> and without a headline (h1) of its own. A newspaper's masthead shows
    the day's date there ("Mittwoch, 01. November 2023"), not the article's."""
    banner = None
    for anc in el.iterancestors():
        tag = anc.tag
        if tag in ("article", "main") or anc.get("role") == "main":
            return False
        if banner is None and (tag == "header" or anc.get("role") == "banner"):
            banner = anc
    return banner is not None and next(banner.iter("h1"), None) is None


def article_container(anchor, root):
    """Where the article's own markup is: the <article> or <main> around the headline (the
    headline's own ``<article>``, not a page-wide wrapper holding every post), else the body."""
    if anchor is not None:
        for anc in anchor.iterancestors():
            if anc.tag in ("article", "main") or anc.get("role") == "main":
                return anc
    body = root.find("body")
    return root if body is None else body
