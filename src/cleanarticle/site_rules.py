"""Rules a user adds for the sites they crawl: CSS selectors to drop or keep, phrases to drop,
a forced page type, for every page or per host.

    rules = Rules(prune=(".promo-box",), hosts={"example.com": Rules(keep=("div.extra",))})
    cleanarticle.clean(page, url, rules=rules)
    rules = load_rules("site-rules.toml")          # the same from a TOML file

A host section applies to that host and its subdomains ("example.com" covers
"www.example.com"); sections that match add to the rules for every page. Selectors are
compiled once per Rules object (cssselect to XPath). Every removal a rule makes names the rule
in ``Article.removals`` (filter ``"rules"``) and in the explain report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.etree

from .page_type import PAGE_TYPES
from .rules.phrases import normalize

#: The name removals made by user rules carry (``Removal.filter``).
RULES_FILTER = "rules"
#: Page types a rule may force.
_KEYS = ("prune", "keep", "drop_phrases", "page_type")


class RulesError(ValueError):
    """A rules file or Rules value that cannot be used (bad TOML, selector, key or type)."""


@dataclass(frozen=True, slots=True)
class Selector:
    """One CSS selector of a rule, compiled, with the label removals give it."""

    css: str
    label: str
    xpath: lxml.etree.XPath

    def __call__(self, root) -> list:
        return self.xpath(root)


def _compile(css: str, label: str) -> Selector:
    from cssselect import GenericTranslator, SelectorError

    try:
        return Selector(css, label, lxml.etree.XPath(GenericTranslator().css_to_xpath(css)))
    except (SelectorError, lxml.etree.XPathError) as exc:
        raise RulesError(f"bad CSS selector {css!r} ({label}): {exc}") from None


@dataclass(frozen=True, slots=True)
class PageRules:
    """The rules that apply to one page (every matching section together), compiled."""

    prune: tuple[Selector, ...] = ()
    keep: tuple[Selector, ...] = ()
    phrases: tuple[tuple[str, str], ...] = ()  # (normalized phrase, label)
    page_type: tuple[str, str] | None = None  # (type, label)
    _phrase_re: re.Pattern | None = field(default=None, compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(self.prune or self.keep or self.phrases or self.page_type)

    def dropped_phrase(self, text: str) -> str | None:
        """The label of the drop-phrase rule the text contains, or None."""
        if self._phrase_re is None:
            return None
        m = self._phrase_re.search(normalize(text))
        if m is None:
            return None
        found = m.group(0)
        return next(label for phrase, label in self.phrases if phrase == found)


def _phrase_pattern(phrases: Iterable[tuple[str, str]]) -> re.Pattern | None:
    words = sorted({p for p, _ in phrases}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words))


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RulesError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


@dataclass(frozen=True, eq=False)
class Rules:
    """User rules: for every page (the fields here) and per host (``hosts``)."""

    prune: tuple[str, ...] = ()  # CSS selectors of structures to drop
    keep: tuple[str, ...] = ()  # CSS selectors of structures whose blocks always stay
    drop_phrases: tuple[str, ...] = ()  # a block containing one of these is dropped
    page_type: str | None = None  # force the page type (one of PAGE_TYPES)
    hosts: Mapping[str, Rules] = field(default_factory=dict)  # host -> its own rules
    # what these rules are for, in error messages and removal labels: every page, or the host
    # whose section they are
    where: str = field(default="all pages", kw_only=True, compare=False)
    _compiled: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        for key in ("prune", "keep", "drop_phrases"):
            object.__setattr__(self, key, _strings(getattr(self, key), key, "rules"))
        object.__setattr__(self, "hosts", {_host_key(h): r for h, r in dict(self.hosts).items()})
        self._compiled[None] = self._section(self.where)
        for host, rules in self.hosts.items():
            if not isinstance(rules, Rules):
                raise RulesError(f"hosts[{host!r}] must be Rules, got {type(rules).__name__}")
            if rules.hosts:
                raise RulesError(f"hosts[{host!r}]: a host section cannot have hosts of its own")
            # a section built for its host is compiled once, under that name
            self._compiled[host] = rules._compiled[None] if rules.where == host \
                else rules._section(host)

    def _section(self, where: str) -> PageRules:
        if self.page_type is not None and self.page_type not in PAGE_TYPES:
            raise RulesError(f"{where}: page_type must be one of {', '.join(PAGE_TYPES)}, "
                             f"got {self.page_type!r}")
        suffix = f" ({where})"
        phrases = tuple((normalize(p), f"drop phrase {p!r}{suffix}") for p in self.drop_phrases)
        if any(not p for p, _ in phrases):
            raise RulesError(f"{where}: a drop phrase has no letters or digits")
        return PageRules(
            prune=tuple(_compile(css, f"prune {css!r}{suffix}") for css in self.prune),
            keep=tuple(_compile(css, f"keep {css!r}{suffix}") for css in self.keep),
            phrases=phrases,
            page_type=(self.page_type, f"page_type {self.page_type!r}{suffix}") if self.page_type else None,
            _phrase_re=_phrase_pattern(phrases),
        )

    def __reduce__(self):  # compiled XPath objects do not pickle: recompile on the other side
        return (_rebuild, (self.prune, self.keep, self.drop_phrases, self.page_type, dict(self.hosts),
                           self.where))

    def for_url(self, url: str | None) -> PageRules:
        """The rules for a page at ``url``: every page's, then each matching host's."""
        host = _host_of(url)
        sections = [self._compiled[None]]
        if host:
            sections.extend(section for name, section in self._compiled.items()
                            if name and (host == name or host.endswith("." + name)))
        if len(sections) == 1:
            return sections[0]
        phrases = tuple(p for s in sections for p in s.phrases)
        forced = next((s.page_type for s in reversed(sections) if s.page_type), None)
        return PageRules(
            prune=tuple(x for s in sections for x in s.prune),
            keep=tuple(x for s in sections for x in s.keep),
            phrases=phrases, page_type=forced, _phrase_re=_phrase_pattern(phrases))

    def with_selectors(self, prune: Iterable[str] = (), keep: Iterable[str] = ()) -> Rules:
        """These rules with more selectors for every page (the command line's --prune/--keep)."""
        return Rules((*self.prune, *prune), (*self.keep, *keep), self.drop_phrases,
                     self.page_type, self.hosts, where=self.where)


def _rebuild(prune, keep, drop_phrases, page_type, hosts, where="all pages") -> Rules:
    return Rules(prune, keep, drop_phrases, page_type, hosts, where=where)


def _host_key(host: str) -> str:
    key = host.strip().lower().rstrip(".")
    if key.startswith("www."):
        key = key[4:]
    if not key or "/" in key or " " in key:
        raise RulesError(f"not a host name: {host!r}")
    return key


def _host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host.rstrip(".") if host else None


def rules_from_dict(data: Mapping[str, Any], where: str = "rules") -> Rules:
    """Rules from a parsed TOML document: top-level keys for every page, ``[hosts."name"]``
    tables per host."""
    def section(table: Mapping[str, Any], name: str) -> dict[str, Any]:
        unknown = set(table) - set(_KEYS)
        if unknown:
            raise RulesError(f"{name}: unknown key(s) {', '.join(sorted(unknown))}; "
                             f"expected {', '.join(_KEYS)}")
        out: dict[str, Any] = {k: _strings(table[k], k, name) for k in _KEYS[:3] if k in table}
        if "page_type" in table:
            if not isinstance(table["page_type"], str):
                raise RulesError(f"{name}: page_type must be a string")
            out["page_type"] = table["page_type"]
        return out

    top = dict(data)
    hosts = top.pop("hosts", {})
    if not isinstance(hosts, Mapping):
        raise RulesError(f"{where}: hosts must be a table of [hosts.\"name\"] sections")
    built = {}
    for host, table in hosts.items():
        if not isinstance(table, Mapping):
            raise RulesError(f"{where}: hosts.{host} must be a table")
        built[host] = Rules(**section(table, f"{where} [hosts.{host!r}]"), where=_host_key(host))
    return Rules(**section(top, where), hosts=built)


def load_rules(path: str | Path) -> Rules:
    """Rules from a TOML file (see examples/ and the README)."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]

    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RulesError(f"cannot read rules file {path}: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: not valid TOML: {exc}") from None
    return rules_from_dict(data, where=str(path))


__all__ = ["PAGE_TYPES", "PageRules", "Rules", "RulesError", "load_rules", "rules_from_dict"]
