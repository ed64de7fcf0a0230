"""Phrase lists compiled into alternations: the factored form matches as the plain one."""

import re
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleanarticle
from cleanarticle.rules.lines import boilerplate_phrase, is_notice, opens_comment_section
from cleanarticle.rules.phrases import _factored, _units, normalize, read_phrases

LISTS = sorted(p.name[:-4] for p in resources.files("cleanarticle.rules").joinpath("data").iterdir()
               if p.name.endswith(".txt"))


def _plain(phrases):
    return "|".join("".join(_units(p)) for p in phrases)


def _both(phrases):
    return re.compile(f"(?:{_plain(phrases)})"), re.compile(f"(?:{_factored([_units(p) for p in phrases])})")


def _same(a, b, text):
    for pos in range(len(text) + 1):
        ma, mb = a.match(text, pos), b.match(text, pos)
        assert (ma and ma.group(0)) == (mb and mb.group(0)), (text, pos)


# Orders where merging alternatives behind their first character could change the match:
# a shorter phrase before a longer one, a number or a wildcard between two of the same start.
TRICKY = ["share", "shared", "sha", "{n} shares", "s* read", "save", "{n} of {n}", "1 of",
          "12 more", "", "shareholders", "* min read"]


@pytest.mark.parametrize("order", [TRICKY, TRICKY[::-1], sorted(TRICKY), sorted(TRICKY, key=len)])
@given(text=st.lists(st.sampled_from(["s", "ha", "re", "d", " ", "1", "2", " of ", "more", "x",
                                      "min read", "ave", "holders"]), max_size=8).map("".join))
def test_factored_alternation_matches_as_the_plain_one(order, text):
    plain, factored = _both(order)
    _same(plain, factored, text)


@pytest.mark.parametrize("name", LISTS)
def test_shipped_lists_match_their_phrases_as_before(name):
    phrases = sorted(read_phrases(name), key=len, reverse=True)
    plain, factored = _both(phrases)
    for p in phrases:
        text = normalize(p.replace("*", "a b").replace("{n}", "12"))
        for probe in (text, text + "s", "x " + text + " | " + text):
            _same(plain, factored, probe)


def _normalize_spec(text: str) -> str:
    """normalize() as first written: the definition the fast version must keep."""
    import regex

    text = regex.sub(r"\s+", " ", text.translate(str.maketrans(
        {"’": "'", "‘": "'", "`": "'", "´": "'", "\u00a0": " ", "…": "..."}))).casefold()
    return regex.sub(r"^[\p{P}\p{S}\p{Z}\s]+|[\p{P}\p{S}\p{Z}\s]+$", "", text)


_CHARS = st.sampled_from(list("aZé ß\t\n\x1c\x1f\u00a0\u2003\u3000’‘`´….,!?-–—«»()[]€$©™|#*_/\\")
                         + ["İ", "ﬁ", "\u0085"])


@given(st.lists(_CHARS, max_size=30).map("".join))
def test_normalize_keeps_its_definition(text):
    assert normalize.__wrapped__(text) == _normalize_spec(text)


@pytest.mark.parametrize("text, key", [(" … Share this’  ", "share this"), ("it’s", "it's"), ("--", ""),
                                      ("A\x1cB", "a\x1cb"), ("Read\u00a0more »", "read more")])
def test_normalize_examples(text, key):
    assert normalize(text) == key


def test_soft_hyphens_and_zero_width_spaces_do_not_change_the_comparison_key():
    assert normalize("Home Repair Assis\u00adtance\u200b Program") == \
        normalize("Home Repair Assistance Program")


def test_the_headline_with_soft_hyphens_is_not_left_in_the_body():
    # the title loses the soft hyphens; the h1 that repeats it still goes as the title
    html = ("<html><head><title>Home Repair Assistance Program | City of Marion</title></head>"
            "<body><main><h1>Home Repair Assis&shy;tance Program</h1>"
            + "<p>A new cycle of funds is available to help homeowners in the city who need "
              "financial assistance with eligible home repair projects this year.</p>" * 4
            + "</main></body></html>")
    article = cleanarticle.clean(html)
    assert article.title == "Home Repair Assistance Program"
    assert not article.text.startswith("Home Repair")


