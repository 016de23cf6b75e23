"""Deal kinds, restated amounts and party direction in real-world phrasings."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefdesk.extract import DealSuggestion, extract_text


def only_deal(text: str) -> DealSuggestion:
    [deal] = extract_text(text).deals
    return deal


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Japan will provide the Philippines with five coastal radars under a "
            "4 billion yen grant, the two governments said.",
            "grant",
        ),
        (
            "The financing includes a EUR150 million credit line from the French "
            "Development Agency for irrigation.",
            "loan",
        ),
        (
            "India on Thursday extended a $1 billion line of credit to Sri Lanka for fuel.",
            "loan",
        ),
        (
            "Aramco and Sinopec will form a $7 billion refinery joint venture in Fujian.",
            "joint_venture",
        ),
        (
            "The European Union and Indonesia signed a Comprehensive Economic Partnership "
            "Agreement, a pact that will lift bilateral trade by at least €10 billion a year.",
            "trade_agreement",
        ),
        (
            "The two sides signed an FTA that is expected to add $3 billion to exports.",
            "trade_agreement",
        ),
        (
            "Hanwha, Romania ink K9 licensed-production pact\n\n"
            "Hanwha Aerospace signed a $1 billion contract with Romania for 54 howitzers.",
            "licensed_production",
        ),
        (
            "Qatar and Bangladesh signed a framework agreement worth $2 billion on gas.",
            "mou",
        ),
        (
            "Wong said Canberra would provide 50 million Australian dollars over four years "
            "for fisheries patrols and coast guard training.",
            "grant",
        ),
        (
            "Australia will provide 40 Bushmaster vehicles worth $100 million to Ukraine.",
            "arms_sale",
        ),
    ],
)
def test_kind_from_the_words_naming_the_deal(text: str, kind: str) -> None:
    assert only_deal(text).kind == kind


def test_signed_mou_without_money_or_parties_is_a_deal() -> None:
    deal = only_deal(
        "The Ministry of Energy today signed a Memorandum of Understanding with JERA on "
        "liquefied natural gas supply."
    )
    assert (deal.kind, deal.value, deal.buyer, deal.seller) == ("mou", None, "", "")
    assert deal.status == "signed"


def test_bracketed_conversion_is_the_same_deal_and_keeps_the_first_stated_amount() -> None:
    text = (
        "Japan to give Philippines radars worth $28 million\n\n"
        "Japan will provide the Philippines with five radars under a 4 billion yen "
        "($28 million) grant."
    )
    deal = only_deal(text)
    assert deal.value is not None
    assert (deal.value.amount, deal.value.currency) == (Decimal("4000000000"), "JPY")
    assert deal.kind == "grant"


def test_debt_to_restructure_is_not_a_deal() -> None:
    text = "China has not responded to Colombo's request to restructure $3.5 billion of debt."
    assert extract_text(text).deals == []


def test_amount_glued_to_its_iso_code() -> None:
    deal = only_deal("The bank approved a USD300 million loan to Uzbekistan.")
    assert deal.value is not None and deal.value.as_stated == "USD300 million"
    assert (deal.buyer, deal.seller) == ("Uzbekistan", "")


def test_headline_amount_takes_parties_from_the_lead() -> None:
    text = (
        "Pakistan, China agree $2bn deal for eight submarines\n\n"
        "Pakistan agreed to buy the boats from China in the $2 billion deal, officials said."
    )
    deal = only_deal(text)
    assert (deal.buyer, deal.seller) == ("Pakistan", "China")


def test_deal_between_two_states_is_oriented_by_a_nearby_supply_sentence() -> None:
    text = (
        "The $2 billion deal between Beijing and Islamabad for the submarines was agreed. "
        "China, which supplies most of Pakistan's imported weapons, did not comment."
    )
    deal = only_deal(text)
    assert (deal.buyer, deal.seller) == ("Pakistan", "China")


def test_without_a_supply_sentence_the_pair_keeps_its_guess() -> None:
    text = "The $2 billion deal between Beijing and Islamabad for the submarines was agreed."
    deal = only_deal(text)
    assert {deal.buyer, deal.seller} == {"China", "Pakistan"}


def test_company_and_its_own_state_are_never_buyer_and_seller() -> None:
    text = (
        "Hungarian state-owned energy group MVM and Turkish pipeline operator BOTAS signed "
        "an agreement. The deal between MVM and BOTAS for the gas, worth €1.1 billion, is the "
        "first time Hungary will buy gas from a company that is not Russian."
    )
    deal = only_deal(text)
    assert deal.buyer in {"Hungary", "MVM"}
    assert deal.seller == "BOTAS"


def test_mixed_case_acronym_joins_its_full_name() -> None:
    result = extract_text(
        "The Islamic Development Bank (IsDB) is preparing a financing package. "
        "IsDB said the terms were final."
    )
    [bank] = [a for a in result.actors if a.name == "Islamic Development Bank"]
    assert "IsDB" in bank.aliases
    assert not any(a.name == "IsDB" for a in result.actors)
