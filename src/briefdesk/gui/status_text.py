"""Quotations in the status line, shortened at a word (newcomer16 N16-14: "Cited “Serevia had
considered … dropped them aft”" cut the source's words at a fixed count of characters)."""

from __future__ import annotations

import re

# Characters of a quotation the status line shows (a drafted title of up to 100 whole); the
# rest is "…". The line has room for about 150 at 1366 pixels.
QUOTE_LIMIT = 100
# Words a cut quotation must not end on: "… dropped them after the…" says less than "… them…".
_DANGLING = frozenset(
    {
        "a",
        "about",
        "after",
        "an",
        "and",
        "as",
        "at",
        "before",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "with",
    }
)

_QUOTED = re.compile(r"“([^“”]*)”")


def clip_words(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` on one line, at most ``limit`` characters, cut after a whole word with "…"."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    head = flat[: limit - 1]
    if not flat[limit - 1].isspace() and " " in head:
        head = head.rsplit(" ", 1)[0]  # the word the limit fell in is left out whole
    words = head.split(" ")
    while len(words) > 1 and words[-1].casefold().strip(",;:") in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:–—-") + "…"


def clip_quotes(message: str, limit: int = QUOTE_LIMIT) -> str:
    """Every “quotation” in ``message`` cut to ``limit`` at a word; the rest is left as it is."""
    return _QUOTED.sub(lambda m: f"“{clip_words(m.group(1), limit)}”", message)
