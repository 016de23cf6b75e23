"""Deal sides (round 25): a price told in a sentence of its own ("The price was $180 million.")
whose one known side was read from the sentence before leaves its other side empty rather than
guess the state the article is about; where the price's own sentence names the side, the state,
a loan or an investment, the state still fills it. Made-up newsletter items."""

from __future__ import annotations

from tests.extract.deal_rows import deals

_HEAD = (
    "ENERGY ANDES WEEKLY | Issue 88\n\n"
    "Demand for gas in Ecuador hit a record in June. Output in Ecuador fell 9% in the half, "
    "and Ecuador has no new field in sight.\n\n"
)
_TAIL = (
    "\n\nAnalysts expect Ecuador to sign a second terminal deal next year. The grid in Ecuador "
    "also needs money."
)


def _sides(item: str, value: str) -> tuple[str, str]:
    rows = [row for row in deals(_HEAD + item + _TAIL) if row[3] == value]
    assert len(rows) == 1, deals(_HEAD + item + _TAIL)
    return rows[0][0].lower(), rows[0][1].lower()


def test_a_price_told_after_the_sale_is_not_bought_by_the_state() -> None:
    item = (
        "Terminal sale. Costa Azul Marine Holding completed the purchase of the Manta container "
        "terminal from Pacifico Ports Group on Friday. The price was $180 million, as announced "
        "in June."
    )
    assert _sides(item, "$180 million") == ("", "pacifico ports group")


def test_a_contract_price_after_the_order_is_not_sold_by_the_state() -> None:
    item = (
        "Cranes. Pacifico Ports Group has ordered six ship-to-shore cranes, its chief executive "
        "said. The contract price is $64 million, according to a filing."
    )
    assert _sides(item, "$64 million") == ("pacifico ports group", "")


def test_a_priced_sentence_that_names_the_supplier_still_takes_the_state() -> None:
    item = (
        "Patrol boats. A contract worth US$40 million for two patrol boats was signed with "
        "Astilleros del Sur SA on Monday, the ministry said."
    )
    assert _sides(item, "US$40 million") == ("ecuador", "astilleros del sur sa")


def test_a_loan_told_apart_still_goes_to_the_state() -> None:
    item = (
        "Roads. The Andean Development Fund has been talking to the finance ministry about new "
        "roads. The loan, for US$50 million, was signed in 2025 but has never been drawn."
    )
    assert _sides(item, "US$50 million") == ("ecuador", "andean development fund")


def test_an_investment_commitment_told_apart_still_has_the_state_grant_it() -> None:
    item = (
        "Port concession. Costa Azul Terminals SA signed a 30-year concession for the Manta quay "
        "on Friday. The concessionaire commits to invest $300 million in two berths and a rail "
        "siding."
    )
    assert _sides(item, "$300 million") == ("costa azul terminals sa", "ecuador")
