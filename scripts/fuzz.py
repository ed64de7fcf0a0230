"""Fuzz the extractor with generated damaged pages; count crashes, errors and slow pages.

    python scripts/fuzz.py --n 50000 --jobs 2

Each input is made from its seed by tests/robustness/damaged_pages.py (truncation, byte
insertions, broken tags, 100,000-deep nesting, huge attributes and text, NUL bytes, binary
garbage, empty input, wrong declared encodings, UTF-16/32, Shift-JIS, GB18030, cp1252, XML
entities, hostile JSON-LD), so a failing seed reproduces with ``--start SEED --n 1``.
Exit status 1 when any exception other than a CleanArticleError escaped, or a page went over
the time limit.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "robustness"))

import damaged_pages  # noqa: E402

from cleanarticle import Article, CleanArticleError, clean  # noqa: E402
from cleanarticle.errors import PageTimeoutError  # noqa: E402
from cleanarticle.limits import DEFAULT_TIMEOUT  # noqa: E402


def run_one(seed: int, limit: float) -> dict:
    damage, data = damaged_pages.page(seed)
    started = time.perf_counter()
    outcome, error, cause, detail = "ok", None, None, None
    try:
        article = clean(data, timeout=limit)
        if not isinstance(article, Article) or not isinstance(article.text, str):
            outcome, error = "uncaught", "BadResult"
    except CleanArticleError as exc:
        outcome, error = "error", type(exc).__name__
        cause = type(exc.__cause__).__name__ if exc.__cause__ is not None else None
        if isinstance(exc, PageTimeoutError):
            outcome = "timeout"
    except BaseException as exc:  # noqa: BLE001 - counting what escapes is the point
        if isinstance(exc, KeyboardInterrupt):
            raise
        outcome, error = "uncaught", type(exc).__name__
        detail = "".join(traceback.format_exception(exc)[-4:])[-1500:]
    seconds = time.perf_counter() - started
    return {"seed": seed, "damage": damage, "outcome": outcome, "error": error, "cause": cause,
            "seconds": seconds, "detail": detail}


def run_chunk(seeds: list[int], limit: float) -> list[dict]:
    return [run_one(seed, limit) for seed in seeds]


def fuzz(n: int, start: int = 0, jobs: int = 1, limit: float = DEFAULT_TIMEOUT,
         chunk: int = 100) -> dict:
    """Run ``n`` generated pages (seeds start..start+n-1) and summarise what happened."""
    chunks = [list(range(s, min(s + chunk, start + n))) for s in range(start, start + n, chunk)]
    results: list[dict] = []
    wall = time.perf_counter()
    if jobs <= 1:
        for seeds in chunks:
            results.extend(run_chunk(seeds, limit))
    else:
        with ProcessPoolExecutor(jobs) as pool:
            for part in pool.map(run_chunk, chunks, [limit] * len(chunks)):
                results.extend(part)
    wall = time.perf_counter() - wall
    return summarise(results, limit, wall)


def summarise(results: list[dict], limit: float, wall: float) -> dict:
    times = sorted(r["seconds"] for r in results)
    uncaught = [r for r in results if r["outcome"] == "uncaught"]
    errors = collections.Counter(
        f"{r['error']}" + (f" (from {r['cause']})" if r["cause"] else "")
        for r in results if r["outcome"] in ("error", "timeout"))
    samples: dict[str, dict] = {}
    for r in uncaught:
        samples.setdefault(r["error"], {"seed": r["seed"], "damage": r["damage"], "detail": r["detail"]})
    return {
        "inputs": len(results),
        "ok": sum(r["outcome"] == "ok" for r in results),
        "uncaught": len(uncaught),
        "uncaught_by_type": dict(collections.Counter(r["error"] for r in uncaught)),
        "uncaught_samples": samples,
        "library_errors_by_type": dict(errors.most_common()),
        "over_time_limit": sum(r["outcome"] == "timeout" or r["seconds"] > limit for r in results),
        "time_limit_s": limit,
        "max_s": round(times[-1], 3) if times else 0.0,
        "max_seed": max(results, key=lambda r: r["seconds"])["seed"] if results else None,
        "p99_s": round(times[min(len(times) - 1, int(0.99 * len(times)))], 4) if times else 0.0,
        "mean_s": round(sum(times) / len(times), 4) if times else 0.0,
        "by_damage": dict(sorted(collections.Counter(r["damage"] for r in results).items())),
        "wall_s": round(wall, 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="number of generated inputs")
    ap.add_argument("--start", type=int, default=0, help="first seed")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes")
    ap.add_argument("--limit", type=float, default=DEFAULT_TIMEOUT, help="time limit per page, s")
    ap.add_argument("--json", type=Path, help="also write the summary here")
    args = ap.parse_args(argv)
    summary = fuzz(args.n, args.start, args.jobs, args.limit)
    text = json.dumps(summary, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 1 if summary["uncaught"] or summary["over_time_limit"] else 0


if __name__ == "__main__":
    sys.exit(main())
