"""The article text: plain white space, the language of undeclared pages, the size cap."""

import pytest

import cleanarticle
from cleanarticle.model import CODE, TABLE_ROW
from cleanarticle.rules import spaces
from cleanarticle.rules.spaces import tidy


def page(body: str, lang: str | None = None, title: str = "Le conseil vote") -> str:
    attr = f' lang="{lang}"' if lang else ""
    return (f"<html{attr}><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{body}</article></body></html>")


FRENCH = ("<p>Le conseil municipal a adopt\u00e9 mardi soir le budget de la nouvelle "
          "m\u00e9diath\u00e8que, apr\u00e8s un long d\u00e9bat sur le co\u00fbt des travaux.</p>"
          "<p>Les \u00e9lus de l\u2019opposition ont vot\u00e9 contre\u00a0: selon eux, la ville "
          "aurait d\u00fb attendre la fin du chantier de la piscine avant de lancer ce projet.</p>")
JAPANESE = ("<p>市議会は火曜日の夜、新しい"
            "図書館の予算を承認しました。"
            "工事は来年の春に始まり、十八"
            "か月続く予定です。</p>"
            "<p>住民の多くはこの決定を歓迎"
            "しましたが、プールの改修が後"
            "回しになった理由を尋ねる人も"
            "いました。市長は来月、説明会"
            "を開くと述べました。</p>")


def test_text_has_plain_spaces_and_no_invisible_characters_blocks_keep_theirs():
    body = ("<p>Le\u00a0conseil a vot\u00e9\u202fle budget\u3000de 10\u00a0millions\ufffc "
            "d\u2019euros\u200b pour la m\u00e9diath\u00e8que et ses\u00a0\u00a0abords.</p>") * 3
    article = cleanarticle.clean(page(body, "fr"))
    for ch in "\u00a0\u202f\u3000\ufffc\u200b":
        assert ch not in article.text
    assert "Le conseil a vot\u00e9 le budget de 10 millions d\u2019euros pour" in article.text
    assert "ses abords" in article.text
    assert any("\u00a0" in b.text for b in article.blocks)  # the page's own characters


def test_code_keeps_its_layout_and_tables_their_cell_separators():
    code = "def f():\n    return\u00a01\n"
    assert tidy(code, CODE) == "def f():\n    return 1\n"
    assert tidy("a\tb  c\u00a0d", TABLE_ROW) == "a\tb c d"
    assert tidy("  two   lines \n\n here ") == "two lines\nhere"


def test_language_of_undeclared_pages_comes_from_the_text():
    french = cleanarticle.clean(page(FRENCH))
    assert french.language == "fr"
    japanese = cleanarticle.clean(page(JAPANESE, title="\u56f3\u66f8\u9928"))
    assert japanese.language == "ja"
    exp = cleanarticle.explain(page(FRENCH))
    assert exp.metadata.sources["language"] == "detected"


def test_a_declared_language_is_kept_and_short_text_gives_no_guess():
    assert cleanarticle.clean(page(FRENCH, lang="de")).language == "de"
    assert cleanarticle.clean(page("<p>Oui.</p>")).language is None


@pytest.mark.parametrize("kind", [None, CODE, TABLE_ROW])
def test_tidy_shortcuts_give_what_the_full_pass_gives(kind):
    table = spaces._CODE_TO_SPACE if kind == CODE else spaces._TO_SPACE
    samples = ["plain text", "tabs\tand  spaces", "caf\u00e9 \u2019x\u2019", "a\r\nb", "x\u00a0y",
               "", " ", "x", " lead", "trail ", "a  b", "a\tb", "a\nb", "a\n\nb", "a \u00a0b", "a | b"]
    samples += [f"a{chr(c)}b  c" for c in table]
    for text in samples:
        expected = text.translate(table)
        if kind != CODE:
            runs = spaces._RUNS if kind != TABLE_ROW else spaces._SPACE_RUNS
            lines = (runs.sub(" ", line).strip(" ") for line in expected.split("\n"))
            expected = "\n".join(line for line in lines if line)
        assert tidy(text, kind) == expected, repr(text)
