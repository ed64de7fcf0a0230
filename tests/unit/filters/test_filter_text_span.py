"""TextSpan: on a plain-text dump, the run of lines holding the article stays; menus, rails and
footers around it go. HTML documents and pages with little prose are left alone."""

import pytest
from filter_factories import LONG_PROSE, PROSE, PROSE_2, PROSE_3, item, kept

from cleanarticle.filters.text_span import TextSpan

MENU = ["Home", "News", "Politics", "Sports", "Opinion"]
HEAD = ["Council Votes to Repair the Old Bridge", "By Jane Doe", "March 4, 2024"]
FOOTER = ["About Us", "Contact", "Privacy Policy", "© 2024 The Valley Ledger"]
RAIL = ["DON'T MISS", "Madera County Secures First Fentanyl-Related Homicide Conviction", "10 hours ago",
        "UP NEXT", "Fresno Weather Forecast: Pretty as a Postcard", "11 hours ago"]


def test_menu_head_rails_and_footer_around_the_article_go():
    out = kept(TextSpan(), *MENU, *HEAD, PROSE, PROSE_2, PROSE_3, *RAIL, *FOOTER, source_kind="text")
    assert out == [PROSE, PROSE_2, PROSE_3]


def test_subheadings_and_list_items_inside_the_article_stay():
    inner = [PROSE, "How the Plant Will Work", PROSE_2, item("- membrane filters"),
             item("- ultraviolet disinfection"), PROSE_3]
    out = kept(TextSpan(), *MENU, *inner, *FOOTER, source_kind="text")
    assert out == [b if isinstance(b, str) else b.text for b in inner]


def test_short_answer_lines_of_an_interview_stay():
    inner = [PROSE, "Why did you start the program?", "Because the drawers were empty.", PROSE_2, PROSE_3]
    assert kept(TextSpan(), *MENU, *inner, *FOOTER, source_kind="text") == inner


def test_html_documents_are_untouched():
    blocks = [*MENU, PROSE, PROSE_2, *FOOTER]
    assert kept(TextSpan(), *blocks, source_kind="html") == blocks


def test_a_page_with_little_prose_keeps_everything():
    blocks = [*MENU, "Tents", "Sleeping bags", "Stoves from $49", *FOOTER]
    assert kept(TextSpan(), *blocks, source_kind="text") == blocks


def test_a_rail_header_is_crossed_only_for_more_prose_than_it_costs():
    article = [LONG_PROSE, PROSE, PROSE_2]
    # One teaser paragraph after the rail header is not worth crossing it ...
    out = kept(TextSpan(), *article, "RELATED", PROSE_3, *FOOTER, source_kind="text")
    assert out == article
    # ... a long second part of the article is.
    out = kept(TextSpan(), *article, "RELATED", LONG_PROSE + " Again.", *FOOTER, source_kind="text")
    assert out == [*article, "RELATED", LONG_PROSE + " Again."]


@pytest.mark.xfail(strict=True, reason=(
    "a short closing line under SENTENCE_CHARS (40) costs a short-line penalty, so the span "
    "ends before the article's last line"))
def test_short_closing_line_of_the_article_stays():
    out = kept(TextSpan(), *MENU, PROSE, PROSE_2, PROSE_3, "Happy baking!", *FOOTER, source_kind="text")
    assert out == [PROSE, PROSE_2, PROSE_3, "Happy baking!"]
