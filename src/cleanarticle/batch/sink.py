"""The JSONL output of a batch run: whole lines, written at once, and resumable.

Each record goes out in a single unbuffered ``write`` of one complete line, so killing the
run (even with SIGKILL) leaves every finished page on disk and at most one partial line,
which the next ``--resume`` cuts off before appending.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any


class OutputError(Exception):
    """The output cannot be opened or written (permissions, full disk, ...)."""


def _describe(path: str, exc: OSError) -> str:
    return f"cannot write {path}: {exc.strerror or exc}"


def scan_done(path: Path) -> tuple[set[str], int]:
    """Sources already written to ``path`` and the offset just after its last complete line."""
    done: set[str] = set()
    end = 0
    with path.open("rb") as fh:
        offset = 0
        for line in fh:
            offset += len(line)
            if not line.endswith(b"\n"):
                break  # a line cut short by an interrupted run
            end = offset
            try:
                source = json.loads(line).get("source")
            except (ValueError, AttributeError):
                continue
            if isinstance(source, str):
                done.add(source)
    return done, end


class JsonlSink:
    """Appends records to ``path`` (``-``: stdout). With ``resume``, keeps what is there."""

    def __init__(self, path: str, *, resume: bool = False) -> None:
        self.path = path
        self.done: set[str] = set()
        self._own_fd = path != "-"
        if not self._own_fd:
            self._fd = sys.stdout.fileno()
            sys.stdout.flush()
            return
        target = Path(path)
        try:
            if resume and target.exists():
                self.done, end = scan_done(target)
                self._fd = os.open(target, os.O_WRONLY)
                os.truncate(self._fd, end)
                os.lseek(self._fd, end, os.SEEK_SET)
            else:
                self._fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        except OSError as exc:
            raise OutputError(_describe(path, exc)) from exc

    def write(self, record: dict[str, Any]) -> None:
        try:
            data = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: JSON escapes keep the line valid UTF-8
            data = (json.dumps(record) + "\n").encode("ascii")
        view = memoryview(data)
        try:
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
        except BrokenPipeError:
            raise  # the reader closed the pipe: the caller stops quietly
        except OSError as exc:
            raise OutputError(_describe(self.path, exc)) from exc

    def close(self) -> None:
        if self._own_fd:
            try:
                os.close(self._fd)
            except OSError as exc:
                raise OutputError(_describe(self.path, exc)) from exc

    def __enter__(self) -> JsonlSink:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
