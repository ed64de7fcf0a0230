"""Bylines: recognised conservatively, authors normalised."""

import pytest

from cleanarticle.meta import clean_author, is_byline
from cleanarticle.rules.byline import author_in_meta_line, is_dated_byline


@pytest.mark.parametrize(
    "text",
    [
        "By admin",
        "By Jane Doe",
        "by Jane Doe and John Roe",
        "BY JANE DOE",
        "Von Max Mustermann | 10.10.2023",
        "Par Jean Dupont et Marie Curie",
        "Por María López",
        "Di Mario Rossi",
        "Door Jan de Vries",
        "Written by Sarah O’Connor • March 5, 2024",
        "Author: John Smith",
        "Autorin: Erika Musterfrau",
    ],
)
def test_bylines(text):
    assert is_byline(text)


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the year, we will know more about the plan.",
        "Von der Leyen sagte am Montag, dass die Kommission handeln werde.",
        "Di Maio ha detto che il governo non cadrà.",
        "By",
        "Jane Doe",
        "Par ailleurs, le gouvernement a annoncé de nouvelles mesures.",
        "By clicking subscribe you agree to our terms",
    ],
)
def test_not_bylines(text):
    assert not is_byline(text)


@pytest.mark.parametrize(
    "raw, author",
    [
        ("By admin", "admin"),
        ("By Jane Doe", "Jane Doe"),
        ("by Jane Doe Email the author", "Jane Doe"),
        ("Jane Doe jane.doe@example.com", "Jane Doe"),
        ("By Jane Doe @janedoe", "Jane Doe"),
        ("Jane Doe and John Roe", "Jane Doe; John Roe"),
        ("Fiona Bauer und Max Weber", "Fiona Bauer; Max Weber"),
        ("Von Max Mustermann | 10.10.2023", "Max Mustermann"),
        ("Jane Doe, John Roe & Ann Poe", "Jane Doe; John Roe; Ann Poe"),
        ("Jared Newman and Sam Singleton", "Jared Newman; Sam Singleton"),  # "Sam" no weekday
        ("Rui Ma, Mo Farah", "Rui Ma; Mo Farah"),
        ("Maria &amp; Katerina", "Maria; Katerina"),
        ("Genevieve Carlton, Ph.D.", "Genevieve Carlton, Ph.D."),  # degrees as written
        ("Doris Munoz, MD, FACP", "Doris Munoz, MD, FACP"),
        ("By Jane Doe Published Monday, 10 October 2023", "Jane Doe"),
        ("https://example.com/author/jane", None),
        ("", None),
    ],
)
def test_clean_author(raw, author):
    assert clean_author(raw) == author


@pytest.mark.parametrize("text", [
    "Tom Talbot October 14, 2025",
    "March 15, 2022 · 3 min read · By ASU Online",
    "Updated Dec 18, 2025 · 12 min read",
    "By Richard Garner Updated Sep 5, 2024",
    "6. November 2023 | 3 Kommentare",
    "11.12.2019 - Amelie Loevenich",
    "Por Adriano Fernandes | 03/05/2022 20:36",
    "Von Claudia Riedler 19. Oktober 2019 00:04 Uhr",
    "am Sonntag, 11.12.2022 - 05:00 (1 Kommentar)",
    "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel | 0 COMMENTS",  # a time glued to the byline
    "Modified 8 years, 2 months ago",
])
def test_dated_bylines(text):
    assert is_dated_byline(text)


@pytest.mark.parametrize("text", [
    "The council met on 3 May 2014 to vote.",
    "Am 5. November 2021 wird sie 100 Jahre alt.",
    "Copyright © 19.12.2019 - 12:14 h by Example GmbH",
    "Tom Talbot",  # no date
    "Version 2.1 released | 3 min read",
])
def test_not_dated_bylines(text):
    assert not is_dated_byline(text)


def test_words_left_around_a_date_label_are_no_name():
    # "on" is a date label: what is left, "First Listed Newegg", is no byline
    assert not is_dated_byline("First Listed on Newegg June 29, 2025")


@pytest.mark.parametrize("line, author", [
    ("10. Oktober 2023 · Von Katrin Berger · Brot", "Katrin Berger"),
    ("04.02.2022 | 13:10 Uhr | Uta Helkenberg", "Uta Helkenberg"),
    ("October 11, 2023 by Autumn Huerter", "Autumn Huerter"),  # the byline after the date
    ("3 May 2014 by the river", None),  # a place after the date, no name
    ("The council met on 3 May 2014 by the harbour", None),  # prose
    ("04.02.2022 | 13:10 Uhr | Zucht", None),  # a section, not a full name
])
def test_author_in_a_dated_meta_line(line, author):
    assert author_in_meta_line(line) == author
