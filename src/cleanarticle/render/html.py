"""An Article as clean semantic HTML: safe to embed.

Only these elements: h1-h6, p, ul/ol/li, blockquote, pre/code, table/thead/tbody/tr/th/td,
figure/img/figcaption, and inline a, strong, em, code. No attributes but href (links), src
and alt (images) and start (an ordered list not starting at 1). Every text and attribute is
escaped; link and image URLs with a scheme other than http(s), mailto, ftp or tel are dropped
(inline.safe_url), so no script, event handler or javascript: URL can come through.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..model import CAPTION, CODE, CODE_SPAN, EM, HEADING, LINK, QUOTE, STRONG, TABLE_ROW, Article, Block
from .inline import Span, inline_tree, safe_url
from .layout import ListPart, Part, layout, table_cells

_TAGS = {STRONG: "strong", EM: "em", CODE_SPAN: "code"}


def _inline(nodes: Sequence[str | Span], *, in_link: bool = False) -> str:
    out = []
    for node in nodes:
        if isinstance(node, str):
            out.append(escape(node, quote=False))
            continue
        inner = _inline(node.children, in_link=in_link or node.kind == LINK)
        if node.kind == LINK:
            href = safe_url(node.href)
            out.append(f'<a href="{escape(href)}">{inner}</a>' if href and not in_link else inner)
        else:
            tag = _TAGS.get(node.kind)
            out.append(f"<{tag}>{inner}</{tag}>" if tag else inner)
    return "".join(out)


def inline_html(block: Block, start: int = 0) -> str:
    return _inline(inline_tree(block.text, block.marks, start))


def _list(part: ListPart) -> str:
    tag = "ol" if part.ordered else "ul"
    start = f' start="{part.start}"' if part.ordered and part.start != 1 else ""
    items = []
    for item in part.items:
        nested = "".join(_list(p) for p in item.lists)
        items.append(f"<li>{inline_html(item.block, item.content)}{nested}</li>")
    return f"<{tag}{start}>{''.join(items)}</{tag}>"


def _table(rows: list[Block]) -> str:
    grid = table_cells(rows)
    head = rows[0].row is not None and rows[0].row.header

    def line(row: Block, cells) -> str:
        tag = "th" if row.row is not None and row.row.header else "td"
        inner = ("" if c is None else _inline(inline_tree(c[0].text, c[0].marks, c[1], c[2]))
                 for c in cells)
        return "<tr>" + "".join(f"<{tag}>{x}</{tag}>" for x in inner) + "</tr>"

    body_rows = [line(r, cells) for r, cells in zip(rows, grid, strict=True)]
    if head:
        return f"<table><thead>{body_rows[0]}</thead><tbody>{''.join(body_rows[1:])}</tbody></table>"
    return f"<table><tbody>{''.join(body_rows)}</tbody></table>"


def _figure(src: str | None, alt: str, caption: str | None) -> str:
    img = f'<img src="{escape(src)}" alt="{escape(alt)}">' if src else ""
    cap = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f"<figure>{img}{cap}</figure>"


def _part(part: Part) -> str:
    kind = part.kind
    if kind == "list":
        assert part.list is not None
        return _list(part.list)
    if kind == "image":
        image = part.image
        assert image is not None
        return _figure(safe_url(image.src), image.alt, None)
    block = part.blocks[0]
    if kind == HEADING:
        level = min(max(block.level, 1), 6)
        return f"<h{level}>{inline_html(block)}</h{level}>"
    if kind == QUOTE:
        return "<blockquote>" + "".join(f"<p>{inline_html(b)}</p>" for b in part.blocks) + "</blockquote>"
    if kind == TABLE_ROW:
        return _table(part.blocks)
    if kind == CODE:
        return f"<pre><code>{escape((block.indent or '') + block.text, quote=False)}</code></pre>"
    if kind == CAPTION:
        return _figure(None, "", inline_html(block))
    return f"<p>{inline_html(block)}</p>"


def render_html(article: Article) -> str:
    """The kept blocks (and images) as an HTML fragment, one block-level element per line."""
    parts = layout(article.blocks, article.images)
    out = []
    i = 0
    while i < len(parts):
        part = parts[i]
        following = parts[i + 1] if i + 1 < len(parts) else None
        if (part.kind == "image" and following is not None and following.kind == CAPTION
                and part.image is not None):
            # An image and the caption block under it are one figure.
            out.append(_figure(safe_url(part.image.src), part.image.alt,
                               inline_html(following.blocks[0])))
            i += 2
            continue
        out.append(_part(part))
        i += 1
    return "\n".join(out)
