"""Deal sides (round 24): "the Company" in a company's own document (an annual report, a
circular, a filing headed by the issuer's name) is that issuer and takes the side its sentence
gives it. Made-up documents, with the ones that must stay as they were."""

from __future__ import annotations

from briefdesk.extract import extract_text
from tests.extract.deal_rows import deals

_REPORT = (
    "ÖSTERDAL TIMBER AND PULP JSC\n"
    "ANNUAL REPORT 2027\n\n"
    "3. SIGNIFICANT CONTRACTS\n\n"
    "On 3 May 2027 the Company, as employer, signed a construction contract with Brandt "
    "Industriebau GmbH for a new drying hall. The contract price is EUR 84 million.\n\n"
    "To finance the boiler the Company entered into a term loan of EUR 60 million arranged "
    "by Nordhavn Bank ASA on 1 June 2027.\n"
)


def _sides(text: str, value: str) -> tuple[str, str]:
    rows = [row for row in deals(text) if row[3] == value]
    assert len(rows) == 1, deals(text)
    return rows[0][0].lower(), rows[0][1].lower()


def test_the_company_is_the_issuer_its_letterhead_names() -> None:
    assert _sides(_REPORT, "EUR 84 million")[0] == "österdal timber and pulp jsc"
    issuer = "österdal timber and pulp jsc"
    assert _sides(_REPORT, "EUR 60 million") == (issuer, "nordhavn bank asa")


def test_the_issuer_line_is_an_organisation_with_its_company_mentions() -> None:
    actors = extract_text(_REPORT).to_json()["actors"]
    issuer = [a for a in actors if a["name"].lower() == "österdal timber and pulp jsc"]
    assert len(issuer) == 1 and issuer[0]["type"] == "organization"


def test_a_defined_company_stays_the_defined_party() -> None:
    text = (
        "KORVALD TIMBER AND PULP JSC\n\n"
        'Halden Forest Holdings AS ("Halden" or "the Company") announces that the Company has '
        "signed a term loan of EUR 40 million with Nordhavn Bank ASA.\n"
    )
    assert _sides(text, "EUR 40 million")[0] == "halden forest holdings as"


def test_a_news_story_has_no_issuer() -> None:
    text = (
        "Korvald buys boiler for EUR 84 million\n\n"
        "By Anna Berg\n\n"
        "OSLO, May 3 - The Company Secretary of Korvald Timber said the Company signed a "
        "contract with Lindqvist Boilers AB for EUR 84 million.\n"
    )
    actors = extract_text(text).to_json()["actors"]
    assert not any(
        "the Company" in alias for actor in actors for alias in actor.get("aliases", [])
    )


def test_funded_from_its_own_cash_names_no_lender() -> None:
    text = (
        "ÖSTERDAL TIMBER AND PULP JSC\n"
        "CIRCULAR TO SHAREHOLDERS\n\n"
        "The purchase price will be funded from the Company's existing cash and a new EUR 50 "
        "million term loan facility provided by Nordhavn Bank ASA.\n"
    )
    assert _sides(text, "EUR 50 million") == ("österdal timber and pulp jsc", "nordhavn bank asa")


def _pair(text: str) -> tuple[str, str]:
    rows = deals(text)
    assert len(rows) == 1, rows
    return rows[0][0], rows[0][1]


def test_a_ppa_is_bought_by_the_utility_its_name_says() -> None:
    text = (
        "Kestrel Sun Power Ltd has signed a 20-year Power Purchase Agreement with the Valdoria "
        "Power Development Board for the entire output of its 80 MW plant."
    )
    assert _pair(text) == ("Valdoria Power Development Board", "Kestrel Sun Power Ltd")


def test_a_ppa_between_two_utilities_or_without_one_keeps_its_sides() -> None:
    both = (
        "The Valdoria Electricity Authority signed a power purchase agreement with the Ostrava "
        "Power Development Board for the export of 40 MW in the dry season."
    )
    before = _pair(both)
    assert set(before) == {"Valdoria Electricity Authority", "Ostrava Power Development Board"}
    works = (
        "Kestrel Sun Power Ltd signed a construction contract with Valdoria Electric Works Ltd "
        "for the substation of its 80 MW plant."
    )
    assert _pair(works) == ("Kestrel Sun Power Ltd", "Valdoria Electric Works Ltd")


def test_firmed_or_executed_for_goods_from_a_maker_buys() -> None:
    text = (
        "Regional carrier Valdoria Air Ltd has firmed an order for six turboprops from Ostrava "
        "Aero SAS. The agreement, signed on 2 April, is worth about $180 million."
    )
    assert _sides(text, "about $180 million") == ("valdoria air ltd", "ostrava aero sas")


def test_works_executed_by_a_contractor_do_not_make_it_the_buyer() -> None:
    for text in (
        "Noordhaven Dredging B.V. executed the $40 million dredging contract for the Valdoria "
        "Ports Authority on time.",
        "The Valdoria Ports Authority awarded a $40 million dredging contract to Noordhaven "
        "Dredging B.V., which executed the works in 2025.",
    ):
        assert _sides(text, "$40 million")[0] == "valdoria ports authority"
