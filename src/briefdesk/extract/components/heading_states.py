"""Component: a state's name in capitals heading an item, or before "-flagged", is the state.

Roundups and digests head each item with its state in capitals ("SOLOMON ISLANDS | New tugs
for Honiara port", "--- SIERRA LEONE ---", "3. SOLOMON ISLANDS | Australia"), and the rules
that read a run of capitals by its shape ("ISLANDS") or its first word ("Sierra") made a place
of it; "the Sierra Leone-flagged tanker" was a place by the same first word. The readable golds
never list such a heading as a place and list the state (5 headings in five articles of four
sets, 3 of those states missed). The names are the world registry's (``gazetteer().names``),
matched without case; a city-state whose capital bears its name ("SINGAPORE", "DJIBOUTI") is
left alone, since a city can head a line as well as its state.
"""

from __future__ import annotations

from functools import cache

from briefdesk.extract import rx as re
from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.resolver import Resolver

_FLAGGED = re.compile(r"(.+?)-(?:flagged|flag)")


@cache
def _states_by_lower_name() -> dict[str, str]:
    gaz = gazetteer()
    return {
        name.lower(): code
        for name, code in gaz.names.items()
        if gaz.capitals.get(name) != code  # not "Singapore", "Djibouti", "Luxembourg"
    }


def heading_states(res: Resolver) -> None:
    """Turn a place that is a state's name in capitals, or "<state>-flagged", into the state."""
    for key, place in list(res.found.places.items()):
        code, surface = _state_of(place.name)
        if not code:
            continue
        del res.found.places[key]
        res.rule = "state.name"
        for start, _end in place.evidence:
            res.state(code, surface, start, start + len(surface), governed=True)
        res.rule = ""


def _state_of(name: str) -> tuple[str, str]:
    flagged = _FLAGGED.fullmatch(name)
    if flagged:
        base = flagged.group(1)
        return _states_by_lower_name().get(base.lower(), ""), base
    if not name.isupper() or len(name) < 4:  # "PNG", "UAE": acronyms, read by other rules
        return "", ""
    return _states_by_lower_name().get(name.lower(), ""), name
