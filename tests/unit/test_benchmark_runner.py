"""The benchmark scorer, runner and quality gate (benchmarks/), on sets made here."""

from __future__ import annotations

import gzip
import importlib.util
import json
import random
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks import run, scoring, systems  # noqa: E402

SHARED_SCORER = REPO.parent / "shared" / "benchmarks" / "score.py"
HAVE_TRAFILATURA = systems.unavailable("trafilatura") is None


# --- scorer, figures worked out by hand ----------------------------------------------------

def test_shingles_of_short_and_long_texts():
    assert scoring.shingle_counts("") == {}
    assert scoring.shingle_counts("one, two!") == {("one", "two"): 1}
    assert scoring.shingle_counts("a b c d e a b c d") == {
        ("a", "b", "c", "d"): 2, ("b", "c", "d", "e"): 1, ("c", "d", "e", "a"): 1,
        ("d", "e", "a", "b"): 1, ("e", "a", "b", "c"): 1}


def test_body_precision_recall_f1_by_hand():
    truth = {
        # truth shingles abcd, bcde; predicted abcd: tp 1, fn 1 -> P 1, R 1/2
        "p1": {"articleBody": "a b c d e"},
        # truth abcd; predicted abcd, bcde, cdef: tp 1, fp 2 -> P 1/3, R 1
        "p2": {"articleBody": "a b c d"},
        # nothing predicted: not in the precision average, R 0
        "p3": {"articleBody": "w x y z"},
        # same tokens, punctuation and spacing aside: exact, P 1, R 1
        "p4": {"articleBody": "Hello, world!"},
        # no body truth: not a body page
        "p5": {"title": "Only a title"},
    }
    preds = {
        "p1": {"articleBody": "a b c d"},
        "p2": {"articleBody": "a b c d e f"},
        "p4": {"articleBody": "Hello  world"},
        "p5": {"articleBody": "whatever"},
    }
    summary, pages = scoring.score(truth, preds)
    assert pages["p1"]["precision"] == 1.0 and pages["p1"]["recall"] == 0.5
    assert pages["p2"]["precision"] == pytest.approx(1 / 3) and pages["p2"]["recall"] == 1.0
    assert pages["p3"]["recall"] == 0.0
    assert pages["p4"]["exact"] and not pages["p1"]["exact"]
    assert "rates" not in pages["p5"]
    p, r = (1 + 1 / 3 + 1) / 3, (0.5 + 1 + 0 + 1) / 4
    assert summary["body_precision"] == pytest.approx(p)
    assert summary["body_recall"] == pytest.approx(r)
    assert summary["body_f1"] == pytest.approx(2 * p * r / (p + r))
    assert summary["body_exact"] == pytest.approx(1 / 4)
    assert summary["body_pages"] == 4 and summary["pages"] == 5


def test_snippets_title_and_date_by_hand():
    truth = {
        "s1": {"with": ["alpha  beta", "gamma"], "without": ["nav menu", "footer"],
               "title": "  “The Title!” ", "date": "2024-05-06"},
        "s2": {"with": ["delta"], "without": [], "title": "Another", "date": "2023-01-02"},
        "s3": {"with": [], "without": ["cookie"]},
    }
    preds = {
        "s1": {"articleBody": "alpha\n beta epsilon nav\tmenu", "title": "the title",
               "date": "2024-05-06T10:00:00"},
        "s2": {"articleBody": "delta", "title": None, "date": "2023-01-03"},
        "s3": {"articleBody": "Accept cookie"},
    }
    summary, pages = scoring.score(truth, preds)
    # tp: "alpha beta", "delta"; fn: "gamma"; fp: "nav menu", "cookie"
    assert pages["s1"]["missed"] == ["gamma"] and pages["s1"]["leaked"] == ["nav menu"]
    assert summary["snippet_precision"] == pytest.approx(2 / 4)
    assert summary["snippet_recall"] == pytest.approx(2 / 3)
    assert summary["snippet_f1"] == pytest.approx(2 * (1 / 2) * (2 / 3) / (1 / 2 + 2 / 3))
    assert summary["title"] == 0.5 and summary["title_pages"] == 2
    assert summary["date"] == 0.5 and summary["date_pages"] == 2
    assert "body_f1" not in summary


