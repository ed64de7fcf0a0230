"""Rails: a header such as DON'T MISS / UP NEXT and the headlines under it go; prose after stays."""

import pytest
from factories import LONG_PROSE, PROSE, PROSE_2, PROSE_3, heading, kept, linked, para

from cleanarticle.filters.rails import Rails
from cleanarticle.model import CODE, Block

RAIL = [
    para("DON'T MISS"),
    linked("Madera County Secures First Conviction in a Fentanyl Homicide Case"),
    para("10 hours ago"),
    para("DON'T MISS"),
    linked("Fresno Weather Forecast: Pretty as a Postcard"),
    para("UP NEXT"),
    linked("Delta Plane Flips on Toronto Runway Amid Winter Storm"),
    para("11 hours ago"),
]


@pytest.mark.parametrize("source_kind", ["html", "text"])
def test_rail_between_prose_is_dropped_and_prose_after_kept(source_kind):
    out = kept(Rails(), PROSE, *RAIL, PROSE_2, PROSE_3, source_kind=source_kind)
    assert out == [PROSE, PROSE_2, PROSE_3]


def test_rail_at_the_end_goes_to_the_end():
    assert kept(Rails(), PROSE, PROSE_2, *RAIL) == [PROSE, PROSE_2]


def test_one_long_paragraph_ends_the_rail_in_html():
    assert kept(Rails(), PROSE, *RAIL, LONG_PROSE) == [PROSE, LONG_PROSE]


def test_headline_lines_of_the_text_path_stay_in_the_rail():
    # Unlinked headlines, as a plain-text dump gives them.
    out = kept(
        Rails(), PROSE, "RELATED TOPICS:", "UP NEXT",
        "Belarus Releases 3 People, Including an American and a Jailed Journalist",
        "UP NEXT", "Too Few Tents Entering Gaza Threatens the Truce. Here’s What’s Happening",
        PROSE_2, PROSE_3, source_kind="text",
    )
    assert out == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    "header", ["Related articles", "Read more", "More from Business", "Ähnliche Beiträge",
               "Lesen Sie auch", "À lire aussi", "Artículos relacionados", "Leggi anche",
               "Die meistgelesenen Artikel", "Pour approfondir", "Más sobre Política",
               "More News from Business", "Must Read", "Join the conversation", "I più letti"],
)
def test_headers_in_several_languages(header):
    out = kept(Rails(), PROSE, heading(header, 3), linked("Dinkelbrötchen über Nacht backen"),
               linked("Lohnt sich ein Backstein im Ofen?"), PROSE_2, PROSE_3)
    assert out == [PROSE, PROSE_2, PROSE_3]


def test_sentence_starting_with_a_header_phrase_is_no_header():
    text = "Don't miss the comet this week, astronomers said, because it will not return for 80 years."
    assert kept(Rails(), PROSE, text, PROSE_2) == [PROSE, text, PROSE_2]


def test_subheading_and_prose_without_a_header_are_untouched():
    blocks = [PROSE, heading("How the plant will work"), PROSE_2, "Short line.", PROSE_3]
    assert kept(Rails(), *blocks) == [b if isinstance(b, str) else b.text for b in blocks]


@pytest.mark.parametrize("source_kind", ["html", "text"])
def test_last_paragraph_after_an_inline_rail_is_kept(source_kind):
    headline = linked("Madera County Secures First Fentanyl-Related Homicide Conviction")
    out = kept(Rails(), PROSE, "Read more", headline, PROSE_2, source_kind=source_kind)
    assert out == [PROSE, PROSE_2]


def test_on_a_listing_the_run_stays_but_rail_headers_go():
    teasers = [linked("Orchards Brace for a Late Frost"), linked("Seed Library Opens in Town Hall")]
    blocks = [heading("Latest news"), *teasers, heading("You might also like")]
    assert kept(Rails(), *blocks, listing=True) == [
        "Orchards Brace for a Late Frost", "Seed Library Opens in Town Hall"]


def test_code_ends_a_rail():
    # A "See also" box in documentation: the next code example is the page again.
    blocks = [PROSE, heading("See also"), linked("The os.path module"),
              Block(">>> Path('setup.py').exists()", CODE), para("Listing subdirectories:")]
    assert kept(Rails(), *blocks) == [PROSE, ">>> Path('setup.py').exists()", "Listing subdirectories:"]


