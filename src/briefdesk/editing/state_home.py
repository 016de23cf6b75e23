"""A state named only as a body's home is no suggestion of its own (round 23, newcomer22's
leftover 3).

"Noordzee Pelagic Trawlers BV of the Netherlands", "the Ministry of Foreign Affairs of the
Netherlands": the extractor gives the body the Netherlands as its country and also lists the
Netherlands as a state (the gold conventions list such a state, so the extraction keeps it).
In the Suggestions list that state stood beside the body it belongs to, a duplicate the user
had to dismiss by hand. It is left out of the list when every mention of it is "<body> of
(the) <state>" right after a body suggested with that state as its country, and no deal
suggested from the source has it as a side; named on its own anywhere ("the Netherlands will
lend …", "Dutch"), it is offered as before.
"""

from __future__ import annotations

import re
from typing import Any

_OF = re.compile(r"\s*,?\s+of\s+(?:the\s+)?$")


def home_only(raw: Any, extraction: Any, text: str) -> bool:
    """Whether the state suggestion ``raw`` is named in ``text`` only as the home of a body
    among ``extraction``'s actors, and is no deal's side."""
    evidence = list(getattr(raw, "evidence", None) or [])
    country = str(getattr(raw, "country", "") or "")
    if _kind(raw) != "state" or not evidence or not country:
        return False
    names = {str(getattr(raw, "name", "")), *getattr(raw, "aliases", ())}
    for deal in getattr(extraction, "deals", None) or []:
        sides = {getattr(deal, "buyer", ""), getattr(deal, "seller", "")}
        for more in ("more_buyers", "more_sellers", "signatories"):
            sides.update(getattr(deal, more, None) or ())
        if names & sides:
            return False
    ends = {
        end
        for actor in getattr(extraction, "actors", None) or []
        if _kind(actor) == "organization" and getattr(actor, "country", "") == country
        for _start, end in getattr(actor, "evidence", None) or []
    }
    for start, _end in evidence:
        before = _OF.search(text[max(0, start - 12) : start])
        if before is None or (start - len(before.group())) not in ends:
            return False
    return True


def _kind(actor: Any) -> str:
    kind = getattr(actor, "type", "")
    return str(getattr(kind, "value", kind))
