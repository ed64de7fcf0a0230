"""Article.confidence / is_article: high for articles, low for home, listing, product pages
and pages that are mostly boilerplate; clean(min_confidence=...) drops their body."""

from __future__ import annotations

import json

import pytest

import cleanarticle
from cleanarticle.confidence import THRESHOLD, WEIGHTS, features, score
from cleanarticle.explain import explain

SENTENCES = [
    "The council voted on Monday to repair the old bridge, ending a debate that had lasted "
    "through three budget cycles and two elections.",
    "Engineers had warned for years that the steel supports were corroding faster than "
    "expected, and heavy lorries were banned from crossing last spring.",
    "Residents on both banks welcomed the decision, although some shop owners fear months "
    "of detours will keep customers away from the high street.",
    "Work is due to start in September and should take about fourteen months, the council "
    "said, with one lane kept open for pedestrians and cyclists.",
    "The repair will be paid for by a regional infrastructure grant and a small rise in the "
    "parking charges at the town's two main car parks.",
    "Opposition members argued that a new bridge would have been cheaper in the long run, "
    "but the motion to commission a feasibility study was defeated.",
]
NAV = ('<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> '
       '<a href="/culture">Culture</a></nav></header>')
FOOTER = "<footer><p>© 2025 Riverside Courier · Contact · Privacy</p></footer>"


def article_page(og_type: str = "article", paragraphs: int = 6) -> str:
    body = "".join(f"<p>{SENTENCES[i % len(SENTENCES)]}</p>" for i in range(paragraphs))
    return (f'<html lang="en"><head><title>Old bridge to be repaired | Riverside Courier</title>'
            f'<meta property="og:type" content="{og_type}"></head><body>{NAV}<main><article>'
            f"<h1>Old bridge to be repaired</h1>{body}</article></main>{FOOTER}</body></html>")


def listing_page() -> str:
    cards = "".join(
        f'<div class="card"><h2><a href="/news/story-{i}">Story number {i} of the day in '
        f'town</a></h2><p>{i} hours ago</p><p>Short teaser for story {i}.</p></div>'
        for i in range(24))
    return (f'<html lang="en"><head><title>Riverside Courier – Local news</title>'
            f'<meta property="og:type" content="website"></head><body>{NAV}'
            f"<main><h1>Latest news</h1>{cards}</main>{FOOTER}</body></html>")


def product_page() -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "Product",
                     "name": "Trail running shoe", "offers": {"price": "89.00"}})
    return (f'<html lang="en"><head><title>Trail running shoe – Shop</title>'
            f'<script type="application/ld+json">{ld}</script></head><body>{NAV}<main>'
            "<h1>Trail running shoe</h1><p>€89.00</p><p>In stock</p>"
            "<ul><li>Size 40</li><li>Size 41</li><li>Size 42</li><li>Size 43</li></ul>"
            "<p>Lightweight shoe with a grippy sole for muddy trails.</p>"
            "<p>Free delivery over €50. Returns within 30 days.</p>"
            f"</main>{FOOTER}</body></html>")


def boilerplate_page() -> str:
    """One short paragraph of prose buried in menus, link lists and legal text."""
    links = "".join(f'<li><a href="/t/{i}">Topic {i} and more</a></li>' for i in range(80))
    legal = "".join(f"<p>Legal notice line {i}: terms apply.</p>" for i in range(30))
    return (f'<html lang="en"><head><title>Notice</title></head><body>{NAV}<div>'
            f"<ul>{links}</ul><p>{SENTENCES[0]}</p><div>{legal}</div></div>{FOOTER}"
            "</body></html>")


ARTICLE_URL = "https://courier.example/2025/03/04/old-bridge-to-be-repaired-after-years"


def test_an_article_is_confidently_an_article() -> None:
    a = cleanarticle.clean(article_page(), ARTICLE_URL)
    assert a.confidence >= THRESHOLD and a.is_article
    assert a.to_dict()["is_article"] is True


@pytest.mark.parametrize("page,url", [
    (listing_page, "https://courier.example/"),
    (product_page, "https://shop.example/p/12345"),
    (boilerplate_page, "https://courier.example/notice"),
])
def test_non_articles_score_low(page, url) -> None:
    a = cleanarticle.clean(page(), url)
    article = cleanarticle.clean(article_page(), ARTICLE_URL)
    assert a.confidence < THRESHOLD and not a.is_article, a.confidence
    assert a.confidence < article.confidence - 0.3


def test_confidence_does_not_need_a_url_or_a_declared_type() -> None:
    article = cleanarticle.clean(article_page(og_type=""))
    listing = cleanarticle.clean(listing_page().replace('content="website"', 'content=""'))
    assert article.confidence > listing.confidence


def test_declared_type_moves_the_score() -> None:
    as_article = cleanarticle.clean(article_page("article")).confidence
    as_product = cleanarticle.clean(article_page("product")).confidence
    undeclared = cleanarticle.clean(article_page("")).confidence
    assert as_product < undeclared < as_article


def test_more_prose_more_confidence() -> None:
    short = cleanarticle.clean(article_page("", paragraphs=1)).confidence
    long = cleanarticle.clean(article_page("", paragraphs=12)).confidence
    assert short < long


def test_min_confidence_drops_the_body_but_keeps_metadata() -> None:
    listing = cleanarticle.clean(listing_page(), "https://courier.example/", min_confidence=0.5)
    assert listing.text == "" and listing.blocks == []
    assert listing.title and listing.confidence < 0.5
    article = cleanarticle.clean(article_page(), ARTICLE_URL, min_confidence=0.5)
    assert article.text == cleanarticle.clean(article_page(), ARTICLE_URL).text != ""
    text = cleanarticle.clean_text("Old bridge\n\n" + "\n\n".join(SENTENCES), min_confidence=1.0)
    assert text.text == ""


def test_text_pages_get_a_confidence() -> None:
    text = "Old bridge to be repaired\n\n" + "\n\n".join(SENTENCES)
    a = cleanarticle.clean(text, kind="text")
    assert 0.0 < a.confidence <= 1.0
    menu = "\n".join(["Home", "News", "Sport", "Culture", "Contact", "Login"] * 5)
    b = cleanarticle.clean(menu, kind="text")
    assert b.confidence < a.confidence


def test_empty_pages_have_zero_confidence() -> None:
    a = cleanarticle.clean("<html><body></body></html>")
    assert a.confidence == 0.0 and not a.is_article


def test_features_lie_in_the_unit_interval_and_match_the_weights() -> None:
    for page in (article_page(), listing_page(), product_page(), boilerplate_page()):
        doc = explain(page, ARTICLE_URL).document
        values = features(doc)
        assert set(values) == set(WEIGHTS)
        assert all(0.0 <= v <= 1.0 for v in values.values()), values
        assert 0.0 < score(values) < 1.0
