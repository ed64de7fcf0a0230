"""Scores extraction predictions against a benchmark set's ground truth.

The measures are those of the shared benchmark README:

- body: the article-extraction-benchmark measure. Each text becomes a multiset of
  4-token shingles (``\\w+`` tokens; a text of 1-3 tokens is one short shingle).
  Per page, true positives, false positives and false negatives are divided by
  their sum; precision is averaged over the pages with a non-empty prediction,
  recall over the pages with a non-empty truth, and F1 is taken of the two
  averages. ``exact`` is the share of pages whose token sequence equals the truth.
- snippets: a "with" snippet found in the predicted body (white space collapsed,
  substring match) is a true positive, one not found a false negative; a
  "without" snippet found is a false positive. Counts are summed over all pages.
- words: WCXB's measure. Per page, bag-of-words precision, recall and F1 of the
  lowercased ``\\w+`` tokens (an empty truth scores 1 when the prediction is empty
  too, else 0), averaged over every page whose truth has a body string, even an
  empty one; also per ``page_type`` (``words_f1:article``, ...).
- title: share of pages with a true title whose predicted title is equal after
  NFKC, quote and dash typography folding (’ = ', “ = ", – = -), case folding,
  white space collapsing and stripping edge punctuation.
- date: share of pages with a true date whose predicted date has the same day.
- author: share of pages with a true author whose predicted author gives the same
  set of names ("By A and B" = "A; B" = "a, b"; word characters only).

A page missing from the predictions counts as an empty extraction.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_TITLE_EDGE = " \t\"'“”‘’«».,:;!?-–—|"
_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"',
                             "„": '"', "″": '"', "–": "-", "—": "-", "‐": "-", "‑": "-",
                             "\u00a0": " "})
_BY = re.compile(r"^(by|von|par|por|di|door|de)\s+", re.I)
_AUTHOR_SEP = re.compile(r"\s*(?:;|,|\band\b|\bund\b|\bet\b|\by\b|&|\|)\s*")


def tokenize(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def shingle_counts(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    toks = tokenize(text)
    if not toks:
        return Counter()
    if len(toks) < size:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + size]) for i in range(len(toks) - size + 1))


def body_rates(truth: str, pred: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingles, each divided by tp + fp + fn."""
    t, p = shingle_counts(truth), shingle_counts(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if not total:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def rates_precision(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def rates_recall(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def collapse_space(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def normalize_title(title: str | None) -> str:
    folded = unicodedata.normalize("NFKC", title or "").translate(_TYPOGRAPHY).casefold()
    return collapse_space(folded).strip(_TITLE_EDGE)


def normalize_authors(author: str | list | tuple | None) -> frozenset[str]:
    """The set of normalized names: 'By A and B', 'A; B' and 'A, B' all give {'a', 'b'}."""
    if isinstance(author, (list, tuple)):
        author = "; ".join(str(a) for a in author)
    folded = unicodedata.normalize("NFKC", str(author or "")).casefold()
    parts = _AUTHOR_SEP.split(_BY.sub("", folded.strip()))
    return frozenset(" ".join(_TOKEN.findall(_BY.sub("", part)))
                     for part in parts if _TOKEN.findall(part))


def word_prf(truth: str | None, pred: str | None) -> tuple[float, float, float]:
    """WCXB's bag-of-words (precision, recall, F1) of one page, lowercased tokens."""
    t = _TOKEN.findall((truth or "").lower())
    p = _TOKEN.findall((pred or "").lower())
    if not t:
        return (1.0, 1.0, 1.0) if not p else (0.0, 0.0, 0.0)
    if not p:
        return 0.0, 0.0, 0.0
    overlap = sum((Counter(t) & Counter(p)).values())
    precision, recall = overlap / len(p), overlap / len(t)
    return precision, recall, f1(precision, recall)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def score_page(truth: dict[str, Any], pred: dict[str, Any]) -> dict[str, Any]:
    """Per-page figures; keys are present only for the measures the truth supports."""
    body = pred.get("articleBody") or pred.get("body") or pred.get("text") or ""
    page: dict[str, Any] = {}
    if truth.get("articleBody"):
        rates = body_rates(truth["articleBody"], body)
        page["rates"] = rates
        page["precision"] = rates_precision(*rates)
        page["recall"] = rates_recall(*rates)
        page["body_f1"] = f1(page["precision"], page["recall"])
        page["exact"] = tokenize(truth["articleBody"]) == tokenize(body)
    if isinstance(truth.get("articleBody"), str):  # WCXB counts pages with an empty truth too
        page["words"] = word_prf(truth["articleBody"], body)
    if truth.get("page_type"):
        page["page_type"] = truth["page_type"]
    with_snips = truth.get("with") or []
    without_snips = truth.get("without") or []
    if with_snips or without_snips:
        flat = collapse_space(body)
        page["missed"] = [s for s in with_snips if collapse_space(s) not in flat]
        page["leaked"] = [s for s in without_snips if collapse_space(s) in flat]
        page["with"] = len(with_snips)
        page["without"] = len(without_snips)
    if truth.get("title"):
        page["title_ok"] = normalize_title(truth["title"]) == normalize_title(pred.get("title"))
    if truth.get("date"):
        page["date_ok"] = (pred.get("date") or "")[:10] == truth["date"][:10]
    if truth.get("author"):
        page["author_ok"] = normalize_authors(truth["author"]) == normalize_authors(pred.get("author"))
    return page


def summarize(pages: list[dict[str, Any]]) -> dict[str, Any]:
    """Set-level figures from score_page results, in the truth's page order."""
    out: dict[str, Any] = {"pages": len(pages)}
    body = [pg["rates"] for pg in pages if "rates" in pg]
    if body:
        p = _mean([rates_precision(*r) for r in body if r[0] + r[1] > 0])
        r = _mean([rates_recall(*r) for r in body if r[0] + r[2] > 0])
        out.update(body_f1=f1(p, r), body_precision=p, body_recall=r,
                   body_exact=_mean([float(pg["exact"]) for pg in pages if "rates" in pg]),
                   body_pages=len(body))
    snip = [pg for pg in pages if "missed" in pg]
    if snip:
        tp = sum(pg["with"] - len(pg["missed"]) for pg in snip)
        fn = sum(len(pg["missed"]) for pg in snip)
        fp = sum(len(pg["leaked"]) for pg in snip)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out.update(snippet_f1=f1(p, r), snippet_precision=p, snippet_recall=r,
                   snippet_pages=len(snip))
    titles = [pg["title_ok"] for pg in pages if "title_ok" in pg]
    if titles:
        out.update(title=sum(titles) / len(titles), title_pages=len(titles))
    dates = [pg["date_ok"] for pg in pages if "date_ok" in pg]
    if dates:
        out.update(date=sum(dates) / len(dates), date_pages=len(dates))
    authors = [pg["author_ok"] for pg in pages if "author_ok" in pg]
    if authors:
        out.update(author=sum(authors) / len(authors), author_pages=len(authors))
    words = [pg for pg in pages if "words" in pg]
    if words:
        out.update(_words_figures(words, ""))
        for page_type in sorted({pg["page_type"] for pg in words if pg.get("page_type")}):
            out.update(_words_figures([pg for pg in words if pg.get("page_type") == page_type],
                                      ":" + page_type))
    return out


def _words_figures(pages: list[dict[str, Any]], suffix: str) -> dict[str, Any]:
    return {f"words_f1{suffix}": _mean([pg["words"][2] for pg in pages]),
            f"words_precision{suffix}": _mean([pg["words"][0] for pg in pages]),
            f"words_recall{suffix}": _mean([pg["words"][1] for pg in pages]),
            f"words_pages{suffix}": len(pages)}


def by_type(per_page: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Set-level figures (as summarize) of the pages of each page type, most pages first."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for pg in per_page.values():
        if pg.get("page_type"):
            groups.setdefault(pg["page_type"], []).append(pg)
    return {t: {k: v for k, v in summarize(pages).items() if ":" not in k}
            for t, pages in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))}


def page_types(summary: dict[str, Any]) -> list[str]:
    """The page types a summary has words figures for, in sorted order."""
    return sorted(k.split(":", 1)[1] for k in summary if k.startswith("words_pages:"))


def score(truth: dict[str, dict[str, Any]],
          predictions: dict[str, dict[str, Any]]) -> tuple[dict[str, Any], dict[str, dict]]:
    """(summary, per-page figures) of predictions against every page of ``truth``."""
    per_page = {pid: score_page(t, predictions.get(pid) or {}) for pid, t in truth.items()}
    return summarize(list(per_page.values())), per_page


def badness(page: dict[str, Any]) -> float:
    """Sort key, worst first: body F1 where there is body truth, else -snippet errors."""
    if "body_f1" in page:
        return page["body_f1"]
    return -float(len(page.get("missed", [])) + len(page.get("leaked", [])))
