"""The ``cleanarticle`` command: clean files, folders, globs or stdin; ``batch`` for crawls."""

from __future__ import annotations

import argparse
import json
import os
import sys
import zlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import IO

from . import __version__
from .batch.pool import default_jobs
from .batch.run import DEFAULT_TIMEOUT, BatchConfig, run_batch
from .batch.sources import (
    DEFAULT_MAX_BYTES,
    InputFile,
    Page,
    SourceOptions,
    expand_inputs,
    glob_base,
    is_jsonl,
    is_warc,
    page_from_file,
)
from .batch.work import CleanOptions, extract
from .errors import CleanArticleError
from .limits import DEFAULT_TIMEOUT as PAGE_TIMEOUT
from .model import HEADING, Article
from .output import DEFAULT_CHUNK_CHARS, FORMATS, SUFFIXES, render
from .site import MAX_PAGES
from .site_rules import Rules, RulesError, load_rules
from .sniff import NOT_A_PAGE

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
KINDS = ("auto", "html", "text")
TRUNCATED = "page above the size cap: only its beginning was cleaned (Article.truncated)"

FILES_EXAMPLES = """\
examples:
  cleanarticle page.html                      the article text on stdout
  cleanarticle --format markdown page.html    headings, lists, quotes, tables and code kept
  cleanarticle -f markdown --links --images --with-metadata page.html
                                              ... with links, images and YAML front matter
  cleanarticle -f html page.html              the article as clean, safe HTML
  cleanarticle -f chunks page.html            JSON lines of heading-aware chunks for RAG
  cleanarticle --comments -f json page.html   reader comments apart, in "comments"
  cleanarticle --rules site-rules.toml --prune '.promo' page.html   user rules
  curl -s URL | cleanarticle - --url URL      a page from stdin (URL helps dates and links)
  cleanarticle --format json saved/*.html     JSON with title, date, author, text, error
  cleanarticle saved/ -o clean/ --format md   one file per page, tree mirrored in clean/
  cleanarticle notes.txt --kind text          an already-scraped text dump
  cleanarticle explain page.html -o r.html    report: why each block was kept or removed

-o names a folder when it exists or ends with '/': one output per input, named after the
input (suffix replaced), never written outside that folder; with several inputs, each
folder's tree goes under the folder's own name. Otherwise -o is one file that receives
every output (text and markdown: each under a '==> SOURCE <==' line and its title).
Shapes: json writes a JSON array of records to a stream (also for one input) and one record
per file in a folder; jsonl one line per input; chunks one line per chunk.
Folders are walked recursively; hidden entries are skipped; .gz files are read
transparently; files that are no page (JSON, CSV, code, ...) are skipped and named on
stderr; a file named twice is cleaned once. A page above the size cap is cut (a warning
says so). A file literally named 'batch' or 'explain' can be given as ./batch or ./explain.

exit status: 0 all inputs cleaned, 1 some inputs failed (each reported on stderr) or the
output could not be written, 2 usage error.
"""

BATCH_EXAMPLES = """\
examples:
  cleanarticle batch crawl/ -o out.jsonl                   every file under crawl/
  cleanarticle batch pages.jsonl --html-field body -o out.jsonl
  zcat pages.jsonl.gz | cleanarticle batch - -o out.jsonl  JSONL records on stdin
  cleanarticle batch CC-MAIN-*.warc.gz -o out.jsonl --jobs 8 --timeout 10
  cleanarticle batch crawl/ -o out.jsonl --resume          finish an interrupted run
  cleanarticle batch crawl/ -o out.jsonl --dask-scheduler tcp://10.0.0.5:8786
  cleanarticle batch crawl/ -o out.jsonl --site-profile     learn what each site repeats first
  cleanarticle batch crawl/ -o out.jsonl --save-profiles profiles/
  cleanarticle batch crawl/part2/ -o part2.jsonl --profiles profiles/

Inputs: files and folders of pages (.gz read transparently), JSONL files (.jsonl, .ndjson,
one page per line; - for stdin) and WARC files (.warc, .warc.gz, one page per response
record; the HTTP Content-Type charset is applied).
Output: one JSON line per input page, the same record as --format json: source (the
file, file:LINE for JSONL, file@OFFSET for WARC), id (the record's id field or
WARC-Record-ID), url (the input's), every field of the article (title, date, author,
language, confidence, is_article, truncated, ..., text) and error (null, or why there is
no article: "empty input", "binary input", "not a page: HTTP status 404", "timeout after
30s", "worker died (...)", ...). Lines are written whole, in completion order. WARC-Date
is the reference date of relative dates unless --reference-date is given.

Site profiles: --site-profile reads the inputs twice. The first pass samples up to
--site-pages pages per site (the host of the page's URL, else of its canonical link or
og:url, else a saved file's folder) and learns which blocks stand on most of a site's pages;
the second cleans with that knowledge (sites with fewer than 5 distinct pages are cleaned as
without). --save-profiles keeps the profiles (one JSON file per site), --profiles cleans with
saved ones and skips the first pass: the same profiles give the same output, whatever the
jobs, the order or the piece of the crawl.

exit status: 0 the run finished (per-page errors are in the output lines), 1 the output
could not be written, 2 usage error, 130 interrupted (rerun with --resume).
"""


