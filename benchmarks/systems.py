"""The extractors a benchmark run compares, behind one interface.

``load(mode)`` imports a system and returns its extract function ``(page, url) -> raw``,
the only call that is timed; ``to_prediction(raw)`` turns the raw result into
``{"articleBody", "title", "date", "author"}`` outside the timing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib import import_module
from typing import Any

Extract = Callable[[Any, "str | None"], Any]


@dataclass(frozen=True)
class System:
    name: str
    module: str
    modes: tuple[str, ...]
    load: Callable[[str], Extract]
    to_prediction: Callable[[Any], dict[str, Any]]
    # (mode, site profiles) -> extract function using them; None: the system has no such thing
    load_with_site: Callable[[str, Any], Extract] | None = None


def _load_cleanarticle(mode: str, site: Any = None) -> Extract:
    clean = import_module("cleanarticle").clean
    if site is not None:
        clean = partial(clean, site=site)
    if mode == "text":
        return partial(_call_with_kind, clean, "text")
    return partial(_call_with_url, clean)


def _call_with_url(fn: Callable[..., Any], page: Any, url: str | None) -> Any:
    return fn(page, url=url)


def _call_with_kind(fn: Callable[..., Any], kind: str, page: Any, url: str | None) -> Any:
    return fn(page, url=url, kind=kind)


def _cleanarticle_prediction(article: Any) -> dict[str, Any]:
    return {"articleBody": article.text or "", "title": article.title, "date": article.date,
            "author": article.author}


def _load_trafilatura(mode: str) -> Extract:
    extract = import_module("trafilatura").extract
    # The "standard" configuration of the shared benchmark README.
    return partial(_call_trafilatura, extract)


def _call_trafilatura(fn: Callable[..., Any], page: Any, url: str | None) -> Any:
    return fn(page, url=url, include_tables=True, include_comments=False,
              with_metadata=True, output_format="json")


def _trafilatura_prediction(out: str | None) -> dict[str, Any]:
    if not out:
        return {"articleBody": "", "title": None, "date": None, "author": None}
    data = json.loads(out)
    return {"articleBody": data.get("text") or "", "title": data.get("title"),
            "date": data.get("date"), "author": data.get("author")}


SYSTEMS: dict[str, System] = {
    "cleanarticle": System("cleanarticle", "cleanarticle", ("html", "text"),
                           _load_cleanarticle, _cleanarticle_prediction, _load_cleanarticle),
    "trafilatura": System("trafilatura", "trafilatura", ("html",),
                          _load_trafilatura, _trafilatura_prediction),
}


def unavailable(name: str) -> str | None:
    """None when the system can be imported here, else why not."""
    try:
        import_module(SYSTEMS[name].module)
    except ImportError as exc:
        return f"{SYSTEMS[name].module} is not importable ({exc})"
    return None


def version(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version(SYSTEMS[name].module)
    except PackageNotFoundError:
        return None
