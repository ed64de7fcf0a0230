"""The owner of a personal site: the author of a page that names no one else.

A site whose domain spells a person's name ("janedoe.com", "jane-doe.net") and which names
itself as that person's (its site name or head title: "Dr. Jane Doe", "Jane Doe's Blog")
is that person's site; a page on it that credits no one was written by them. A company
named after its founder declares itself an organisation under that name in JSON-LD: then
the name is the company's, not an author's.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import regex

from .jsonld import types_of
from .title import key

# A name's words: capitalised, or an initial ("Jane Q. Doe"); academic titles are skipped.
_WORD = regex.compile(r"\p{Lu}[\p{Ll}'’-]*\.?")
_TITLES = frozenset(("dr.", "prof.", "mag.", "ing.", "mr.", "mrs.", "ms."))
_POSSESSIVE = regex.compile(r"['’]s?$")
# What a person's site calls itself after their name ("Jane Doe's Blog").
_SITE_WORD = regex.compile(r"(?:digital\s+)?(?:blog|weblog|home|homepage|home\s+page|site|"
                           r"website|web\s+site|page|journal|notebook|notes)\b", regex.I)
#: The domain label a name must spell: shorter ones ("ab.com") spell too many things.
MIN_LABEL_LETTERS = 6
_COMPANY_TYPES = frozenset((
    "organization", "corporation", "localbusiness", "store", "onlinestore", "brand",
    "newsmediaorganization", "educationalorganization", "ngo"))


def _domain_label(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "://" in url else "http://" + url).hostname or ""
    labels = [x for x in host.split(".") if x not in ("www", "m", "amp")]
    if len(labels) != 2:  # "janedoe.com"; a subdomain ("blog.example.com") is someone's host
        return None
    label = key(labels[0])
    return label if len(label) >= MIN_LABEL_LETTERS and label.isalpha() else None


def _spelled(texts, label: str) -> str | None:
    """The run of two or three capitalised words in ``texts`` that spells ``label`` and
    reads as a person's: after an academic title ("Dr. Alexander Klier") or owning a site
    ("Gregory Szorc's Digital Home", "Jane Doe's Blog"). A brand spells its domain too
    ("Solo Stove", "Best Buy"): a bare name is no evidence of a person."""
    for text in texts:
        if not text or len(text) > 300:
            continue
        words = text.split()
        for i in range(len(words)):
            titled = i > 0 and words[i - 1].casefold() in _TITLES
            for n in (2, 3):
                run = [w.strip(",;:()[]|") for w in words[i:i + n]]
                if len(run) < n:
                    continue
                owns = bool(_POSSESSIVE.search(run[-1])) and i + n < len(words) and \
                    _SITE_WORD.match(" ".join(words[i + n:i + n + 2]))
                run[-1] = _POSSESSIVE.sub("", run[-1])
                if not (titled or owns) or not all(map(_WORD.fullmatch, run)):
                    continue
                name = " ".join(run).rstrip(".")
                if key(name) == label or key(" ".join(w for w in run
                                                      if not w.endswith("."))) == label:
                    return name
    return None


def _company(jsonld: list[dict], label: str) -> bool:
    for item in jsonld:
        if not isinstance(item, dict):
            continue
        name = item.get("name")
        if isinstance(name, str) and label in key(name) \
                and _COMPANY_TYPES.intersection(types_of(item)):
            return True
    return False


def site_owner(url: str | None, title: str | None, site_names: list[str],
               jsonld: list[dict]) -> str | None:
    """The person a personal site names as its owner, or None (see the module's doc)."""
    label = _domain_label(url)
    if label is None:
        return None
    name = _spelled([*site_names, title], label)
    if name is None or _company(jsonld, label):
        return None
    return name
