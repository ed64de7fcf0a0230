"""Undeclared legacy pages and UTF-8 pages with stray bytes decode to the page's own text."""

import codecs

import pytest

import cleanarticle
from cleanarticle.decode import decode

# Inline CSS and scripts make the first 64 KB of many pages pure ASCII.
STYLE = "".join(f".c{i} {{ margin: {i % 7}px; padding: 0 {i % 5}px; }}\n" for i in range(2500))


def legacy_page(title: str, paragraphs: list[str], lang: str | None = None) -> str:
    attr = f' lang="{lang}"' if lang else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html{attr}><head><title>{title}</title><style>{STYLE}</style>"
            f"</head><body><article><h1>{title}</h1>{body}</article></body></html>")


ENGLISH = ["It\u2019s a plan\u00a0the council says will work \u2014 tactics\u2014which it calls "
           "\u201cproven\u201d \u2014 and it will cost \u00a3120 million over ten years."] * 4
FRENCH = ["Les \u00e9l\u00e8ves \u00e0 l\u2019\u00e9cole ont d\u00e9couvert un th\u00e9\u00e2tre "
          "o\u00f9 les com\u00e9diens jouent tr\u00e8s bien, a d\u00e9clar\u00e9 la "
          "ma\u00eetresse."] * 4
POLISH = ["W\u0142adze miasta og\u0142osi\u0142y w \u015brod\u0119, \u017ce nowy most "
          "zostanie otwarty jesieni\u0105, a prace potrwaj\u0105 jeszcze dwa miesi\u0105ce."] * 4
RUSSIAN = ["\u0413\u043e\u0440\u043e\u0434\u0441\u043a\u0438\u0435 \u0432\u043b\u0430\u0441"
           "\u0442\u0438 \u043e\u0431\u044a\u044f\u0432\u0438\u043b\u0438, \u0447\u0442\u043e "
           "\u043d\u043e\u0432\u044b\u0439 \u043c\u043e\u0441\u0442 \u043e\u0442\u043a\u0440"
           "\u043e\u044e\u0442 \u043e\u0441\u0435\u043d\u044c\u044e."] * 4


@pytest.mark.parametrize("paragraphs, encoding, lang", [
    (ENGLISH, "cp1252", None), (ENGLISH, "cp1252", "en"), (FRENCH, "cp1252", None),
    (FRENCH, "cp1252", "fr"), (POLISH, "cp1250", None), (RUSSIAN, "cp1251", None),
])
def test_undeclared_legacy_page_with_a_long_ascii_head(paragraphs, encoding, lang):
    page = legacy_page("Title", paragraphs, lang)
    data = page.encode(encoding)
    assert data[:65536].isascii()  # the head that misled detection
    text = decode(data)
    assert paragraphs[0] in text


def test_the_article_text_of_such_a_page_is_whole():
    article = cleanarticle.clean(legacy_page("Plan", ENGLISH).encode("cp1252"))
    assert "It\u2019s a plan the council says will work \u2014 tactics\u2014which" in article.text
    assert "\ufffd" not in article.text and "\u0100" not in article.text


def test_a_utf8_page_with_a_few_stray_cp1252_bytes_stays_utf8():
    page = legacy_page("K\u00fcche", ["F\u00fcr die Sch\u00fcler war das Gespr\u00e4ch "
                                       "\u00fcber gro\u00dfe \u00c4nderungen wichtig."] * 20)
    data = page.encode("utf-8").replace(b"</article>",
                                        '<img alt="K\u00fcchenblogs"></article>'.encode("cp1252"))
    text = decode(data)
    assert "F\u00fcr die Sch\u00fcler" in text  # the UTF-8 majority
    assert 'alt="K\u00fcchenblogs"' in text  # the stray byte read as windows-1252


def test_the_url_top_level_domain_is_a_hint():
    ambiguous = legacy_page("T", ["Cena: 120 z\u0142, og\u00f3\u0142em."] * 3).encode("cp1250")
    assert "120 z\u0142" in decode(ambiguous, url="https://sklep.example.pl/oferta")


def test_clean_reads_the_url_hint_as_clean_html_does():
    # auto mode decodes the page to see whether it is HTML: with the same hint the front end uses
    said = "\u00c1rv\u00edzt\u0171r\u0151 t\u00fck\u00f6rf\u00far\u00f3g\u00e9p."
    ambiguous = legacy_page("T", [said]).encode("iso8859_2")
    assert said not in decode(ambiguous)  # too short to tell without the hint
    url = "https://bolt.example.hu/tukor"
    auto = cleanarticle.clean(ambiguous, url=url)
    assert said in auto.text
    assert auto.text == cleanarticle.clean_html(ambiguous, url=url).text


def test_utf16_cjk_without_spaces_or_bom():
    text = "\u4f4f\u6c11\u306f\u5e02\u8b70\u4f1a\u306f\u706b\u66dc\u65e5\u306b\u627f\u8a8d\u3002\n" * 20
    assert decode(text.encode("utf-16-le")) == text


