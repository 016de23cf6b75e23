"""A fund named a "Facility" or an "Investment Framework" is an organisation (round 10): "the
European Peace Facility", "the Pacific Resilience Facility", "the Caribbean Catastrophe Risk
Insurance Facility", "the Investment Facility for Central Asia", "the Western Balkans
Investment Framework". The retired golds list all of them; "facility" is also a deal word, so
the run was read as a thing. A lender's instrument stays no body: "Extended Fund Facility",
"Extended Credit Facility", "Resilience and Sustainability Facility", "G20 Common Framework",
a state's own facility ("Ukraine Facility") and one after its amount ("US$85 million Prepayment
Facility" in a headline's capitals, round 14)."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import REGIONS
from briefdesk.extract.words import word_list

_FOR_REGION = re.compile(r"\s+for\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\b")
_AMOUNT_BEFORE = re.compile(r"(?:\d|million|billion|bn|mn|m)\s+$")
# Words that make a facility a lender's instrument, not a fund that acts.
_INSTRUMENT = word_list("lending_instrument_words")


def named_facility(res: Resolver, v: View) -> str:
    """ "European Peace Facility", "Investment Facility for Central Asia": an organisation."""
    words = v.words
    if len(words) < 2 or not ("Facility" in words or "Framework" in words):
        return NEXT
    at = words.index("Facility") if "Facility" in words else words.index("Framework")
    tail = words[at + 1 :]
    if tail and tail[0] != "for":
        return NEXT  # "Facility Agreement": a document
    own = words[:at]
    if words[at] == "Framework" and own[-1:] != ["Investment"]:
        return NEXT  # "Country Partnership Framework": a plan
    if {w.lower() for w in own} & _INSTRUMENT or any(map(str.isdigit, v.bare)):
        return NEXT
    if _AMOUNT_BEFORE.search(res.before(v.chunk.start, 24)):
        return NEXT  # "US$85 million Prepayment Facility" in a headline: the deal (N14-06)
    if res.country_of(" ".join(own)):
        return NEXT  # "Ukraine Facility"
    start, end = v.chunk.start, v.chunk.start + len(v.bare)
    scope = _FOR_REGION.match(res.text, end) if not tail else None
    if scope and (scope.group(1) in REGIONS or res.known_place(scope.group(1))):
        end = scope.end()  # "Investment Facility for Central Asia": the region is the name's
        res.claim(start, end)
    res.rule = "org.facility"
    res.org(res.text[start:end], start, end)
    return CLAIM