def test_words_author_and_title_typography_by_hand():
    truth = {
        # truth a a b c; predicted a b b: overlap a, b -> P 2/3, R 2/4
        "w1": {"articleBody": "A a, b c", "page_type": "article", "author": "By Ann Lee and Bo Ek",
               "title": "It’s a “test” – really"},
        # empty truth, empty prediction: 1, 1, 1; a true author, none predicted
        "w2": {"articleBody": "", "page_type": "listing", "author": ["Cy Dunn", "Di Fox"]},
        # empty truth, something predicted: 0, 0, 0
        "w3": {"articleBody": "", "page_type": "listing", "author": "Cy Dunn, Di Fox"},
        # no body string at all: not a words page
        "w4": {"articleBody": None, "title": "Plain"},
    }
    preds = {
        "w1": {"articleBody": "a B b", "author": "ann lee; Bo Ek", "title": "it's a \"Test\" - Really!"},
        "w3": {"articleBody": "menu", "author": "Di Fox & Cy Dunn"},
        "w4": {"articleBody": "x", "title": "plain"},
    }
    summary, pages = scoring.score(truth, preds)
    p1, r1 = 2 / 3, 2 / 4
    assert pages["w1"]["words"] == pytest.approx((p1, r1, 2 * p1 * r1 / (p1 + r1)))
    assert pages["w2"]["words"] == (1.0, 1.0, 1.0) and pages["w3"]["words"] == (0.0, 0.0, 0.0)
    assert "words" not in pages["w4"]
    assert summary["words_pages"] == 3
    assert summary["words_precision"] == pytest.approx((p1 + 1) / 3)
    assert summary["words_recall"] == pytest.approx((r1 + 1) / 3)
    assert summary["words_f1"] == pytest.approx((pages["w1"]["words"][2] + 1) / 3)
    assert summary["words_f1:article"] == pytest.approx(pages["w1"]["words"][2])
    assert summary["words_f1:listing"] == 0.5 and summary["words_pages:listing"] == 2
    assert scoring.page_types(summary) == ["article", "listing"]
    assert summary["author"] == pytest.approx(2 / 3) and summary["author_pages"] == 3
    assert summary["title"] == 1.0 and summary["title_pages"] == 2
    assert scoring.normalize_authors("By Ann Lee and Bo Ek") == {"ann lee", "bo ek"}


def _random_case(rng: random.Random, n: int) -> tuple[dict, dict]:
    words = ["alpha", "beta", "gamma", "delta", "épsilon", "zeta", "eta", "the", "a", "of"]
    names = ["Ann Lee", "by Bo Ek", "Cy Dunn", "Von Di Fox", "ÉMILE ZOLA"]

    def text(lo: int, hi: int) -> str:
        return " ".join(rng.choice(words) + rng.choice(["", ",", ".", "\n"])
                        for _ in range(rng.randint(lo, hi)))

    def authors(picked: list[str]) -> str | list | None:
        return rng.choice([None, picked, picked[0], " and ".join(picked), "; ".join(picked[::-1]),
                           "By " + " & ".join(picked), ", ".join(p.lower() for p in picked)])

    truth, preds = {}, {}
    for i in range(n):
        body = text(0, 40)
        picked = rng.sample(names, rng.randint(1, 3))
        truth[f"p{i}"] = {
            "articleBody": rng.choice([body] * 7 + ["", None]),
            "page_type": rng.choice([None, "article", "article", "listing", "forum"]),
            "title": rng.choice([None, "Some Title", "«Other» title!", "It’s “quoted” – twice"]),
            "date": rng.choice([None, "2024-01-02", "2023-12-31"]),
            "author": authors(picked),
            "with": [text(1, 3) for _ in range(rng.randint(0, 3))],
            "without": [text(1, 3) for _ in range(rng.randint(0, 3))],
        }
        if rng.random() < 0.9:
            cut = rng.randint(0, len(body))
            preds[f"p{i}"] = {
                "articleBody": rng.choice([body, body[cut:], body[:cut] + text(0, 10), ""]),
                "title": rng.choice([None, "some title", "Other title", " other TITLE ",
                                     "it's \"quoted\" - twice", "It’s “quoted” — twice"]),
                "date": rng.choice([None, "2024-01-02", "2023-12-31T08:00:00"]),
                "author": authors(rng.choice([picked, rng.sample(names, 2)])),
            }
    return truth, preds