def test_a_page_that_came_as_utf8_keeps_its_bytes_for_the_parser():
    from cleanarticle.decode import decode_page

    page = "<html><body><p>Caf\u00e9 \u2014 d\u00e9j\u00e0 vu</p></body></html>".encode()
    decoded = decode_page(page)
    assert decoded.text == page.decode() and decoded.utf8 is page
    # Bytes that are not the text's UTF-8 form are not passed on.
    for other in (codecs.BOM_UTF8 + page, "<p>Caf\u00e9</p>".encode("cp1252"),
                  "<p>Caf\u00e9</p>".encode("utf-16")):
        assert decode_page(other).utf8 is None
    assert decode_page(page.decode()).utf8 is None


def test_the_parser_reads_the_page_bytes_as_they_came(monkeypatch):
    import lxml.html

    from cleanarticle.html import parse

    seen = []
    real = lxml.html.document_fromstring

    def spy(data, **kw):
        seen.append(data)
        return real(data, **kw)

    monkeypatch.setattr(parse.lxml.html, "document_fromstring", spy)
    page = ("<html><body><article><h1>Caf\u00e9</h1>" + "<p>Un caf\u00e9 cr\u00e8me. </p>" * 20
            + "</article></body></html>").encode()
    from_bytes = cleanarticle.clean(page)
    assert seen[-1] is page
    assert from_bytes == cleanarticle.clean(page.decode())


@pytest.mark.parametrize("page", [
    b"<?xml version='1.0' encoding='utf-8'?><html><body><p>x\xc3\xa9</p></body></html>",
    b"<html><body><p>a\x01b\x0bc</p></body></html>",
    "<html><body><p>\ufffe caf\u00e9</p></body></html>".encode(),
    b"<html><body><p>one</p></body></html><p>after the end</p>",
    b"<html><body><script src=x.js /><p>shown</p></body></html>",
])
def test_bytes_and_their_text_parse_to_the_same_tree(page):
    from lxml import etree

    from cleanarticle.html.parse import parse_page

    from_bytes, _ = parse_page(page)
    from_text, _ = parse_page(page.decode())
    assert etree.tostring(from_bytes) == etree.tostring(from_text)


def test_control_bytes_are_counted_as_before():
    import random

    from cleanarticle.decode import _NOT_CONTROLS

    rng = random.Random(3)
    for _ in range(500):
        sample = bytes(rng.randrange(256) for _ in range(rng.randint(0, 64)))
        assert len(sample.translate(None, _NOT_CONTROLS)) == sum(
            1 for b in sample if b < 9 or 13 < b < 32)


# A blog post as its CMS stored it: UTF-8 bytes that were once read as Latin-1 or
# Windows-1252 and written out again as UTF-8.
_STORY = ("<html><head><title>The café on the corner – Notes</title></head><body><article>"
          "<h1>The café on the corner</h1><p>By Anna Roth</p>"
          + "".join(f"<p>It’s where we meet every morning before work — {n} cups later, the "
                    "crème brûlée is still the best in town, and “regulars” get a table.</p>"
                    for n in range(6))
          + "</article></body></html>")


@pytest.mark.parametrize("second_reading", ["latin-1", "cp1252"])
def test_a_page_decoded_twice_before_it_reached_us_reads_as_written(second_reading):
    # (as a browser reads Windows-1252: its five unassigned bytes as their Latin-1 controls)
    read = "".join(bytes([b]).decode(second_reading, "ignore") or chr(b)
                   for b in _STORY.encode("utf-8"))
    twice = read.encode("utf-8")
    assert "â€" in twice.decode("utf-8") or "â\x80" in twice.decode("utf-8")
    article = cleanarticle.clean(twice)
    assert article.title == "The café on the corner"
    assert "It’s where we meet every morning before work — 0 cups" in article.text
    assert "“regulars”" in article.text and "â" not in article.text
    # the same text handed over as a str
    assert cleanarticle.clean(twice.decode("utf-8")).text == article.text


@pytest.mark.parametrize("text", ["SÃO PAULO — A cidade", "Le château, la crème brûlée",
                                  "Tiếng Việt có dấu", "Â la carte? No: Â is a letter here"])
def test_text_that_only_looks_like_it_is_left_alone(text):
    assert decode(text.encode("utf-8")) == text


def test_a_stored_text_decoded_twice_inside_a_good_template_is_fixed_alone():
    from cleanarticle.mojibake import fix_mojibake

    stored = "Paweł’s café — “regulars” get a table."
    twice = stored.encode("utf-8").decode("latin-1")
    page = f"<nav>Home · Über uns – Kontakt</nav>\n<p>{twice}</p>\n<footer>© Café Ltd</footer>"
    fixed = fix_mojibake(page)
    assert f"<p>{stored}</p>" in fixed
    assert fixed.startswith("<nav>Home · Über uns – Kontakt</nav>") and "© Café Ltd" in fixed


def test_script_data_is_not_read_for_mojibake():
    from cleanarticle.mojibake import PIECE_MAX_CHARS, fix_mojibake

    state = '{"items": "' + "x" * PIECE_MAX_CHARS + '", "note": "Ã¤ is how ä looks decoded twice"}'
    page = f"<p>{'itâ€™s'}</p><script>{state}</script>"
    fixed = fix_mojibake(page)
    assert fixed.startswith("<p>it’s</p>") and state in fixed
