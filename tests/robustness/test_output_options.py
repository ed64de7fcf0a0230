"""Damaged pages with every extraction option on: an Article or a library error, never another
exception, and every output format renders; the text is the same as without the options."""

import damaged_pages as dp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanarticle import CleanArticleError, Rules, clean
from cleanarticle.output import FORMATS, render

ALL = {"links": True, "images": True, "comments": True,
       "rules": Rules(prune=("div.x > span",), keep=("td",), drop_phrases=("council members",))}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=10**9))
def test_damaged_pages_render_in_every_format(seed):
    _, page = dp.page(seed)
    try:
        article = clean(page, **ALL)
    except CleanArticleError:
        return
    for fmt in FORMATS:
        assert isinstance(render(article, fmt), str)
    try:
        plain = clean(page, links=True, images=True, comments=True)
    except CleanArticleError:
        return
    assert plain.text == clean(page).text  # links, images, comments change no text


@pytest.mark.parametrize("inner", ["<b>" * 3000 + "x" + "</b>" * 3000, "<div>" * 3000 + "x" + "</div>" * 3000])
def test_deep_nesting_in_cells_and_comments(inner):
    page = ("<html><body><article><p>" + "Words of an ordinary paragraph of the article. " * 10
            + f"</p><table><tr><td>{inner}</td><td><a href='/y'>y</a></td></tr></table>"
            f"<div class='comments'><div class='comment'><span class='comment-author'>A</span>"
            f"<p>{inner}</p></div></div></article></body></html>")
    article = clean(page, links=True, images=True, comments=True)
    for fmt in FORMATS:
        render(article, fmt)
    assert [c.author for c in article.comments] == ["A"]
