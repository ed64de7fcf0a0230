"""MetadataLines: bylines, date lines, relative timestamps and the title again go; prose stays."""

import pytest
from factories import PROSE, decide, dropped, kept

from cleanarticle.filters.metalines import MetadataLines

TITLE = "US Senators See a Glimmer of Hope for Breaking a Logjam With China"


@pytest.mark.parametrize(
    "text",
    [
        "By admin",
        "By Jane Doe",
        "Von Max Mustermann",
        "Par Jean Dupont",
        "Published 1 year ago on",
        "October 10, 2023",
        "Published on October 10, 2023",
        "10 hours ago",
        "vor 3 Stunden",
        "10. Oktober 2023",
        "Updated: 10.10.2023, 14:05 Uhr",
        "Publié le 10 octobre 2023",
        "Posted on October 10, 2023 by admin",
        "October 10, 2023 by admin",
        "10. Oktober 2023 · Von Katrin Berger · Brot",
        "May 2, 2024 · Tomás Reyes · 6 min read",
    ],
)
def test_byline_and_date_lines_are_dropped(text):
    assert dropped(MetadataLines(), text)


@pytest.mark.parametrize(
    "text",
    [
        "On October 10, 2023, the council voted to close the bridge for six months of repairs.",
        "By the end of the year, the company expects to hire 300 more workers in the region.",
        "Am 10. Oktober 2023 beschloss der Gemeinderat, die Brücke für sechs Monate zu sperren.",
        "Ten hours ago the river was still rising; by noon it had crested a foot below the levee.",
        PROSE,
    ],
)
def test_prose_with_a_date_or_by_is_kept(text):
    assert not dropped(MetadataLines(), text)


def test_title_repeat_is_dropped_case_and_punctuation_aside():
    repeat = TITLE.upper() + "."
    assert kept(MetadataLines(), repeat, PROSE, title=TITLE) == [PROSE]


def test_nothing_is_a_title_repeat_without_a_title():
    assert kept(MetadataLines(), TITLE, PROSE) == [TITLE, PROSE]


def test_a_longer_line_containing_the_title_is_kept():
    text = TITLE + ", the senators said after the meeting."
    assert kept(MetadataLines(), text, PROSE, title=TITLE) == [text, PROSE]


def test_the_head_title_with_the_site_name_printed_in_the_body_is_dropped():
    page_title = f"{TITLE} | The Valley Ledger"
    assert kept(MetadataLines(), page_title, PROSE, title=TITLE, page_title=page_title) == [PROSE]


def test_a_head_title_that_does_not_hold_the_headline_is_no_title_repeat():
    # a <title> written as a sentence of its own may be the article's lead
    lead = "Senators meet Chinese officials in Beijing for the first time in four years"
    assert kept(MetadataLines(), lead, PROSE, title=TITLE, page_title=lead) == [lead, PROSE]


@pytest.mark.parametrize("text", ["Written by", "Reviewed by:", "Last updated", "Fact checked by",
                                  "Zuletzt aktualisiert", "Mis à jour le", "Autor:"])
def test_a_metadata_label_standing_alone_is_dropped(text):
    assert decide(MetadataLines(), PROSE, text, PROSE)[1] == "metadata label"


def test_a_bare_by_between_an_item_and_its_maker_stays():
    assert not dropped(MetadataLines(), "by")


def test_a_breadcrumb_trail_ending_in_the_title_is_dropped():
    for trail in (f"Blog / {TITLE}", f"Home > Politics > {TITLE}", f"News/World/{TITLE}"):
        assert kept(MetadataLines(), trail, PROSE, title=TITLE) == [PROSE]
    # a line that only shares its end with the title, or whose steps are long, stays
    other = f"Why {TITLE}"
    long_step = "The senators who met in the capital on Monday said little more than this / " + TITLE
    assert kept(MetadataLines(), other, long_step, PROSE, title=TITLE) == [other, long_step, PROSE]


def test_the_pages_own_card_in_a_list_of_stories_is_left_to_the_card_filter():
    from factories import LONG_PROSE, linked, para

    from cleanarticle.filters.teasers import TeaserCards

    cards = []
    for title in ("Tariff Talks Resume in Geneva", TITLE, "What the Soybean Deal Means"):
        cards += [linked(title, kind="heading", level=3),
                  para("A short summary of the story that tells readers what happened next…")]
    blocks = [linked(TITLE, kind="heading", level=1), LONG_PROSE, PROSE, *cards]
    # the headline above the article goes; the same title as a card below it stays here ...
    left = kept(MetadataLines(), *blocks, title=TITLE)
    assert left == [b if isinstance(b, str) else b.text for b in blocks[1:]]
    # ... so that the card filter still sees a run of three cards, and takes them all
    from factories import as_blocks, make_doc

    from cleanarticle.model import PageType
    rest = as_blocks(*blocks[1:])
    doc = make_doc(rest)
    doc.page_type = PageType("article", ())
    out = TeaserCards().decide(rest, doc)
    assert [b.text for b, r in zip(rest, out, strict=True) if r is None] == [LONG_PROSE, PROSE]


def test_a_lone_link_preview_repeating_the_title_goes():
    from factories import LONG_PROSE, linked, para

    preview = [linked(TITLE, kind="paragraph"),
               para("Senators from both parties said on Tuesday that talks could resume soon.")]
    assert kept(MetadataLines(), LONG_PROSE, *preview, title=TITLE) == \
        [LONG_PROSE, preview[1].text]
