"""Teaser cards: a run of linked titles with one short excerpt each, late in an article, goes;
the same cards on a listing, and an article's own sections, stay."""

from factories import LONG_PROSE, PROSE, PROSE_2, PROSE_3, kept, linked, para

from cleanarticle.filters.teasers import TeaserCards, find_cards
from cleanarticle.model import PageType

ARTICLE = PageType("article", ())
LISTING = PageType("listing", ())

CARDS = []
for n, title in enumerate(("How the Harbor Ferry Got Its Night Schedule",
                           "Dredging the Channel, One Season at a Time",
                           "The Lighthouse Keepers Who Stayed")):
    CARDS += [linked(title, kind="heading", level=3),
              para(f"A short summary of story {n} that tells readers what happened next…"),
              para("March 12, 2025")]



def test_cards_are_found_one_title_one_excerpt_each():
    assert find_cards(CARDS) == [(0, 2), (3, 5), (6, 8)]


def test_a_run_of_cards_after_the_article_goes():
    blocks = [LONG_PROSE, PROSE, PROSE_2, *CARDS]
    flt = TeaserCards()
    from factories import as_blocks, make_doc
    bl = as_blocks(*blocks)
    doc = make_doc(bl)
    doc.page_type = ARTICLE
    out = flt.decide(bl, doc)
    assert [b.text for b, r in zip(bl, out, strict=True) if r is None] == [LONG_PROSE, PROSE, PROSE_2]
    assert all(r and r.startswith("teaser card") for r in out[3:])


def _kept(blocks, page_type):
    from factories import as_blocks, make_doc
    bl = as_blocks(*blocks)
    doc = make_doc(bl)
    doc.page_type = page_type
    out = TeaserCards().decide(bl, doc)
    return [b.text for b, r in zip(bl, out, strict=True) if r is None]


def test_on_a_listing_the_cards_are_the_content():
    blocks = [PROSE, *CARDS]
    assert len(_kept(blocks, LISTING)) == len(blocks)


def test_cards_before_the_article_has_said_much_stay():
    # The run must start in the article's second half: an intro's card-like lines are not it.
    blocks = [PROSE, *CARDS, LONG_PROSE, PROSE_2, PROSE_3]
    assert len(_kept(blocks, ARTICLE)) == len(blocks)


def test_sections_with_more_than_one_paragraph_are_no_cards():
    section = [linked("The Harbor Ferry", kind="heading", level=2), para(PROSE_2), para(PROSE_3)]
    blocks = [LONG_PROSE, PROSE, *section * 3]
    assert len(_kept(blocks, ARTICLE)) == len(blocks)


def test_two_cards_are_not_yet_a_list():
    blocks = [LONG_PROSE, PROSE, *CARDS[:6]]
    assert len(_kept(blocks, ARTICLE)) == len(blocks)
    assert kept(TeaserCards(), LONG_PROSE, *CARDS)  # no page type: left alone
