"""Site profiles: for one host, how many of its sampled pages each block fingerprint is on.

A :class:`SiteProfile` is a plain value: the host, the number of distinct pages sampled, and
for every fingerprint found on at least two of them the number of pages it is on (a
fingerprint on one page only is that page's own text and is not kept). :class:`SiteProfiles`
holds the profiles of many hosts and picks the one of a page. Both save to and load from JSON
files (one per host in a folder), so a crawl can be cleaned in pieces, or on a cluster, with
the profiles of the whole crawl.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..model import Block
from .fingerprint import SCHEME, block_fingerprint, page_site

_SAFE_HOST = re.compile(r"[a-z0-9][a-z0-9.\-]{0,200}")


class ProfileError(ValueError):
    """A saved profile that cannot be read (not JSON, another fingerprint scheme, bad fields)."""


class SiteProfile:
    """Block fingerprints of one host with the number of its sampled pages each is on."""

    __slots__ = ("_counts", "host", "pages")

    def __init__(self, host: str, pages: int, counts: Mapping[int, int]) -> None:
        if pages < 0:
            raise ValueError("pages must be >= 0")
        self.host = host
        self.pages = pages
        self._counts = MappingProxyType(dict(counts))

    def __reduce__(self):
        return (SiteProfile, (self.host, self.pages, dict(self._counts)))

    @property
    def counts(self) -> Mapping[int, int]:
        """fingerprint -> number of sampled pages it is on (two or more)."""
        return self._counts

    def pages_with(self, block: Block) -> int:
        """On how many of the sampled pages the block stands (0 or 1: it is the page's own)."""
        return self._counts.get(block_fingerprint(block), 0)

    def count(self, fingerprint: int) -> int:
        """On how many of the sampled pages the fingerprint stands (0: fewer than two)."""
        return self._counts.get(fingerprint, 0)

    def profile_for(self, url: str | None, page_url: str | None = None) -> SiteProfile:
        """A single profile applies to whatever page it is given."""
        return self

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, SiteProfile) and self.host == other.host
                and self.pages == other.pages and self._counts == other._counts)

    def __hash__(self) -> int:
        return hash((self.host, self.pages, len(self._counts)))

    def __repr__(self) -> str:
        return f"SiteProfile({self.host!r}, pages={self.pages}, fingerprints={len(self._counts)})"

    # --- learning (see sample.py) ---

    @classmethod
    def learn(cls, pages: Iterable[str | bytes | tuple[str | bytes, str | None]], host: str,
              *, kind: str = "auto", max_pages: int | None = None) -> SiteProfile:
        """The profile of ``host`` from pages of that site (HTML or text; ``(page, url)`` pairs
        or bare pages). Up to ``max_pages`` of them are sampled (default: sample.MAX_PAGES);
        pages that cannot be cleaned (binary data, past the time limit) are left out, and
        ``pages`` of the result says how many distinct pages were counted."""
        from .sample import MAX_PAGES, SiteSampler

        sampler = SiteSampler(MAX_PAGES if max_pages is None else max_pages)
        for item in pages:
            page, url = item if isinstance(item, tuple) else (item, None)
            sampler.add_page(page, url, kind=kind, site=host)
        return sampler.profile(host) or cls(host, 0, {})

    # --- JSON ---

    def to_dict(self) -> dict[str, Any]:
        return {"scheme": SCHEME, "host": self.host, "pages": self.pages,
                "fingerprints": {f"{fp:016x}": n for fp, n in sorted(self._counts.items())}}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SiteProfile:
        if not isinstance(data, Mapping):
            raise ProfileError("a profile is a JSON object")
        if data.get("scheme") != SCHEME:
            raise ProfileError(f"fingerprint scheme {data.get('scheme')!r}, this version reads "
                               f"{SCHEME!r}: learn the profile again")
        host, pages, fps = data.get("host"), data.get("pages"), data.get("fingerprints")
        if not isinstance(host, str) or not isinstance(pages, int) or not isinstance(fps, dict):
            raise ProfileError("a profile needs host (string), pages (integer), fingerprints (object)")
        try:
            counts = {int(k, 16): int(v) for k, v in fps.items()}
        except (TypeError, ValueError) as exc:
            raise ProfileError(f"bad fingerprint entry: {exc}") from None
        return cls(host, pages, counts)

    def save(self, path: str | Path) -> None:
        _write_json(Path(path), self.to_dict())

    @classmethod
    def load(cls, path: str | Path) -> SiteProfile:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ProfileError(f"{path}: {exc}") from None
        try:
            return cls.from_dict(data)
        except ProfileError as exc:
            raise ProfileError(f"{path}: {exc}") from None


