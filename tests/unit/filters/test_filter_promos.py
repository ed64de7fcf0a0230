"""Publisher boxes: a call-to-action section and legal fine print late in an article go; the
same words early in the article, or on a service page, stay."""

from factories import LONG_PROSE, PROSE, PROSE_2, PROSE_3, as_blocks, heading, make_doc, para

from cleanarticle.filters.promos import PublisherBoxes
from cleanarticle.model import PageType

CTA = [heading("Get a Free Quote Today"), para("Our team installs smart thermostats in one visit."),
       para("Call 555-0100 or fill in the form.")]
FINE_PRINT = para("This article is for informational purposes only and does not constitute "
                  "financial advice. Past performance is no guarantee of future results.")


def _kept(blocks, page_type="article"):
    bl = as_blocks(*blocks)
    doc = make_doc(bl)
    doc.page_type = PageType(page_type, ())
    out = PublisherBoxes().decide(bl, doc)
    return [b.text for b, r in zip(bl, out, strict=True) if r is None]


def test_a_call_to_action_box_after_the_article_goes():
    blocks = [LONG_PROSE, PROSE, PROSE_2, heading("What it costs"), PROSE_3, *CTA]
    assert _kept(blocks) == [LONG_PROSE, PROSE, PROSE_2, "What it costs", PROSE_3]


def test_a_long_section_under_such_a_heading_is_a_chapter():
    chapter = [heading("How to get a free quote"), LONG_PROSE, LONG_PROSE, LONG_PROSE, LONG_PROSE]
    blocks = [PROSE, PROSE_2, PROSE_3, *chapter]
    assert _kept(blocks) == [b if isinstance(b, str) else b.text for b in blocks]


def test_fine_print_at_the_end_goes_but_not_at_the_start():
    assert _kept([LONG_PROSE, PROSE, PROSE_2, PROSE_3, FINE_PRINT]) == [LONG_PROSE, PROSE, PROSE_2, PROSE_3]
    blocks = [FINE_PRINT, LONG_PROSE, PROSE, PROSE_2, PROSE_3]
    assert len(_kept(blocks)) == len(blocks)


def test_on_a_service_page_the_call_to_action_is_the_page():
    blocks = [LONG_PROSE, PROSE, PROSE_2, *CTA, FINE_PRINT]
    assert len(_kept(blocks, "service")) == len(blocks)


def test_a_press_contact_box_closing_the_article_goes():
    box = ["Pressekontakt", "Jana Berger", "Haeberlinstraße 12", "70563 Stuttgart",
           "Telefon: +49 711 555 0199", "presse@example.org"]
    blocks = [LONG_PROSE, PROSE, PROSE_2, PROSE_3, *box]
    assert _kept(blocks) == [LONG_PROSE, PROSE, PROSE_2, PROSE_3]


def test_a_contact_label_without_contact_lines_stays():
    blocks = [LONG_PROSE, PROSE, PROSE_2, PROSE_3, "Kontakt", PROSE]
    assert len(_kept(blocks)) == len(blocks)


TESTIMONIALS = ["“The staff were patient with our twins and explained every step.”", "Allison V.",
                "“Booking online took a minute and we were seen the same morning.”", "Jamie W",
                "Friendly nurses, clean rooms and no long wait at all.", "Caine",
                "“Best care in the valley, we would not go anywhere else.”", "Dana O."]


def test_signed_customer_quotes_after_the_article_go():
    blocks = [LONG_PROSE, PROSE, PROSE_2, PROSE_3, *TESTIMONIALS]
    assert _kept(blocks) == [LONG_PROSE, PROSE, PROSE_2, PROSE_3]


def test_two_signed_quotes_are_the_story_quoting_people():
    quotes = TESTIMONIALS[:4]
    blocks = [LONG_PROSE, PROSE, PROSE_2, PROSE_3, *quotes]
    assert _kept(blocks) == blocks


def test_testimonials_stay_on_a_service_page():
    blocks = [LONG_PROSE, PROSE, PROSE_2, PROSE_3, *TESTIMONIALS]
    assert _kept(blocks, page_type="service") == blocks
