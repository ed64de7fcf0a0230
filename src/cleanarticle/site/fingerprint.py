"""What a site profile counts: block fingerprints, the page's host, and its place in a sample.

A block's fingerprint is a 64-bit digest of its normalised text (case, quotes, spacing and edge
punctuation folded by ``rules.phrases.normalize``) and, for HTML, of its DOM path shape
(``Block.path``): the same words at the same place of the site's template. A text dump has no
markup, so there the words alone count. Digits are kept: "Prep time: 10 minutes" and "Prep
time: 25 minutes" are two recipes' own data, not one template line. Digests come from ``hashlib``, not
``hash()``, so they are the same in every process and run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from ..model import Block
from ..rules.phrases import normalize

#: Fingerprints kept per page: the first this many distinct blocks (pages of thousands of
#: blocks are forum threads and catalogues; their template sits in the first blocks anyway).
MAX_BLOCKS = 2000
#: Saved profiles name the fingerprint scheme: a profile of another scheme cannot be used.
SCHEME = "text+path/v1"

_FOLDER = "dir:"


def _digest(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")


def text_key(text: str) -> str:
    """The text as fingerprints see it (``rules.phrases.normalize``)."""
    return normalize(text)


def block_fingerprint(block: Block) -> int:
    """The block's fingerprint: its text key, and for HTML its path shape."""
    key = text_key(block.text)
    if block.path is not None:
        key = f"{block.path}\x1f{key}"
    return _digest(key.encode("utf-8", "surrogatepass"))


def page_fingerprints(blocks: Iterable[Block]) -> tuple[int, ...]:
    """The distinct fingerprints of a page's blocks (at most MAX_BLOCKS), sorted."""
    seen: set[int] = set()
    for block in blocks:
        seen.add(block_fingerprint(block))
        if len(seen) >= MAX_BLOCKS:
            break
    return tuple(sorted(seen))


def content_rank(data: str | bytes) -> int:
    """A page's place in a host's sample: a digest of its bytes. The pages with the lowest ranks
    form the sample, whatever order they come in (and a page stored twice ranks once)."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return _digest(data)


def url_host(url: str | None) -> str | None:
    """The host of an absolute http(s) URL, lower case, without a leading "www."."""
    if not url or "//" not in url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    return host[4:] if host.startswith("www.") else host


def folder_site(folder: str | Path) -> str:
    """The site of saved files that name no URL: the folder they are in (absolute, so that
    pieces of a crawl cleaned apart find the same site)."""
    return _FOLDER + str(Path(folder).resolve())


def page_site(url: str | None, page_url: str | None = None, folder: str | None = None) -> str | None:
    """Which site a page belongs to: the host of the URL it was fetched from, else of the URL it
    names itself (canonical link, og:url), else its folder's site (``folder_site``)."""
    return url_host(url) or url_host(page_url) or folder


def title_key(title: str | None) -> str | None:
    """Pages of a host with the same title are the same page (copies, print and AMP views,
    the parts of one article): in a profile they count once."""
    key = text_key(title) if title else ""
    return key or None


def shares_title(block: Block, title: str | None) -> bool:
    """True for the page's own headline."""
    return bool(title) and text_key(block.text) == text_key(title)
