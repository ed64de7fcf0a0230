"""extract_text_metadata on plain-text dumps (our own small examples)."""

import datetime as dt

from cleanarticle.meta import extract_text_metadata

DUMP = """Harbour bridge reopens after repairs | Coast Gazette
Skip to content
Home
News
Sport
Harbour bridge reopens after repairs
By admin
Published 1 year ago on
March 14, 2023

Share

The harbour bridge reopened on Tuesday after six months of repairs, the city said.
Drivers had used a detour through the old town since September.
""".splitlines()


def test_headline_byline_and_date_on_the_next_line():
    md = extract_text_metadata(DUMP)
    assert md.title == "Harbour bridge reopens after repairs"
    assert md.author == "admin"
    assert (md.date, md.date_source) == ("2023-03-14", "text")


def test_updated_line_is_kept_apart_from_the_published_one():
    lines = ["Rates rise again", "Rates rise again", "Von Erika Muster",
             "Veröffentlicht am 10. Oktober 2023", "Aktualisiert am 12. Oktober 2023",
             "Die Zinsen steigen."]
    md = extract_text_metadata(lines)
    assert md.date == "2023-10-10"
    assert md.updated == "2023-10-12"
    assert md.author == "Erika Muster"


def test_only_an_updated_date_is_the_page_date():
    lines = ["Guide to tents - Outdoor Shop", "Menu", "Guide to tents",
             "Last updated: 4 May 2022", "Tents come in many shapes."]
    assert extract_text_metadata(lines).date == "2022-05-04"


def test_relative_date_line_with_reference():
    lines = ["Storm warning", "Storm warning", "vor 3 Stunden", "Der Wetterdienst warnt."]
    assert extract_text_metadata(lines).date is None
    assert extract_text_metadata(lines, reference_date=dt.date(2024, 2, 2)).date == "2024-02-02"


def test_without_headline_line_the_first_date_line_counts():
    lines = ["Some page", "Intro text without any date in it at all, just words.",
             "21.11.2022", "More words follow here."]
    md = extract_text_metadata(lines)
    assert md.title == "Some page"
    assert md.date == "2022-11-21"


def test_url_date_when_the_text_has_none():
    md = extract_text_metadata(["A title", "Body text."], "https://example.com/2021/06/07/a")
    assert (md.date, md.date_source) == ("2021-06-07", "url")


def test_prose_dates_are_not_taken_for_the_page_date():
    lines = ["History of the port", "History of the port",
             "On 12 March 1999 the port was extended with a new pier for ferries and boats."]
    assert extract_text_metadata(lines).date is None


def test_empty_input():
    md = extract_text_metadata([])
    assert md.title is None and md.date is None and md.author is None


def test_text_language_guess_orders_numeric_dates():
    lines = ["Neue Brücke eröffnet", "Neue Brücke eröffnet", "04/03/2021",
             "Die Stadt hat die neue Brücke über den Fluss eröffnet, und die Menschen sind froh.",
             "Der Bau hat zwei Jahre gedauert und ist nicht teurer geworden als geplant."]
    md = extract_text_metadata(lines)
    assert md.language == "de"
    assert md.date == "2021-03-04"


def test_headline_above_the_byline_when_the_title_line_differs():
    lines = ["Best gardening tips 2024 | Green Pages", "Menu", "Search",
             "Ten plants that survive any winter", "By Ann Poe", "12 January 2024",
             "Winter is hard on gardens, but these plants do fine."]
    md = extract_text_metadata(lines)
    assert md.title == "Ten plants that survive any winter"
    assert (md.author, md.date) == ("Ann Poe", "2024-01-12")


def test_headline_piece_wins_over_the_site_name_in_the_logo_line():
    lines = ["Need for Speed – Thinking Aloud", "Thinking Aloud", "Menu", "About",
             "Need for Speed", "11 August 2015", "A few words on going fast."]
    assert extract_text_metadata(lines).title == "Need for Speed"


def test_plain_headline_line_wins_over_a_breadcrumb_with_the_same_words():
    lines = ["Eleven Lakes to Visit in 2026 - Trip Notes", "Home", "/ Eleven Lakes to Visit in 2026",
             "Travel", "Eleven Lakes to Visit in 2026", "Some lakes are better in spring."]
    assert extract_text_metadata(lines).title == "Eleven Lakes to Visit in 2026"


def test_headline_worded_differently_from_the_title_line_is_found_by_its_words():
    lines = ["The Most Popular Workout of 2024 & 5 Trends to Watch in 2025 | Fit Daily",
             "Home", "Fitness", "Diet & Fitness",
             "The No. 1 most popular workout of 2024 and 5 fitness trends to expect in 2025",
             "This year people went back to group classes and gave themselves a break."]
    assert extract_text_metadata(lines).title == \
        "The No. 1 most popular workout of 2024 and 5 fitness trends to expect in 2025"


