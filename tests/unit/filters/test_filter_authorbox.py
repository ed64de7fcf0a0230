"""AuthorBox: the page's author introduced in the body (name line, role, bio) goes; the article's
own lines that only share a word with the author's name stay."""

from factories import PROSE, PROSE_2, PROSE_3, as_blocks

from cleanarticle.document import Document
from cleanarticle.filters.authorbox import AuthorBox
from cleanarticle.model import Metadata, PageType

NAME = "Maria Lopez"
ROLE = "Contributing Writer"
BIO = ("Maria Lopez is a freelance writer and editor based in Lisbon who covers food, travel and "
       "the economics of small restaurants.")
BIO_2 = ("When she is not reporting, Maria teaches a weekend class on bread baking and tends an "
         "allotment on the edge of the city.")


def kept(*items, authors=(NAME,), source_kind="text", page_type="article"):
    blocks = as_blocks(*items)
    doc = Document(source_kind, list(blocks), Metadata(authors=list(authors)),
                   page_type=PageType(page_type, ()))
    reasons = AuthorBox().decide(blocks, doc)
    return [b.text for b, r in zip(blocks, reasons, strict=True) if r is None]


def test_the_box_under_the_article_goes():
    assert kept(PROSE, PROSE_2, NAME, ROLE, BIO, BIO_2) == [PROSE, PROSE_2]


def test_a_name_line_with_its_role_heads_a_box_too():
    assert kept(PROSE, PROSE_2, f"{NAME}, Senior Editor", BIO_2) == [PROSE, PROSE_2]


def test_a_first_person_bio_under_the_name_goes():
    hello = "Hi, I'm Maria! I started this blog in 2015 to share the recipes my grandmother taught me."
    assert kept(PROSE, PROSE_2, NAME, hello) == [PROSE, PROSE_2]


def test_the_name_alone_closing_the_page_goes():
    assert kept(PROSE, PROSE_2, NAME) == [PROSE, PROSE_2]


def test_a_line_the_metadata_took_for_a_name_stays_when_the_article_goes_on():
    # a heading that the metadata read as the author ("Example Sentences"), then the article
    assert kept(PROSE, "Example Sentences", PROSE_2, PROSE_3,
                authors=["Example Sentences"]) == [PROSE, "Example Sentences", PROSE_2, PROSE_3]


def test_a_paragraph_sharing_a_lower_case_word_with_the_name_stays():
    # the "author" is the business whose page it is: "care" in the paragraph is no name
    care = ("Navigating the dental care aisle can feel overwhelming, with countless options "
            "promising whiter teeth and healthier gums.")
    assert kept(PROSE, "West Bell Dental Care", care, PROSE_2,
                authors=["West Bell Dental Care"]) == [PROSE, "West Bell Dental Care", care, PROSE_2]


def test_a_bio_opening_with_the_full_name_goes_on_a_text_dump_only():
    assert kept(PROSE, PROSE_2, BIO) == [PROSE, PROSE_2]
    # in HTML the box's markup decides (widgets); a bio left in the article's container is the
    # article's own ("Why trust us")
    assert kept(PROSE, PROSE_2, BIO, source_kind="html") == [PROSE, PROSE_2, BIO]


def test_a_company_named_as_author_keeps_its_paragraphs():
    company = ("Acme Cloud is built for large organisations that want one place for their "
               "employee records, payroll and onboarding.")
    assert kept(PROSE, company, PROSE_2, authors=["Acme Cloud"]) == [PROSE, company, PROSE_2]


def test_one_word_authors_and_forums_are_left_alone():
    assert kept(PROSE, PROSE_2, "admin", ROLE, authors=["admin"]) == [PROSE, PROSE_2, "admin", ROLE]
    assert kept(PROSE, NAME, PROSE_2, NAME, page_type="forum") == [PROSE, NAME, PROSE_2, NAME]
