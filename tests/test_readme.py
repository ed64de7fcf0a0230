"""The README's examples run: every ```python block, and the command lines on repo files.

The Python blocks run in order in one namespace (a later block may use a name an earlier one
defined, as a reader going down the page would), from the repository root so that they find
the fixtures they open. No network.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
from pathlib import Path

import pytest

from cleanarticle import cli

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
_FENCE = re.compile(r"^(`{3,}|~{3,})\s*([\w+-]*)")


def fenced_blocks(text: str) -> list[tuple[int, str, str]]:
    """(line number, info word, body) of each top-level fenced block: a fence closes only on a
    fence of the same character at least as long, so a ```python inside a ````markdown example
    is part of that example, not a block of its own."""
    blocks = []
    fence = None
    start, lang, body = 0, "", []
    for number, line in enumerate(text.splitlines(), 1):
        m = _FENCE.match(line)
        if fence is None:
            if m:
                fence, lang, start, body = m.group(1), m.group(2), number, []
            continue
        if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not m.group(2):
            blocks.append((start, lang, "\n".join(body)))
            fence = None
            continue
        body.append(line)
    return blocks


def _blocks(lang: str) -> list[tuple[int, str]]:
    return [(n, body) for n, info, body in fenced_blocks(README.read_text(encoding="utf-8"))
            if info == lang]


def test_the_fence_reader_keeps_nested_examples_whole():
    text = "````markdown\n```python\n    x\n```\n````\n```python\nprint(1)\n```\n"
    assert fenced_blocks(text) == [(1, "markdown", "```python\n    x\n```"), (6, "python", "print(1)")]


def test_readme_has_python_examples():
    assert len(_blocks("python")) >= 8


def test_every_python_example_runs(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    namespace: dict = {"__name__": "readme"}
    for line, body in _blocks("python"):
        if "import dask" in body and importlib.util.find_spec("dask") is None:
            continue  # the dask extra is not installed
        code = compile(body, f"README.md:{line}", "exec")
        try:
            exec(code, namespace)
        except Exception as exc:  # name the block that broke
            raise AssertionError(f"the README's Python example at line {line} fails: {exc!r}") from exc
    capsys.readouterr()


def _repo_commands() -> list[tuple[int, list[str]]]:
    """``cleanarticle …`` lines of the shell examples that only name files of the repo and
    write nowhere (no -o, no pipe or redirection)."""
    commands = []
    for line, body in _blocks("sh"):
        for offset, raw in enumerate(body.splitlines()):
            words = shlex.split(raw, comments=True)
            if not words or words[0] != "cleanarticle" or any(c in raw for c in "|<>"):
                continue
            args = words[1:]
            if "-o" in args or "--output" in args:
                continue
            paths = [a for a in args if not a.startswith("-") and ("/" in a or "." in a)]
            if paths and all((ROOT / p).exists() for p in paths):
                commands.append((line + 1 + offset, args))
    return commands


def test_readme_names_repo_files_that_exist():
    text = README.read_text(encoding="utf-8")
    named = set(re.findall(r"\b((?:tests/fixtures|examples|docs)/[\w./-]+\.\w+)", text))
    assert named, "the README names no example file"
    missing = sorted(p for p in named if not (ROOT / p).exists())
    assert not missing


def test_quick_start_commands_are_the_ones_ci_runs():
    text = README.read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip install -q -e ".[dev]" && .venv/bin/python -m pytest' in text
    assert 'pip install --quiet -e ".[dev]"' in ci and ".venv/bin/python -m pytest" in ci
    assert ".venv/bin/cleanarticle --format json tests/fixtures/wordpress-news/source.html" in text


@pytest.mark.parametrize(("line", "args"), _repo_commands(), ids=lambda v: str(v))
def test_command_line_example_runs(line, args, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    monkeypatch.setitem(os.environ, "COLUMNS", "100")
    status = cli.main(args)
    out = capsys.readouterr().out
    assert status == 0, f"README.md:{line}: cleanarticle {' '.join(args)}"
    assert out.strip()
