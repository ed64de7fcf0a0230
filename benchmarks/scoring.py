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
- title: share of pages with a true title whose predicted title is equal after
  NFKC, case folding, white space collapsing and stripping edge punctuation.
- date: share of pages with a true date whose predicted date has the same day.

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
    folded = unicodedata.normalize("NFKC", title or "").casefold()
    return collapse_space(folded).strip(_TITLE_EDGE)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def score_page(truth: dict[str, Any], pred: dict[str, Any]) -> dict[str, Any]:
    """Per-page figures; keys are present only for the measures the truth supports."""
    body = pred.get("articleBody") or ""
    page: dict[str, Any] = {}
    if truth.get("articleBody"):
        rates = body_rates(truth["articleBody"], body)
        page["rates"] = rates
        page["precision"] = rates_precision(*rates)
        page["recall"] = rates_recall(*rates)
        page["body_f1"] = f1(page["precision"], page["recall"])
        page["exact"] = tokenize(truth["articleBody"]) == tokenize(body)
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
    return out


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
