"""How a service contract's item reads in the drafted BLUF (round 20, newcomer20 N20-03).

The extractor gives a contract for a service on goods the service as its item ("mid-life
maintenance of the Navy's two Type 209 submarines", "upgrade 24 F-16 fighter jets") and kind
``other``; the sale's sentence made that "A deal to sell mid-life maintenance of ...". The
draft says "a contract for the mid-life maintenance of ..." or "a contract to upgrade ...".
"""

from __future__ import annotations

import re

_NOUN = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:maintenance|refits?|refitting|overhauls?|overhauling|upgrades?|"
    r"upgrading|moderni[sz]ation|repairs?|retrofits?|retrofitting|servicing|sustainment|"
    r"refurbishment|life[- ]extension|training|support|mro)\b.*?\s(?:of|on)\s",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"^(?:upgrade|overhaul|refit|maintain|repair|modernise|modernize|refurbish|retrofit|"
    r"service)\s(?!of\s|on\s)",
    re.IGNORECASE,
)


def service_link(item: str) -> str:
    """ "for the" before a service noun, "to" before a service verb, "" for any other item."""
    if _VERB.match(item):
        return "to"
    if _NOUN.match(item):
        return "for" if item.lower().startswith("the ") else "for the"
    return ""
