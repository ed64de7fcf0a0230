"""The text front end's article span: on a plain-text dump, the run of lines holding the article
stays in the article; menus, rails and footers around it are placed outside. Pages with little
prose keep every line."""

import pytest
from factories import LONG_PROSE, PROSE, PROSE_2, PROSE_3, as_blocks, item

from cleanarticle.text.span import mark_span


def kept(*items) -> list[str]:
    """The texts mark_span leaves inside the article, in order."""
    blocks = as_blocks(*items)
    mark_span(blocks)
    return [b.text for b in blocks if b.in_region]

MENU = ["Home", "News", "Politics", "Sports", "Opinion"]
HEAD = ["Council Votes to Repair the Old Bridge", "By Jane Doe", "March 4, 2024"]
FOOTER = ["About Us", "Contact", "Privacy Policy", "© 2024 The Valley Ledger"]
RAIL = ["DON'T MISS", "Madera County Secures First Fentanyl-Related Homicide Conviction", "10 hours ago",
        "UP NEXT", "Fresno Weather Forecast: Pretty as a Postcard", "11 hours ago"]


def test_menu_head_rails_and_footer_around_the_article_go():
    out = kept(*MENU, *HEAD, PROSE, PROSE_2, PROSE_3, *RAIL, *FOOTER)
    assert out == [PROSE, PROSE_2, PROSE_3]


def test_subheadings_and_list_items_inside_the_article_stay():
    inner = [PROSE, "How the Plant Will Work", PROSE_2, item("- membrane filters"),
             item("- ultraviolet disinfection"), PROSE_3]
    out = kept(*MENU, *inner, *FOOTER)
    assert out == [b if isinstance(b, str) else b.text for b in inner]


def test_short_answer_lines_of_an_interview_stay():
    inner = [PROSE, "Why did you start the program?", "Because the drawers were empty.", PROSE_2, PROSE_3]
    assert kept(*MENU, *inner, *FOOTER) == inner


def test_a_page_with_little_prose_keeps_everything():
    blocks = [*MENU, "Tents", "Sleeping bags", "Stoves from $49", *FOOTER]
    assert kept(*blocks) == blocks


def test_a_rail_header_is_crossed_only_for_more_prose_than_it_costs():
    article = [LONG_PROSE, PROSE, PROSE_2]
    # One teaser paragraph after the rail header is not worth crossing it ...
    out = kept(*article, "RELATED", PROSE_3, *FOOTER)
    assert out == article
    # ... a long second part of the article is.
    out = kept(*article, "RELATED", LONG_PROSE + " Again.", *FOOTER)
    assert out == [*article, "RELATED", LONG_PROSE + " Again."]


@pytest.mark.xfail(strict=True, reason=(
    "a short closing line under SENTENCE_CHARS (40) costs a short-line penalty, so the span "
    "ends before the article's last line"))
def test_short_closing_line_of_the_article_stays():
    out = kept(*MENU, PROSE, PROSE_2, PROSE_3, "Happy baking!", *FOOTER)
    assert out == [PROSE, PROSE_2, PROSE_3, "Happy baking!"]


@pytest.mark.parametrize("marker", ["End of Article", "END OF STORY", "Ende des Artikels"])
def test_the_pages_end_of_article_marker_ends_the_span(marker):
    teasers = [f"Eating clean and still not losing weight? A doctor explains part {i} of the puzzle"
               for i in range(8)]
    # the site's "about us" prose at the foot of the page, as long as a paragraph
    about = ("The Lifestyle Desk is a team of journalists who sift through the news of the day to "
             "bring readers the stories, trends and advice that matter to their everyday lives.")
    out = kept(*MENU, *HEAD, PROSE, PROSE_2, PROSE_3, marker, *teasers, about, *FOOTER)
    assert out == [PROSE, PROSE_2, PROSE_3]


def test_a_repeated_label_ending_in_a_colon_introduces_content_and_stays():
    # a review roundup: "Pros:" and "Cons:" under every product are the article's own labels;
    # a control repeated as often ("Buy now") is a label of the page
    products = []
    for i, text in enumerate((PROSE, PROSE_2, PROSE_3)):
        products += [text, "Pros:", f"light enough for a day pack ({i})", "Cons:",
                     f"the strap frays after a season ({i})", "Buy now"]
    out = kept(*MENU, *products, LONG_PROSE, *FOOTER)
    assert out.count("Pros:") == 3 and out.count("Cons:") == 3
    assert "Buy now" not in out


def test_cookie_declaration_rows_are_chrome():
    # a consent manager's declaration table, dumped a row per line after the article
    rows = ["_ga 1 year 1 month Google Analytics sets this cookie to store and count page views "
            "across the sessions of each visitor.",
            "Functional cookies are used to perform certain functionalities like sharing the "
            "content of the website on social media platforms."]
    assert kept(*MENU, PROSE, PROSE_2, PROSE_3, *rows, *FOOTER) == [PROSE, PROSE_2, PROSE_3]


def test_a_long_consent_text_does_not_win_the_span():
    # a consent dialog dumped as one long line is longer than any of the article's paragraphs
    consent = ("We use cookies and similar technologies to give you a better experience, to "
               "measure how the site is used and to show you offers that may interest you. "
               * 6)
    assert len(consent) > 600
    out = kept(*MENU, consent, *MENU, PROSE, PROSE_2, PROSE_3, *FOOTER)
    assert consent not in out and PROSE in out


REVIEWS = [
    "“The nurses were wonderful with our son, and the front desk found us a slot the same "
    "afternoon when he came down with a fever on a Friday.”", "Katie H.",
    "We have been coming here for six years with all three of our children and have always "
    "felt listened to, even when the waiting room was full.", "Marcus T.",
    "Friendly, quick and clear about what to do next. The doctor called us back the next "
    "morning to ask how our daughter was sleeping after the new medicine.", "A. Rae V.",
    "Clean office, kind staff and no rush at all during the visit; we never feel like a number "
    "here, and the reminders for check-ups are a real help.", "Dawn P.",
]


def test_a_carousel_of_signed_testimonials_after_the_article_goes():
    out = kept(*MENU, *HEAD, PROSE, PROSE_2, PROSE_3, "Recent Articles", *REVIEWS, *FOOTER)
    assert out == [PROSE, PROSE_2, PROSE_3]


def test_testimonials_that_are_the_pages_only_prose_stay():
    out = kept(*MENU, "What our customers say", *REVIEWS, *FOOTER)
    assert REVIEWS[0] in out and REVIEWS[-2] in out
