"""Headline text as a reader sees it, and headings in dialogs left out of the title."""

import lxml.html
import pytest

from cleanarticle.meta import extract_html_metadata
from cleanarticle.meta.headings import heading_text, in_dialog

BODY = "<p>" + "Plain words of the article body. " * 20 + "</p>"


def h1(markup: str):
    return lxml.html.fragment_fromstring(markup)


@pytest.mark.parametrize(("markup", "text"), [
    ("<h1>Spring garden plans<br>What to sow in March</h1>",
     "Spring garden plans What to sow in March"),
    ("<h1>Bicycle<span><br>Repair</span></h1>", "Bicycle Repair"),
    ("<h1><div>Harbour news</div><div>Ferries resume</div></h1>", "Harbour news Ferries resume"),
    ("<h1>Keep <em>inline</em> words<b>joined</b></h1>", "Keep inline wordsjoined"),
    ("<h1>Old mill<span aria-hidden='true'>Old mill Old mill</span></h1>", "Old mill"),
    ("<h1>Tide tables<span hidden>copy</span><span style='display: none'>x</span></h1>",
     "Tide tables"),
    ("<h1>River walk <button>Save</button><script>var a=1</script></h1>", "River walk"),
    ("<h1>North<span aria-hidden='true'> – </span>South</h1>", "North South"),
    # a kicker in front names the topic, not the story
    ("<h1><span class='kicker'>Climate</span>: Drilling until it gets hot</h1>",
     "Drilling until it gets hot"),
    ("<h1><a href='/x'><span class='article-header__roofline'>Harbour</span>"
     "<span>Ferries resume</span></a></h1>", "Ferries resume"),
    ("<h1><span class='label label--green'>News</span> Old mill reopens</h1>",
     "Old mill reopens"),
    # not in front, or all there is: kept
    ("<h1>Old mill reopens <span class='label'>Update</span></h1>", "Old mill reopens Update"),
    ("<h1><span class='overline'>Harbour news</span></h1>", "Harbour news"),
    ("<h1>Ferries <span class='kicker'>resume</span></h1>", "Ferries resume"),
])
def test_heading_text(markup, text):
    assert heading_text(h1(markup)) == text


def test_deep_markup_in_a_heading_is_read_flat():
    markup = "<h1>" + "<span>" * 100 + "Deep title" + "</span>" * 100 + "</h1>"
    assert heading_text(h1(markup)) == "Deep title"


@pytest.mark.parametrize(("wrapper", "inside"), [
    ('<div role="dialog"><div>{}</div></div>', True),
    ('<div aria-modal="true">{}</div>', True),
    ('<div id="cookie-notice"><div class="text">{}</div></div>', True),
    ('<section class="consent-banner">{}</section>', True),
    ('<div class="hero-banner-popup"><div>{}</div></div>', False),
    ('<div class="post"><header>{}</header></div>', False),
])
def test_in_dialog(wrapper, inside):
    doc = lxml.html.document_fromstring("<html><body>" + wrapper.format("<h1>X</h1>") +
                                        "</body></html>")
    assert in_dialog(next(doc.iter("h1"))) is inside


def test_cookie_banner_heading_is_not_the_title():
    doc = lxml.html.document_fromstring(
        "<html><head><title>Harbour ferries resume after storm - Coast Times</title>"
        "<meta property='og:site_name' content='Coast Times'></head>"
        "<body><div id='ccc' role='region'><div role='dialog'><h1>Your choice regarding "
        "cookies on this site</h1></div></div><h1>Coast Times Homepage</h1>" + BODY +
        "</body></html>")
    assert extract_html_metadata(doc).title == "Harbour ferries resume after storm"


def test_h1_with_line_break_agrees_with_the_head_title():
    doc = lxml.html.document_fromstring(
        "<html><head><title>Spring garden plans What to sow in March | Garden Blog</title>"
        "</head><body><h1>Spring garden plans<br>What to sow in March</h1>" + BODY +
        "</body></html>")
    assert extract_html_metadata(doc).title == "Spring garden plans What to sow in March"


# A translation widget's saved pop-up, hidden until the reader asks for it, holds an h1.
_POPUP = ('<div id="gt-popup" class="skiptranslate" style="display: none"><div class="inner">'
          "<h1>Original text</h1><p>Rate this translation</p></div></div>")


def test_a_hidden_widgets_heading_is_not_the_title():
    doc = lxml.html.document_fromstring(
        "<html><head><title>Kitchen renovation costs explained | Home Help</title></head>"
        f"<body>{_POPUP}<main><h1>What a kitchen renovation really costs in 2024</h1>"
        f"{BODY}</main></body></html>")
    assert extract_html_metadata(doc).title == "What a kitchen renovation really costs in 2024"


@pytest.mark.parametrize("hide", ['hidden', 'aria-hidden="true"', 'style="display:none"'])
def test_a_page_whose_only_h1_is_hidden_still_names_it(hide):
    # a tabbed page that shows its headline only on the first tab's click
    doc = lxml.html.document_fromstring(
        "<html><head><title>Home Help</title></head>"
        f"<body><div class='tab' {hide}><h1>Fixing a dripping tap</h1></div>{BODY}"
        "</body></html>")
    assert extract_html_metadata(doc).title == "Fixing a dripping tap"
