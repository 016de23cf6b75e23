"""Towns named as the ends of a road's or a line's section by a route noun BEFORE them
(round 10): "the section Dolac North – Dolac South", "the motorway Brda - Lipnik", "the road
Kalemba–Lutete–Mokoto", "the transmission line Sabana–Comalapa". Translated and official
texts put the noun first; the round-7 rule read only the noun after the chain ("the
Port Loko–Pepel road"). Each member of a dash chain after such a noun is a place."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lexicon import TITLE_OR_ORG_WORDS
from briefdesk.extract.resolver import Resolver

# The route noun, then any earlier members of the chain: "section ", "section Dolac North – ".
_NOUN_BEFORE = re.compile(
    r"\b(?i:section|sections|motorway|road|highway|expressway|railway|line|stretch|segment|"
    r"corridor|route|pipeline|link|aqueduct|canal|tunnel|interconnector)\s+"
    r"(?:[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?\s*[-–]\s*)*$"
)
_DASH_NEXT = re.compile(r"\s*[-–]\s*[A-Z]")
_DASH_BEFORE = re.compile(r"[A-Z][\w'’.]*\s*[-–]\s*$")


def _dash_before(tail: str) -> bool:
    """``_DASH_BEFORE.search(tail)``: every match ends on a dash and spaces, so the engine
    (which would try the pattern at every position) runs only on a text that ends so."""
    return tail.rstrip().endswith(("-", "–")) and bool(_DASH_BEFORE.search(tail))


def section_end(text: str, before: str, end: int) -> bool:
    """True when the name ending at ``end`` is a member of a dash chain that a route noun
    opens (``before`` is the text before the name)."""
    if not (_DASH_NEXT.match(text, end) or _dash_before(before[-40:])):
        return False
    return bool(_NOUN_BEFORE.search(before[-80:]))


def chain_after_noun(before: str) -> bool:
    """True when a dash-joined phrase ("Kalemba–Lutete–Mokoto") follows a route noun."""
    return bool(_NOUN_BEFORE.search(before[-80:]))


def town_like(res: Resolver, phrase: str) -> bool:
    """A name that may be a town: no state, no organisation's word, at most three words."""
    words = phrase.split()
    return (
        len(words) <= 3
        and not res.country_of(phrase)
        and not {w.lower() for w in words} & TITLE_OR_ORG_WORDS
    )
