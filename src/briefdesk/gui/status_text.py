"""Quotations in the status line, shortened at a word (newcomer16 N16-14: "Cited “Serevia had
considered … dropped them aft”" cut the source's words at a fixed count of characters)."""

from __future__ import annotations

import re

QUOTE_LIMIT = 60  # characters of a quotation the status line shows; the rest is "…"

_QUOTED = re.compile(r"“([^“”]*)”")


def clip_words(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` on one line, at most ``limit`` characters, cut after a whole word with "…"."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    head = flat[: limit - 1]
    if not flat[limit - 1].isspace() and " " in head:
        head = head.rsplit(" ", 1)[0]  # the word the limit fell in is left out whole
    return head.rstrip(" ,;:–—-") + "…"


def clip_quotes(message: str, limit: int = QUOTE_LIMIT) -> str:
    """Every “quotation” in ``message`` cut to ``limit`` at a word; the rest is left as it is."""
    return _QUOTED.sub(lambda m: f"“{clip_words(m.group(1), limit)}”", message)
