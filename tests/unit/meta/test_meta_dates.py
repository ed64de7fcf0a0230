"""Dates written in text: month names per language, numeric orders, relative dates, limits."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanarticle.meta import is_dateline, parse_date_text
from cleanarticle.rules.dates import (
    DATE_START,
    date_from_url,
    has_date,
    is_updated_label,
    last_edited_date,
    leading_date,
    locale_hint,
    parse_date_value,
    posted_date,
    shown_date,
)

REF = dt.date(2024, 6, 30)


@pytest.mark.parametrize(
    "text, iso",
    [
        # English
        ("October 10, 2023", "2023-10-10"),
        ("Oct. 5th, 2021", "2021-10-05"),
        ("10 Sept 2022", "2022-09-10"),
        ("Monday, 3 March 2020", "2020-03-03"),
        # German
        ("10. Oktober 2023", "2023-10-10"),
        ("3. März 2021", "2021-03-03"),
        ("3. Maerz 2021", "2021-03-03"),
        ("5. Jänner 2019", "2019-01-05"),
        ("1. Dez. 2020", "2020-12-01"),
        # French
        ("10 octobre 2023", "2023-10-10"),
        ("1er mars 2020", "2020-03-01"),
        ("15 août 2018", "2018-08-15"),
        ("2 févr. 2022", "2022-02-02"),
        # Spanish
        ("10 de octubre de 2023", "2023-10-10"),
        ("5 de diciembre del 2019", "2019-12-05"),
        ("7 ene 2021", "2021-01-07"),
        # Italian
        ("10 ottobre 2023", "2023-10-10"),
        ("21 giugno 2019", "2019-06-21"),
        ("3 mag 2022", "2022-05-03"),
        # Portuguese
        ("10 de outubro de 2023", "2023-10-10"),
        ("4 de março de 2020", "2020-03-04"),
        ("9 de setembro de 2017", "2017-09-09"),
        # Dutch
        ("10 oktober 2023", "2023-10-10"),
        ("3 maart 2021", "2021-03-03"),
        ("12 mei 2016", "2016-05-12"),
        # Russian (genitive) and Arabic
        ("10 октября 2023", "2023-10-10"),
        ("3 марта 2021 г.", "2021-03-03"),
        ("10 أكتوبر 2023", "2023-10-10"),
        ("5 مايو 2019", "2019-05-05"),
        # numeric and CJK
        ("2023-10-10T14:00:00Z", "2023-10-10"),
        ("10.10.2023", "2023-10-10"),
        ("3.4.23", "2023-04-03"),
        ("2023年10月10日", "2023-10-10"),
    ],
)
def test_written_dates_in_many_languages(text, iso):
    assert parse_date_text(text) == iso


@pytest.mark.parametrize(
    "lang, iso",
    [("en-US", "2023-03-04"), ("en", "2023-03-04"), ("en-GB", "2023-04-03"),
     ("de", "2023-04-03"), ("fr-FR", "2023-04-03"), (None, "2023-03-04")],
)
def test_ambiguous_numeric_order_follows_the_locale(lang, iso):
    assert parse_date_text("3/4/2023", lang=lang) == iso


def test_unambiguous_numeric_date_ignores_the_locale():
    assert parse_date_text("13/4/2023", lang="en-US") == "2023-04-13"
    assert parse_date_text("4/13/2023", lang="de") == "2023-04-13"


@pytest.mark.parametrize(
    "text, iso",
    [
        # a reference date without a time counts as its noon
        ("10 hours ago", "2024-06-30"),
        ("14 hours ago", "2024-06-29"),
        ("2 days ago", "2024-06-28"),
        ("vor 2 Tagen", "2024-06-28"),
        ("il y a 3 jours", "2024-06-27"),
        ("hace 1 semana", "2024-06-23"),
        ("5 giorni fa", "2024-06-25"),
        ("há 2 dias", "2024-06-28"),
        ("4 dagen geleden", "2024-06-26"),
        ("yesterday", "2024-06-29"),
        ("gestern", "2024-06-29"),
        ("an hour ago", "2024-06-30"),
        # two units: the larger tells ("asked 8 years, 2 months ago")
        ("2 days, 3 hours ago", "2024-06-28"),
        ("1 week and 2 days ago", "2024-06-23"),
    ],
)
def test_relative_dates_resolve_against_the_reference_date(text, iso):
    assert parse_date_text(text, reference_date=REF) == iso


def test_reference_datetime_keeps_its_time():
    morning = dt.datetime(2024, 6, 30, 8, 0)
    assert parse_date_text("10 hours ago", reference_date=morning) == "2024-06-29"
    assert parse_date_text("June 30, 2024", reference_date=morning) == "2024-06-30"


def test_relative_dates_without_reference_give_no_date():
    assert parse_date_text("2 days ago") is None
    assert parse_date_text("vor 2 Stunden") is None


def test_months_and_years_ago_name_no_day():
    assert parse_date_text("3 months ago", reference_date=REF) is None


def test_no_date_after_the_reference_date_or_before_1995():
    assert parse_date_text("July 4, 2024", reference_date=REF) is None
    assert parse_date_text("June 30, 2024", reference_date=REF) == "2024-06-30"
    assert parse_date_text("March 1, 1994") is None
    assert parse_date_text("March 1, 1995") == "1995-03-01"


def test_invalid_calendar_dates_are_rejected():
    assert parse_date_text("31.02.2020") is None
    assert parse_date_text("2021-13-01") is None


def test_version_numbers_and_prices_are_not_dates():
    assert parse_date_text("Version 1.2.3 released") is None
    assert parse_date_text("Costs 12.50 for 3 items") is None


def test_machine_values():
    assert parse_date_value("20231010") == dt.date(2023, 10, 10)
    assert parse_date_value("2023-10-10T23:30:00-05:00") == dt.date(2023, 10, 10)
    assert parse_date_value("Tue, 10 Oct 2023 12:00:00 GMT") == dt.date(2023, 10, 10)
    assert parse_date_value("1696939200") == dt.date(2023, 10, 10)
    assert parse_date_value("Mon Oct 11 14:57:21 CEST 2021") == dt.date(2021, 10, 11)
    # the citation style of academic metadata: year, month, day
    assert parse_date_value("2023 Jan 7") == dt.date(2023, 1, 7)
    assert parse_date_value("2024 June 30") == dt.date(2024, 6, 30)
    assert parse_date_value("2023 Jan") is None  # no day: no date
    assert parse_date_value("") is None
    assert parse_date_value("soon") is None


@pytest.mark.parametrize(
    "value, text, lang, iso",
    [
        ("2019-07-03", "Publié le 29 juin 2019", "fr", "2019-06-29"),  # text shows another date
        ("2025-03-20", "Mar 21, 2025", "en", "2025-03-20"),  # a time zone apart
        ("2023-11-02", "02/11/2023 02:00pm GMT", "en", "2023-11-02"),  # day/month order
        ("2023-11-02", "Posted 2 hours ago", "en", "2023-11-02"),  # no full date shown
        (None, "5. November 2021", "de", "2021-11-05"),
        (None, "soon", "en", None),
    ],
)
def test_shown_date_prefers_a_different_date_the_text_shows(value, text, lang, iso):
    d = shown_date(dt.date.fromisoformat(value) if value else None, text, lang=lang)
    assert (d.isoformat() if d else None) == iso


@pytest.mark.parametrize(
    "url, iso",
    [
        ("https://example.com/2023/10/10/some-story/", "2023-10-10"),
        ("https://example.com/news/2023-10-10-some-story", "2023-10-10"),
        ("https://example.com/news/20231010-some-story", "2023-10-10"),
        ("https://example.com/2023/10/some-story/", None),
        ("https://example.com/story-20231010123", None),
        ("https://2023-10-10.example.com/", None),
        ("https://news.example.com/world/2020/jan/20/council-votes", "2020-01-20"),
        ("https://example.org/blog/2023/october/3/wine-types", "2023-10-03"),
        ("https://example.org/2023/Sept/03", "2023-09-03"),
        ("https://example.org/archive/2023/march/", None),  # no day
        ("https://example.org/2023/dec/45/", None),
    ],
)
def test_date_from_url(url, iso):
    d = date_from_url(url)
    assert (d.isoformat() if d else None) == iso


@pytest.mark.parametrize(
    "text",
    [
        "October 10, 2023",
        "Published 1 year ago on",
        "Updated: 10.10.2023, 14:05 Uhr",
        "vor 2 Stunden",
        "Monday 10 October 2023 | 10:30 GMT",
        "Stand: 03.02.2021 12:00 Uhr",
        "Publié le 10 octobre 2023 à 14h05",
        "Publicado el 10 de octubre de 2023",
        "miércoles, 4 de mayo de 2022 00:00 hs",
        "Pubblicato il 10 ottobre 2023",
        "Gepubliceerd op 10 oktober 2023",
        "2023-10-10T12:00:00Z",
        "Oktober 2023",
        "Erscheinungsdatum 25.01.2022",
        "Opublikowano: 12 stycznia 2023, 10:15",
        "Опубликовано: 12 января 2023",
        "Publicerad 12 januari 2023",
        "Julkaistu 12.1.2023",
        "Publikováno 12. 1. 2023",
        "Yayınlanma tarihi: 12.01.2023",
        "게시일 2023.01.12",
        "Asked 8 years, 2 months ago",  # a Q&A site's question meta
        "answered Mar 3, 2015 at 10:02",
        "Post time: 01-04-2024",
        "Publication date: 3 March 2024",
        "Date published: 12 January 2023",
    ],
)
def test_date_lines(text):
    assert is_dateline(text)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting on October 10, 2023 was long and everyone went home tired.",
        "Am 10. Oktober 2023 hat der Rat beschlossen, die Steuern zu senken.",
        "Published by Penguin",
        "Share",
        "",
        "Costs 12.50 for 3 items",
        "Call 555-1234 today",
    ],
)
def test_not_date_lines(text):
    assert not is_dateline(text)


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Karlsruhe, (12.11.2021). Traditionell gedenken die Gemeinden", "2021-11-12"),
        ("27.1.2022 - Bei der Erinnerung an die Verfolgten", "2022-01-27"),
        ("Berlin, 3. Juli 2018 – Die Regierung hat beschlossen", "2018-07-03"),
        ("3. Juli 2018 war ein heißer Tag in der Stadt", None),
        ("(21. November 2022) Energieverbraucher erhalten eine Preiserhöhung", "2022-11-21"),
        ("3. Juli 2018) war ein heißer Tag", None),
        ("In 2018 the city grew", None),
    ],
)
def test_press_release_leading_date(text, iso):
    assert leading_date(text) == iso


@pytest.mark.parametrize(
    "text, lang, iso",
    [
        ("Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 14:48 Uhr veröffentlicht und unter "
         "Allgemein abgelegt.", "de", "2011-12-03"),
        ("Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von", "de", "2015-12-14"),
        ("Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht", "de",
         "2019-11-27"),
        ("This entry was posted on Monday, May 5th, 2014 at 9:00 am and is filed under News.",
         "en", "2014-05-05"),
        ("This entry was filed under News and tagged garden, roses, spring, summer, autumn and "
         "more on 5 May 2014.", "en", None),  # the date is far from the template's opening
        ("The council met on 3 May 2014 to vote.", "en", None),
    ],
)
def test_posted_on_template_sentence(text, lang, iso):
    assert posted_date(text, lang=lang) == iso


@pytest.mark.parametrize(
    "text, updated",
    [
        ("Updated: 9 Nov 2023", True),
        ("Zuletzt aktualisiert am 10.10.2023", True),
        ("Last updated", True),
        ("PUBLISHED: November 8, 2023 at 11:30 p.m. | UPDATED: November 9, 2023", False),
        ("Published 8 Nov 2023", False),
        ("6.3K views 23 replies last post by jdoe Sep 26, 2024", True),
        ("Zaktualizowano: 14.01.2023", True),
        ("Обновлено 14 января 2023", True),
        ("Päivitetty 14.1.2023", True),
        ("Opublikowano: 12.01.2023 | Zaktualizowano: 14.01.2023", False),
        ("Standard delivery from 14.01.2023", False),  # "stand" only as a word of its own
    ],
)
def test_updated_label_is_the_one_before_the_first_date(text, updated):
    assert is_updated_label(text) is updated


@pytest.mark.parametrize(
    "text, lang, iso",
    [
        ("This page was last edited on 5 March 2020, at 10:00.", "en", "2020-03-05"),
        ("Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.", "de", "2020-01-29"),
        ("Guide/Download (last edited 2019-11-10 13:28:18 by jdoe)", "en", "2019-11-10"),
        ("Cette page a été modifiée pour la dernière fois le 5 mars 2020 à 10:00.", "fr",
         "2020-03-05"),
        ("The law was last modified by parliament, which met for many weeks, on 5 March 2020.",
         "en", None),  # the date is far from the words
        ("Published on 5 March 2020", "en", None),
    ],
)
def test_last_edited_sentence(text, lang, iso):
    assert last_edited_date(text, lang=lang) == iso


@pytest.mark.parametrize(
    "lang, url, hint",
    [
        ("en", "https://www.example.co.uk/news/a", "en-uk"),
        (None, "https://example.com.au/a", "en-au"),
        ("en-US", "https://example.co.uk/a", "en-US"),  # a declared region wins
        ("de", "https://example.co.uk/a", "de"),
        ("en", "https://example.com/a", "en"),
        (None, None, None),
    ],
)
def test_locale_hint_from_the_country_domain(lang, url, hint):
    assert locale_hint(lang, url) == hint


@pytest.mark.parametrize("text", ["10.10.23", "3/4/23", "10-10-23", "10. 10. 23", "Stand: 3.4.23",
                                  "12/31/99", "Oktober 2023", "2023年10月10日"])
def test_numeric_dates_with_short_years_are_date_lines(text):
    assert is_dateline(text)


_PIECES = st.sampled_from(["10", "3", "23", "2023", "1999", ".", "/", "-", " ", ". ", "Oct",
                           "October", "März", "de", "ago", "vor", "Stunden", "hours", "2", "年",
                           "月", "日", ",", "x"])


@given(st.lists(_PIECES, max_size=8).map("".join))
def test_has_date_agrees_with_the_full_date_patterns(text):
    # has_date answers most texts with a digit from a cheap pre-check: it must never miss a
    # date, month-year or relative date that the full patterns find.
    full = DATE_START.search(text) is not None
    assert has_date(text) == full
