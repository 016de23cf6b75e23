"""An outlet named as a reader cites it, not as its letterhead prints it.

Why (newcomer15 N15-38): a notice's "Contracting authority: Ministry of Energy and Water of the
Republic of Ghana, Accra" and an exchange filing's "KESTREL MINERALS LIMITED (ASX: KML)" became
the outlets printed in every citation. A manager reads "Ministry of Energy and Water (Ghana)" and
"Kestrel Minerals Limited": the capital after the comma, the stock ticker and the letterhead's
capitals are the page's layout, not the name.
"""

from __future__ import annotations

import re

# "(ASX: KML)", "(NYSE: ABC; JSE: ABD)", "(TSX-V: KML.U)", "(LSE:KML)"
_TICKER = re.compile(
    r"\s*\((?:[A-Z]{2,6}(?:[-. ][A-Z]{1,2})?\s*:\s*[A-Z0-9.]{1,10}\s*[;,/]?\s*)+\)\s*$"
)
# "… of the Republic of Ghana" → "… (Ghana)"
_STATE_OF = re.compile(
    r"\s+of\s+the\s+(?:(?:Federal|Islamic|Democratic|People's|United|Plurinational|Socialist|"
    r"Arab|Cooperative|Bolivarian|Hashemite|Sultanate)\s+)*(?:Republic|Kingdom|State|Commonwealth|"
    r"Federation|Principality|Grand Duchy|Sultanate|Emirate)\s+of\s+(?P<state>[A-Z][\w'’ -]+)$"
)
_SMALL = frozenset(
    [
        "a",
        "an",
        "and",
        "at",
        "by",
        "de",
        "del",
        "der",
        "des",
        "di",
        "du",
        "for",
        "in",
        "la",
        "le",
        "of",
        "on",
        "or",
        "the",
        "to",
        "van",
        "von",
        "y",
    ]
)
# "Republic of Cabo Verde, Ministry of Maritime Economy": a letterhead whose first line is the
# state → "Ministry of Maritime Economy (Cabo Verde)", as "of the Republic of X" is cited
# (newcomer22 N22-18).
_STATE_FIRST = re.compile(
    r"^(?:the\s+)?(?:(?:Federal|Islamic|Democratic|People's|United|Plurinational|Socialist|Arab|"
    r"Cooperative|Bolivarian|Hashemite)\s+)*(?:Republic|Kingdom|State|Commonwealth|Federation|"
    r"Principality|Grand Duchy|Sultanate|Emirate)\s+of\s+(?P<state>[A-Z][\w'’ -]+?),\s+"
    r"(?P<body>.{3,120})$",
    re.IGNORECASE,
)
# Short capitalised words that stay capitals in a title-cased name (initialisms, legal forms).
_KEEP_UPPER = 3


# Markup a page's site name may carry (newcomer24 N24-16): a Markdown image or link, an HTML
# tag, an address with its scheme. None of it is part of an outlet's name.
_MARKUP = re.compile(
    r"!?\[[^\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)|<[^>\n]*>"
    r"|\b(?:https?|javascript|data|file|ftp):\S*",
    re.IGNORECASE,
)


def plain_outlet(outlet: str) -> str:
    """``outlet`` without markup or addresses ("Example News ![](http://…) [read more](…)" →
    "Example News"); "" when nothing but markup is left."""
    if not any(mark in outlet for mark in ("](", "<", ":")):
        return outlet
    name = " ".join(_MARKUP.sub(" ", outlet).split()).strip(" |-–—·:")
    return name if any(ch.isalpha() for ch in name) else ""


def cited_outlet(outlet: str) -> str:
    """``outlet`` without a trailing ticker or capital city, with "of the Republic of X" as
    "(X)", and a name in capitals put in title case; unchanged when none applies."""
    from briefdesk.world import world

    name = " ".join(plain_outlet(outlet).split())
    name = _TICKER.sub("", name)
    name = _title_case(name) if _shouting(name) else name  # "REPUBLIC OF GHANA, …" read as words
    head, comma, tail = name.rpartition(",")
    if comma and tail.strip() in world().capitals and len(head.split()) >= 2:
        name = head.strip()  # "…, Accra": where the ministry sits, not its name
    if (state := _STATE_OF.search(name)) is not None and world().code_of(state.group("state")):
        name = f"{name[: state.start()]} ({state.group('state')})"
    first = _STATE_FIRST.match(name)
    if first is not None and world().code_of(first.group("state")) and "," not in first["body"]:
        name = f"{first.group('body')} ({first.group('state')})"
    return name


def _shouting(name: str) -> bool:
    """A name of two words or more printed all in capitals ("KESTREL MINERALS LIMITED")."""
    letters = [ch for ch in name if ch.isalpha()]
    return len(name.split()) >= 2 and len(letters) >= 6 and all(ch.isupper() for ch in letters)


def _title_case(name: str) -> str:
    words = []
    for index, word in enumerate(name.split()):
        bare = word.strip("().,&")
        if index and bare.lower() in _SMALL:
            words.append(word.lower())
        elif len(bare) <= _KEEP_UPPER and bare.isalpha() and bare.lower() not in _SMALL:
            words.append(word)  # "BHP", "PLC", "AG": kept as the company writes them
        else:
            words.append(word[:1] + word[1:].lower())
    return " ".join(words)