def test_lines_sharing_few_words_with_the_title_are_not_the_headline():
    lines = ["Harbour bridge reopens after repairs | Coast Gazette", "Home",
             "Bridge tolls and harbour parking", "The bridge reopened on Tuesday, the city said."]
    assert extract_text_metadata(lines).title == "Harbour bridge reopens after repairs"


def test_date_line_with_a_byline_or_read_time_far_from_the_headline():
    lines = ["Garden notes | Green Blog", "Home", "Blog"] + ["Menu entry"] * 12 + [
        "Tom Talbot October 14, 2025 · 4 min read", "", "Roses need sun.",
        "They also need water in dry summers, and a little patience."]
    md = extract_text_metadata(lines)
    assert (md.date, md.date_source) == ("2025-10-14", "text")


def test_modification_line_gives_way_to_a_plain_date_line_far_down():
    lines = ["Zimmerbrand | Stadt", "Start"] + ["Menüpunkt"] * 700 + [
        "Letzte Änderung: 31.10.2023 - 14:49", "Ein Zimmer brannte.", "",
        "Erschienen am 01.11.2023", "Die Feuerwehr war schnell vor Ort und löschte den Brand."]
    md = extract_text_metadata(lines)
    assert md.date == "2023-11-01"


def test_a_forum_members_join_date_under_the_headline_is_not_the_post_date():
    lines = ["Which router? | Forum", "Which router?", "jdoe", "Joined", "Nov 4, 2011",
             "Registered: 2012-01-27", "May 2, 2024", "My old router died, which one should I buy?"]
    assert extract_text_metadata(lines).date == "2024-05-02"


def test_published_and_updated_on_one_line_under_the_headline():
    lines = ["Park elects a mayor | Daily", "Park elects a mayor", "By Staff reports",
             "PUBLISHED: November 8, 2023 at 11:30 p.m. | UPDATED: November 9, 2023 at 12:21 a.m.",
             "The city elected a new mayor on Tuesday, the council said in a statement."]
    assert extract_text_metadata(lines).date == "2023-11-08"


def test_a_wiki_pages_last_edit_is_its_date_when_it_shows_no_other():
    lines = ["Penny - Wiki", "Penny", "Penny is a villager who lives in a trailer by the river.",
             "", "This page was last edited on 25 October 2020, at 10:00."]
    md = extract_text_metadata(lines)
    assert (md.date, md.date_source) == ("2020-10-25", "modified")


def test_press_release_opening_date_or_posted_sentence_far_from_the_headline():
    lines = ["Gaspreise | Verband", "Start"] + ["Menüpunkt"] * 40 + [
        "(21. November 2022) Energieverbraucher erhalten eine Preiserhöhung nach der nächsten."]
    assert extract_text_metadata(lines).date == "2022-11-21"
    lines = ["Urteil | Blog", "Start"] + ["Menüpunkt"] * 40 + [
        "Dieser Beitrag wurde am 04.02.2020 von kj in Bundesgericht veröffentlicht."]
    assert extract_text_metadata(lines).date == "2020-02-04"


def test_a_date_in_the_headline_is_part_of_the_title():
    lines = ["How to renew after 08/02/2024? - Help - Forum", "How to renew after 08/02/2024?",
             "jane_doe January 28, 2024, 3:36pm", "My certificate runs out soon, what should I do?"]
    assert extract_text_metadata(lines).date == "2024-01-28"


def test_a_threads_last_post_date_is_not_its_date():
    lines = ["Projector advice | Forum", "Projector advice", "jdoe",
             "6.3K views 23 replies 14 participants last post by ggery Sep 26, 2024",
             "#1 · Jan 3, 2024", "Which projector should replace my old one?"]
    assert extract_text_metadata(lines).date == "2024-01-03"


def test_numeric_date_order_from_the_country_domain():
    lines = ["Halls too full | Daily", "Halls too full",
             "The Daily 02/10/2020 Anna Writer", "Student halls are too full to be safe, experts warn."]
    assert extract_text_metadata(lines, "https://news.example.co.uk/halls").date == "2020-10-02"
    assert extract_text_metadata(lines, "https://news.example.com/halls").date == "2020-02-10"


