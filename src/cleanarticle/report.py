"""A self-contained HTML report of an :class:`~cleanarticle.explain.Explanation`.

Metadata (with where each value came from) at the top, then counts per filter, then every
block in page order: kept blocks plain, removed ones shaded in their filter's colour with the
filter name and its reason. One file, inline CSS, no scripts, no external assets; a checkbox
hides the removed blocks (pure CSS).
"""

from __future__ import annotations

import zlib
from html import escape

from .explain import DOM_KIND, BlockFate, Explanation
from .filters.site import SiteBoilerplate
from .html.prune import DomPruner
from .model import HEADING
from .pipeline import default_pipeline

#: Removed text longer than this is cut in the report (the JSON output has it whole).
MAX_SHOWN_CHARS = 700
#: Background / accent pairs; each filter keeps its colour from report to report.
_PALETTE = (  # in the order of _KNOWN_FILTERS: dom, region, text_span, widgets, ...
    ("#eef3fc", "#1f5fbf"), ("#eef1f4", "#455a64"), ("#f5ede8", "#8d4a2b"),
    ("#fff4e0", "#c76d00"), ("#e8f6f3", "#00796b"), ("#f1ebfa", "#6a3fb5"),
    ("#fdecea", "#c62828"), ("#f3f1e6", "#7a6a00"), ("#e9f4fb", "#0277bd"),
    ("#fcebf4", "#ad1457"), ("#f0f6e6", "#558b2f"), ("#fbeff0", "#b23c4f"),
    ("#eaf0f8", "#2e4a7d"), ("#fdf3e7", "#9c5700"), ("#eef6ee", "#2e7d32"),
)
_KNOWN_FILTERS = (DomPruner.name, *default_pipeline().names, SiteBoilerplate.name)
# Labels of record fields that read better than their names; any other field of the record
# is shown under its own name. The badge shows confidence and is_article; blocks the text.
_LABELS = {"date": "Published", "sitename": "Site", "url": "URL", "source_kind": "Input",
           "date_source": "Date from"}
_NOT_IN_TABLE = frozenset({"text", "confidence", "is_article", "date_source"})
_DECLARED_TYPE = "Declared type"  # Metadata.page_type: the JSON-LD/OpenGraph type
_KIND_LABEL = {"heading": "h", "paragraph": "p", "list_item": "li", "quote": "quote",
               "table_row": "row", "code": "code", "caption": "caption", DOM_KIND: "dom"}

