"""Which addresses a source may carry: a web page's http(s) address or nothing.

A source's URL is printed and linked in exports and opened from the window, so ``javascript:``,
``file:`` or ``data:`` addresses taken from a page or typed by hand are refused where they enter.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def web_url_problem(url: str) -> str | None:
    """Why ``url`` is not an http(s) address of a host, or None when it is (or is empty)."""
    if not url:
        return None
    if any(ch.isspace() for ch in url):
        return f"{_short(url)} is not a web address (it contains spaces)"
    try:
        parts = urlsplit(url)
    except ValueError:
        return f"{_short(url)} is not a web address"
    if parts.scheme.lower() not in ("http", "https"):
        return f"{_short(url)} is not a web address (only http:// and https:// are accepted)"
    if not parts.netloc:
        return f"{_short(url)} has no host name"
    return None


def web_url_or_empty(url: str) -> str:
    """``url`` when it is a usable web address, else ``""`` (for addresses found in files)."""
    return url if web_url_problem(url) is None else ""


def check_web_url(url: str) -> str:
    """Pydantic validator: refuse anything but an http(s) address."""
    if (problem := web_url_problem(url)) is not None:
        raise ValueError(problem)
    return url


def _short(url: str) -> str:
    return repr(url if len(url) <= 60 else url[:59] + "…")
