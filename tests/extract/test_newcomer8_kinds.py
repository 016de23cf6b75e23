"""Kinds a first-time user met on invented articles (newcomer8 F1, F4, F7, F9), each with
made-up paraphrases and negatives that must not change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.output_forms import distinct_aliases


@pytest.mark.parametrize(
    "text",
    [
        "The United States froze assets worth $200 million belonging to the oil company PDVSA.",
        "Assets of the state airline worth $80 million were frozen by the Treasury on Monday.",
        "Britain imposed sanctions on 12 firms and banned exports of machine tools worth more "
        "than £5,000 to Russia.",
        "The European Union bans the export to Belarus of industrial robots worth more than "
        "€2,000 each.",
        "Canada seized holdings of some $40 million linked to the airline's owner.",
    ],
)
def test_frozen_property_and_ban_thresholds_are_no_deals(text: str) -> None:
    assert extract_text(text).deals == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "After the ban on arms exports was lifted, Poland signed a deal worth over $2 billion "
            "with Hanwha.",
            "2000000000",
        ),
        (
            "Kenya signed a contract worth more than $1 billion with Sinohydro for the dam.",
            "1000000000",
        ),
        ("The EU froze the €300 million arms deal with Belarus.", "300000000"),
        (
            "Morocco ordered 24 howitzers from France for €170 million; France lifted an embargo "
            "on the shells last year.",
            "170000000",
        ),
    ],
)
def test_deals_near_sanction_words_stay(text: str, amount: str) -> None:
    """Negatives: a deal told beside a ban, a deal frozen (suspended), a deal worth over."""
    values = [str(d.value.amount) for d in extract_text(text).deals if d.value]
    assert amount in values


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Jan Kowalski added that deliveries would start in Jan 2027.", ["Jan 2027"]),
        ("The remarks were made by writer Jun Sato in Tokyo.", []),
        ("said April Ryan, the spokeswoman.", []),
        ("In March Poland signed the contract.", ["March"]),
        ("By June Poland will sign.", ["June"]),
        ("Deliveries begin in June.", ["June"]),
    ],
)
def test_a_month_that_starts_a_name_is_no_date(text: str, dates: list[str]) -> None:
    assert [d.text for d in extract_text(text).dates] == dates


def test_a_deal_item_drops_a_sentence_initial_article() -> None:
    text = (
        "Chile's Ministry of National Defence signed a €410 million contract with Venturi "
        "Aerospace for 12 helicopters. The VA-169 helicopters will replace older aircraft."
    )
    [deal] = extract_text(text).deals
    assert not deal.item.lower().startswith("the ")


def test_aliases_are_listed_once_whatever_their_case() -> None:
    assert distinct_aliases("Meridian Bank", ["Bank", "The bank", "the bank", "The Bank"]) == [
        "Bank",
        "the bank",
    ]
    assert distinct_aliases("Orbit & Ground", ["ORBIT & GROUND", "O&G"]) == ["O&G"]
    assert distinct_aliases("Sri Lanka", []) == []


@pytest.mark.parametrize(
    ("text", "not_a_side"),
    [
        (
            "Sri Lanka awarded the terminal concession to a consortium. The consortium, which "
            "includes the Japanese trading house Shiratori Corporation, will invest $1.1 billion.",
            "Shiratori Corporation",
        ),
        (
            "The group, whose members include Norvik Shipping, will pay $300 million for the "
            "licence.",
            "Norvik Shipping",
        ),
    ],
)
def test_a_name_inside_a_relative_clause_is_not_the_verbs_subject(
    text: str, not_a_side: str
) -> None:
    [deal] = extract_text(text).deals
    assert not_a_side not in (deal.buyer, deal.seller)


def test_a_party_before_its_relative_clause_keeps_its_side() -> None:
    """Negative: the party the clause describes is still the subject."""
    text = (
        "China, which supplies most of Pakistan's weapons, will sell eight submarines to "
        "Pakistan for $5 billion."
    )
    [deal] = extract_text(text).deals
    assert (deal.seller, deal.buyer) == ("China", "Pakistan")


def test_deals_of_one_amount_with_other_sides_are_apart() -> None:
    """A roundup of equal round amounts is as many deals (newcomer8 F10's dense text)."""
    text = (
        "Kenya ordered four helicopters from Airbus for $100 million on Monday.\n\n"
        "Separately, Ghana bought six patrol boats from Damen for $100 million.\n\n"
        "In a third deal, Senegal signed a $100 million loan with the World Bank.\n"
    )
    sides = {(d.buyer, d.seller) for d in extract_text(text).deals}
    assert sides == {("Kenya", "Airbus"), ("Ghana", "Damen"), ("Senegal", "World Bank")}


@pytest.mark.parametrize(
    "restated",
    [
        "Airbus said the $100 million contract would keep its Marignane plant busy.",
        "The $100 million contract was signed by Kenya's Ministry of Defence and Airbus.",
        "Kenya will pay Airbus the $100 million in three instalments.",
    ],
)
def test_a_restated_amount_stays_one_deal(restated: str) -> None:
    """Negatives: one side named again, a body of the buyer's state, the same two sides."""
    text = f"Kenya ordered four helicopters from Airbus for $100 million on Monday. {restated}"
    assert len(extract_text(text).deals) == 1