_CSS = """
:root { --ink:#1d232b; --muted:#66707c; --line:#e3e6ea; --bg:#f6f7f9; --ok:#1b7f4b; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--ink);
  font: 15px/1.55 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
  "DejaVu Sans", sans-serif; }
main { max-width: 1060px; margin: 0 auto; padding: 28px 24px 60px; }
header.top { display:flex; align-items:flex-start; justify-content:space-between; gap:24px; }
h1 { font-size: 22px; line-height:1.3; margin: 0 0 4px; }
.sub { color: var(--muted); font-size: 13px; word-break: break-all; }
.badge { flex: none; text-align:center; border-radius: 12px; padding: 10px 16px; color:#fff;
  min-width: 150px; }
.badge b { display:block; font-size: 26px; line-height:1.1; }
.badge span { font-size: 12px; letter-spacing: .04em; text-transform: uppercase; }
.badge.yes { background: var(--ok); } .badge.no { background: #b3541e; }
.cards { display:grid; grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr); gap: 18px;
  align-items: start; margin-top: 18px; }
@media (max-width: 860px) { .cards { grid-template-columns: 1fr; } }
section.card { background:#fff; border:1px solid var(--line); border-radius: 12px;
  padding: 18px 20px; }
h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted);
  margin: 0 0 12px; }
table.meta { border-collapse: collapse; width:100%; font-size: 14px; }
table.meta th { text-align:left; font-weight:600; width: 112px; padding: 5px 12px 5px 0;
  vertical-align: top; color:#3b4450; }
table.meta td { padding: 5px 0; vertical-align: top; word-break: break-word; }
table.meta tr + tr th, table.meta tr + tr td { border-top: 1px solid #f0f1f3; }
.src { display:inline-block; margin-left: 8px; font-size: 11px; color: var(--muted);
  border:1px solid var(--line); border-radius: 9px; padding: 0 7px; white-space: nowrap; }
.none { color: #a2a9b1; }
.totals { display:flex; gap: 22px; margin-bottom: 14px; font-size: 14px; }
.totals { font-size: 13px; color: #3b4450; }
.totals b { font-size: 22px; display:block; color: var(--ink); }
.bars { display:grid; grid-template-columns: 120px 1fr 36px; gap: 6px 12px;
  align-items:center; font-size: 13px; }
.bars .name { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; }
.bar { height: 12px; border-radius: 6px; }
.bars .n { text-align:right; font-variant-numeric: tabular-nums; color:#3b4450; }
.controls { display:flex; justify-content: space-between; align-items:center;
  margin: 26px 0 8px; }
.controls h2 { margin: 0; }
.controls label { font-size: 12.5px; color: #3b4450; cursor: pointer; user-select: none;
  border: 1px solid #cfd4da; border-radius: 14px; padding: 3px 12px; background: #fff; }
#hide { position: absolute; opacity: 0; pointer-events: none; }
#hide:checked ~ .controls label { background: var(--ink); color: #fff; border-color: var(--ink); }
#hide:focus-visible ~ .controls label { outline: 2px solid #1f5fbf; }
#hide:checked ~ .blocks .drop { display: none; }
.blocks { background:#fff; border:1px solid var(--line); border-radius: 12px;
  overflow: hidden; }
.b { display:grid; grid-template-columns: 54px 1fr; border-top: 1px solid #eef0f2;
  border-left: 4px solid transparent; }
.b:first-child { border-top: 0; }
.gut { padding: 9px 0 9px 8px; font-size: 11px; color: #8a939d;
  font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; }
.gut i { display:block; font-style: normal; color:#b0b7bf; }
.t { padding: 8px 18px 9px 4px; word-break: break-word; }
.keep .t { color: var(--ink); }
.keep.heading .t { font-weight: 700; font-size: 16.5px; }
.drop { border-left-color: var(--accent); background: var(--shade); }
.drop .t { color: #4d5560; font-size: 13.5px; }
.why { display:flex; flex-wrap: wrap; gap: 6px; align-items: baseline; margin-bottom: 2px; }
.chip { font: 600 11px/1.6 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; color:#fff;
  background: var(--accent); border-radius: 4px; padding: 0 6px; }
.reason { font-size: 12.5px; color: var(--accent); font-weight: 600; }
.cut { color: var(--muted); font-style: italic; }
footer { color: var(--muted); font-size: 12px; margin-top: 18px; text-align:center; }
"""


def _colour(name: str) -> tuple[str, str]:
    if name in _KNOWN_FILTERS:
        return _PALETTE[_KNOWN_FILTERS.index(name) % len(_PALETTE)]
    return _PALETTE[zlib.crc32(name.encode()) % len(_PALETTE)]


def _colours(counts: dict[str, int]) -> dict[str, tuple[str, str]]:
    return {name: _colour(name) for name in counts}


def _label(name: str) -> str:
    return _LABELS.get(name, name.replace("_", " ").capitalize())


def _shown(value: object) -> str:
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    if value is None or value == "" or value is False:
        return '<span class="none">—</span>' if value is not False else "no"
    return "yes" if value is True else escape(str(value))


def _metadata(exp: Explanation) -> str:
    """Every record field of the article (derived from Article), with where it came from."""
    m = exp.metadata
    sources = dict(m.sources)
    if m.date_source and "date" not in sources:
        sources["date"] = m.date_source
    record = exp.article.to_dict()
    rows = [(_label(name), value, sources.get(name)) for name, value in record.items()
            if name not in _NOT_IN_TABLE]
    rows.append((_DECLARED_TYPE, m.page_type, sources.get("page_type")))
    cells = []
    for label, value, src in rows:
        tag = f' <span class="src">{escape(src)}</span>' if src and value else ""
        cells.append(f"<tr><th>{label}</th><td>{_shown(value)}{tag}</td></tr>")
    return '<table class="meta">' + "".join(cells) + "</table>"


