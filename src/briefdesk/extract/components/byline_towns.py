"""Component: the town a byline is filed from is a place (round 9): "By Ana Reyes, Quito",
"Compiled by Ines Vandervelde, Geneva", "By Our Reporter, Tanga", "· By Rachel Ng, Singapore
·". The town closes the byline's line (or a "|" or "·" field); a writer's post after the
comma ("Ledger Staff Writer", "Pacific Affairs Fellow") is no town: a title, a body's head
or an everyday word in it keeps it out. A city that is also a state ("Singapore") is the
place here, as the golds write it.

Round 25 (three readable sets, one shape each): a byline "prepared by" a writer and closed by
a full stop ("Summary prepared by X, Lausanne."), a second town the gazetteer knows after
"and" ("Julian X, Doha and Kuwait City"), and a writer's line with no "By" whose town is
followed by the date ("Tariq X, Sakhir | 11 November 2026")."""

from __future__ import annotations

import re

from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.lexicon import HEAD_WORDS
from briefdesk.extract.resolver import Resolver

# (Led by the literal words, one fast pass; the line's start is checked in code.)
_BYLINE_REST = (
    r"[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},[ \t]+"
    r"([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)"
    r"(?:[ \t]+and[ \t]+([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?))?[ \t]*\.?[ \t]*(?=$|[|·])"
)
_BYLINE_TOWN = re.compile(
    r"(?m)(?:By|Compiled by|Reporting by|Written by|Words by|(?:[A-Z][a-z]+[ \t]+)?prepared by)"
    + _BYLINE_REST
)
# The same without the "prepared by" branch, whose optional capitalised word before it leaves
# the pattern no literal lead: it was tried at every position of every text (0.24 ms an
# article against 0.03, round 26). Used when "prepared by" is not in the text, where the branch
# cannot match, so the matches are the same.
_BYLINE_TOWN_LED = re.compile(
    r"(?m)(?:By|Compiled by|Reporting by|Written by|Words by)" + _BYLINE_REST
)
# "Tariq Al-Mansoori-Hale, Sakhir | 11 November 2026", "Julian Ashcombe-Reyes, Doha and Kuwait
# City": a writer's line with no "By" near the top, its towns closing the line or followed by
# the day it was filed (never "Priya X, Company Secretary": no known town, no date).
_WRITER_LINE = re.compile(
    r"(?m)^([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}),[ \t]+"
    r"([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)"
    r"(?:[ \t]+and[ \t]+([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?))?[ \t]*"
    r"(?:$|(\|[ \t]*\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}\b))"
)
# How far into the text a writer's line with no "By" is looked for.
_TOP = 600


def byline_towns(res: Resolver) -> None:
    text = res.text
    _writer_lines(res)
    if "By " not in text and "by " not in text:
        return
    pattern = _BYLINE_TOWN if "prepared by" in text else _BYLINE_TOWN_LED
    for match in pattern.finditer(text):
        lead = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].rstrip(" \t")
        if lead and not lead.endswith(("|", "·")):
            continue  # "By" inside a line of prose
        if not _take_town(res, match, 1):
            continue  # "Ledger Staff", "Pacific Affairs": the writer's post
        if match.group(2) and res.known_place(match.group(2)):
            _take_town(res, match, 2)  # "Doha and Kuwait City"


def _writer_lines(res: Resolver) -> None:
    """The towns of a writer's line with no "By" at the top: known ones, or any before a date."""
    top = res.text[:_TOP]
    if "," not in top:
        return
    for match in _WRITER_LINE.finditer(top):
        name = match.group(1).split()
        if (
            any(w.lower() in HEAD_WORDS for w in name)
            or all(is_common_word(w) for w in name)
            or res.known_place(match.group(1))
        ):
            continue  # "Public Procurement Authority, Accra", "Lenana Road, Nairobi"
        dated = bool(match.group(4))
        towns = [g for g in (2, 3) if match.group(g)]
        if all(dated or res.known_place(match.group(g)) for g in towns):
            for group in towns:
                _take_town(res, match, group)


def _plain_words(name: str) -> bool:
    """Whether a name holds a body's head word or an everyday word (a post, not a town)."""
    return any(w.lower() in HEAD_WORDS or is_common_word(w) for w in name.split())


def _take_town(res: Resolver, match: re.Match[str], group: int) -> bool:
    """Read the match's group as the byline's town, unless it is a post's plain words."""
    town = match.group(group)
    if _plain_words(town) and not res.known_place(town):
        return False
    start = match.start(group)
    res.rule = "place.byline-town"
    res.place(town, start, start + len(town))
    res.claim(start, start + len(town))
    return True
