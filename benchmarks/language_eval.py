"""How well, and at what cost, cleanarticle tells the language of a page that declares none.

    python benchmarks/language_eval.py ../shared/benchmarks/modern-dev [more sets]

For every page of each set (``html/<id>.html.gz``) it runs ``clean()`` and, on the article
text, the detector ``meta.language.detect_language`` that clean() applies when a page
declares no language. Where the page declares one (``sources["language"] == "html"``), the
detector's answer is compared with the declaration: agreement, disagreement, no answer
(text too short or not reliable). Prints, per set, the CPU time of clean() and of the
detector per page, and the detector's share of clean() if it ran on every page (it runs only
on pages that declare no language, so the real share is lower).
"""

from __future__ import annotations

import argparse
import gzip
import time
from collections import Counter
from pathlib import Path

from cleanarticle import clean, explain
from cleanarticle.meta.language import detect_language


def evaluate(set_dir: Path) -> dict[str, float]:
    agree = disagree = unsure = undeclared = pages = 0
    clean_cpu = detect_cpu = 0.0
    confusions: Counter[tuple[str, str]] = Counter()
    for path in sorted((set_dir / "html").glob("*.html.gz")):
        data = gzip.decompress(path.read_bytes())
        started = time.process_time()
        text = clean(data).text
        clean_cpu += time.process_time() - started
        exp = explain(data)  # the same clean() call, with its metadata sources
        pages += 1
        started = time.process_time()
        detected = detect_language(text)
        detect_cpu += time.process_time() - started
        source = exp.metadata.sources.get("language")
        if source != "html":
            undeclared += 1
            continue
        declared = (exp.metadata.language or "").split("-")[0]
        if detected is None:
            unsure += 1
        elif detected == declared:
            agree += 1
        else:
            disagree += 1
            confusions[(declared, detected)] += 1
    answered = agree + disagree
    return {
        "pages": pages, "undeclared": undeclared, "agree": agree, "disagree": disagree,
        "unsure": unsure, "precision": agree / answered if answered else 0.0,
        "clean_ms": 1000 * clean_cpu / pages if pages else 0.0,
        "detect_ms": 1000 * detect_cpu / pages if pages else 0.0,
        "share": detect_cpu / clean_cpu if clean_cpu else 0.0,
        "confusions": ", ".join(f"{a}->{b} {n}" for (a, b), n in confusions.most_common(5)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    args = parser.parse_args()
    print("| set | pages | declare none | agree | disagree | no answer | precision "
          "| clean() ms/page | detector ms/page | share | most frequent disagreements |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for set_dir in args.sets:
        r = evaluate(set_dir)
        print(f"| {set_dir.name} | {r['pages']} | {r['undeclared']} | {r['agree']} | "
              f"{r['disagree']} | {r['unsure']} | {r['precision']:.3f} | {r['clean_ms']:.1f} | "
              f"{r['detect_ms']:.2f} | {100 * r['share']:.1f}% | {r['confusions']} |")


if __name__ == "__main__":
    main()
