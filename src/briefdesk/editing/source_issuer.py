"""The body that issued an official text, as its source's outlet (newcomer16 N16-20).

A ministry's readout ("Ministry of Foreign Affairs of Nordmark" on its own line under the
headline) and a bank's press release ("…, the bank announced on Tuesday") came in with no
outlet, so every citation of them was a bare title and date: the reader could not tell whose
word it was. A news story names its outlet in the dateline or byline; an official text names
its issuer in its letterhead or its lead. The draft offers that body as the outlet (the user
can change it; a given outlet is kept). Only bodies the reading found count, so a headline or a
place line never becomes an outlet.
"""

from __future__ import annotations

import re

from briefdesk.extract.results import Extraction
from briefdesk.model import Source
from briefdesk.model.codes import ActorType, SourceKind

# Official texts: a government's or a company's own word (a press release is one).
_OFFICIAL = frozenset({SourceKind.OFFICIAL_STATEMENT, SourceKind.GOVERNMENT_DOCUMENT})
_BODIES = frozenset({ActorType.ORGANIZATION.value, ActorType.INTERNATIONAL_ORGANIZATION.value})
_HEADER_LINES = 6  # a letterhead stands among a text's first few lines
# The verbs of an issuer's own announcement, strongest first: "announced" names the issuer
# more surely than "said" (which a quoted partner may carry).
_VERBS = (r"announced|announces|has announced|said in a statement|stated|confirmed", r"said|says")


def issuer_outlet(source: Source, extraction: Extraction) -> str:
    """The issuing body's name for an official ``source`` with no outlet; "" otherwise."""
    if source.outlet.strip() or source.kind not in _OFFICIAL:
        return ""
    names: dict[str, str] = {}
    for actor in extraction.actors:
        if str(actor.type) in _BODIES:
            # its name, aliases, and every form its evidence shows ("the bank", which is a
            # mention of the bank but never an alias: newcomer16 N16-16)
            said = [source.text[start:end] for start, end in actor.evidence]
            for name in (actor.name, *actor.aliases, *said):
                names.setdefault(" ".join(name.split()).casefold(), actor.name)
    if not names:
        return ""
    lines = [" ".join(line.split()) for line in source.text.splitlines() if line.strip()]
    for line in lines[1:_HEADER_LINES]:  # the first line is the headline
        if (found := names.get(line.rstrip(".").casefold())) is not None:
            return found
    return _announcer(_lead(lines), names)


def _lead(lines: list[str]) -> str:
    """The first paragraph of prose: a header's lines are short and end with no full stop."""
    return next((line for line in lines[1:] if len(line) > 120 or line.endswith(".")), "")


def _announcer(lead: str, names: dict[str, str]) -> str:
    """The body the lead says announced or said it ("the bank announced", "said VDB")."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    for verbs in _VERBS:
        before = rf"\b(?P<a>{alternatives})\s+(?:{verbs})\b"
        after = rf"\b(?:{verbs})\s+(?:by\s+)?(?P<b>{alternatives})\b"
        pattern = re.compile(f"{before}|{after}", re.IGNORECASE)
        if found := pattern.search(lead):
            return names[(found.group("a") or found.group("b")).casefold()]
    return ""
