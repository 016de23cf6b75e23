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
