"""A title whose complement is a list: "Minister of Commerce, Industry and Investment
Promotion", "Minister of Higher Education, Science, Research and Innovation". The commas of
the list are no end of the title; the list ends at its "and" item."""

from __future__ import annotations

import re

from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import (
    HONORIFICS,
    MONTH_NAMES,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    WEEKDAY_NAMES,
)
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

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


# "CDB's Vice-President, Operations", "Director, Corporate Services": a remit after the
# title's comma, in capitals, of words that name a line of work (never a body or a place:
# "Director, Caribbean Development Bank" is the body the person works for).
REMIT_WORDS = word_list("remit_words")
_REMIT = re.compile(
    r",\s+([A-Z][a-z]+(?:\s+(?:and\s+|&\s+)?[A-Z][a-z]+){0,5})"
    r"(?=\s*[.;)\n]|\s*$|,\s+(?:said|says|told|added|on|in|at|last|this|who)\b|\s+(?:said|says|told)\b)"
)


# A unit of a body may end a remit: "Public Information Services and Cooperation Bureau".
_UNIT_HEADS = frozenset({"bureau", "department", "division", "office", "unit"})


def _remit_words(words: list[str]) -> bool:
    words = [w.lower() for w in words if w not in {"and", "&"}]
    if words and words[-1] in _UNIT_HEADS:
        words = words[:-1]
    return bool(words) and all(w in REMIT_WORDS for w in words)


def remit_of(text: str, at: int) -> str:
    """The remit after a title ending at ``at`` in ``text`` (", Operations"), or ""."""
    match = _REMIT.match(text, at)
    return match.group() if match and _remit_words(match.group(1).split()) else ""


def remit_after(res: Resolver, pos: int, after: str, phrase: str) -> str:
    """ ", Operations" when a remit follows the title ``phrase`` in ``after`` (the text after
    a name at ``pos``). A capitalised title of plain words ("Energy Correspondent") and its
    remit are then no name for the chunk rules (a title with other words may hold a body's
    name: "Ledger Staff Writer")."""
    lowered = phrase.lower().split()
    at = after.find(phrase) if set(lowered[:3] + lowered[-1:]) & ROLE_HEADS else -1
    if at < 0:
        return ""
    remit = remit_of(after, at + len(phrase))
    if ", " in phrase:  # "Minister of Tourism, Civil Aviation and Transportation": a listed remit
        found = res.text.find(phrase, pos, pos + 260)
        if found >= 0:
            res.claim(found + phrase.index(", "), found + len(phrase))
    if phrase[:1].isupper() and all(
        w in ROLE_HEADS or w in ROLE_MODIFIERS for w in phrase.lower().split()
    ):
        found = res.text.find(phrase + remit, pos, pos + 260)
        if found >= 0:
            res.claim(found, found + len(phrase + remit))
    return remit


# A byline's role runs on to the dateline's date ("By X, Brussels correspondent — 9 December
# 2026"): the role stops at the dash before a date (newcomer12 N12-08).
_DATED_TAIL = re.compile(
    r"\s*(?:[—–]|-{1,2})\s*(?:\d|(?:" + "|".join((*MONTH_NAMES, *WEEKDAY_NAMES)) + r")\b).*$",
    re.DOTALL,
)


def undated(found: tuple[str, str] | None) -> tuple[str, str] | None:
    """An apposition's (role, body) with a trailing dash and date cut from the role."""
    if found is None or not _DATED_TAIL.search(found[0]):
        return found
    role = _DATED_TAIL.sub("", found[0]).strip()
    return (role, found[1]) if role else None