def test_a_linked_read_more_opens_no_rail():
    # Each section of a roundup ends in a "Read more" link; the next section is not a rail.
    section = [heading("The Harbor Ferry"), PROSE, linked("Read more")]
    nxt = [heading("The Night Bus"), "Short and friendly: the night bus runs every hour."]
    out = kept(Rails(), *section, *nxt, PROSE_2)
    assert "The Night Bus" in out and nxt[1] in out
    # Unlinked, the same words still label a rail of teasers.
    out = kept(Rails(), PROSE, "Read more", linked("Council Votes on the Budget Again"), PROSE_2, PROSE_3)
    assert out == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("header", ["Table of Contents", "In this article", "Inhaltsverzeichnis",
                                    "Sommaire", "Índice"])
def test_a_table_of_contents_takes_only_its_linked_entries(header):
    toc = [para(header), linked("Why the bridge matters"), linked("What the council decided")]
    out = kept(Rails(), PROSE, *toc, heading("Why the bridge matters"), "It carries the school buses.",
               PROSE_2)
    assert out == [PROSE, "Why the bridge matters", "It carries the school buses.", PROSE_2]


def test_on_a_text_dump_the_contents_header_goes_alone():
    out = kept(Rails(), "Table of Contents", "Why the bridge matters", PROSE, PROSE_2, source_kind="text")
    assert out == ["Why the bridge matters", PROSE, PROSE_2]


@pytest.mark.parametrize("header", ["Previous post", "Next Article", "Related Insights",
                                    "You'll also love", "More like this", "From our blog"])
def test_post_navigation_and_more_rails_end_the_article(header):
    out = kept(Rails(), PROSE, PROSE_2, para(header),
               linked("How to Store Seeds Over the Winter Without a Cellar"))
    assert out == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "pointer", ["Lea más: El puerto abre una nueva terminal de contenedores",
                "Dowiedz się więcej: Rada miasta przyjęła budżet na przyszły rok",
                "Czytaj więcej: Nowy most otwarty dla ruchu"],
)
def test_read_more_pointers_in_spanish_and_polish_go_on_a_text_dump(pointer):
    assert kept(Rails(), PROSE, pointer, PROSE_2, source_kind="text") == [PROSE, PROSE_2]


@pytest.mark.parametrize("pointer", [
    "À lire aussi » Ballonnements et lourdeurs : quel est votre profil digestif ?",
    "Lesetipp: Welche Sternzeichen passen perfekt zusammen?",
    "» Related reading: A guide to car insurance for seniors",  # the arrow is the label's bullet
])
def test_pointers_parted_by_an_arrow_or_under_a_reading_tip_go(pointer):
    assert kept(Rails(), PROSE, pointer, PROSE_2, source_kind="text") == [PROSE, PROSE_2]


def test_a_sentence_with_a_guillemet_is_no_pointer():
    text = "Der Minister sagte » wir werden das prüfen « und verließ den Saal ohne weitere Worte."
    assert kept(Rails(), PROSE, text, PROSE_2, source_kind="text") == [PROSE, text, PROSE_2]


@pytest.mark.parametrize("header", [
    "More articles from Jane Doe", "More stories by Sam Okafor", "Weitere Beiträge von Anna Berg",
    "Interessante Artikel", "Mehr Themen:", "Plus d'actualités",
    "Altri articoli", "Ezek is érdekelhetnek",
])
def test_rails_of_the_writers_stories_and_interesting_articles_go(header):
    out = kept(Rails(), PROSE, PROSE_2, para(header),
               linked("How to Store Seeds Over the Winter Without a Cellar"),
               linked("Lohnt sich ein Backstein im Ofen?"))
    assert out == [PROSE, PROSE_2]


def test_a_subheading_naming_more_articles_in_a_sentence_stays():
    text = "More articles from the archive were digitised this year than in the decade before."
    assert kept(Rails(), PROSE, text, PROSE_2) == [PROSE, text, PROSE_2]


def test_a_shops_link_to_more_items_of_a_maker_opens_no_rail():
    # German "Artikel" is a shop's item as well as a story.
    specs = ["Alkoholgehalt: | 10 % vol.", "Hersteller: | Beringer", "Rebsorten: | Zinfandel"]
    out = kept(Rails(), PROSE, linked("Weitere Artikel von Beringer"), *specs)
    assert out[-3:] == specs