def test_headline_date_and_author_from_a_joined_meta_line():
    # No <title> line (the dump starts with a skip link); the post's meta line joins date,
    # author and category, and a related post further down has a date line of its own.
    lines = ["Zum Inhalt springen", "Brotzeit im Hinterhof", "Start", "Brot",
             "Roggensauerteig ansetzen: So gelingt der Start", "10. Oktober 2023 · Von Katrin Berger · Brot",
             "Seit drei Jahren backe ich fast jede Woche ein Roggenbrot, und jedes Mal werde ich gefragt.",
             "Ähnliche Beiträge", "Dinkelbrötchen über Nacht", "3. September 2023"]
    md = extract_text_metadata(lines)
    assert md.title == "Roggensauerteig ansetzen: So gelingt der Start"
    assert (md.date, md.author) == ("2023-10-10", "Katrin Berger")


_STORY = "Seit drei Jahren backe ich fast jede Woche ein Roggenbrot, und jedes Mal werde ich gefragt."
_HEAD = ["How to Patch a Bike Tube | Pedal Weekly", "Menu", "How to Patch a Bike Tube"]


def test_author_after_a_label_on_a_line_of_its_own():
    lines = [*_HEAD, "Written by", "Joanna Okafor", "March 4, 2024", _STORY]
    assert extract_text_metadata(lines).author == "Joanna Okafor"
    lines = [*_HEAD, "By", "Joanna Okafor", "Table of Contents", _STORY]
    assert extract_text_metadata(lines).author == "Joanna Okafor"


def test_a_full_name_alone_beside_the_date_line_is_the_author():
    assert extract_text_metadata([*_HEAD, "Joanna Okafor", "March 4, 2024", _STORY]).author \
        == "Joanna Okafor"
    assert extract_text_metadata([*_HEAD, "March 4, 2024", "Joanna Okafor", _STORY]).author \
        == "Joanna Okafor"


def test_a_control_or_a_front_page_teaser_beside_a_date_gives_no_author():
    assert extract_text_metadata([*_HEAD, "Ask Question", "March 4, 2024", _STORY]).author is None
    # a shop's front page: the name and date are its first blog teaser's
    lines = [*_HEAD, "Joanna Okafor", "March 4, 2024", _STORY]
    assert extract_text_metadata(lines, "https://pedalweekly.example/").author is None
    assert extract_text_metadata(lines, "https://pedalweekly.example/patch-a-tube").author \
        == "Joanna Okafor"


def test_a_first_line_of_running_text_is_no_title_line():
    # A dump of one long line (a page flattened without breaks): no <title> to read there.
    long_line = "The harbour bridge reopened on Tuesday after six months of repairs. " * 40
    assert extract_text_metadata([long_line]).title is None
    # the headline is still found where a dump without a <title> line has it: over the byline
    md = extract_text_metadata([long_line, "Harbour bridge reopens", "By admin"])
    assert md.title == "Harbour bridge reopens"


def test_the_headline_copy_with_the_byline_under_it_wins_over_a_sticky_bar_copy():
    lines = ["Harbour bridge reopens after repairs | Coast Gazette", "", "Menu", "",
             "Harbour bridge reopens after repairs", "", "News", "Sport", "Weather", "Traffic",
             "Opinion", "Culture", "Business", "",
             "Harbour bridge reopens after repairs", "",
             "Drivers can cross again after six months.", "By Joanna Okafor", "March 14, 2023",
             "", "The harbour bridge reopened on Tuesday after six months of repairs.",
             "The next bridge to be repaired is the old rail crossing, the city said."]
    md = extract_text_metadata(lines)
    assert (md.title, md.author, md.date) == (
        "Harbour bridge reopens after repairs", "Joanna Okafor", "2023-03-14")



def test_a_forum_threads_starter_is_its_author_and_no_sign_of_an_article():
    lines = ["Best closed headphones? | Audio Forum", "", "Best closed headphones?", "",
             "Thread starter", "Thread starter FutureBSD", "Start date Jul 3, 2024", "",
             "Which closed headphones would you buy for under 300 dollars this year?"]
    md = extract_text_metadata(lines)
    assert (md.author, md.sources["author"]) == ("FutureBSD", "thread-starter")
    lines[4:6] = ["Started by:", "FutureBSD"]
    assert extract_text_metadata(lines).author == "FutureBSD"


def test_a_full_name_opening_the_date_line_is_the_author_a_date_label_is_not():
    head = ["Harbour bridge reopens | Coast Gazette", "", "Harbour bridge reopens", ""]
    assert extract_text_metadata([*head, "Joanna Okafor March 14, 2023 · 5 min read",
                                  _STORY]).author == "Joanna Okafor"
    md = extract_text_metadata([*head, "Letztes Update 14.03.2023", _STORY])
    assert md.author is None
    assert md.date == "2023-03-14"
