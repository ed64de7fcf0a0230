"""ClosingRun: calls to action and author bios at the very end go; the same inside stay."""

from factories import PROSE, PROSE_2, kept

from cleanarticle.filters.closing import ClosingRun

BIO = ("Maria Lopez is a freelance writer and editor based in Lisbon who covers food, travel and "
       "the economics of small restaurants.")
BIO_DE = "Jonas Weber ist Redakteur im Ressort Wirtschaft und schreibt über Energie und Klima."
CTA = "Ready to get started? Book a demo with our team and see the planner in action."


def test_bio_and_call_to_action_at_the_end_go():
    assert kept(ClosingRun(), PROSE, PROSE_2, CTA, BIO) == [PROSE, PROSE_2]


def test_german_bio_at_the_end_goes():
    assert kept(ClosingRun(), PROSE, BIO_DE) == [PROSE]


def test_the_run_stops_at_the_first_article_block():
    # A bio in the middle of the page is the article talking about someone: it stays.
    assert kept(ClosingRun(), BIO, PROSE, PROSE_2) == [BIO, PROSE, PROSE_2]


def test_a_last_sentence_about_a_person_without_a_role_stays():
    last = "Smith is expected to testify before the committee again next week, her lawyer said."
    assert kept(ClosingRun(), PROSE, last) == [PROSE, last]


def test_listing_pages_are_left_alone():
    assert kept(ClosingRun(), PROSE, CTA, listing=True) == [PROSE, CTA]


def test_follow_us_lines_close_the_page_in_several_languages():
    follow = ["Síguenos en Telegram, Instagram, Facebook y Twitter para recibir las noticias.",
              "Folgen Sie uns auf Facebook und Instagram.", "Suivez-nous sur les réseaux sociaux."]
    assert kept(ClosingRun(), PROSE, PROSE_2, *follow) == [PROSE, PROSE_2]


def test_a_long_bio_listing_outlets_and_degrees_goes_too():
    bio = (BIO + " Her reporting has appeared in regional newspapers, food magazines and on public "
           "radio, and she has written two cookbooks about the cafés of the Atlantic coast. She "
           "holds a degree in economics from the University of Porto and a master's in journalism, "
           "and before turning to writing she spent six years managing a bakery in the old town, "
           "which is where most of her stories about suppliers, rents and late-night shifts began. "
           "She lives with her partner and two cats above a shop that sells tinned sardines.")
    assert 600 < len(bio) <= 1000
    assert kept(ClosingRun(), PROSE, PROSE_2, bio) == [PROSE, PROSE_2]