def _iso_date(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from exc
    return value


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1: {value}")
    return number


def _positive_float(value: str) -> float:
    number = float(value)
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be > 0: {value}")
    return number


def _format(value: str) -> str:
    value = {"md": "markdown", "txt": "text"}.get(value, value)
    if value not in FORMATS:
        raise argparse.ArgumentTypeError(f"choose from {', '.join(FORMATS)}")
    return value


def _rules_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", metavar="FILE",
                        help="user rules (TOML): selectors to drop or keep, phrases to drop, a "
                             "forced page type, for every page or per host")
    parser.add_argument("--prune", action="append", default=[], metavar="CSS",
                        help="drop what the CSS selector selects, on every page (repeatable)")
    parser.add_argument("--keep", action="append", default=[], metavar="CSS",
                        help="keep the blocks the CSS selector selects, on every page (repeatable)")


def rules_from_args(ns: argparse.Namespace) -> Rules | None:
    """The Rules of --rules FILE, --prune and --keep (None without them); RulesError when
    they cannot be used."""
    if not (ns.rules or ns.prune or ns.keep):
        return None
    rules = load_rules(ns.rules) if ns.rules else Rules()
    return rules.with_selectors(ns.prune, ns.keep) if (ns.prune or ns.keep) else rules


def _share(value: str) -> float:
    number = float(value)
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {value}")
    return number


def _common(parser: argparse.ArgumentParser) -> None:
    _rules_args(parser)
    parser.add_argument("--kind", choices=KINDS, default="auto",
                        help="input kind (default: auto, from the file suffix or content)")
    parser.add_argument("--reference-date", type=_iso_date, metavar="YYYY-MM-DD",
                        help="date relative dates ('3 days ago') are counted from")
    parser.add_argument("--max-bytes", type=_positive_int, default=DEFAULT_MAX_BYTES,
                        metavar="N",
                        help=f"refuse pages above N bytes (default {DEFAULT_MAX_BYTES})")
    parser.add_argument("--min-confidence", type=_share, metavar="P",
                        help="pages less likely than P (0-1) to be an article (home, listing, "
                             "product pages) keep their metadata but get no text; the "
                             "confidence is in the JSON record")


