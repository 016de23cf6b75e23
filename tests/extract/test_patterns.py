"""One test per pattern family, on short texts written for the purpose."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from briefdesk.extract import extract_text
from tests.extract.conftest import actor, names


def test_apposition_gives_role_and_affiliation() -> None:
    text = (
        "Hikmet Hajiyev, the Assistant to the President of Azerbaijan, and Khalil Hashmi, "
        "Pakistan's Ambassador to China, met in Beijing."
    )
    result = extract_text(text)
    hashmi = actor(result, "Khalil Hashmi")
    assert (hashmi.type, hashmi.role, hashmi.affiliation) == (
        "person",
        "Ambassador to China",
        "Pakistan",
    )
    assert actor(result, "Hikmet Hajiyev").affiliation == "Azerbaijan"
    start, end = hashmi.evidence[0]
    assert text[start:end] == "Khalil Hashmi"


def test_apposition_with_lowercase_role_and_organisation() -> None:
    text = '"It is a record order," said Kemal Arslan, chief executive of TAI, on Monday.'
    arslan = actor(extract_text(text), "Kemal Arslan")
    assert arslan.role == "chief executive"
    assert arslan.affiliation == "TAI"


def test_prenominal_title_with_demonym() -> None:
    result = extract_text("Finnish Foreign Minister Aino Virtanen said the talks went well.")
    virtanen = actor(result, "Aino Virtanen")
    assert (virtanen.role, virtanen.affiliation) == ("Foreign Minister", "Finland")
    assert "Finland" in names(result, "state")


def test_prenominal_lowercase_title_after_company() -> None:
    result = extract_text(
        "The deal was signed by Sonatrach chief executive Toufik Hakkar in Algiers."
    )
    hakkar = actor(result, "Toufik Hakkar")
    assert (hakkar.role, hakkar.affiliation) == ("chief executive", "Sonatrach")


def test_title_before_comma_then_name() -> None:
    text = "Kenya's Cabinet Secretary for the National Treasury, Njuguna Ndung'u, welcomed it."
    person = actor(extract_text(text), "Njuguna Ndung'u")
    assert person.role == "Cabinet Secretary for the National Treasury"
    assert person.affiliation == "Kenya"


def test_possessive_country_before_title() -> None:
    text = "Malaysia's Defence Minister Ahmad Zulkifli Rahman said the jets would arrive soon."
    person = actor(extract_text(text), "Ahmad Zulkifli Rahman")
    assert (person.role, person.affiliation) == ("Defence Minister", "Malaysia")


def test_counterpart_takes_the_other_ministers_title() -> None:
    text = (
        "Iranian Foreign Minister Abbas Araghchi held talks with his Omani counterpart "
        "Badr Albusaidi in Muscat on Saturday."
    )
    person = actor(extract_text(text), "Badr Albusaidi")
    assert (person.role, person.affiliation) == ("Foreign Minister", "Oman")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Ankara said it would respond.", "Turkey"),
        ("Washington has so far chosen not to act.", "United States"),
        ("The move will help Budapest diversify its supplies.", "Hungary"),
        ("Beijing's reaction was swift.", "China"),
    ],
)
def test_capital_used_for_the_state(text: str, state: str) -> None:
    result = extract_text(text)
    assert state in names(result, "state")
    assert not result.places


def test_capital_after_in_is_a_place() -> None:
    result = extract_text("The ministers met in Ankara on Tuesday.")
    assert [p.name for p in result.places] == ["Ankara"]
    assert "Turkey" not in names(result, "state")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Norwegian shipyard will build two hulls.", "Norway"),
        ("South Korean officials declined to comment.", "South Korea"),
        ("An Emirati delegation arrived.", "United Arab Emirates"),
        ("Indian engineers will train the crews.", "India"),
    ],
)
def test_demonym_names_a_state(text: str, state: str) -> None:
    assert names(extract_text(text)) if False else state in names(extract_text(text), "state")


@pytest.mark.parametrize(
    ("text", "amount", "currency", "as_stated"),
    [
        ("a $1.6 billion sale of jets", "1600000000", "USD", "$1.6 billion"),
        ("a deal worth €410m for frigates", "410000000", "EUR", "€410m"),
        (
            "Pakistan signed a deal worth 12 billion rupees for tanks.",
            "12000000000",
            "PKR",
            "12 billion rupees",
        ),
        (
            "India agreed a contract for 12 billion rupees of rifles.",
            "12000000000",
            "INR",
            "12 billion rupees",
        ),
        ("a loan of US$ 300 million", "300000000", "USD", "US$ 300 million"),
        ("a deal valued at about Rs 63,000 crore", "630000000000", "INR", "Rs 63,000 crore"),
        (
            "grant of 50 million Australian dollars",
            "50000000",
            "AUD",
            "50 million Australian dollars",
        ),
        ("a contract worth SEK 3.3 billion", "3300000000", "SEK", "SEK 3.3 billion"),
        ("a 25.5 billion pounds trade deal", "25500000000", "GBP", "25.5 billion pounds"),
    ],
)
def test_money_forms(text: str, amount: str, currency: str, as_stated: str) -> None:
    from collections import Counter

    from briefdesk.extract.money import find_money

    countries = Counter({"PK": 3}) if "Pakistan" in text else Counter({"IN": 3})
    [money] = find_money(text, countries)
    assert (money.amount, money.currency, money.as_stated) == (Decimal(amount), currency, as_stated)
    assert text[money.start : money.end] == as_stated


def test_no_money_in_percentages_or_years() -> None:
    from briefdesk.extract.money import find_money

    assert find_money("Interest is 2.5 percent over 20 years from 2026.") == []


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Turkey has agreed to sell 24 jet trainers to Malaysia in a deal worth $1.2 billion.",
            "Malaysia",
            "Turkey",
        ),
        (
            "Greece will buy anti-tank missiles from Israel under a deal worth €370 million.",
            "Greece",
            "Israel",
        ),
        (
            "India ordered five squadrons of air defence systems from Russia for $5.43 billion.",
            "India",
            "Russia",
        ),
        (
            "The Asian Development Bank has approved a $500 million loan to Bangladesh.",
            "Bangladesh",
            "Asian Development Bank",
        ),
        (
            "Nigeria has secured a $1.2 billion loan from the Export-Import Bank of China.",
            "Nigeria",
            "Export-Import Bank of China",
        ),
    ],
)
def test_buyer_and_seller_from_verbs(text: str, buyer: str, seller: str) -> None:
    [deal] = extract_text(text).deals
    assert (deal.buyer, deal.seller) == (buyer, seller)
    assert deal.value is not None


def test_sale_from_to_in_another_sentence() -> None:
    text = (
        "The two sides hailed a $1.6 billion fighter jet sale agreement. It covers the sale "
        "of JF-17C Block-III fighter jets from Pakistan to Azerbaijan."
    )
    [deal] = extract_text(text).deals
    assert (deal.buyer, deal.seller, deal.kind) == ("Azerbaijan", "Pakistan", "arms_sale")


def test_deal_kind_status_item_and_quantity() -> None:
    text = "Egypt has ordered 30 more Rafale fighter jets from France in a deal worth €3.75bn."
    [deal] = extract_text(text).deals
    assert deal.kind == "arms_sale"
    assert deal.item == "Rafale fighter jets"
    assert deal.quantity == 30
    assert deal.value is not None and deal.value.currency == "EUR"


def test_loan_json_names_borrower_and_lender() -> None:
    text = "The World Bank approved a $1.34 billion loan to Ukraine on Tuesday."
    [deal] = extract_text(text).to_json()["deals"]
    assert (deal["borrower"], deal["lender"]) == ("Ukraine", "World Bank")
    assert deal["status"] == "approved"


def test_dates_resolved_against_published_date() -> None:
    published = dt.date(2024, 3, 14)  # a Thursday
    text = (
        "Officials met on Tuesday and again yesterday; the deal was signed on 12 March 2024 "
        "after talks last month, and deliveries start in 2027."
    )
    found = {d.text: d.resolved for d in extract_text(text, published=published).dates}
    assert found["Tuesday"] == dt.date(2024, 3, 12)
    assert found["yesterday"] == dt.date(2024, 3, 13)
    assert found["12 March 2024"] == dt.date(2024, 3, 12)
    assert found["last month"] == dt.date(2024, 2, 1)
    assert found["2027"] == dt.date(2027, 1, 1)


def test_month_day_without_year_takes_the_published_year() -> None:
    [date] = extract_text(
        "ANKARA, May 14 (Reuters) - Nothing else.", published=dt.date(2025, 5, 14)
    ).dates
    assert (date.text, date.resolved) == ("May 14", dt.date(2025, 5, 14))


def test_dates_without_published_date_stay_unresolved() -> None:
    [date] = extract_text("They met on Tuesday.").dates
    assert (date.text, date.resolved) == ("Tuesday", None)


def test_surname_merges_into_the_person() -> None:
    text = (
        "Pakistan's Ambassador to China Khalil Hashmi arrived. Hashmi said the visit went "
        "well, and Hashmi left."
    )
    result = extract_text(text)
    hashmi = actor(result, "Khalil Hashmi")
    assert hashmi.aliases == ["Hashmi"]
    assert len(hashmi.evidence) == 3
    assert len([a for a in result.actors if a.type == "person"]) == 1


def test_acronym_and_short_form_merge_into_the_organisation() -> None:
    text = (
        "The contract was signed at the Ministry of Defence (MoD) in New Delhi. The MoD said "
        "training is included, according to a statement from the ministry."
    )
    result = extract_text(text)
    ministry = actor(result, "Ministry of Defence")
    assert ministry.aliases == ["MoD"]  # "the ministry" is evidence, no stored name (N16-16)
    assert len(ministry.evidence) == 4
    assert [a.name for a in result.actors if a.type == "organization"] == ["Ministry of Defence"]


def test_international_organisation_and_its_acronym() -> None:
    text = (
        "The Asian Development Bank (ADB) approved the plan. The ADB, which is based in "
        "Manila, said the bank would act soon."
    )
    bank = actor(extract_text(text), "Asian Development Bank")
    assert bank.type == "international_organization"
    assert set(bank.aliases) == {"ADB"}  # "the bank" is evidence, no stored name (N16-16)


def test_dateline_place_and_agency() -> None:
    result = extract_text("WASHINGTON, Oct 25 (Reuters) - The State Department said so.")
    assert [p.name for p in result.places] == ["Washington"]
    assert "Reuters" in names(result, "organization")


def test_significance_candidates_point_at_sentences() -> None:
    text = (
        "Turkey sold jets to Malaysia. The landmark deal signals a strategic shift and could "
        "bolster regional security."
    )
    result = extract_text(text)
    [candidate] = result.significance
    start, end = candidate.evidence[0]
    assert text[start:end] == candidate.sentence
    assert candidate.sentence.startswith("The landmark deal")
