"""Credits: stand-alone image credits and copyright lines go; captions and prose stay."""

import pytest
from factories import LONG_PROSE, PROSE, caption, dropped

from cleanarticle.filters.credits import Credits
from cleanarticle.model import Block


@pytest.mark.parametrize(
    "text",
    ["Photo: AP", "Photo credit: Jane Doe/Reuters", "(Photo: Getty Images)", "Foto: dpa",
     "Bild: Keystone", "Quelle: Statistisches Bundesamt", "© Reuters", "© 2024 Brotzeit im Hinterhof",
     "Photo by Marco Rossi", "Crédits : AFP", "Foto de EFE", "(AP Photo/Jane Doe)",
     "Photograph: Jane Doe/The Guardian", "Crédit photo : AFP",
     "Fot. Anna Kowalska / Agencja Gazeta", "Fot: PAP/Leszek Szymański"],
)
def test_credit_lines_are_dropped(text):
    assert dropped(Credits(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Photographers waited outside the court for hours, hoping to see the defendant arrive.",
        "Source code for the tool is published under the Apache licence on the project's page.",
        "Fotografia uliczna wymaga cierpliwości, mówi autorka wystawy otwartej w piątek w Krakowie.",
        PROSE,
    ],
)
def test_prose_starting_with_similar_words_is_kept(text):
    assert not dropped(Credits(), text)


def test_long_caption_starting_with_photo_is_kept():
    text = "Photo: " + LONG_PROSE
    assert not dropped(Credits(), caption(text))


def test_an_agency_name_inside_a_word_is_no_credit():
    from cleanarticle.filters.credits import Credits

    assert Credits().check([Block("EPA-rated range: 245–318 miles")], 0, None) is None
    assert Credits().check([Block("Protesters in front of the ministry. Photo: Max Muster/EPA")], 0, None)


@pytest.mark.parametrize("text", [
    "A view of the harbour", "A view of the harbour (mlharing / iStock.com)", "Bild: dpa",
    "Seen at dusk | © Getty Images", "Crowds in the square. REUTERS/Jane Doe", "Foto: DPA",
    "Markets fell AFP", "The ſhutterſtock case", "Taken by ıstock", "Credit İSTOCK", "plain, short.",
    "The photo library", "Adobe Stock", "ends with a colon:", "(c) 2024 Example",
])
def test_credit_tail_gate_says_what_the_search_says(text):
    from cleanarticle.filters.credits import _CREDIT_TAIL, _credit_tail

    assert _credit_tail(text) == (_CREDIT_TAIL.search(text) is not None)


def test_a_credit_naming_a_web_address_ends_a_caption():
    from cleanarticle.filters.credits import _credit_tail

    assert _credit_tail("A hammock strung between two pines. Photo Credit: Taylor Hale (TrailNotes.com)")
    assert _credit_tail("The trailhead at dawn. Photo: shop.example.org")
    assert not _credit_tail("Photo: Taylor Hale. The trail climbs for two miles after that.")


def test_a_class_marked_caption_goes_on_articles_only():
    # a caption class outside <figcaption> marks a figure's caption on an article, but a
    # product's or card's text on other pages
    from cleanarticle.document import Document
    from cleanarticle.filters.credits import Captions
    from cleanarticle.model import CAPTION, Metadata, PageType

    def reason(page_type, tag, path):
        block = Block("The old mill at dusk", CAPTION, tag=tag, path=path)
        doc = Document("html", [block], Metadata(), page_type=PageType(page_type, ()))
        return Captions().check([block], 0, doc)

    assert reason("article", "p", "/div/p") == "figure caption"
    assert reason("product", "p", "/div/p") is None
    assert reason("product", "p", "/figure/figcaption/p") == "figure caption"
    assert reason("listing", "figcaption", "/figure/figcaption") == "figure caption"


@pytest.mark.parametrize(
    "text",
    ["Photo courtesy Harbour Architecture", "Image courtesy of the Tate", "Photo Courtesy of NYIM",
     "Featured image by Jane Doe/The Travel Desk", "Header image: Unsplash",
     "Hero image by Neosha Gardner", "Cover photo courtesy of the artist"],
)
def test_courtesy_and_post_image_credits_are_dropped(text):
    assert dropped(Credits(), text)


@pytest.mark.parametrize(
    "text",
    [
        # where a tutorial's screenshot came from: the truths we measured keep it
        "Photo via Pexels",
        "Image source: Google",
        "Featured images are shown on the blog's front page above each post's title.",
        "Cover photos of the band were taken in Berlin in the winter of 1989, before the wall fell.",
    ],
)
def test_source_notes_and_sentences_about_images_are_kept(text):
    assert not dropped(Credits(), text)
