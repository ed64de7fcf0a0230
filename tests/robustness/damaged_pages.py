"""A generator of damaged and hostile pages, reproducible from an integer seed.

``page(seed)`` returns ``(kind, data)``: the damage applied and the page (str or bytes).
Every page is made here from random words; no real page is used. Used by the robustness
tests and by scripts/fuzz.py.
"""

from __future__ import annotations

import random

WORDS = {
    "en": "the report says council members voted on tuesday to approve a new budget for schools "
          "and roads after months of debate residents".split(),
    "de": "die Stadt hat am Dienstag beschlossen dass Straßen und Schulen mehr Geld bekommen "
          "Bürger äußerten Kritik über Größe".split(),
    "fr": "le conseil municipal a voté mardi un budget pour les écoles et les routes après des "
          "mois de débat où élèves".split(),
    "ru": "городской совет во вторник одобрил новый бюджет для школ и дорог после долгих споров".split(),
    "ja": "市議会は火曜日に学校と道路のための新しい予算を承認しました 住民は 議論 東京".split(),
    "zh": "市议会周二批准了用于学校和道路的新预算 居民 经过 数月 辩论 北京".split(),
}
# Which languages each legacy encoding can hold.
LEGACY = {"shift_jis": ("ja", "en"), "gb18030": ("zh", "en", "de", "ru"), "cp1252": ("en", "de", "fr")}
UNICODE = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
BOMS = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff",
        "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}
TAGS = ("div", "span", "p", "b", "i", "a", "li", "ul", "ol", "table", "tr", "td", "section",
        "article", "blockquote", "pre", "h1", "h2", "em", "font", "form", "select", "option",
        "svg", "math", "template", "noscript", "iframe", "object", "textarea", "title", "script",
        "style", "head", "body", "html", "frameset", "figure", "figcaption", "time", "br", "hr")
DEEP_TAGS = ("div", "span", "b", "a", "p", "li", "ul", "blockquote", "section", "td", "font", "table")


def sentence(rng: random.Random, lang: str, n: int | None = None) -> str:
    words = WORDS[lang]
    sep = "" if lang in ("ja", "zh") else " "
    return sep.join(rng.choice(words) for _ in range(n or rng.randint(4, 25))) + "."


def article(rng: random.Random, lang: str = "en", charset: str | None = "utf-8") -> str:
    """A plausible article page (title, byline, date, paragraphs, nav, footer, JSON-LD)."""
    title = sentence(rng, lang, 6)
    paras = "\n".join(f"<p>{sentence(rng, lang)} {sentence(rng, lang)}</p>"
                      for _ in range(rng.randint(1, 12)))
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head>{meta}<title>{title} | Site</title>"
        f"<meta property='article:published_time' content='2021-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}'>"
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}", '
        '"author": {"name": "Jane Doe"}}</script></head><body>'
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        f"<article><h1>{title}</h1><p class='byline'>By Jane Doe</p>"
        f"<time datetime='2021-03-04'>4 March 2021</time>{paras}</article>"
        "<footer><p>© 2021 Site. All rights reserved.</p></footer></body></html>"
    )


def _lang(rng: random.Random) -> str:
    return rng.choice(tuple(WORDS))


def truncated(rng):
    data = article(rng, _lang(rng)).encode("utf-8")
    return data[: rng.randint(0, len(data))]


def byte_insertions(rng):
    data = bytearray(article(rng, _lang(rng)).encode("utf-8"))
    for _ in range(rng.randint(1, 60)):
        pos = rng.randint(0, len(data))
        data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
    return bytes(data)


