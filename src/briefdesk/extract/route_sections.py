"""Towns named as the ends of a road's or a line's section by a route noun BEFORE them
(round 10): "the section Dolac North – Dolac South", "the motorway Brda - Lipnik", "the road
Kalemba–Lutete–Mokoto", "the transmission line Sabana–Comalapa". Translated and official
texts put the noun first; the round-7 rule read only the noun after the chain ("the
Port Loko–Pepel road"). Each member of a dash chain after such a noun is a place.

``route`` reads a dash chain itself ("the Tabora-Kigoma section", round 7); a name prefix or a
region's adjective in the chain ("the Trans-Balkan corridor", "Sino-Kazakh") makes it one
name, never towns (newcomer12 N12-15)."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lexicon import TITLE_OR_ORG_WORDS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import REGIONS
from briefdesk.extract.words import word_list

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


# A name prefix or a region's adjective is no town of a route ("Trans-Balkan", "Pan-Arab").
_NOT_TOWNS = word_list("route_non_towns") | word_list("region_adjectives")


def route(res: Resolver, phrase: str, start: int, end: int) -> bool:
    """ "the Tabora-Kigoma section", "the Port Loko–Pepel road", "the Kabale-Kisoro-Bunagana
    road": towns joined by dashes name a route; each known town is a place, and so is each
    unknown one when a route noun ("road", "line", "pipeline") follows the chain."""
    text = res.text
    if phrase[-1:].isdigit():  # "the Dana–Kushma–Butwal 400 kV line": the town, no voltage
        phrase = phrase.rstrip("0123456789").rstrip()
        end = start + len(phrase)
    if "-" in phrase or "–" in phrase:
        parts = re.split(r"[-–]", phrase)
        if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
            return False
        if any(p in _NOT_TOWNS for p in parts):
            return False  # "the Trans-Balkan corridor", "Sino-Indian": one name, no towns
        routed = bool(_ROUTE_NOUN.match(text, end)) or chain_after_noun(res.before(start, 80))
        if not routed and not all(res.known_place(p) for p in parts):
            return False
        res.rule = "place.route"
        at = start
        for part in parts:
            if not res.country_of(part):
                res.place(part, at, at + len(part), place_code(res, part))
            at += len(part) + 1
        return True
    if section_end(text, res.before(start, 80), end) and town_like(res, phrase):
        res.rule = "place.route"  # "the section Dolac North – Dolac South"
        res.place(phrase, start, end, place_code(res, phrase))
        return True
    dashed = text[end : end + 1] in _DASHES and text[end + 1 : end + 2].isupper()
    if not dashed and not (
        text[start - 1 : start] in _DASHES and text[start - 2 : start - 1].isalpha()
    ):
        return False
    chain = _CHAIN_REST.match(text, end)
    if res.known_place(phrase) or (
        not res.country_of(phrase)
        and " of " not in phrase
        and phrase not in REGIONS  # "Line D of the Central Asia–China pipeline"
        and _ROUTE_NOUN.match(text, chain.end() if chain else end)
    ):
        res.rule = "place.route"
        res.place(phrase, start, end, place_code(res, phrase))
        return True
    return False


# What follows a chain of towns that makes it a route: "road", "400 kV line", "oil pipeline".
_ROUTE_NOUN = re.compile(
    r"\s+(?:(?:\d+[\s-]?)?(?:kV|kilovolt)\s+|(?:oil|gas|power|transmission|rail|railway|road)\s+)?"
    r"(?:road|highway|expressway|motorway|line|railway|rail|link|pipeline|corridor|section|"
    r"route|interconnector|interconnection|bridge|ferry)\b"
)
_CHAIN_REST = re.compile(r"(?:[-–][A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?)+")


_DASHES = frozenset("-–")


def place_code(res: Resolver, name: str) -> str:
    """The country of a town or province the gazetteer knows, else ""."""
    return res.gaz.cities.get(name, ("", 0))[0] or res.gaz.provinces.get(name, "")
