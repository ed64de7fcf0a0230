"""How well Article.confidence tells articles from listing, collection and product pages.

    python benchmarks/confidence_eval.py ../shared/benchmarks/modern-dev [--cv] [--no-url]

Uses the ``page_type`` of the set's ground truth: ``article`` pages are positives,
``listing``, ``collection`` and ``product`` pages negatives; other types (forum, docs, ...)
are left out of the AUC (``--all-types`` shows their mean confidence too). Prints the ROC
AUC of ``confidence`` (plain Python, Mann-Whitney ranks, ties counted half), the mean
confidence per type, how often ``is_article`` agrees with the truth, and the CPU time of
``confidence()`` as a share of ``clean()``. ``--cv`` refits the logistic weights in 5-fold
cross-validation (same features) and prints the held-out AUC, since the shipped weights
were fitted on this very set. ``--no-url`` does not pass the page's URL to clean (only what
the page itself declares, e.g. a canonical link, is used).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import time
from collections import defaultdict
from pathlib import Path

from cleanarticle import clean
from cleanarticle.confidence import THRESHOLD, confidence, features
from cleanarticle.explain import explain

POSITIVE = frozenset({"article"})
NEGATIVE = frozenset({"listing", "collection", "product"})


def roc_auc(scored: list[tuple[float, bool]]) -> float:
    """Area under the ROC curve: the chance a positive outscores a negative (ties half)."""
    ordered = sorted(scored, key=lambda t: t[0])
    positives = sum(1 for _, label in ordered if label)
    negatives = len(ordered) - positives
    if not positives or not negatives:
        raise ValueError("need both positives and negatives")
    rank_sum, i = 0.0, 0
    while i < len(ordered):
        j = i
        while j < len(ordered) and ordered[j][0] == ordered[i][0]:
            j += 1
        mean_rank = (i + 1 + j) / 2
        rank_sum += mean_rank * sum(1 for k in range(i, j) if ordered[k][1])
        i = j
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def fit_logistic(rows: list[tuple[dict[str, float], bool]], names: list[str],
                 l2: float = 0.01, steps: int = 800, rate: float = 0.5):
    """Batch gradient descent on the L2-regularised log loss; returns (weights, bias)."""
    w = [0.0] * len(names)
    b = 0.0
    xs = [[f[n] for n in names] for f, _ in rows]
    ys = [1.0 if label else 0.0 for _, label in rows]
    count = len(xs)
    for _ in range(steps):
        gw = [0.0] * len(names)
        gb = 0.0
        for x, y in zip(xs, ys, strict=True):
            z = b + sum(wi * xi for wi, xi in zip(w, x, strict=True))
            err = 1.0 / (1.0 + math.exp(-z)) - y
            for k, xi in enumerate(x):
                gw[k] += err * xi
            gb += err
        w = [wi - rate * (g / count + l2 * wi) for wi, g in zip(w, gw, strict=True)]
        b -= rate * gb / count
    return dict(zip(names, w, strict=True)), b


def cross_validated_auc(rows: list[tuple[dict[str, float], bool]], folds: int = 5,
                        seed: int = 0) -> float:
    names = list(rows[0][0])
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    scored = []
    for k in range(folds):
        held = set(order[k::folds])
        weights, bias = fit_logistic([rows[i] for i in order if i not in held], names)
        for i in held:
            f, label = rows[i]
            scored.append((bias + sum(w * f[n] for n, w in weights.items()), label))
    return roc_auc(scored)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dataset", help="a benchmark set folder with ground-truth.json and html/")
    ap.add_argument("--limit", type=int, default=0, help="only the first N labelled pages")
    ap.add_argument("--cv", action="store_true", help="also refit the weights in 5-fold CV")
    ap.add_argument("--no-url", action="store_true", help="do not pass the page URL to clean")
    ap.add_argument("--all-types", action="store_true",
                    help="also clean the other page types and show their mean confidence")
    args = ap.parse_args()
    root = Path(args.dataset)
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [(pid, t) for pid, t in sorted(truth.items())
             if t.get("page_type") in POSITIVE | NEGATIVE or args.all_types]
    if args.limit:
        pages = pages[:args.limit]
    scored: list[tuple[float, bool]] = []
    rows: list[tuple[dict[str, float], bool]] = []
    per_type: dict[str, list[float]] = defaultdict(list)
    clean_cpu = confidence_cpu = 0.0
    for pid, t in pages:
        raw = gzip.decompress((root / "html" / f"{pid}.html.gz").read_bytes())
        url = None if args.no_url else t.get("url")
        started = time.process_time()
        clean(raw, url)
        clean_cpu += time.process_time() - started
        exp = explain(raw, url)
        label = t.get("page_type") in POSITIVE
        per_type[str(t.get("page_type"))].append(exp.article.confidence)
        if t.get("page_type") not in POSITIVE | NEGATIVE:
            continue
        scored.append((exp.article.confidence, label))
        if exp.document is not None:
            started = time.process_time()
            confidence(exp.document)
            confidence_cpu += time.process_time() - started
            rows.append((features(exp.document), label))
    positives = sum(1 for _, label in scored if label)
    print(f"pages: {len(scored)} ({positives} article, {len(scored) - positives} "
          f"listing/collection/product)")
    print(f"ROC AUC of confidence: {roc_auc(scored):.3f}")
    for name in sorted(per_type):
        values = per_type[name]
        print(f"  {name:<13} n={len(values):<4} mean confidence {sum(values) / len(values):.3f}")
    agree = sum(1 for c, label in scored if (c >= THRESHOLD) == label)
    print(f"is_article (confidence >= {THRESHOLD}) agrees with the truth on "
          f"{agree}/{len(scored)} = {agree / len(scored):.3f}")
    print(f"confidence() CPU: {1000 * confidence_cpu / len(scored):.3f} ms/page, "
          f"{100 * confidence_cpu / clean_cpu:.2f}% of clean() (which includes it)")
    if args.cv and rows:
        print(f"5-fold cross-validated AUC (weights refitted per fold): "
              f"{cross_validated_auc(rows):.3f}")


if __name__ == "__main__":
    main()
