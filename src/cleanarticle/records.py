"""The one record schema of the CLI's JSON/JSONL, batch lines and Dask records.

A record is ``source`` and ``id`` (where the page came from and its own identifier, when the
input gives one), every record field of :class:`~cleanarticle.model.Article` (derived from the
dataclass: :data:`~cleanarticle.model.RECORD_FIELDS`), then ``error``: None, or why there is
no article, in which case the article fields are None but for ``url``.
"""

from __future__ import annotations

from typing import Any

from .model import RECORD_FIELDS, Article

#: Keys before the article's fields, and after them.
HEAD_KEYS = ("source", "id")
TAIL_KEYS = ("error",)
#: Every key of a record, in order.
RECORD_KEYS: tuple[str, ...] = (*HEAD_KEYS, *RECORD_FIELDS, *TAIL_KEYS)


def page_record(article: Article | None, *, source: str | None = None, ident: str | None = None,
                url: str | None = None, error: str | None = None) -> dict[str, Any]:
    """The record of one input: its article's fields, or None for each when there is none.

    ``url`` is the caller's URL for the page; it stands in the record when the article has
    none (and always when there is no article).
    """
    record: dict[str, Any] = {"source": source, "id": ident}
    if article is None:
        record.update(dict.fromkeys(RECORD_FIELDS))
    else:
        record.update(article.to_dict())
    if record.get("url") is None:
        record["url"] = url
    if error is None and article is None:
        error = "no article"
    record["error"] = error
    return record


__all__ = ["HEAD_KEYS", "RECORD_KEYS", "TAIL_KEYS", "page_record"]