def unclosed_tags(rng):
    page = article(rng, _lang(rng))
    for tag in rng.sample(TAGS, rng.randint(1, 12)):
        page = page.replace(f"</{tag}>", "")
    return page[: rng.randint(len(page) // 2, len(page))]


def misnested_tags(rng):
    lang = _lang(rng)
    parts = []
    for _ in range(rng.randint(5, 300)):
        tag = rng.choice(TAGS)
        roll = rng.random()
        if roll < 0.4:
            attrs = rng.choice(["", " class='content'", " id=x", " style='display:none'", " hidden",
                                " href='javascript:alert(1)'", " a=\"unterminated", " <", " ='='"])
            parts.append(f"<{tag}{attrs}>")
        elif roll < 0.7:
            parts.append(f"</{tag}>")
        else:
            parts.append(sentence(rng, lang))
    return "".join(parts)


def deep_nesting(rng):
    tag = rng.choice(DEEP_TAGS)
    depth = rng.choice((1_000, 10_000, 100_000))
    closing = f"</{tag}>" * depth if rng.random() < 0.5 else ""
    head = "<html><body>" if rng.random() < 0.7 else ""
    return head + f"<{tag}>" * depth + sentence(rng, "en") + closing


def huge_attribute(rng):
    size = rng.choice((100_000, 1_000_000, 2_000_000))
    value = rng.choice(("a", "x y ", "&amp;", "\"'", "<>")) * (size // 2)
    name = rng.choice(("title", "class", "style", "data-x", "content", "href"))
    return (f"<html><head><meta name='description' {name}=\"{value}\"></head><body>"
            f"<p {name}=\"{value}\">{sentence(rng, 'en')}</p></body></html>")


def huge_text(rng):
    size = rng.choice((100_000, 1_000_000, 2_000_000))
    unit = rng.choice(("word ", "x", "a.com/", "http://", "@b.", "1. ", "Jan 2021 ", "By ", "\u00a0",
                       "日本語", "<br>", "&nbsp;", "-"))
    text = unit * (size // len(unit))
    if rng.random() < 0.5:
        return f"<html><body><p>{text}</p></body></html>"
    return text  # a plain-text page: one enormous line


def nul_bytes(rng):
    data = bytearray(article(rng, _lang(rng)).encode("utf-8"))
    for _ in range(rng.randint(1, 200)):
        data.insert(rng.randint(0, len(data)), 0)
    return bytes(data) if rng.random() < 0.5 else data.decode("utf-8", "replace")


def binary_garbage(rng):
    head = rng.choice((b"", b"\x89PNG\r\n\x1a\n", b"\x1f\x8b\x08", b"PK\x03\x04", b"%PDF-1.4\n",
                       b"\x7fELF", b"<html>", b"\xef\xbb\xbf"))
    return head + bytes(rng.randrange(256) for _ in range(rng.randint(0, 20_000)))


def empty_or_space(rng):
    return rng.choice(("", b"", " ", "\n\n\t ", b"\r\n" * 50, "\ufeff", b"\xef\xbb\xbf", b"\xff\xfe",
                       "\x00", b"\x00" * 1000, "\u00a0\u2003\u3000", "<html></html>", "<!DOCTYPE html>",
                       "<html><body>   </body></html>", "<", "<!--", "<![CDATA[", "&", "<?xml?>"))


def wrong_declared_encoding(rng):
    lang = rng.choice(("de", "fr", "ru", "ja", "zh"))
    real = {"de": "cp1252", "fr": "cp1252", "ru": "koi8-r", "ja": "shift_jis", "zh": "gb18030"}[lang]
    declared = rng.choice(("utf-8", "iso-8859-1", "shift_jis", "utf-16", "x-unknown-label", "gb2312",
                           "koi8-r", "utf-32", "cp1252", "euc-jp"))
    page = article(rng, lang, charset=declared)
    if rng.random() < 0.3:
        page = f'<?xml version="1.0" encoding="{declared}"?>\n' + page
    return page.encode(real, "replace")


def utf16_32(rng):
    codec = rng.choice(("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))
    data = article(rng, _lang(rng), charset=rng.choice((None, "utf-8", codec))).encode(codec)
    if rng.random() < 0.5:
        data = BOMS[codec] + data
    if rng.random() < 0.2:
        data = data[: rng.randint(0, len(data))]  # odd lengths, cut code units
    return data


def legacy_encoding(rng):
    codec = rng.choice(tuple(LEGACY))
    lang = rng.choice(LEGACY[codec])
    declared = codec if rng.random() < 0.5 else None
    page = article(rng, lang, charset=declared)
    if rng.random() < 0.3:
        return "\n".join(sentence(rng, lang) for _ in range(20)).encode(codec, "replace")
    return page.encode(codec, "replace")


def xml_entities(rng):
    """XHTML with internal entities (billion laughs) or external ones; references only."""
    lol = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i else "")) * 10}">' for i in range(1, 9))
    dtd = rng.choice((lol, '<!ENTITY xxe SYSTEM "file:///nonexistent/secret">',
                      '<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;'))
    ref = rng.choice(("&lol8;", "&xxe;", "&p;", "&unknown;"))
    return (f'<?xml version="1.0"?>\n<!DOCTYPE html [{dtd}]>\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>{ref} {sentence(rng, "en")}</p>'
            f"</body></html>")


def hostile_jsonld(rng):
    body = rng.choice((
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 50_000 + "1" + "}" * 50_000,
        '{"@type": "Article", "datePublished": 1e999999, "headline": NaN, "author": Infinity}',
        '{"@graph": ' + "[" * 5000 + "]" * 5000 + "}",
        '{"@type": ["Article", null, 5, {}], "author": {"name": {"name": {"name": []}}}}',
        '{"headline": "' + "x" * 500_000 + '"}',
        '{"@type": "Article", "datePublished": "9999-99-99T99:99", "dateModified": -1}',
        "\x00\x01" + '{"a": "\\ud800"}',
        '{"@graph": [' + ",".join(['{"@type": "Article"}'] * 20_000) + "]}",
        "<![CDATA[ {,,,} ]]>", "// only a comment", "{" * 1000, '{"headline": {"@value": 5}}',
    ))
    return (f'<html><head><script type="application/ld+json">{body}</script></head>'
            f"<body><p>{sentence(rng, 'en')}</p></body></html>")


def plain_text(rng):
    lang = _lang(rng)
    lines = [rng.choice(("", sentence(rng, lang), "By Jane Doe", "March 4, 2021", "- item", "© Site",
                         "http://" + "x" * rng.randint(1, 5000), "\t\f\v", "#" * 200))
             for _ in range(rng.randint(0, 400))]
    return "\n".join(lines)


# (generator, weight): the huge inputs are rarer so that a run spends its time on variety.
DAMAGES = (
    (truncated, 8), (byte_insertions, 8), (unclosed_tags, 6), (misnested_tags, 8), (deep_nesting, 2),
    (huge_attribute, 1), (huge_text, 1), (nul_bytes, 5), (binary_garbage, 4), (empty_or_space, 3),
    (wrong_declared_encoding, 6), (utf16_32, 6), (legacy_encoding, 6), (xml_entities, 3),
    (hostile_jsonld, 2), (plain_text, 5),
)
_NAMES = [fn.__name__ for fn, _ in DAMAGES]
_WEIGHTS = [w for _, w in DAMAGES]


def page(seed: int) -> tuple[str, str | bytes]:
    """The damaged page for ``seed``: (damage name, data). The same seed gives the same page."""
    rng = random.Random(seed)
    fn, _ = DAMAGES[_NAMES.index(rng.choices(_NAMES, _WEIGHTS)[0])]
    data = fn(rng)
    if rng.random() < 0.1:  # a second damage on top: truncation of whatever came out
        data = data[: rng.randint(0, len(data))]
    return fn.__name__, data
