"""Time limit, size cap and error translation of the in-process API."""

import inspect
import threading
import time

import lxml.etree
import pytest

import cleanarticle
from cleanarticle.errors import CleanArticleError, PageTimeoutError, PageTooLargeError, UnusableInputError
from cleanarticle.html import front as html_front
from cleanarticle.limits import DEFAULT_TIMEOUT, cap_chars, page_limits, time_limit, translate_errors
from cleanarticle.options import Options
from cleanarticle.text import front as text_front

PAGE = "<html><body><article><p>" + "A sentence of the article body. " * 20 + "</p></article></body></html>"


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_time_limit_stops_a_slow_block():
    started = time.monotonic()
    with pytest.raises(PageTimeoutError), time_limit(0.2):
        _spin(5)
    assert time.monotonic() - started < 2


def test_time_limit_none_or_zero_is_no_limit():
    for seconds in (None, 0):
        with time_limit(seconds):
            _spin(0.05)


def test_a_swallowed_timeout_is_raised_at_the_end():
    with pytest.raises(PageTimeoutError), time_limit(0.1):
        end = time.monotonic() + 0.6
        while time.monotonic() < end:
            try:
                _spin(0.01)
            except Exception:  # code under the limit that catches everything
                pass


def test_inner_limit_restores_the_outer_one():
    with pytest.raises(PageTimeoutError), time_limit(0.5):
        with time_limit(0.1):
            pass
        _spin(5)


def test_tighter_outer_limit_wins():
    started = time.monotonic()
    with pytest.raises(PageTimeoutError), time_limit(0.2), time_limit(30):
        _spin(5)
    assert time.monotonic() - started < 2


def test_no_limit_off_the_main_thread():
    outcome = []

    def work():
        with time_limit(0.05):
            _spin(0.2)
        outcome.append("finished")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome == ["finished"]


@pytest.mark.parametrize("raised, expected", [
    (RecursionError("deep"), UnusableInputError),
    (MemoryError(), PageTooLargeError),
    (lxml.etree.XMLSyntaxError("bad", 1, 1, 1), UnusableInputError),
    (lxml.etree.LxmlError("bad"), UnusableInputError),
    (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), UnusableInputError),
    (ValueError("bad"), UnusableInputError),
])
def test_errors_from_inside_become_library_errors(raised, expected):
    with pytest.raises(expected) as info, translate_errors():
        raise raised
    assert info.value.__cause__ is raised


def test_other_errors_are_not_hidden():
    with pytest.raises(KeyError), translate_errors():
        raise KeyError("a bug stays a bug")


def test_library_errors_pass_unchanged():
    error = UnusableInputError("x")
    with pytest.raises(UnusableInputError) as info, page_limits(1):
        raise error
    assert info.value is error


@pytest.mark.parametrize("fn", [cleanarticle.clean, cleanarticle.clean_html, cleanarticle.clean_text])
def test_public_functions_take_a_documented_timeout(fn):
    param = inspect.signature(fn).parameters["timeout"]
    assert param.default == DEFAULT_TIMEOUT
    assert param.kind is inspect.Parameter.KEYWORD_ONLY
    assert "timeout" in (cleanarticle.clean.__doc__ or "")


@pytest.mark.parametrize("where, raised, expected", [
    ("segment", RecursionError("maximum recursion depth exceeded"), UnusableInputError),
    ("segment", MemoryError(), PageTooLargeError),
    ("extract_html_metadata", lxml.etree.SerialisationError("x"), UnusableInputError),
    ("extract_html_metadata", UnicodeEncodeError("ascii", "é", 0, 1, "x"), UnusableInputError),
])
def test_clean_html_raises_only_library_errors(monkeypatch, where, raised, expected):
    def broken(*args, **kwargs):
        raise raised

    monkeypatch.setattr(html_front, where, broken)
    with pytest.raises(expected):
        cleanarticle.clean(PAGE)
    with pytest.raises(expected):
        cleanarticle.clean_html(PAGE.encode())


def test_clean_text_raises_only_library_errors(monkeypatch):
    def broken(*args, **kwargs):
        raise RecursionError("deep")

    monkeypatch.setattr(text_front, "segment_text", broken)
    with pytest.raises(UnusableInputError):
        cleanarticle.clean_text("Some line of text.\nAnother line.")


@pytest.mark.parametrize("kind", ["html", "text"])
def test_a_slow_page_times_out_with_the_library_error(monkeypatch, kind):
    original = html_front.extract_html_metadata if kind == "html" else text_front.extract_text_metadata

    def slow(*args, **kwargs):
        _spin(5)
        return original(*args, **kwargs)

    if kind == "html":
        monkeypatch.setattr(html_front, "extract_html_metadata", slow)
    else:
        monkeypatch.setattr(text_front, "extract_text_metadata", slow)
    started = time.monotonic()
    with pytest.raises(PageTimeoutError) as info:
        cleanarticle.clean(PAGE, kind=kind, timeout=0.2)
    assert isinstance(info.value, CleanArticleError) and isinstance(info.value, TimeoutError)
    assert time.monotonic() - started < 2


def test_timeout_none_lets_a_page_finish(monkeypatch):
    original = html_front.extract_html_metadata

    def slow(*args, **kwargs):
        _spin(0.3)
        return original(*args, **kwargs)

    monkeypatch.setattr(html_front, "extract_html_metadata", slow)
    assert "sentence of the article" in cleanarticle.clean(PAGE, timeout=None).text


def test_bad_arguments_stay_plain_value_errors():
    with pytest.raises(ValueError, match="kind must be"):
        cleanarticle.clean(PAGE, kind="pdf")
    with pytest.raises(ValueError, match="reference_date"):
        cleanarticle.clean(PAGE, reference_date="yesterday")


def test_size_cap_cuts_long_text_at_a_word_or_line_boundary():
    assert cap_chars("abcdef", 4) == ("abcd", True)
    assert cap_chars("abc", 4) == ("abc", False)
    assert cap_chars("one two three", 9) == ("one two ", True)  # not "one two t"
    assert cap_chars("first line\nsecond line", 15) == ("first line", True)


def test_the_text_path_is_capped_by_options_and_says_so():
    first = "First line of the page here, long enough to stand as a paragraph of text.\n"
    article = cleanarticle.clean(first + "Later line that is cut away by the cap.\n" * 50,
                                 kind="text", options=Options(max_chars=len(first) + 5))
    assert "Later" not in article.text
    assert article.truncated is True
    assert article.to_dict()["truncated"] is True
    whole = cleanarticle.clean(first * 3, kind="text")
    assert whole.truncated is False
