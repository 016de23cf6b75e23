"""Component: origin adjectives ("Chinese-made") and "X-based" places."""

from __future__ import annotations

from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import (
    BASED_RE,
    COMMON_CITY_WORDS,
    ORIGIN_RE,
)


def origins(res: Resolver) -> None:
    """ "Chinese-made jets", "US-built frigates": the maker's country is an actor."""
    for match in ORIGIN_RE.finditer(res.text):
        code = res.country_of(match.group(1))
        if code:
            res.state(code, match.group(1), match.start(1), match.end(1))
    # "the Istanbul-based maker": a known city or province is where the maker is.
    for match in BASED_RE.finditer(res.text):
        name = match.group(1)
        if res.country_of(name):
            continue  # "a US-based firm" names a state, which the chunk pass reads
        code = res.gaz.capitals.get(name) or res.gaz.provinces.get(name) or ""
        city = res.gaz.cities.get(name)
        if not code and city and name not in COMMON_CITY_WORDS:
            code = city[0]
        if code:
            res.rule = "place.based-in"
            res.place(name, match.start(1), match.end(1), code)
            # "Sao Paulo-based": the chunk rules must not read "Sao" or "Paulo-based" again.
            res.claim(match.start(1), match.end())
