"""Output formats: an Article as plain text, Markdown, HTML, a JSON record, or retrieval chunks.

Shapes: ``json`` and ``jsonl`` give one record per input (``jsonl`` one line each; the command
line writes several ``json`` records to one stream as a JSON array, always, even for a single
input); ``chunks`` gives one JSON line per chunk of the article."""

from __future__ import annotations

import json
from typing import Any

from .model import ARTICLE_METADATA, Article
from .records import page_record
from .render.markdown import front_matter, markdown_body

FORMATS = ("text", "markdown", "html", "json", "jsonl", "chunks")
SUFFIXES = {"text": ".txt", "markdown": ".md", "html": ".html", "json": ".json", "jsonl": ".jsonl",
            "chunks": ".chunks.jsonl"}
#: Formats whose output for one input is one or more JSON records.
RECORD_FORMATS = ("json", "jsonl", "chunks")
#: Characters per chunk of the ``chunks`` format unless told otherwise.
DEFAULT_CHUNK_CHARS = 2000


def render_text(article: Article) -> str:
    """The body as the extractor produced it."""
    return article.text


def render_markdown(article: Article, *, with_metadata: bool = False) -> str:
    """The kept blocks as Markdown (CommonMark, GFM tables), images where they stood; with
    ``with_metadata``, YAML front matter first (title, date, author, url, ...). Falls back to
    the plain text when there are no blocks."""
    body = markdown_body(article.blocks, article.images) if article.blocks else article.text
    if not with_metadata:
        return body
    return front_matter(article, ARTICLE_METADATA) + ("\n\n" + body if body else "")


def chunk_records(article: Article, *, source: str | None = None,
                  max_chars: int = DEFAULT_CHUNK_CHARS) -> list[dict[str, Any]]:
    """One record per chunk: where it comes from (source, url, title), its number, headings,
    offsets in the article's text, and its text."""
    return [{"source": source, "url": article.url, "title": article.title, "chunk": i,
             **chunk.to_dict()} for i, chunk in enumerate(article.chunks(max_chars))]


def render(article: Article | None, fmt: str, *, source: str | None = None,
           error: str | None = None, ident: str | None = None, url: str | None = None,
           with_metadata: bool = False, chunk_chars: int = DEFAULT_CHUNK_CHARS) -> str:
    """One input rendered in ``fmt``; text, Markdown, HTML and chunks of a failed input are
    empty (the JSON formats carry the error). JSON and JSONL are the input's record
    (:func:`cleanarticle.records.page_record`)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt in ("json", "jsonl"):
        record = page_record(None if error is not None else article, source=source,
                             ident=ident, url=url or (article.url if article else None),
                             error=error)
        if fmt == "json":
            return json.dumps(record, ensure_ascii=False, indent=2)
        return json.dumps(record, ensure_ascii=False)
    if article is None or error is not None:
        return ""
    if fmt == "chunks":
        return "\n".join(json.dumps(r, ensure_ascii=False)
                         for r in chunk_records(article, source=source, max_chars=chunk_chars))
    if fmt == "markdown":
        return render_markdown(article, with_metadata=with_metadata)
    if fmt == "html":
        return article.html
    return render_text(article)
