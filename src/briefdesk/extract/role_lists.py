"""A title whose complement is a list: "Minister of Commerce, Industry and Investment
Promotion", "Minister of Higher Education, Science, Research and Innovation". The commas of
the list are no end of the title; the list ends at its "and" item."""

from __future__ import annotations

import re

from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import HONORIFICS

_CAP = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}"
_LIST = re.compile(
    rf"((?:,\s+{_CAP}){{1,4}},?\s+and\s+{_CAP})(?=\s*[,.;)]|\s*$|\s+(?:said|told|says|in|on|last|since|from)\b)"
)
_ITEM = re.compile(r"(?:,|\band)\s+([A-Z][a-z]+)(?:\s+([A-Z][a-z]+))?")


def list_tail(after: str) -> str:
    """The rest of a title's list complement at the start of ``after`` (", Industry and
    Investment Promotion"), or "" when what follows is no such list (names of people are
    not portfolios: ", Ahmed Ali and Sara Odeh")."""
    if not after.startswith((",", " and")):
        return ""
    match = _LIST.match(after)
    if not match:
        return ""
    names = first_names()
    if any(
        first.lower() in HONORIFICS
        or (first.lower() in names and (not second or not is_common_word(second)))
        for first, second in _ITEM.findall(match.group(1))
    ):
        return ""
    return match.group(1)
