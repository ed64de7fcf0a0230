"""The library's own exception types."""


class CleanArticleError(Exception):
    """Base class of every error cleanarticle raises on purpose."""


class UnusableInputError(CleanArticleError, ValueError):
    """The input is not a page at all (binary data, wrong type, nothing decodable)."""


class PageTooLargeError(CleanArticleError):
    """The page ran out of memory while it was cleaned (pages above the size cap are cut to it
    and cleaned, with ``Article.truncated`` set, not refused)."""


class PageTimeoutError(CleanArticleError, TimeoutError):
    """Processing one page took longer than the configured time limit."""