class SiteProfiles(Mapping[str, SiteProfile]):
    """The profiles of many hosts, by host; ``profile_for`` picks a page's.

    ``default_site`` is the site of pages that name no URL at all (``batch`` gives a saved
    file its folder's site: ``fingerprint.folder_site``).
    """

    __slots__ = ("_by_host", "default_site")

    def __init__(self, profiles: Iterable[SiteProfile] = (), *,
                 default_site: str | None = None) -> None:
        by_host: dict[str, SiteProfile] = {}
        for profile in profiles:
            if profile.host in by_host:
                raise ValueError(f"two profiles for {profile.host!r}")
            by_host[profile.host] = profile
        self._by_host = MappingProxyType(dict(sorted(by_host.items())))
        self.default_site = default_site

    def __reduce__(self):
        return (_rebuild, (tuple(self._by_host.values()), self.default_site))

    def __getitem__(self, host: str) -> SiteProfile:
        return self._by_host[host]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_host)

    def __len__(self) -> int:
        return len(self._by_host)

    def __repr__(self) -> str:
        return f"SiteProfiles({len(self)} hosts)"

    def with_default_site(self, site: str | None) -> SiteProfiles:
        """The same profiles, with ``site`` for pages that name no URL."""
        out = SiteProfiles.__new__(SiteProfiles)
        out._by_host = self._by_host
        out.default_site = site
        return out

    def profile_for(self, url: str | None, page_url: str | None = None) -> SiteProfile | None:
        """The profile of the page's site (see ``fingerprint.page_site``), if there is one."""
        site = page_site(url, page_url, self.default_site)
        return self._by_host.get(site) if site else None

    @classmethod
    def learn(cls, pages: Iterable[tuple[str | bytes, str | None]], *, kind: str = "auto",
              max_pages: int | None = None, min_pages: int | None = None) -> SiteProfiles:
        """Profiles of every host with at least ``min_pages`` distinct pages among ``(page,
        url)`` pairs; up to ``max_pages`` pages per host are sampled. A page's host comes from
        its URL, else from its canonical link or og:url; pages with neither, and pages that
        cannot be cleaned (binary data, past the time limit), are left out."""
        from .sample import MAX_PAGES, MIN_PAGES, SiteSampler

        sampler = SiteSampler(MAX_PAGES if max_pages is None else max_pages)
        for page, url in pages:
            sampler.add_page(page, url, kind=kind)
        return sampler.profiles(MIN_PAGES if min_pages is None else min_pages)

    # --- a folder of JSON files, one per host ---

    def save(self, folder: str | Path) -> int:
        """Writes one JSON file per host into ``folder`` (created); returns how many."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for profile in self._by_host.values():
            profile.save(folder / profile_file_name(profile.host))
        return len(self._by_host)

    @classmethod
    def load(cls, folder: str | Path) -> SiteProfiles:
        folder = Path(folder)
        if not folder.is_dir():
            raise ProfileError(f"{folder}: not a folder of site profiles")
        return cls(SiteProfile.load(p) for p in sorted(folder.glob("*.json")))


def _rebuild(profiles: tuple[SiteProfile, ...], default_site: str | None) -> SiteProfiles:
    return SiteProfiles(profiles, default_site=default_site)


def profile_file_name(host: str) -> str:
    """A file name for the host's profile: the host itself when it is a plain host name."""
    if _SAFE_HOST.fullmatch(host):
        return f"{host}.json"
    digest = hashlib.blake2b(host.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    stem = re.sub(r"[^a-z0-9]+", "_", host.lower()).strip("_")[-60:]
    return f"{stem}-{digest}.json"


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    os.replace(tmp, path)
