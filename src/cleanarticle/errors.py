"""The library's own exception types."""


class CleanArticleError(Exception):
    """Base class of every error cleanarticle raises on purpose."""


class UnusableInputError(CleanArticleError, ValueError):
    """The input is not a page at all (binary data, wrong type, nothing decodable)."""


class PageTooLargeError(CleanArticleError):
    """The input is larger than the configured size cap and truncation was refused."""


class PageTimeoutError(CleanArticleError, TimeoutError):
    """Processing one page took longer than the configured time limit."""
