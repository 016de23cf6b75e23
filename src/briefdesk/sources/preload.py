"""Imported once by the forkserver so each import job starts with the parsers loaded."""

from __future__ import annotations

import contextlib

import briefdesk.sources.worker  # noqa: F401

for _module in (
    "lxml.html",
    "trafilatura",
    "htmldate",
    "charset_normalizer",
    "pypdf",
    "docx",
    "webencodings",
):
    with contextlib.suppress(ImportError):
        __import__(_module)
