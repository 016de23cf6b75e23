"""Towns joined by dashes (moved out of the late pass in round 12): "the Tabora-Kigoma
section", "the Port Loko–Pepel road" name a route, each town a place; a compass word after one
town ("Boffa-Nord", "Kambove-Ouest") is part of that town's name, one place (round 12)."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.route_sections import chain_after_noun, section_end, town_like
from briefdesk.extract.vocab import REGIONS
from briefdesk.extract.words import word_list

# A name prefix or a region's adjective is no town of a route ("Trans-Balkan", "Pan-Arab";
# newcomer12 N12-15).
_NOT_TOWNS = word_list("route_non_towns") | word_list("region_adjectives")


def dash_route(res: Resolver, phrase: str, start: int, end: int) -> bool:
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
        if len(parts) == 2 and parts[1] in _COMPASS and res.known_place(parts[0]):
            res.place(phrase, start, end, _code(res, parts[0]))  # "Boffa-Nord": one place
            return True
        at = start
        for part in parts:
            if not res.country_of(part):
                res.place(part, at, at + len(part), _code(res, part))
            at += len(part) + 1
        return True
    if section_end(text, res.before(start, 80), end) and town_like(res, phrase):
        res.rule = "place.route"  # "the section Dolac North – Dolac South"
        res.place(phrase, start, end, _code(res, phrase))
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
        res.place(phrase, start, end, _code(res, phrase))
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
_COMPASS = word_list("compass_tails")


def _code(res: Resolver, name: str) -> str:
    return res.gaz.cities.get(name, ("", 0))[0] or res.gaz.provinces.get(name, "")
