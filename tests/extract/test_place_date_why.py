"""Places and dates say why, like actors and deals, and places carry the country the gazetteer
knows (newcomer6 F39). Made-up sentences only."""

from __future__ import annotations

import datetime as dt

from briefdesk.extract import extract_text

TEXT = (
    "OSLO, 14 October 2026 - Norway has agreed to buy 24 guns from Hanwha Aerospace. "
    "Deliveries could slip if Hanwha's Changwon plant stays busy. "
    "The committee must approve the deal by 1 December."
)


def _json() -> dict:
    return extract_text(TEXT, published=dt.date(2026, 10, 14)).to_json()


def test_every_place_and_date_in_json_has_a_key_and_a_one_line_why() -> None:
    data = _json()
    assert data["place_evidence"] and data["dates_resolved"]
    for item in (*data["place_evidence"], *data["dates_resolved"]):
        assert item["key"]
        assert item["why"], item
        for reason in item["why"]:
            assert reason["rule"] and reason["text"] and "\n" not in reason["text"]


def test_a_known_city_found_without_a_country_gets_the_gazetteers() -> None:
    places = {p["name"]: p for p in _json()["place_evidence"]}
    changwon = places["Changwon"]
    assert changwon["country"] == "KR"
    assert any("South Korea" in r["text"] for r in changwon["why"])
    assert places["Oslo"]["country"] == "NO"


def test_a_small_town_of_a_country_the_article_never_names_gets_none() -> None:
    from briefdesk.extract.gazetteer import gazetteer
    from briefdesk.extract.place_country import LARGE_CITY, place_country

    small = next(
        (name, code)
        for name, (code, people) in gazetteer().cities.items()
        if people < LARGE_CITY and name not in gazetteer().capitals
    )
    assert place_country(small[0], set()) == ("", "")
    assert place_country(small[0], {small[1]})[0] == small[1]


def test_a_role_before_a_name_is_not_said_to_be_lower_case() -> None:
    from briefdesk.extract.why import TEXTS

    assert "lower case" not in TEXTS["person.role-before-name"]