def files_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanarticle", epilog=FILES_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Turn saved web pages (HTML or scraped text) into clean articles. "
                    "Use 'cleanarticle batch --help' for crawls (JSONL, WARC, many pages).")
    parser.add_argument("inputs", nargs="+", metavar="FILE|FOLDER|GLOB|-",
                        help="pages to clean; - reads stdin")
    parser.add_argument("--url", help="URL of the page (a single input only)")
    parser.add_argument("-f", "--format", type=_format, default="text",
                        metavar="{" + ",".join(FORMATS) + "}", help="output format (default text)")
    parser.add_argument("--links", action="store_true",
                        help="markdown/html: keep links, with absolute URLs")
    parser.add_argument("--images", action="store_true",
                        help="the article's images: in markdown/html where they stand, in json")
    parser.add_argument("--comments", action="store_true",
                        help="json: reader comments apart from the text (author, date, text)")
    parser.add_argument("--with-metadata", action="store_true",
                        help="markdown: YAML front matter with title, date, author, url, ...")
    parser.add_argument("--chunk-size", type=_positive_int, default=DEFAULT_CHUNK_CHARS,
                        metavar="N", help=f"chunks: at most N characters each "
                                          f"(default {DEFAULT_CHUNK_CHARS})")
    parser.add_argument("-o", "--output", metavar="FILE|FOLDER",
                        help="output file, or folder for one output per input (default stdout)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="do not report failed inputs on stderr (the exit status still does)")
    parser.add_argument("--timeout", type=_positive_float, default=PAGE_TIMEOUT,
                        metavar="SECONDS",
                        help=f"time limit per page (default {PAGE_TIMEOUT:g})")
    parser.add_argument("--version", action="version", version=f"cleanarticle {__version__}")
    _common(parser)
    return parser


def batch_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanarticle batch", epilog=BATCH_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Clean many pages with worker processes into one JSONL file.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="folders, page files, JSONL files, WARC files, globs")
    parser.add_argument("-o", "--output", default="-", metavar="OUT.jsonl",
                        help="JSONL output (default stdout)")
    parser.add_argument("-j", "--jobs", type=_positive_int, default=None, metavar="N",
                        help="worker processes (default: all cores)")
    parser.add_argument("--timeout", type=_positive_float, default=DEFAULT_TIMEOUT,
                        metavar="SECONDS",
                        help=f"time limit per page (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--resume", action="store_true",
                        help="skip inputs already in OUT and append the others")
    parser.add_argument("--html-field", default="html", metavar="NAME",
                        help="JSONL field holding the HTML (default html)")
    parser.add_argument("--text-field", default="text", metavar="NAME",
                        help="JSONL field holding scraped text, used when there is no HTML")
    parser.add_argument("--url-field", default="url", metavar="NAME",
                        help="JSONL field holding the URL (default url)")
    parser.add_argument("--id-field", default="id", metavar="NAME",
                        help="JSONL field copied into the record's 'id' (default id)")
    parser.add_argument("--dask-scheduler", metavar="ADDRESS",
                        help="run on an existing Dask cluster (needs cleanarticle[dask])")
    parser.add_argument("--max-pages-per-worker", type=int, default=0, metavar="N",
                        help="restart a worker after N pages (default 0: never)")
    parser.add_argument("--site-profile", action="store_true",
                        help="first learn what each site repeats on its pages, then clean")
    parser.add_argument("--site-pages", type=_positive_int, default=MAX_PAGES, metavar="N",
                        help=f"pages sampled per site for --site-profile (default {MAX_PAGES})")
    parser.add_argument("--save-profiles", metavar="DIR",
                        help="save the learned site profiles to DIR (implies --site-profile)")
    parser.add_argument("--profiles", metavar="DIR",
                        help="clean with the site profiles saved in DIR (no first pass)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar and no summary line")
    parser.add_argument("--version", action="version", version=f"cleanarticle {__version__}")
    _common(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "batch":
            return _batch_main(args[1:])
        if args and args[0] == "explain":
            return _explain_main(args[1:])
        return _files_main(args)
    except SystemExit as exc:  # argparse: --help (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly, like other tools
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED


def _explain_main(argv: Sequence[str]) -> int:
    """``cleanarticle explain PAGE [-o report.html] [--format html|json]``."""
    parser = argparse.ArgumentParser(
        prog="cleanarticle explain",
        description="Show why each block of a page was kept or removed: an HTML report "
                    "(self-contained) or JSON.")
    parser.add_argument("page", help="an HTML or text file, .gz read transparently "
                                     "('-' for stdin)")
    parser.add_argument("-o", "--output", default="-", help="output file (default stdout)")
    parser.add_argument("--format", choices=("html", "json"), default=None,
                        help="html (default, or from -o's suffix) or json")
    parser.add_argument("--url", help="the page's URL (helps dates and links)")
    parser.add_argument("--kind", choices=KINDS, default="auto",
                        help="html, text, or auto (decide from the content; the default)")
    parser.add_argument("--reference-date", type=_iso_date, metavar="YYYY-MM-DD",
                        help="date relative dates ('3 days ago') are counted from")
    parser.add_argument("--version", action="version", version=f"cleanarticle {__version__}")
    parser.add_argument("--profiles", metavar="DIR",
                        help="site profiles saved by 'batch --save-profiles': site boilerplate "
                             "shows with its share of the site's pages")
    _rules_args(parser)
    ns = parser.parse_args(argv)
    try:
        rules = rules_from_args(ns)
    except RulesError as exc:
        parser.error(str(exc))
    fmt = ns.format or ("json" if ns.output.endswith(".json") else "html")
    path = Path(ns.page)
    if ns.page != "-" and (is_jsonl(path) or is_warc(path)):
        print(f"cleanarticle explain: {ns.page}: holds many pages; explain one page (a file), "
              "or clean them all with 'cleanarticle batch'", file=sys.stderr)
        return EXIT_FAILED
    try:
        data = sys.stdin.buffer.read() if ns.page == "-" else _read_file(path)
    except (OSError, EOFError, ValueError, zlib.error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        print(f"cleanarticle explain: {ns.page}: {reason}", file=sys.stderr)
        return EXIT_FAILED
    from .explain import explain

    site = None
    if ns.profiles:
        from .site import ProfileError, SiteProfiles, folder_site

        try:
            site = SiteProfiles.load(ns.profiles)
        except ProfileError as exc:
            print(f"cleanarticle explain: {exc}", file=sys.stderr)
            return EXIT_FAILED
        if ns.page != "-":
            site = site.with_default_site(folder_site(Path(ns.page).parent))
    try:
        exp = explain(data, ns.url, kind=ns.kind, reference_date=ns.reference_date, rules=rules,
                      site=site)
    except CleanArticleError as exc:
        print(f"cleanarticle explain: {ns.page}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if exp.article.truncated:
        print(f"cleanarticle explain: {ns.page}: warning: {TRUNCATED}", file=sys.stderr)
    if fmt == "json":
        out = json.dumps(exp.to_dict(), ensure_ascii=False, indent=1) + "\n"
    else:
        from .report import render_report

        out = render_report(exp, source=ns.page)
    try:
        if ns.output == "-":
            sys.stdout.write(out)
        else:
            Path(ns.output).write_text(out, encoding="utf-8")
    except OSError as exc:
        print(f"cleanarticle explain: {ns.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _read_file(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        import gzip

        data = gzip.decompress(data)
    return data


def _batch_main(argv: list[str]) -> int:
    parser = batch_parser()
    ns = parser.parse_args(argv)
    try:
        rules = rules_from_args(ns)
    except RulesError as exc:
        parser.error(str(exc))
    if ns.resume and ns.output == "-":
        parser.error("--resume needs -o OUT.jsonl")
    if ns.max_pages_per_worker < 0:
        parser.error("--max-pages-per-worker must be >= 0")
    learn = ns.site_profile or ns.save_profiles
    if ns.profiles and learn:
        parser.error("--profiles uses saved profiles: drop --site-profile/--save-profiles")
    if learn and "-" in ns.inputs:
        parser.error("--site-profile reads the inputs twice: stdin (-) cannot be one")
    config = BatchConfig(
        inputs=tuple(ns.inputs), output=ns.output, jobs=ns.jobs or default_jobs(),
        timeout=ns.timeout, resume=ns.resume, quiet=ns.quiet,
        sources=SourceOptions(kind=ns.kind, max_bytes=ns.max_bytes, html_field=ns.html_field,
                              text_field=ns.text_field, url_field=ns.url_field,
                              id_field=ns.id_field),
        clean=CleanOptions(reference_date=ns.reference_date, timeout=ns.timeout,
                           min_confidence=ns.min_confidence, rules=rules),
        dask_scheduler=ns.dask_scheduler, max_pages_per_worker=ns.max_pages_per_worker,
        site_profile=bool(learn), site_pages=ns.site_pages, save_profiles=ns.save_profiles,
        profiles=ns.profiles)
    if config.dask_scheduler:
        try:
            import distributed  # noqa: F401
        except ImportError:
            parser.error("--dask-scheduler needs Dask: pip install 'cleanarticle[dask]'")
    return run_batch(config)


class _OutputFailure(Exception):
    pass


def _stdin_page(options: SourceOptions) -> Page:
    data = sys.stdin.buffer.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        return Page("-", url=options.url, error=f"too large: more than {options.max_bytes} bytes",
                    name="stdin")
    return Page("-", data, url=options.url, kind=options.kind, name="stdin")


def _file_page(file: InputFile, options: SourceOptions) -> Page:
    if file.error is None and (is_jsonl(file.path) or is_warc(file.path)):
        # Many pages in one file: reading it as one page would give a meaningless article.
        return Page(str(file.path), error="holds many pages: use 'cleanarticle batch'",
                    name=file.name)
    return page_from_file(file, options)


def _is_folder_target(output: str) -> bool:
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


def output_path(folder: Path, name: str, fmt: str, used: set[Path]) -> Path:
    """Where the output for input ``name`` goes under ``folder``; never outside it."""
    rel = Path(name)
    if rel.is_absolute() or ".." in rel.parts:
        raise ValueError(f"unsafe output name {name!r}")
    if rel.name.lower().endswith(".gz"):
        rel = rel.with_name(rel.name[:-3])
    root = folder.resolve()
    candidates = [rel.with_suffix(SUFFIXES[fmt]), rel.with_name(rel.name + SUFFIXES[fmt])]
    for candidate in candidates:
        target = (root / candidate).resolve()
        if not target.is_relative_to(root) or target == root:
            raise ValueError(f"output path for {name!r} escapes {folder}")
        if target not in used:
            used.add(target)
            return target
    raise ValueError(f"output name for {name!r} collides with another input's")


def _headed(page: Page, article: Article | None, rendered: str, fmt: str) -> str:
    """One of several text or markdown outputs in one stream: under a line naming its source
    (as ``head`` does for several files) and its title, unless it starts with it already."""
    title = article.title if article is not None else None
    first = article.blocks[0] if article is not None and article.blocks else None
    starts_with_title = (first is not None and first.kind == HEADING and title is not None
                         and " ".join(first.text.split()) == " ".join(title.split()))
    head = [f"==> {page.source} <=="]
    if title and not starts_with_title:
        head.append("# " + title if fmt == "markdown" else title)
    return "\n".join(head) + "\n\n" + rendered


class _StreamTarget:
    """Every output into one stream (stdout or -o FILE); several JSON documents form an array,
    several text or markdown outputs each come under a heading line."""

    def __init__(self, stream: IO[str], where: str, fmt: str, count: int) -> None:
        self.stream, self.where, self.fmt = stream, where, fmt
        self.as_array = fmt == "json"  # the same shape for one input as for many
        self.headed = fmt in ("text", "markdown") and count > 1
        self.count = 0
        if self.as_array:
            self._write("[\n")

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _OutputFailure(f"cannot write {self.where}: {exc.strerror or exc}") from exc

    def put(self, page: Page, file: InputFile | None, rendered: str, error: str | None,
            article: Article | None = None) -> bool:
        if error is not None and self.fmt not in ("json", "jsonl"):
            return True  # a failed input has no text; the error went to stderr
        if self.as_array:
            rendered = ("  ,\n" if self.count else "") + "\n".join(
                "  " + line for line in rendered.split("\n"))
        elif self.headed:
            rendered = ("\n" if self.count else "") + _headed(page, article, rendered, self.fmt)
        self.count += 1
        self._write(rendered if rendered.endswith("\n") or not rendered else rendered + "\n")
        return True

    def close(self) -> None:
        if self.as_array:
            self._write("]\n")
        if self.stream is not sys.stdout:
            try:
                self.stream.close()
            except OSError as exc:
                raise _OutputFailure(f"cannot write {self.where}: {exc.strerror or exc}") from exc


class _FolderTarget:
    """One output file per input under ``folder``, names mirrored, never outside ``folder``."""

    def __init__(self, folder: Path, fmt: str) -> None:
        self.folder, self.fmt = folder, fmt
        self.used: set[Path] = set()

    def put(self, page: Page, file: InputFile | None, rendered: str, error: str | None,
            article: Article | None = None) -> bool:
        if error is not None and self.fmt not in ("json", "jsonl"):
            return True
        try:
            target = output_path(self.folder, page.name or "stdin", self.fmt, self.used)
        except ValueError as exc:
            print(f"cleanarticle: {page.source}: {exc}", file=sys.stderr)
            return False
        if file is not None and target == file.path.resolve():
            print(f"cleanarticle: {page.source}: output would overwrite the input",
                  file=sys.stderr)
            return False
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8") as fh:
                fh.write(rendered if rendered.endswith("\n") or not rendered else rendered + "\n")
        except OSError as exc:
            raise _OutputFailure(f"cannot write {target}: {exc.strerror or exc}") from exc
        return True

    def close(self) -> None:
        pass


def _open_target(output: str | None, fmt: str, count: int) -> _StreamTarget | _FolderTarget:
    try:
        if output and _is_folder_target(output):
            Path(output).mkdir(parents=True, exist_ok=True)
            return _FolderTarget(Path(output), fmt)
        if output:
            stream = open(output, "w", encoding="utf-8")  # noqa: SIM115 - closed by the target
            return _StreamTarget(stream, output, fmt, count)
    except OSError as exc:
        raise _OutputFailure(f"cannot write {output}: {exc.strerror or exc}") from exc
    return _StreamTarget(sys.stdout, "stdout", fmt, count)


def _mirror_roots(args: Sequence[str]) -> dict[str, str]:
    """With several inputs, the name each folder or glob is mirrored under in an output
    folder: its own name, made unique (``pages``, ``pages-2``)."""
    if len(args) < 2:
        return {}
    roots: dict[str, str] = {}
    used: set[str] = set()
    for arg in args:
        path = Path(arg)
        if arg == "-" or not (path.is_dir() or (not path.exists() and any(
                ch in arg for ch in "*?["))):
            continue
        base = path.resolve() if path.is_dir() else glob_base(arg).resolve()
        name = base.name or "root"
        unique, n = name, 1
        while unique in used:
            n += 1
            unique = f"{name}-{n}"
        used.add(unique)
        roots[arg] = unique
    return roots


def _inputs(args: Sequence[str], duplicates: list[str]) -> list[tuple[InputFile | None, str]]:
    """Every input file (None: stdin) with the name its output gets in an output folder."""
    roots = _mirror_roots(args)
    seen: set[str] = set()
    files: list[tuple[InputFile | None, str]] = []
    for arg in args:
        if arg == "-":
            files.append((None, "stdin"))
            continue
        for file in expand_inputs([arg], seen, duplicates):
            name = f"{roots[arg]}/{file.name}" if arg in roots else file.name
            files.append((file, name))
    return files


def _files_main(argv: list[str]) -> int:
    parser = files_parser()
    ns = parser.parse_args(argv)
    if ns.inputs.count("-") > 1:
        parser.error("stdin (-) can be read only once")
    duplicates: list[str] = []
    files = _inputs(ns.inputs, duplicates)
    if ns.url and len(files) != 1:
        parser.error("--url applies to a single input")
    options = SourceOptions(kind=ns.kind, max_bytes=ns.max_bytes, url=ns.url)
    try:
        rules = rules_from_args(ns)
    except RulesError as exc:
        parser.error(str(exc))
    clean_options = CleanOptions(reference_date=ns.reference_date, timeout=ns.timeout,
                                 min_confidence=ns.min_confidence, links=ns.links,
                                 images=ns.images, comments=ns.comments, rules=rules)

    def note(message: str) -> None:
        if not ns.quiet:
            print(f"cleanarticle: {message}", file=sys.stderr)

    failed = skipped = 0
    try:
        target = _open_target(ns.output, ns.format, len(files))
        try:
            for file, name in files:
                page = _stdin_page(options) if file is None else _file_page(file, options)
                page.name = name
                article, error = extract(page, clean_options)
                if error is not None and error.startswith(NOT_A_PAGE):
                    skipped += 1
                    note(f"{page.source}: skipped, {error} (--kind html or text cleans it)")
                    continue
                if error is not None:
                    failed += 1
                    note(f"{page.source}: {error}")
                elif article is not None and article.truncated:
                    note(f"{page.source}: warning: {TRUNCATED}")
                rendered = render(article, ns.format, source=page.source, error=error,
                                  ident=page.ident, url=page.url,
                                  with_metadata=ns.with_metadata, chunk_chars=ns.chunk_size)
                if not target.put(page, file, rendered, error, article):
                    failed += 1
        finally:
            target.close()
    except _OutputFailure as exc:
        print(f"cleanarticle: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if duplicates:
        note(f"{len(duplicates)} inputs named twice (e.g. {duplicates[0]}), cleaned once")
    if skipped or failed:
        note(f"{len(files)} inputs: {len(files) - skipped - failed} cleaned, "
             f"{skipped} skipped (not pages), {failed} failed")
    return EXIT_FAILED if failed else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