def test_every_post_footer_phrase_passes_the_cheap_gate():
    from cleanarticle.rules.lines import POST_FOOTER_GATE, post_footer_phrase
    for phrase in read_phrases("post_footers"):
        assert any(g in phrase for g in POST_FOOTER_GATE), phrase
        assert post_footer_phrase(phrase.capitalize()) == phrase


def test_every_affiliate_disclosure_passes_the_cheap_gate():
    from cleanarticle.rules.lines import DISCLOSURE_GATE, affiliate_disclosure
    for phrase in read_phrases("affiliate_disclosures"):
        assert any(g in phrase for g in DISCLOSURE_GATE), phrase
        text = phrase.replace("*", "a small").upper()  # the gate reads the normalized text
        assert affiliate_disclosure(text) is not None, phrase


def test_every_newsletter_noun_passes_the_cheap_gate():
    from cleanarticle.rules.lines import NEWSLETTER_GATE, is_newsletter_promo
    for phrase in read_phrases("newsletter_nouns"):
        assert any(g in phrase for g in NEWSLETTER_GATE), phrase
        # the gate reads the case-folded text, soft hyphens left out as normalize() does
        assert is_newsletter_promo(f"Sign up for our {phrase.upper()}"), phrase
        assert is_newsletter_promo(f"Join our {phrase[:3]}\u00ad{phrase[3:]}"), phrase


@pytest.mark.parametrize("text", ["Leave a Reply", "Leave a comment", "12 Comments",
                                  "Schreibe einen Kommentar", "Laisser un commentaire"])
def test_comment_section_openers_are_notices_too(text):
    assert opens_comment_section(text) and is_notice(text)


def test_a_share_row_ending_in_a_comment_count_is_one_notice():
    assert is_notice("Share · Tweet · 3 Comments")
    assert not opens_comment_section("Share · Tweet · 3 Comments")


def test_a_phrase_set_of_several_files_pickles_by_their_names():
    import pickle

    from cleanarticle.rules.phrases import load
    both = pickle.loads(pickle.dumps(load("notices", "comment_section")))
    assert both.fullmatch("12 Comments") and both.fullmatch("Advertisement")
    assert not load("notices").fullmatch("12 Comments")


def test_no_letter_or_digit_is_an_edge_character():
    # normalize() skips the edge patterns at an end that is a letter or digit (str.isalnum).
    import sys

    from cleanarticle.rules import phrases

    alnum = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isalnum())
    assert phrases._EDGE_RUN.match(alnum).end() == 0
    assert not [c for c in alnum if phrases._EDGE_RUN.match(c).end()]


def test_normalize_agrees_with_the_ungated_steps():
    import random

    import regex

    from cleanarticle.rules import phrases

    def ungated(text):
        for char, replacement in phrases._QUOTES:
            text = text.replace(char, replacement)
        text = regex.sub(r"\s+", " ", text).casefold()
        text = regex.sub(r"^[\p{P}\p{S}\p{Z}\s]+|[\p{P}\p{S}\p{Z}\s]+$", "", text)
        return text

    rng = random.Random(5)
    pieces = ["Share", "it", "’s", "`", " ", "\u00a0", "\x1c", "\x1f", "…", "\u00ad", "\u200b",
              "!", "«", "»", "2", "½", "①", "ǅ", "ß", "\u2028", "\t", "-", "|", "$", "Σ", "."]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert phrases.normalize.__wrapped__(text) == ungated(text), repr(text)


