"""Widgets: blocks under a related/comments/tags/author-box element inside the region are marked
by mark_widgets and dropped by the Widgets filter; the article's own blocks stay."""

import pytest
from factories import make_doc
from trees import P1, P2, P3, P4, blocks_of, by_id, tree

from cleanarticle.filters.widgets import Widgets
from cleanarticle.html.widgets import mark_widgets

PAGE = f"""
<div id="region">
  <p>{P1}</p><p>{P2}</p><p>{P3}</p>
  <div class="related-posts"><h3>Related posts</h3>
    <p><a href="/a">A Community Fridge Outlasts Its First Winter</a></p>
    <p><a href="/b">At the Tomato Festival, 140 Varieties and One Winner</a></p></div>
  <div class="tags"><a href="/t/seeds">seeds</a> <a href="/t/library">library</a></div>
  <div class="author-box">Priya Natarajan writes about towns and the people who keep them going.</div>
  <ol class="comment-list"><li><p>Great idea, our library should do this too!</p></li></ol>
</div>
<div id="outside" class="related-posts"><p>Outside the region and not judged here</p></div>
"""


def _marked(html: str, region_id: str = "region"):
    root = tree(html)
    _, blocks, elements = blocks_of(root)
    region = by_id(root, region_id)
    inside = set(region.iter())
    for b, el in zip(blocks, elements, strict=True):
        b.outside = None if el in inside else "outside"
    mark_widgets(blocks, elements, region)
    return blocks


def test_widget_blocks_are_marked_with_their_concept():
    words = {b.text: b.words for b in _marked(PAGE)}
    assert words["Related posts"] == "related"
    assert words["A Community Fridge Outlasts Its First Winter"] == "related"
    assert words["seeds library"] == "tags"
    assert words["1. Great idea, our library should do this too!"] == "comments"
    assert words["Priya Natarajan writes about towns and the people who keep them going."] == "author_box"
    assert words[P1] is None and words[P2] is None and words[P3] is None


def test_widgets_filter_keeps_the_article_only():
    blocks = [b for b in _marked(PAGE) if b.in_region]
    reasons = Widgets().decide(blocks, make_doc(blocks))
    assert [b.text for b, r in zip(blocks, reasons, strict=True) if r is None] == [P1, P2, P3]
    assert all("widget" in r for r in reasons if r)


def test_blocks_outside_the_region_are_not_marked():
    outside = [b for b in _marked(PAGE) if not b.in_region]
    assert [b.text for b in outside] == ["Outside the region and not judged here"]
    assert outside[0].words is None


def test_a_widget_holding_most_of_the_region_is_the_content():
    # A forum thread served inside a "comments" wrapper: the posts are the page.
    html = f"""<div id="region"><h1>Seeds that came back wrong</h1>
      <div class="comments"><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></div></div>"""
    assert all(b.words is None for b in _marked(html))


def test_the_region_element_itself_is_no_widget():
    html = f"""<div id="region" class="comments-area"><p>{P1}</p><p>{P2}</p></div>"""
    assert all(b.words is None for b in _marked(html))


def test_page_builder_boxes_holding_the_whole_region_are_content():
    # Page builders call every box a widget: a page made of such boxes, none of them the
    # article on its own, keeps them all.
    boxes = "".join(f'<div class="widget"><p>{p}</p></div>' for p in (P1, P2, P3, P4))
    blocks = _marked(f'<div id="region">{boxes}</div>')
    assert [b.words for b in blocks if b.in_region] == [None] * 4


def test_teaser_boxes_next_to_an_article_box_stay_widgets():
    article = f'<div class="widget"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>'
    teasers = "".join(f'<div class="widget"><p><a href="/{i}">Teaser story number {i}</a></p></div>'
                      for i in range(3))
    words = {b.text: b.words for b in _marked(f'<div id="region">{article}{teasers}</div>')}
    assert words[P1] is None
    assert words["Teaser story number 0"] == "sidebar"


