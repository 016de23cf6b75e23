"""The country a describing phrase gives the organisation named right after it (round 24's
newcomer, N24-04; round 25).

"French train maker Varenne Mobility" gave France through ``described_as_body`` (a demonym,
up to three words, an organisation's descriptor such as "maker"). The same sentence's "Czech
signalling specialist Ostrava Rail Systems" gave nothing ("specialist" is no descriptor: it
also describes people, so it is read only here, for a name already read as an organisation),
and "the Lisbon metro operator Metrolis" gave nothing (a capital or large city is no demonym:
its country is the gazetteer's).
"""

from __future__ import annotations

from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import DESCRIBED_BY_COUNTRY, described_as_body

# Descriptors read only before a name already known to be an organisation's.
_FIRM_ONLY = frozenset({"specialist", "provider", "integrator", "vendor", "outfit"})
_LARGE_CITY = 200_000


def described_home(res: Resolver, before: str) -> str:
    """The country code the words ``before`` an organisation's name give it, or ''."""
    described = described_as_body(before)
    if described:
        return res.country_of(described.group(1)) or _city_state(res, described.group(1))
    last = before.rsplit(None, 1)[-1:]
    if not last or last[0].lower() not in _FIRM_ONLY:
        return ""
    described = DESCRIBED_BY_COUNTRY.search(before)
    if not described or described.group(2).lower() not in _FIRM_ONLY:
        return ""
    return res.gaz.adjectives.get(described.group(1), "") or _city_state(res, described.group(1))


def _city_state(res: Resolver, name: str) -> str:
    """The state of a capital or a large city ("the Lisbon metro operator"), or ''."""
    capital = res.gaz.capitals.get(name)
    if capital:
        return str(capital)
    city = res.gaz.cities.get(name)
    return str(city[0]) if city and city[1] >= _LARGE_CITY else ""
