"""Component: origin adjectives ("Chinese-made") and "X-based" places."""

from __future__ import annotations

import re

from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import (
    BASED_RE,
    COMMON_CITY_WORDS,
    ORIGIN_RE,
)

# The compound's tail found first (one fast pass), then the name read back from it.
_LED = re.compile(r"-(?:based|headquartered|led|owned|registered|flagged|backed)\b")
_NAME_BEFORE = re.compile(r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?)$")
# "Port of Spain-based", "Dar es Salaam-registered": a city named with a connector.
_CITY_BEFORE = re.compile(r"\b([A-Z][\w.]*(?: (?:of|de|del|es|al|el|da|do|du) [A-Z][\w.]*)+)$")


def _known_city_before(res: Resolver, start: int, end: int) -> bool:
    """ "the Port of Spain-based trader": the whole known city is the place (not Spain)."""
    city = _CITY_BEFORE.search(res.text, max(0, start - 40), start)
    if not city:
        return False
    code = res.gaz.cities.get(city.group(1), ("", 0))[0] or res.gaz.provinces.get(city.group(1))
    if not code:
        return False
    res.rule = "place.based-in"
    res.place(city.group(1), city.start(1), start, code)
    res.claim(city.start(1), end)
    return True


def origins(res: Resolver) -> None:
    """ "Chinese-made jets", "US-built frigates": the maker's country is an actor."""
    for match in ORIGIN_RE.finditer(res.text):
        code = res.country_of(match.group(1))
        if code:
            res.state(code, match.group(1), match.start(1), match.end(1))
    # "a Swiss-based trader", "a Korean-led group", "a Nigerian-owned independent": the chunk
    # pass skips such compounds, so the state is read here.
    text = res.text
    for led in _LED.finditer(text):
        if _known_city_before(res, led.start(), led.end()):
            continue
        head = _NAME_BEFORE.search(text, max(0, led.start() - 40), led.start())
        if not head:
            continue
        name, at = head.group(1), head.start(1)
        code = res.country_of(name)
        if not code and " " in name:  # "A US-based firm"
            at += name.index(" ") + 1
            name = name[name.index(" ") + 1 :]
            code = res.country_of(name)
        if code:
            res.state(code, name, at, at + len(name))
    # "the Istanbul-based maker": a known city or province is where the maker is.
    for match in BASED_RE.finditer(res.text):
        name = match.group(1)
        if res.country_of(name):
            continue  # a state, read above
        code = res.gaz.capitals.get(name) or res.gaz.provinces.get(name) or ""
        city = res.gaz.cities.get(name)
        if not code and city and name not in COMMON_CITY_WORDS:
            code = city[0]
        if code:
            res.rule = "place.based-in"
            res.place(name, match.start(1), match.end(1), code)
            # "Sao Paulo-based": the chunk rules must not read "Sao" or "Paulo-based" again.
            res.claim(match.start(1), match.end())
