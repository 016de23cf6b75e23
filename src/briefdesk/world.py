"""One registry of the world's states: ISO code -> one display name, aliases, demonyms, capitals.

Built on the public APIs of countryinfo (names, spellings, demonyms, capitals, provinces) and
pycountry (which ISO 3166-1 codes are current states), loaded on first use. Only current states
are kept ("Serbia and Montenegro" is gone; Belgrade is Serbia's capital), plus Kosovo, which news
treats as a state although ISO has no code for it. Extraction, the model's code checks, the export
and the window's linking all read names from here, so one state has one name everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import cast

# Names news uses that the data lacks; short, linguistic forms rather than data.
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
    "Democratic Republic of Congo": "CD",
    "DR Congo": "CD",
    "DRC": "CD",
    "Congo-Kinshasa": "CD",
    "Congo-Brazzaville": "CG",
}
_EXTRA_ADJECTIVES: dict[str, str] = {
    "American": "US",
    "British": "GB",
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
    "Argentine": "AR",  # ("Argentinean" is the data's; news says "the Argentine State")
}
# The one name shown for a state where the data's own name is not what news and briefs use.
# States that renamed themselves keep the new name (the old one stays an alias): North Macedonia
# (2019), Eswatini (2018), Timor-Leste and Cabo Verde (the names the UN and their governments use).
_PREFERRED_NAMES = {
    "MM": "Myanmar",
    "CZ": "Czech Republic",
    "CI": "Ivory Coast",
    "MK": "North Macedonia",
    "SZ": "Eswatini",
    "TL": "Timor-Leste",
    "CV": "Cabo Verde",
}
# States ISO 3166-1 has no code for, kept because news names them as states.
_EXTRA_STATES = {"XK"}
_SKIP_NAMES = {"Antarctica", "Bouvet Island"}
_NOT_CAPITALS = {"Washington D.C."}


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    capital: str
    demonyms: tuple[str, ...]
    currency_codes: tuple[str, ...]


@dataclass
class World:
    """Lookup tables keyed by the form as written (proper nouns, case-sensitive)."""

    countries: dict[str, Country] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    provinces: dict[str, str] = field(default_factory=dict)

    def display_name(self, code: str) -> str:
        country = self.countries.get(code)
        if country:
            return country.name
        import pycountry  # an ISO territory the registry leaves out (Antarctica)

        entry = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
        return str(getattr(entry, "common_name", None) or entry.name) if entry else code

    def code_of(self, text: str) -> str:
        """ISO code for a state's name, alias or demonym as written, or ''."""
        return self.names.get(text) or self.adjectives.get(text) or ""


@cache
def iso_country_codes() -> frozenset[str]:
    """Current ISO 3166-1 alpha-2 codes (pycountry)."""
    import pycountry

    return frozenset(str(c.alpha_2) for c in pycountry.countries)


# One countryinfo entry as ``world`` reads it: ISO code, name, capital, demonyms as written,
# currency codes, other spellings, provinces (all strings).
Row = tuple[str, str, str, str, list[str], list[str], list[str]]
ROWS_FILE = "world-rows.json"
ROWS_FORMAT = 1


def country_rows() -> list[Row]:
    """countryinfo's entries, the most populous first, from the table cache when current: the
    package's 256 files take ~60 ms to read in each fresh process (round 23)."""
    from briefdesk import table_cache

    key = {"format": ROWS_FORMAT, "installed": table_cache.installed(["countryinfo"])}
    return table_cache.cached(ROWS_FILE, key, read_rows, list, _decode_rows)


def read_rows() -> list[Row]:
    """The rows, from countryinfo itself."""
    import countryinfo

    entries = sorted(countryinfo.all_countries(), key=lambda c: -int(c.population() or 0))
    return [
        (
            str((entry.iso() or {}).get("alpha2") or ""),
            str(entry.name() or ""),
            str(entry.capital() or ""),
            str(entry.demonym() or ""),
            [str(c) for c in entry.currencies() or ()],
            [str(alt) for alt in entry.alt_spellings() or ()],
            [str(province) for province in entry.provinces() or ()],
        )
        for entry in entries
    ]


def _decode_rows(data: list[list[object]]) -> list[Row]:
    """The rows as saved (lists for tuples); TypeError for any that is not all text."""
    rows: list[Row] = []
    for row in data:
        code, name, capital, demonyms, currencies, alts, provinces = row
        texts = [code, name, capital, demonyms]
        lists = [currencies, alts, provinces]
        if not all(isinstance(t, str) for t in texts) or not all(
            isinstance(one, list) and all(isinstance(t, str) for t in one) for one in lists
        ):
            raise TypeError("a row of the world cache is not all text")
        rows.append(cast(Row, tuple(row)))
    return rows


@cache
def world() -> World:
    """The registry, built once (about 5 ms from the cached rows)."""
    current = iso_country_codes() | _EXTRA_STATES
    result = World()
    # Territories share demonyms with states ("Indian" for the British Indian Ocean Territory):
    # the most populous entry wins (the rows come most populous first).
    for (
        code,
        name,
        capital,
        demonym_text,
        currency_codes,
        alt_spellings,
        provinces,
    ) in country_rows():
        if code not in current or not name or name in _SKIP_NAMES or code in result.countries:
            continue
        demonyms = tuple(d.strip() for d in demonym_text.split(",") if d.strip())
        currencies = tuple(currency_codes)
        result.names.setdefault(name, code)  # the data's own name stays an alias
        name = _PREFERRED_NAMES.get(code, name)
        result.countries[code] = Country(code, name, capital, demonyms, currencies)
        result.names.setdefault(name, code)
        for alt in alt_spellings:
            # Two-letter codes are ordinary words too often ("IN", "AS"); keep real names.
            if len(alt) > 3 and alt[0].isupper() and "," not in alt:
                result.names.setdefault(alt, code)
        for demonym in demonyms:
            result.adjectives.setdefault(demonym, code)
        if capital and capital not in _NOT_CAPITALS:
            result.capitals.setdefault(capital, code)
        if capital.endswith(" D.C."):
            result.capitals.setdefault(capital[: -len(" D.C.")], code)
        for province in provinces:
            province = re.sub(r"\s*\(.*?\)\s*", " ", province).strip()
            if province and province[0].isupper():
                result.provinces.setdefault(province, code)
    for alias, code in _EXTRA_NAMES.items():
        result.names[alias] = code
    for name, code in list(result.names.items()):
        if name.startswith("Saint "):  # "St. Lucia", "St Kitts and Nevis": the usual short form
            result.names.setdefault("St. " + name[6:], code)
            result.names.setdefault("St " + name[6:], code)
    for adjective, code in _EXTRA_ADJECTIVES.items():
        result.adjectives.setdefault(adjective, code)
    result.adjectives["American"] = "US"
    result.adjectives["British"] = "GB"
    return result


def display_name(code: str) -> str:
    """The one name of a state for its ISO code (the code itself when unknown)."""
    return world().display_name(code)


@cache
def matching_aids(code: str) -> frozenset[str]:
    """A state's demonyms and capitals, casefolded ("egyptian", "cairo"): words the extractor
    matches the state by ("Cairo said"), kept as aliases, but no other name for a reader."""
    found = world()
    words = {word for word, owner in found.adjectives.items() if owner == code}
    words |= {capital for capital, owner in found.capitals.items() if owner == code}
    return frozenset(word.casefold() for word in words)
