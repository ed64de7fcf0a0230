"""Text mode: plain-text pages (scraper dumps) → lines → the article span and the block filters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleanarticle
from cleanarticle.document import Document
from cleanarticle.model import LIST_ITEM, PARAGRAPH, Block
from cleanarticle.rules.spaces import tidy_body
from cleanarticle.text.segment import segment_text
from cleanarticle.text.span import best_span, line_value, mark_span

SEED = Path("/work/shared/seed/gvwire-fentanyl-talks")

MENU = "\n".join(["Home", "World News", "Local Politics", "Sports", "Weather", "Contact Us"])
FOOTER = "\n".join(["About Us", "Privacy Policy", "Terms of Use", "Careers", "© 2024 Valley Courier"])
PARAGRAPHS = [
    "The river rose nearly two metres overnight, and by dawn the lower streets of the town were "
    "under water for the first time since the great flood of 1998.",
    "Volunteers filled sandbags in the school car park until well after midnight, while the fire "
    "brigade moved elderly residents from the riverside flats to the community hall.",
    "The mayor said the new flood wall had held where it was finished, but that the unfinished "
    "section near the old mill had let the water through within an hour.",
]
NEWS = "\n\n".join([
    MENU,
    "River Floods Lower Town as Rain Continues",
    "By Maria Lopez",
    "March 3, 2024",
    PARAGRAPHS[0],
    PARAGRAPHS[1],
    "What happens next",
    PARAGRAPHS[2],
    "RELATED STORIES",
    "Council Approves New Budget for Roads",
    "School Reopens After Storm Damage",
    "Farmers Count Losses After Hail",
    FOOTER,
])


def _doc(text: str, kind: str = "text") -> tuple[list[Block], Document]:
    blocks = segment_text(text)
    return blocks, Document(kind, blocks)


# --- lines → blocks -------------------------------------------------------------------------

def test_segment_text_gives_one_block_per_non_empty_line():
    blocks = segment_text("First line\n\n   \nSecond\tline  here\n")
    assert [b.text for b in blocks] == ["First line", "Second line here"]
    assert all(b.kind == PARAGRAPH for b in blocks)


def test_segment_text_keeps_inner_no_break_spaces_and_trims_the_edges():
    (block,) = segment_text("\u00a0senators\u00a0visiting Beijing \u00a0")
    assert block.text == "senators\u00a0visiting Beijing"


def test_segment_text_marks_bullets_and_url_like_tokens():
    bullet, link, plain = segment_text("- flour\nhttps://example.org/a/page.html\nplain words")
    assert bullet.kind == LIST_ITEM and bullet.level == 1
    assert link.link_density == 1.0
    assert plain.link_chars == 0


# --- the article span -----------------------------------------------------------------------

def _span_reasons(blocks: list[Block]) -> list[str | None]:
    mark_span(blocks)
    return [b.outside for b in blocks]


def test_best_span_is_the_run_with_the_highest_sum():
    assert best_span([-5, 10, -2, 10, -30, 4]) == (1, 4, 18)
    assert best_span([-1, -2]) == (0, 0, 0.0)


def test_line_values_prose_positive_menus_negative_rail_headers_costly():
    def value(text: str) -> float:
        return line_value(Block(text))

    assert value(PARAGRAPHS[0]) == len(PARAGRAPHS[0])
    assert value("World News") < 0
    assert value("RELATED STORIES") < value("World News")
    # A long string of capitalised names is a tag cloud or an archive list, not prose.
    assert value("Apple Android Amazon Banking Berlin Cloud Computing Design Europe Finance "
                 "Gadgets Google Hardware Internet Mobile Music Phones Reviews") == 0
    # A headline (no sentence stop) is neither prose nor chrome.
    assert value("River Floods Lower Town as Rain Continues and Volunteers Work Through the Long Night") == 0


def test_span_keeps_the_article_and_drops_menu_headline_rail_and_footer():
    blocks = segment_text(NEWS)
    reasons = _span_reasons(blocks)
    kept = [b.text for b, r in zip(blocks, reasons, strict=True) if r is None]
    assert kept == [PARAGRAPHS[0], PARAGRAPHS[1], "What happens next", PARAGRAPHS[2]]
    dropped = {r for r in reasons if r is not None}
    assert dropped == {"outside the article span"}


def test_a_page_with_little_prose_keeps_all_its_lines():
    listing = "\n".join(["Red Wool Scarf", "$25.00", "Blue Cotton Hat", "$18.00", "Green Gloves",
                     "$12.50", "Add to cart", "Size guide"])
    blocks = segment_text(listing)
    assert _span_reasons(blocks) == [None] * len(blocks)


# --- whole pages through clean() --------------------------------------------------------------

def test_clean_text_news_page_gives_the_article_body():
    article = cleanarticle.clean(NEWS, kind="text")
    assert article.source_kind == "text"
    assert article.text == "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[1], "What happens next",
                                        PARAGRAPHS[2]])
    assert not any(r.text == "Council Approves New Budget for Roads" for r in article.blocks)


def test_clean_text_german_blog_keeps_its_list_and_drops_share_row_and_comments_form():
    body = [
        "Seit drei Jahren koche ich jeden Herbst Quittengelee, und jedes Jahr fragen mich Freunde "
        "nach dem Rezept. Hier ist es, so wie ich es von meiner Großmutter gelernt habe.",
        "Zutaten",
        "1 kg Quitten\n500 g Gelierzucker\nSaft einer Zitrone",
        "Die Quitten mit einem Tuch abreiben, damit der Flaum verschwindet, dann grob würfeln und "
        "mit so viel Wasser bedecken, dass die Stücke gerade schwimmen.",
        "Nach einer Stunde Kochen alles durch ein Tuch laufen lassen und den Saft mit Zucker und "
        "Zitronensaft vier Minuten sprudelnd kochen, dann sofort in heiße Gläser füllen.",
    ]
    page = "\n\n".join([
        "Zum Inhalt springen", "Startseite\nRezepte\nGarten\nÜber mich\nKontakt",
        "Quittengelee wie bei Oma", "12. Oktober 2023", *body,
        "Teilen mit:\nFacebook\nE-Mail\nDrucken",
        "Schreibe einen Kommentar",
        "Impressum\nDatenschutzerklärung",
    ])
    article = cleanarticle.clean(page, kind="text")
    lines = [b.text for b in article.blocks]
    assert "1 kg Quitten" in lines and "Saft einer Zitrone" in lines
    assert body[0] in lines and body[-1] in lines
    assert not {"Facebook", "Drucken", "Schreibe einen Kommentar", "Impressum", "Kontakt"} & set(lines)


def test_clean_text_keeps_table_rows_between_paragraphs():
    intro = ("We measured the boot time of each board five times with the same card image and "
             "report the median below, rounded to a tenth of a second.")
    outro = ("The newer board boots almost twice as fast, mostly because its storage controller "
             "reads the card at a higher clock from the very first stage.")
    rows = ["Board Median boot (s)", "Model A 14.2", "Model B 8.1", "Model C 7.9"]
    page = "\n\n".join([MENU, intro, "\n".join(rows), outro, FOOTER])
    article = cleanarticle.clean(page, kind="text")
    assert [b.text for b in article.blocks] == [intro, *rows, outro]


@pytest.mark.skipif(not SEED.with_suffix(".txt").exists(), reason="shared seed not available")
def test_the_seed_gives_exactly_the_expected_article():
    expected = json.loads(SEED.with_suffix(".expected.json").read_text("utf-8"))
    article = cleanarticle.clean(SEED.with_suffix(".txt").read_text("utf-8"))
    assert article.source_kind == "text"
    assert article.text == tidy_body(expected["body"])  # the article text's white space
    assert (article.title, article.author, article.date) == (
        expected["title"], expected["author"], expected["date"])


def test_read_also_lines_go_on_text_pages_only():
    from cleanarticle.filters.rails import Rails

    text = "\n".join([
        "Read more: Council Approves New Budget for Roads",
        "See also: how the flood wall was planned",
        "Note: the figures above are provisional.",
        PARAGRAPHS[0],
    ])
    blocks, doc = _doc(text)
    reasons = Rails().decide(blocks, doc)
    assert [r is not None for r in reasons] == [True, True, False, False]
    blocks, doc = _doc(text, kind="html")
    assert Rails().decide(blocks, doc) == [None] * len(blocks)


def test_labels_repeated_across_the_page_go_inside_the_span():
    text = "\n\n".join([MENU, PARAGRAPHS[0], "Report post", PARAGRAPHS[1], "Report post",
                        PARAGRAPHS[2], "Report post", FOOTER])
    blocks = segment_text(text)
    reasons = _span_reasons(blocks)
    kept = [b.text for b, r in zip(blocks, reasons, strict=True) if r is None]
    assert kept == PARAGRAPHS
    label_reasons = [r for b, r in zip(blocks, reasons, strict=True) if b.text == "Report post"]
    # The copies between paragraphs are labels; the last one is past the article's end.
    assert label_reasons == ["label repeated 3 times on the page"] * 2 + ["outside the article span"]