def test_prose_boxes_beside_the_biggest_builder_box_are_content():
    # A builder page whose article runs over several text boxes, one of them holding more
    # than half the region: the smaller prose boxes are the same article, the link box not.
    big = f'<div class="widget widget_text"><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p>' \
          f'<p>{P1}</p></div>'
    small = f'<div class="widget widget_text"><h2>Before you sign</h2><p>{P2}</p></div>'
    links = '<div class="widget"><p><a href="/next">Next: what to ask in a second interview' \
            '</a></p></div>'
    words = {b.text: b.words for b in _marked(f'<div id="region">{small}{big}{links}</div>')}
    assert words["Before you sign"] is None and words[P2] is None
    assert words["Next: what to ask in a second interview"] == "sidebar"


_THREAD = "".join(f"<li><p>{p} Reader number {i} agrees.</p></li>"
                  for i, p in enumerate((P1, P2, P3, P4) * 3))
_TEASERS = "".join(f"<li><h3><a href='/{i}'>Another story {i}</a></h3><p>{p} More {i}.</p></li>"
                   for i, p in enumerate((P1, P2, P3, P4) * 2))


@pytest.mark.parametrize("box, inside, concept", [
    # a blog post with a long comment thread under it
    (f'<ol class="comment-list">{_THREAD}</ol>', f"1. {P1} Reader number 0 agrees.", "comments"),
    # long excerpts in a related-posts list
    (f'<ul class="related-posts">{_TEASERS}</ul>', f"{P1} More 0.", "related"),
])
def test_a_widget_outweighing_a_full_article_is_still_a_widget(box, inside, concept):
    # The box holds most of the region, but the post has an article's worth of prose of its
    # own, so the box stays a widget.
    post = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4, P1, P2, P3))
    words = {b.text: b.words for b in _marked(f'<div id="region">{post}{box}</div>')}
    assert words[P1] is None
    assert words[inside] == concept


def test_a_state_of_the_container_names_no_widget():
    from cleanarticle.rules.vocab import concept_of

    # "paywall-on": the article shows a paywall; it is not the paywall box.
    assert concept_of("node node-article paywall-on") is None
    assert concept_of("main-content ads-enabled") is None
    assert concept_of("paywall") == "newsletter"
    assert concept_of("ad-slot") == "ads"


AUTHOR_CARD = f"""
<div id="region">
  <p>{P1}</p><p>{P2}</p><p>{P3}</p>
  <div class="author-section"><p>Marta Oyelaran</p>
    <p>Marta Oyelaran is our lead gardening writer and grows vegetables on a city balcony.</p></div>
</div>
"""


def test_a_box_named_for_the_author_is_judged_on_articles():
    words = {b.text: b.words for b in _marked(AUTHOR_CARD)}
    assert words["Marta Oyelaran"] == "author"
    assert words[P1] is None


def test_a_box_named_for_the_author_stays_on_other_pages():
    # On a forum or a listing each post or card names its author: those lines are content.
    root = tree(AUTHOR_CARD)
    _, blocks, elements = blocks_of(root)
    region = by_id(root, "region")
    mark_widgets(blocks, elements, region, article=False)
    assert all(b.words is None for b in blocks)


def test_recent_and_latest_post_boxes_are_related_posts():
    html = f"""<div id="region"><p>{P1}</p><p>{P2}</p><p>{P3}</p>
      <section class="recent-articles"><h3>Recent articles</h3>
        <p><a href="/c">Why Seed Libraries Need Volunteers</a></p></section>
      <div class="latest-posts-widget"><p><a href="/d">Ten Herbs for a Shady Balcony</a></p></div>
    </div>"""
    words = {b.text: b.words for b in _marked(html)}
    assert words["Recent articles"] == "related"
    assert words["Why Seed Libraries Need Volunteers"] == "related"
    assert words["Ten Herbs for a Shady Balcony"] == "related"
    assert words[P1] is None
