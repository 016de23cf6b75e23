"""Round 17, second pass: what newcomer16's three made-up articles still lost (N16-01, N16-07,
N16-08). Made-up sentences only, positives and negatives."""

from __future__ import annotations

from briefdesk.extract import extract_text


def _orgs(text: str) -> list[str]:
    return [a.name for a in extract_text(text).actors if a.type == "organization"]


# --- A2: a firm listed before "the state-owned X" -------------------------------------------


def test_listed_firm_before_an_owned_body_is_found() -> None:
    text = (
        "The listed firms are Drevna Aerosystems, Pelat Avionics and the state-owned "
        "Drevna Defence Corporation, the ministry said."
    )
    assert "Drevna Aerosystems" in _orgs(text)


def test_owned_word_does_not_make_a_list_of_people_firms() -> None:
    # a person in the list still stops the cue; a lone capitalised word with no body stays out
    text = "The guests were Anna Berg, Tomas Lind and the state-owned Halden Group, he said."
    assert "Anna Berg" not in _orgs(text)
    text = "Lessons covered Drevna Aerosystems, grammar and the state-owned farms, he said."
    assert "Drevna Aerosystems" not in _orgs(text)


# --- A3: a plural title before two names -----------------------------------------------------


def _roles(text: str) -> dict[str, str]:
    return {a.name: a.role for a in extract_text(text).actors if a.type == "person"}


def test_plural_title_gives_both_names_the_title() -> None:
    text = (
        "The second memorandum, signed by the Foreign Ministers Ingrid Solberg and Yusuf "
        "Taleb, sets up a joint commission."
    )
    roles = _roles(text)
    assert roles.get("Ingrid Solberg") == "Foreign Minister"
    assert roles.get("Yusuf Taleb") == "Foreign Minister"
    roles = _roles("The Defence Ministers Anna Berg and Tomas Lind met in Oslund on Friday.")
    assert roles == {"Anna Berg": "Defence Minister", "Tomas Lind": "Defence Minister"}


def test_plural_title_needs_a_title_and_a_second_person() -> None:
    roles = _roles("The Council of Ministers Anna Berg and Tomas Lind met.")
    assert roles.get("Tomas Lind", "") == ""
    roles = _roles("The Foreign Ministers Ingrid Solberg and Nordmark officials met.")
    assert roles.get("Ingrid Solberg", "") == ""


# --- A3: an agreement that provides for the supply of goods from A to B ------------------------


def _deals(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(d.kind, d.item, d.buyer, d.seller, d.status) for d in extract_text(text).deals]


def test_memorandum_providing_for_a_supply_is_a_supply_deal() -> None:
    text = (
        "The memorandum, signed by the two energy ministers, provides for the supply of up to "
        "2 million tonnes of liquefied natural gas a year from Qatar to Poland from 2028."
    )
    assert ("energy_supply", "liquefied natural gas", "Poland", "Qatar", "signed") in _deals(text)
    # a supply another pass already read with the same sides is not told twice
    text = "The agreement provides for the supply of LNG from Algeria to Italy."
    assert [d[2:4] for d in _deals(text)] == [("Italy", "Algeria")]


def test_no_supply_deal_without_an_agreement_or_both_sides() -> None:
    assert _deals("The plan provides for the supply of grain from Ukraine to Egypt.") == []
    assert _deals("The agreement provides for the supply of LNG from next year.") == []
    assert _deals("The agreement provides for the supply of LNG from Algeria to ports.") == []


# --- A1: a works contract a named contractor won ----------------------------------------------


def test_contractor_that_won_the_works_contract_is_a_construction_deal() -> None:
    text = (
        "Construction will be carried out by Orvik Marine Works, which won the civil works "
        "contract in March."
    )
    assert _deals(text) == [
        ("construction", "civil works contract", "", "Orvik Marine Works", "signed")
    ]
    text = "Harbour Holdings said Orvik Marine Works has won the EPC contract for the new quay."
    assert _deals(text) == [("construction", "EPC contract", "", "Orvik Marine Works", "signed")]


def test_no_works_deal_for_a_bid_a_person_or_an_award() -> None:
    for text in (
        "Orvik Marine Works, which bid for the civil works contract, lost to a rival.",
        "Anna Berg, who won the civil works contract for her firm, spoke.",
        "Orvik Marine Works, which won the award for safety, said on Monday.",
    ):
        assert _deals(text) == [], text


# --- A1/A2: dateline towns ----------------------------------------------------------------------


def _places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def test_dateline_town_unknown_to_the_gazetteer_and_a_two_word_agency() -> None:
    text = "PRESS RELEASE\nKessenburg, 12 May 2026 — The Valdoria Bank has signed a loan."
    assert "Kessenburg" in _places(text)
    text = "By Lena Marsh\n\nBRUSSELS, June 3 (Meridian Wire) - The European Union adopted it."
    assert "Brussels" in _places(text)


def test_no_dateline_town_from_a_word_a_day_or_a_date_without_its_year() -> None:
    for text in (
        "Statement, 12 May 2026 — The bank has signed a loan.",
        "Tuesday, 12 May 2026 — The bank has signed a loan.",
        "Kessenburg, 12 May — The bank has signed a loan.",
    ):
        assert _places(text) == [], text