def _counts(exp: Explanation, colours: dict[str, tuple[str, str]]) -> str:
    counts = exp.counts()
    kept = len(exp.kept)
    removed = len(exp.blocks) - kept
    kept_chars = sum(len(f.text) for f in exp.kept)
    total_chars = sum(len(f.text) for f in exp.blocks) or 1
    head = (
        '<div class="totals">'
        f"<div><b>{len(exp.blocks)}</b>pieces</div>"
        f"<div><b>{kept}</b>kept</div>"
        f"<div><b>{removed}</b>removed</div>"
        f"<div><b>{100 * kept_chars / total_chars:.0f}%</b>of the text kept</div>"
        "</div>"
    )
    if not counts:
        return head
    most = max(counts.values())
    bars = []
    for name, n in counts.items():
        accent = colours[name][1]
        width = max(2.0, 100 * n / most)
        bars.append(
            f'<div class="name">{escape(name)}</div>'
            f'<div><div class="bar" style="width:{width:.1f}%;background:{accent}"></div></div>'
            f'<div class="n">{n}</div>')
    return head + '<div class="bars">' + "".join(bars) + "</div>"


def _block(f: BlockFate, colours: dict[str, tuple[str, str]]) -> str:
    label = _KIND_LABEL.get(f.kind, f.kind)
    if f.block is not None and f.kind == HEADING and f.block.level:
        label = f"h{f.block.level}"
    gutter = f'<div class="gut">{f.position + 1}<i>{escape(label)}</i></div>'
    text = f.text
    cut = ""
    if not f.kept and len(text) > MAX_SHOWN_CHARS:
        cut = f' <span class="cut">… (+{len(text) - MAX_SHOWN_CHARS} characters)</span>'
        text = text[:MAX_SHOWN_CHARS]
    body = escape(text).replace("\n", "<br>")
    if f.kept:
        kind = f" {f.kind}" if f.kind == HEADING else ""
        return f'<div class="b keep{kind}">{gutter}<div class="t">{body}</div></div>'
    shade, accent = colours.get(f.filter or "", _PALETTE[-1])
    why = (f'<div class="why"><span class="chip">{escape(f.filter or "")}</span>'
           f'<span class="reason">{escape(f.reason or "")}</span></div>')
    return (f'<div class="b drop" data-filter="{escape(f.filter or "")}" '
            f'style="--shade:{shade};--accent:{accent}">{gutter}'
            f'<div class="t">{why}{body}{cut}</div></div>')


def render_report(exp: Explanation, source: str | None = None) -> str:
    """The report as one HTML document (a str)."""
    a = exp.article
    title = exp.metadata.title or "(no title found)"
    colours = _colours(exp.counts())
    verdict = "article" if a.is_article else "not an article"
    notes = [f"{a.source_kind} input"]
    if exp.listing:
        notes.append("little prose: treated as a listing page")
    if a.truncated:
        notes.append("page above the size cap: only its beginning was cleaned")
    if source:
        notes.insert(0, source)
    blocks = "".join(_block(f, colours) for f in exp.blocks)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cleanarticle explain: {escape(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<main>
<header class="top">
  <div>
    <div class="sub">cleanarticle explain</div>
    <h1>{escape(title)}</h1>
    <div class="sub">{escape(" · ".join(notes))}</div>
  </div>
  <div class="badge {"yes" if a.is_article else "no"}"><b>{a.confidence:.2f}</b>
    <span>{verdict}</span></div>
</header>
<div class="cards">
<section class="card"><h2>Metadata and sources</h2>{_metadata(exp)}</section>
<section class="card"><h2>Removed, per filter</h2>{_counts(exp, colours)}</section>
</div>
<input type="checkbox" id="hide">
<div class="controls"><h2>The page, block by block</h2>
  <label for="hide">hide removed blocks</label></div>
<div class="blocks">
{blocks}
</div>
<footer>Kept blocks are plain; removed ones are shaded with the filter that dropped them and
its reason. "dom" items are whole structures pruned before the page was cut into blocks.</footer>
</main>
</body>
</html>
"""


__all__ = ["render_report"]
