"""Round 14, deals a newcomer's made-up articles left unread (newcomer14 N14-01, N14-07): made-up
sentences in several wordings, with negatives that must not change.

- "X granted on Monday a mining concession of N hectares ... to Y": a day between the verb and
  the rights still makes a concession, grantor X, concessionaire Y;
- "The company committed to an investment of $N" after it prices that concession;
- "The tribunal ordered X to pay Y $N in damages, plus ... costs (about $M)": an award, payer X,
  payee Y, the first sum; never signed; no ruling, no award;
- "US$" after a firm's name is the currency, not part of the name; a Treasury rate or yield
  names no organisation and no state.
"""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


@pytest.mark.parametrize(
    ("text", "grantor", "holder"),
    [
        (
            "The Ministry of Mines granted on Monday a mining concession of 9,600 hectares in "
            "the Cusco region to Andes Copper S.A.C., a local subsidiary of a Canadian group.",
            "Ministry of Mines",
            "Andes Copper S.A.C.",
        ),
        (
            "Zambia granted last week a 25-year mining licence over the Kafue block to "
            "Copperbelt Ventures Ltd, officials said.",
            "Zambia",
            "Copperbelt Ventures Ltd",
        ),
        (
            "The Mombasa Port Authority awarded yesterday a 30-year concession for two berths "
            "to Gulf Terminals Ltd, the authority said.",
            "Mombasa Port Authority",
            "Gulf Terminals Ltd",
        ),
    ],
)
def test_concession_granted_with_a_day_between(text: str, grantor: str, holder: str) -> None:
    deals = extract_text(text).deals
    assert len(deals) == 1, deals
    assert deals[0].kind == "concession"
    assert (deals[0].buyer, deals[0].seller) == (holder, grantor)


def test_commitment_to_invest_prices_the_concession_before() -> None:
    text = (
        "The Ministry of Mines granted on Monday a mining concession of 9,600 hectares in the "
        "Cusco region to Andes Copper S.A.C., a local subsidiary of a Canadian group.\n\n"
        "The company committed to an investment of US$1.2 billion over eight years, the "
        "vice-minister said."
    )
    deals = extract_text(text).deals
    assert len(deals) == 1, deals
    assert deals[0].kind == "concession"
    assert deals[0].value is not None and deals[0].value.amount == 1_200_000_000
    assert deals[0].buyer == "Andes Copper S.A.C."


def test_a_bare_investment_with_no_deal_before_stays_unfolded() -> None:
    text = (
        "Andes Copper S.A.C. is a local subsidiary of a Canadian group.\n\n"
        "The company committed to an investment of US$1.2 billion over eight years."
    )
    assert all(d.kind != "concession" for d in extract_text(text).deals)


@pytest.mark.parametrize(
    ("text", "payer", "payee", "amount"),
    [
        (
            "The tribunal ordered Tanzania to pay Kilwa Gold Ltd US$143.6 million in damages, "
            "plus interest and 75% of the claimant's costs (about US$9.2 million).",
            "Tanzania",
            "Kilwa Gold Ltd",
            143_600_000,
        ),
        (
            "In its final award, the ICSID panel ordered Ecuador to pay Condor Mining Corp "
            "$88 million in compensation and $4 million of its legal costs.",
            "Ecuador",
            "Condor Mining Corp",
            88_000_000,
        ),
        (
            "The court directed the Ministry of Energy to pay Sahel Power SA EUR 41 million "
            "for the cancelled plant.",
            "Ministry of Energy",
            "Sahel Power SA",
            41_000_000,
        ),
    ],
)
def test_ordered_to_pay_is_an_award(text: str, payer: str, payee: str, amount: int) -> None:
    deals = extract_text(text).deals
    assert len(deals) == 1, deals
    award = deals[0]
    assert award.kind == "award"
    assert (award.seller, award.buyer) == (payer, payee)
    assert award.value is not None and award.value.amount == amount
    assert award.status != "signed"


def test_ordered_to_pay_without_a_ruling_is_no_award() -> None:
    text = "The minister ordered the agency to pay Delta Shipping Ltd $5 million for the ferry."
    assert all(d.kind != "award" for d in extract_text(text).deals)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The buyer paid Kilwa Gold Ltd US$14 million on Friday.", "Kilwa Gold Ltd"),
        ("Austral Rail Pty A$60 million order was confirmed.", "Austral Rail Pty"),
        ("Boreal Mining Inc US $12 million was wired.", "Boreal Mining Inc"),
    ],
)
def test_dollar_letters_are_no_part_of_a_name(text: str, firm: str) -> None:
    names = [a.name for a in extract_text(text).actors]
    assert firm in names, names


@pytest.mark.parametrize(
    "text",
    [
        "Interest accrues at the six-month US Treasury rate plus 2%.",
        "Ten-year US Treasury yields rose to 4.6% on Tuesday.",
        "The bonds pay a margin over the US Treasury bill rate.",
    ],
)
def test_treasury_rate_names_no_actor(text: str) -> None:
    assert extract_text(text).actors == []


def test_the_treasury_acting_is_still_an_organisation() -> None:
    names = [a.name for a in extract_text("The US Treasury said it would act.").actors]
    assert "US Treasury" in names


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "The Ministry of Mines granted on Monday a mining concession of 9,600 hectares in the "
            "Cusco region to Andes Copper S.A.C., officials said.",
            "mining concession",
        ),
        (
            "Zambia granted last week a 25-year mining licence over the Kafue block to "
            "Copperbelt Ventures Ltd, officials said.",
            "25-year mining licence",
        ),
        (
            "Mongolia has granted an exploration licence to Gobi Metals LLC, officials said.",
            "exploration licence",
        ),
    ],
)
def test_a_concession_without_goods_is_named_by_its_rights(text: str, item: str) -> None:
    deals = extract_text(text).deals
    assert [(d.kind, d.item) for d in deals] == [("concession", item)]


@pytest.mark.parametrize(
    ("text", "lender"),
    [
        (
            "Peru will buy six boats from Astillero Sur SA. The order will be financed by a loan "
            "from French export bank Banque Sorel.",
            "Banque Sorel",
        ),
        (
            "Egypt will buy 24 helicopters from Aeroventi SpA. The deal would be partly financed "
            "by a loan from Italian state lender Cassa Export Italia.",
            "Cassa Export Italia",
        ),
        (
            "Chile will buy 40 buses from Hanwol Motors. The order is financed by a loan from "
            "Spain's Banco Castellano.",
            "Banco Castellano",
        ),
    ],
)
def test_financing_lender_after_a_demonym_and_its_description(text: str, lender: str) -> None:
    loans = [d for d in extract_text(text).deals if d.kind == "loan"]
    assert [d.seller for d in loans] == [lender]


def test_financing_by_a_state_named_alone_keeps_the_state() -> None:
    text = (
        "Kenya will buy two ferries from Damen Yards BV. The order is financed by a loan from "
        "Italy."
    )
    loans = [d for d in extract_text(text).deals if d.kind == "loan"]
    assert [d.seller for d in loans] == ["Italy"]