# Widget and forum chrome that stands as a block of its own on many sites: a blog's like
# button while its script loads, share and print buttons, embed captions, forum controls.
@pytest.mark.parametrize("text", [
    "Like Loading…", "Liken Lade …", "Gefällt mir!",
    "Klicken zum Ausdrucken (Wird in neuem Fenster geöffnet)",
    "Klicken zum Teilen auf Facebook (Wird in neuem Fenster geöffnet)", "Twittern",
    "Opens in a new window", "Print this page", "Artikel drucken",
    "View this post on Instagram", "A post shared by Jane Doe (@janedoe)",
    "You must log in or register to reply here.",
    "You should upgrade or use an alternative browser.", "Sign in or Register",
    "Forgot your password?", "Toggle navigation", "Previous Next", "Back to Blog",
    "Sorry, your browser doesn’t support embedded videos.",
    "Schreibe einen Kommentar Antworten abbrechen",
    "Ein Beitrag geteilt von Jane Doe (@janedoe) am 23. Okt 2017 um 0:31 Uhr",
    "Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)",
    "Click to email a link to a friend (Opens in new window) Email",
    "Hier klicken, um die Antwort abzubrechen.",
    "Klicken Sie auf den unteren Button, um den Inhalt von Google Maps zu laden.",
    "Discussion about this post",
    "The store will not work correctly when cookies are disabled.",
    "Leave this field empty if you’re human:", "Lost your password?",
    "Asking for help, clarification, or responding to other answers.",
    "Search titles only", "Jump to latest", "Viewed 3k times", "Not open for further replies.",
    "Use profiles to select personalised content Off",
    "Measure advertising performance 92 partners can use this purpose",
    "Kommentar verfassen Antwort abbrechen",
])
def test_widget_and_forum_chrome_are_notices(text):
    assert is_notice(text)


@pytest.mark.parametrize("text", [
    "Ja, ich möchte den Newsletter erhalten und willige in die Verarbeitung meiner Daten ein.",
    "Informiere mich über neue Beiträge per E-Mail.",
    "Du kommentierst mit Deinem WordPress.com-Konto. ( Abmelden / Ändern )",
    "You are commenting using your WordPress.com account. ( Log Out / Change )",
    "Zum Newsletter anmelden und nichts mehr verpassen", "Subscribe to my newsletter for more",
])
def test_comment_form_and_newsletter_consent_lines_hold_a_boilerplate_phrase(text):
    assert boilerplate_phrase(text)


@pytest.mark.parametrize("text", [
    "I like loading the dishwasher before breakfast.",
    "Toggle navigation with the arrow keys, then press Enter to open a section.",
    "A post shared by the harbour master told of the ferries that had been cancelled.",
    "Previous and next chapters are linked at the end of each lesson.",
    "Measure content performance",  # a heading in an article about marketing
])
def test_sentences_with_those_words_are_not(text):
    assert not is_notice(text)


_PARAGRAPHS = ["Die Fähren zwischen den Inseln fahren seit Montag wieder nach dem regulären "
               "Fahrplan, nachdem der Sturm am Wochenende zahlreiche Verbindungen ausfallen ließ.",
               "Die Reederei rät Reisenden dennoch, sich vor der Abfahrt über mögliche "
               "Verspätungen zu informieren, da einige Anleger noch repariert werden."] * 3
_STORY = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)


def test_a_blogs_like_and_share_buttons_leave_the_article():
    html = ("<html lang='de'><head><title>Fähren fahren wieder | Inselblog</title></head><body>"
            "<article><h1>Fähren fahren wieder</h1>" + _STORY +
            "<div class='sharedaddy'><ul><li><a href='#'>Klicken zum Ausdrucken (Wird in neuem "
            "Fenster geöffnet)</a></li><li><a href='#'>Twittern</a></li></ul></div>"
            "<div class='likes'><p>Gefällt mir</p><p>Liken Lade …</p></div>"
            "</article></body></html>")
    text = "\n\n".join(["Inselblog", "Fähren fahren wieder", *_PARAGRAPHS,
                         "Klicken zum Ausdrucken (Wird in neuem Fenster geöffnet)", "Twittern",
                         "Gefällt mir", "Liken Lade …"])
    for article in (cleanarticle.clean(html), cleanarticle.clean_text(text)):
        assert "Fähren zwischen den Inseln" in article.text
        for chrome in ("Twittern", "Gefällt mir", "Liken", "Ausdrucken"):
            assert chrome not in article.text, (chrome, article.text)


def test_a_qa_sites_sort_control_is_a_page_control_with_its_colon():
    from cleanarticle.rules.lines import is_page_control
    assert is_page_control("Sorted by: Reset to default")
    assert is_page_control("Sorted by reset to default")