@pytest.mark.skipif(not SHARED_SCORER.is_file(), reason="no ../shared/benchmarks/score.py")
def test_scorer_agrees_with_shared_score_py(tmp_path):
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORER)
    shared = importlib.util.module_from_spec(spec)
    with warnings.catch_warnings():  # its docstring has a "\\w" escape
        warnings.simplefilter("ignore", DeprecationWarning)
        spec.loader.exec_module(shared)
    rng = random.Random(7)
    for case in range(8):
        truth, preds = _random_case(rng, 60)
        folder = tmp_path / f"case{case}"
        folder.mkdir()
        (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
        theirs, _ = shared.score(folder, preds)
        ours, _ = scoring.score(truth, preds)
        pairs = [("body", "f1", "body_f1"), ("body", "precision", "body_precision"),
                 ("body", "recall", "body_recall"), ("body", "accuracy", "body_exact"),
                 ("snippets", "f1", "snippet_f1"), ("snippets", "precision", "snippet_precision"),
                 ("snippets", "recall", "snippet_recall"), ("title", "accuracy", "title"),
                 ("date", "accuracy", "date"), ("author", "accuracy", "author"),
                 ("words", "f1", "words_f1"), ("words", "precision", "words_precision"),
                 ("words", "recall", "words_recall"), ("words", "pages", "words_pages")]
        types = [k.split(":", 1)[1] for k in theirs if k.startswith("words:")]
        assert types and sorted(types) == scoring.page_types(ours), case
        for page_type in types:
            pairs += [(f"words:{page_type}", m, f"words_{m}:{page_type}")
                      for m in ("f1", "precision", "recall", "pages")]
        assert {g for g, _, _ in pairs} == {k for k in theirs if k != "pages"}, case
        for group, key, mine in pairs:
            assert ours[mine] == pytest.approx(theirs[group][key], abs=1e-12), (case, mine)


# --- runner and gate on a set made here ----------------------------------------------------

PAGES = {
    "a1": ("Why rivers bend", "2024-03-01",
           ["Rivers bend because water flows faster on the outside of a curve.",
            "Over centuries the outer bank erodes while the inner bank collects sand."]),
    "b2": ("Baking bread at home", "2023-11-20",
           ["Good bread needs flour, water, salt and a great deal of patience.",
            "Let the dough rest overnight in a cool place before shaping it."]),
    "c3": ("Caring for old books", None,
           ["Keep old books away from sunlight and damp walls.",
            "Handle the pages with clean, dry hands and never force the spine open."]),
}


TYPES = {"a1": "article", "b2": "article", "c3": "forum"}
AUTHORS = {"a1": "Ann Lee", "b2": None, "c3": "Bo Ek"}


def _page_html(title: str, date: str | None, paragraphs: list[str], author: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    meta += f'<meta name="author" content="{author}">' if author else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title>{meta}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/about'>About us</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>"
            f"<footer>Copyright Example Press. All rights reserved.</footer></body></html>")


def _make_set(root: Path) -> Path:
    folder = root / "tiny-set"
    (folder / "html").mkdir(parents=True)
    (folder / "text").mkdir()
    truth = {}
    for pid, (title, date, paragraphs) in PAGES.items():
        html = _page_html(title, date, paragraphs, AUTHORS[pid])
        (folder / "html" / f"{pid}.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
        text = "Home About us\n" + title + "\n" + "\n".join(paragraphs) + "\nAll rights reserved."
        (folder / "text" / f"{pid}.txt.gz").write_bytes(gzip.compress(text.encode("utf-8")))
        truth[pid] = {"url": f"https://example.org/{pid}", "articleBody": "\n".join(paragraphs),
                      "title": title, "date": date, "author": AUTHORS[pid],
                      "page_type": TYPES[pid], "with": [paragraphs[0][:30]], "without": ["All rights reserved"]}
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return folder


def _systems() -> str:
    return "cleanarticle,trafilatura" if HAVE_TRAFILATURA else "cleanarticle"


def test_run_writes_predictions_and_figures_that_agree(tmp_path):
    folder = _make_set(tmp_path)
    out, report = tmp_path / "out", tmp_path / "figures.json"
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), str(folder), "--systems",
         _systems(), "--out", str(out), "--json", str(report), "--worst", "2", "--by-type"],
        capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert ("| system | body F1 | P | R | exact | words F1 | snip F1 | P | R | title | date | author |"
            in proc.stdout)
    assert "#### tiny-set (html), cleanarticle, by page type" in proc.stdout
    assert "| page type | pages | words F1 | P | R | body F1 |" in proc.stdout
    assert "\n| article | 2 | " in proc.stdout and "\n| forum | 1 | " in proc.stdout
    assert "\n| all | 3 | " in proc.stdout
    assert "pages per CPU-second: cleanarticle" in proc.stdout
    assert "worst 2 pages for cleanarticle" in proc.stdout
    result = json.loads(report.read_text())["results"][0]
    assert result["set"] == "tiny-set" and result["pages"] == 3
    truth = json.loads((folder / "ground-truth.json").read_text())
    for name in _systems().split(","):
        preds = json.loads((out / f"tiny-set-{name}-html.json").read_text())
        assert set(preds) == set(PAGES)
        assert all(set(p) == {"articleBody", "title", "date", "author"} for p in preds.values())
        figures = result["systems"][name]
        summary, per_page = scoring.score(truth, preds)
        assert figures["scores"] == pytest.approx(summary)
        assert {"words_f1", "words_f1:article", "words_f1:forum", "author"} <= set(summary)
        assert list(figures["by_type"]) == ["article", "forum"]
        article = figures["by_type"]["article"]
        assert article["pages"] == 2 and article["words_f1"] == pytest.approx(
            summary["words_f1:article"])
        assert article["body_f1"] == pytest.approx(
            scoring.score({k: truth[k] for k in ("a1", "b2")}, preds)[0]["body_f1"])
        assert figures["pages_timed"] == 3 and figures["pages_per_cpu_second"] > 0
    if HAVE_TRAFILATURA:
        cpu = result["systems"]
        expected = cpu["trafilatura"]["cpu_seconds"] / cpu["cleanarticle"]["cpu_seconds"]
        assert result["speed_ratio"] == pytest.approx(expected)
        assert "speed ratio cleanarticle/trafilatura" in proc.stdout


