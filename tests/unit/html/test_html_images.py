"""The article's images: real sources behind lazy loading, absolute, placed among the blocks."""

from __future__ import annotations

import lxml.html
import pytest

import cleanarticle
from cleanarticle.html.images import image_source

PROSE = "The ferry left at dawn and the crossing was calm, with gulls following the wake. " * 4


def _img(attrs: str):
    return lxml.html.fragment_fromstring(f"<img {attrs}>")


@pytest.mark.parametrize("attrs, src", [
    ('src="/a.jpg"', "/a.jpg"),
    ('src="data:image/gif;base64,R0l" data-src="/real.jpg"', "/real.jpg"),
    ('src="/img/placeholder.png" data-lazy-src="/real.jpg"', "/real.jpg"),
    ('srcset="/s.jpg 480w, /l.jpg 1200w, /m.jpg 800w"', "/l.jpg"),
    ('src="data:image/svg+xml,%3Csvg%3E" data-srcset="/x1.jpg 1x, /x2.jpg 2x"', "/x2.jpg"),
    ('src="data:image/gif;base64,R0l"', None),
])
def test_the_real_source_behind_lazy_loading(attrs, src):
    assert image_source(_img(attrs)) == src


def _page(figure: str) -> str:
    return (f"<html><body><article><p>{PROSE}</p>{figure}<p>{PROSE}</p></article>"
            "<div class='related'><a href='/x'><img src='/thumb.jpg' width='300'></a>"
            "<h4><a href='/x'>Another story</a></h4></div></body></html>")


def test_images_are_absolute_with_alt_and_caption_and_placed():
    page = _page("<figure><img src='/media/ferry.jpg' alt='The ferry'>"
                 "<figcaption>Leaving the harbour</figcaption></figure>")
    article = cleanarticle.clean(page, "https://news.example/2024/ferry/", images=True)
    assert [i.to_dict() for i in article.images] == [{
        "src": "https://news.example/media/ferry.jpg", "alt": "The ferry",
        "caption": "Leaving the harbour", "block": 1}]
    assert article.to_dict()["images"][0]["src"] == "https://news.example/media/ferry.jpg"


def test_icons_spacers_and_thumbnails_outside_the_article_are_left_out():
    page = _page("<p><img src='/pixel.gif' width='1' height='1'><img src='/i/share.png' "
                 "class='share-icon'> <img src='/ok.jpg' alt='ok'></p>")
    article = cleanarticle.clean(page, "https://news.example/a/", images=True)
    assert [i.src for i in article.images] == ["https://news.example/ok.jpg"]


def test_no_images_unless_asked_and_the_text_is_the_same():
    page = _page("<img src='/a.jpg'>")
    assert cleanarticle.clean(page).images == []
    assert cleanarticle.clean(page).text == cleanarticle.clean(page, images=True).text


def test_unsafe_sources_are_dropped():
    page = _page("<img src='javascript:alert(1)'>")
    assert cleanarticle.clean(page, images=True).images == []
