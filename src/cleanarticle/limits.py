"""Per-page limits of the in-process API: a time limit, a size cap, and error translation.

Whatever goes wrong deep inside (a parser error, recursion, memory, a decoding error), the
caller sees one of the library's own exception types, never a raw lxml or interpreter error.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import lxml.etree

from .errors import CleanArticleError, PageTimeoutError, PageTooLargeError, UnusableInputError
from .html.parse import MAX_CHARS, cut_point

#: Seconds one page may take in clean()/clean_html()/clean_text() before PageTimeoutError.
#: Generous: real pages take well under a second; the limit stops pathological input.
DEFAULT_TIMEOUT = 20.0
# After the limit has passed, the alarm repeats this often, in case code under it swallowed
# the first PageTimeoutError in a broad `except Exception`.
_REPEAT = 0.05


def _can_alarm() -> bool:
    # setitimer exists on Unix only, and signal handlers run on the main thread only.
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise PageTimeoutError in the block when it runs longer than ``seconds``.

    A no-op when ``seconds`` is None or not positive, off the main thread, or where the
    platform has no interval timer (Windows). An outer limit that would expire sooner stays
    in force, and is re-armed with its remaining time on exit.
    """
    if not seconds or seconds <= 0 or not _can_alarm():
        yield
        return
    started = time.monotonic()
    outer_remaining, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    if outer_remaining and outer_remaining <= seconds:
        yield  # the outer limit is the tighter one
        return
    fired = False

    def _alarm(signum, frame):  # noqa: ARG001 - signal handler signature
        nonlocal fired
        fired = True
        raise PageTimeoutError(f"page took longer than the time limit of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_remaining:
            left = outer_remaining - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), outer_interval)
    if fired:
        # The block finished, but only because something swallowed the timeout.
        raise PageTimeoutError(f"page took longer than the time limit of {seconds:g} s")


@contextmanager
def translate_errors() -> Iterator[None]:
    """Turn errors from deep inside the extractor into the library's own exception types."""
    try:
        yield
    except CleanArticleError:
        raise
    except RecursionError as exc:
        raise UnusableInputError("page structure too deeply nested to process") from exc
    except MemoryError as exc:
        raise PageTooLargeError("page too large: out of memory while processing it") from exc
    except lxml.etree.LxmlError as exc:
        raise UnusableInputError(f"unparseable page: {type(exc).__name__}: {exc}") from exc
    except ValueError as exc:  # UnicodeError is a ValueError
        raise UnusableInputError(f"unusable page: {type(exc).__name__}: {exc}") from exc


@contextmanager
def page_limits(timeout: float | None) -> Iterator[None]:
    """The guard around one page: time limit and error translation."""
    with translate_errors(), time_limit(timeout):
        yield


def cap_chars(text: str, max_chars: int = MAX_CHARS) -> tuple[str, bool]:
    """Text longer than the size cap cut to it at a line break (as parse_page cuts markup at
    a tag), and whether it was cut."""
    if len(text) <= max_chars:
        return text, False
    return text[:cut_point(text, max_chars, "\n")], True


__all__ = ["DEFAULT_TIMEOUT", "cap_chars", "page_limits", "time_limit", "translate_errors"]