def _register(monkeypatch, name: str, extract) -> None:
    fake = systems.System(name, "json", ("html", "text"), lambda mode: extract,
                          lambda raw: {"articleBody": raw, "title": None, "date": None})
    monkeypatch.setitem(systems.SYSTEMS, name, fake)
    monkeypatch.setattr(run, "_loaded", {})


def test_a_page_that_raises_counts_as_empty_and_is_reported(tmp_path, monkeypatch, capsys):
    folder = _make_set(tmp_path)

    def flaky(page, url):
        if url.endswith("/b2"):
            raise ValueError("broken page")
        return page.decode() if isinstance(page, bytes) else page

    _register(monkeypatch, "flaky", flaky)
    result = run.run_set(folder, ("flaky",), "text", None, 1, tmp_path / "out")
    figures = result["systems"]["flaky"]
    assert figures["errors"] == 1
    assert figures["error_examples"] == [{"id": "b2", "error": "ValueError: broken page"}]
    assert "flaky on tiny-set b2: ValueError: broken page" in capsys.readouterr().err
    preds = json.loads((tmp_path / "out" / "tiny-set-flaky-text.json").read_text())
    assert preds["b2"]["articleBody"] == "" and PAGES["a1"][2][0] in preds["a1"]["articleBody"]
    assert figures["scores"]["body_recall"] == pytest.approx(2 / 3)


def test_systems_alternate_order_page_by_page(tmp_path, monkeypatch):
    folder = _make_set(tmp_path)
    calls: list[str] = []

    def recorder(tag):
        return lambda page, url: calls.append(f"{tag}:{url[-2:]}") or ""

    _register(monkeypatch, "first", recorder("first"))
    _register(monkeypatch, "second", recorder("second"))
    run.run_set(folder, ("first", "second"), "html", None, 1, None)
    # each system's first call is an untimed warm-up; then the order flips page by page
    assert calls == ["first:a1", "first:a1", "second:a1", "second:a1",
                     "second:b2", "first:b2", "first:c3", "second:c3"]


def test_check_floors_reports_each_figure_below_its_floor():
    results = [{"set": "s", "mode": "html", "speed_ratio": 1.2, "systems": {
        "cleanarticle": {"errors": 2, "scores": {"body_f1": 0.5, "title": 0.9}}}}]
    floors = {"s": {"html": {"body_f1": 0.6, "title": 0.8, "date": 0.1, "speed_ratio": 1.5,
                             "max_errors": 1}}}
    failures, _ = run.check_floors(results, floors)
    text = "\n".join(failures)
    assert "body_f1 0.500 is below its floor 0.600" in text
    assert "speed_ratio 1.200 is below its floor 1.500" in text
    assert "2 pages raised, at most 1 allowed" in text
    assert "date has a floor but was not measured" in text
    assert "title" not in text
    results[0]["speed_ratio"] = None
    results[0]["systems"]["cleanarticle"].update(errors=0, scores={"body_f1": 0.7, "title": 0.8,
                                                                   "date": 0.1})
    failures, notes = run.check_floors(results, floors)
    assert failures == [] and any("speed ratio not checked" in n for n in notes)


def test_gate_fails_below_a_floor_and_skips_without_benchmarks(tmp_path):
    folder = _make_set(tmp_path)
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"_comment": "test", folder.name: {
        "html": {"body_recall": 0.0, "body_f1": 1.01}}}))
    gate = [sys.executable, str(REPO / "benchmarks" / "gate.py"), "--floors", str(floors),
            "--out", str(tmp_path / "gate-out")]
    proc = subprocess.run(gate + ["--benchmarks", str(tmp_path)], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "QUALITY GATE FAILED" in proc.stdout and "body_f1" in proc.stdout
    assert "body_recall" not in proc.stdout.split("QUALITY GATE FAILED")[1]
    proc = subprocess.run(gate + ["--benchmarks", str(tmp_path / "nowhere")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("skipped: no ")


def test_site_profiles_are_learned_from_the_set_and_used(tmp_path):
    from benchmarks import sitegen

    folder = tmp_path / "courier"
    sitegen.write_set(folder, pages=12)
    plain = run.run_set(folder, ("cleanarticle",), "text", None, 1, None)
    profiled = run.run_set(folder, ("cleanarticle",), "text", None, 1, None, site_profiles=True)
    sampling = profiled["site_profiles"]
    assert (sampling["pages"], sampling["profiles"], sampling["profiled_pages"]) == (12, 1, 12)
    assert sampling["pages_per_cpu_second"] > 0
    before = plain["systems"]["cleanarticle"]["scores"]
    after = profiled["systems"]["cleanarticle"]["scores"]
    assert after["body_precision"] > before["body_precision"] + 0.1
    assert "site profiles: 1 of 1 sites (12 pages) from 12 pages" in run.table(profiled)
    assert "site_profiles" not in plain
