"""The drafted BLUF sentence reads as an analyst would write it, for every kind and status."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefdesk.editing.deal_sentence import deal_sentence
from briefdesk.editing.draft import bluf_draft
from briefdesk.extract.results import DealSuggestion, MoneySuggestion
from briefdesk.model.codes import DealStatus


def _deal(kind: str, status: str = "reported", value: str = "", **fields: object) -> DealSuggestion:
    money = MoneySuggestion(Decimal("1"), "USD", value) if value else None
    return DealSuggestion(kind=kind, value=money, status=DealStatus(status), **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("deal", "expected"),
    [
        (
            _deal(
                "arms_sale",
                "signed",
                "$5.58 billion",
                item="F-16 fighter jets",
                quantity=12,
                seller="United States",
                buyer="Philippines",
            ),
            "The United States has signed a deal to sell 12 F-16 fighter jets to the Philippines"
            " for $5.58 billion.",
        ),
        (
            _deal(
                "arms_sale",
                "approved",
                "£300 million",
                item="Boxer armoured vehicles",
                seller="United Kingdom",
                buyer="Netherlands",
            ),
            "The United Kingdom has approved the sale of Boxer armoured vehicles to the"
            " Netherlands, worth £300 million.",
        ),
        (
            _deal("arms_sale", "cancelled", item="corvettes", seller="", buyer="UAE"),
            "The UAE has cancelled the purchase of corvettes.",
        ),
        (
            _deal("arms_sale", "suspended", "€40m", item="artillery shells"),
            "A deal to sell artillery shells for €40m has been suspended.",
        ),
        (
            _deal(
                "arms_sale",
                "proposed",
                item="JF-17C jets",
                quantity=40,
                seller="Pakistan",
                buyer="Azerbaijan",
            ),
            "Pakistan has proposed selling 40 JF-17C jets to Azerbaijan.",
        ),
        (
            _deal(
                "energy_supply",
                "signed",
                "$2 billion",
                item="liquefied natural gas",
                seller="Qatar",
                buyer="Bahamas",
            ),
            "Qatar has signed a deal to supply liquefied natural gas to the Bahamas"
            " for $2 billion.",
        ),
        (
            _deal("energy_supply", "in_delivery", item="diesel", seller="Russia", buyer="Gambia"),
            "Russia is supplying diesel to the Gambia.",
        ),
        (
            _deal(
                "loan",
                "approved",
                "$500 million",
                item="flood reconstruction",
                seller="World Bank",
                buyer="Pakistan",
            ),
            "The World Bank has approved a loan of $500 million to Pakistan"
            " for flood reconstruction.",
        ),
        (
            _deal(
                "loan",
                "signed",
                "$1.1 billion",
                seller="Asian Development Bank",
                buyer="Philippines",
            ),
            "The Asian Development Bank and the Philippines have signed a loan agreement worth"
            " $1.1 billion.",
        ),
        (
            _deal("grant", "proposed", "A$190 million", buyer="Solomon Islands"),
            "The Solomon Islands has been offered a grant of A$190 million.",
        ),
        (
            _deal("grant", "cancelled", buyer="Maldives"),
            "A grant to the Maldives has been cancelled.",
        ),
        (
            _deal(
                "other",
                "signed",
                "$450 million",
                item="Block 12 offshore concession",
                seller="Government of Gabon",
                buyer="TotalEnergies",
            ),
            "The Government of Gabon has signed the Block 12 offshore concession with"
            " TotalEnergies, worth $450 million.",
        ),
        (
            _deal(
                "other",
                "suspended",
                item="mining licence",
                seller="Ministry of Mines",
                buyer="Barrick Gold",
            ),
            "The Ministry of Mines has suspended the mining licence held by Barrick Gold.",
        ),
        (
            _deal("other", "cancelled", item="port concession", buyer="DP World"),
            "DP World has had the port concession cancelled.",
        ),
        (
            _deal(
                "trade_agreement",
                "signed",
                item="beef and dairy",
                seller="UK",
                buyer="Czech Republic",
            ),
            "The UK and the Czech Republic have signed a trade agreement covering beef and dairy.",
        ),
        (
            _deal(
                "mou",
                "reported",
                item="defence cooperation",
                seller="Republic of Korea",
                buyer="Poland",
            ),
            "The Republic of Korea and Poland have reportedly concluded a memorandum of"
            " understanding on defence cooperation.",
        ),
    ],
)
def test_made_up_deals_read_as_an_analyst_writes(deal: DealSuggestion, expected: str) -> None:
    assert deal_sentence(deal) == expected
    assert bluf_draft(deal) == expected


KINDS = (
    "arms_sale",
    "energy_supply",
    "loan",
    "grant",
    "other",
    "trade_agreement",
    "mou",
    "joint_venture",
    "licensed_production",
)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [s.value for s in DealStatus])
@pytest.mark.parametrize("value", ["", "$1.6 billion"])
@pytest.mark.parametrize(
    ("seller", "buyer"),
    [("United States", "Netherlands"), ("United States", ""), ("", "Netherlands"), ("", "")],
)
def test_every_kind_and_status_gives_one_clean_sentence(
    kind: str, status: str, value: str, seller: str, buyer: str
) -> None:
    item = "Block 7 concession" if kind == "other" else "patrol boats"
    text = deal_sentence(_deal(kind, status, value, item=item, seller=seller, buyer=buyer))
    assert text[0].isupper() and text.endswith(".") and text.count(".") == (text.count("$1.6") + 1)
    assert "  " not in text and " ," not in text and ",." not in text
    assert text.lower().count("deal") <= 1, text
    if seller:
        assert text.startswith("The United States") or " the United States " in text, text
    elif buyer:
        assert "the Netherlands" in text or text.startswith("The Netherlands"), text
    assert "United States" not in text.replace("The United States", "").replace(
        "the United States", ""
    )
    if value:
        assert value in text
    assert not any(f"{a} {a}" in text for a in ("a", "the", "to", "for")), text


@pytest.mark.parametrize(
    ("deal", "expected"),
    [
        (
            _deal(
                "other",
                "signed",
                "US$1.1 billion",
                seller="Kenya",
                buyer="Indian Ocean Gateway Terminals Ltd",
            ),
            "Kenya and Indian Ocean Gateway Terminals Ltd have signed a contract worth"
            " US$1.1 billion.",
        ),
        (
            _deal("other", "cancelled", "$350 million", seller="Huaxia Hydro", buyer="Honduras"),
            "A contract between Huaxia Hydro and Honduras, worth $350 million, has been cancelled.",
        ),
        (
            _deal("other", "reported", "$38 million", seller="Ha Long Shipbuilding"),
            "Ha Long Shipbuilding has reportedly concluded a contract worth $38 million.",
        ),
        (
            _deal("trade_agreement", "suspended", seller="United Kingdom", buyer="Philippines"),
            "A trade agreement between the United Kingdom and the Philippines has been suspended.",
        ),
        (
            _deal(
                "loan",
                "signed",
                "KWD 25 million",
                seller="Kuwait Fund for Arab Economic Development",
                buyer="Jordan",
            ),
            "The Kuwait Fund for Arab Economic Development and Jordan have signed a loan"
            " agreement worth KWD 25 million.",
        ),
        (
            _deal("energy_supply", "reported", "US$185 million"),
            "A deal to supply energy for US$185 million has been reported.",
        ),
    ],
)
def test_contracts_without_goods_and_ended_agreements(deal: DealSuggestion, expected: str) -> None:
    """A deal of kind "other" naming no goods is a contract, never "goods" sold; who ended an
    agreement between two parties is not guessed."""
    assert deal_sentence(deal) == expected


def test_a_block_designation_is_goods_not_a_concession() -> None:
    deal = _deal(
        "arms_sale",
        "reported",
        "$1.6 billion",
        item="JF-17C Block-III fighter jets",
        seller="Pakistan",
        buyer="Azerbaijan",
    )
    assert deal_sentence(deal) == (
        "Pakistan is reported to be selling JF-17C Block-III fighter jets to Azerbaijan"
        " for $1.6 billion."
    )


def test_a_deal_with_nothing_to_say_gives_no_sentence() -> None:
    assert deal_sentence(_deal("arms_sale")) == ""


def test_a_name_that_already_has_its_article_is_not_given_another() -> None:
    text = deal_sentence(
        _deal(
            "arms_sale", "signed", item="drones", seller="the Netherlands", buyer="The Philippines"
        )
    )
    assert text == "The Netherlands has signed a deal to sell drones to the Philippines."


def test_a_shouting_headline_amount_is_written_small_in_the_draft() -> None:
    """N11-14: the value's words came from an all-capitals headline ("US$420 MILLION")."""
    deal = _deal("loan", "signed", "US$420 MILLION", seller="Korea Eximbank", buyer="Ghana")
    sentence = deal_sentence(deal)
    assert "US$420 million" in sentence and "MILLION" not in sentence
    assert "XOF 78 BILLION" not in deal_sentence(
        _deal("loan", "signed", "XOF 78 BILLION", seller="BOAD", buyer="Togo")
    )
    assert "XOF 78 billion" in deal_sentence(
        _deal("loan", "signed", "XOF 78 BILLION", seller="BOAD", buyer="Togo")
    )


def test_a_proposal_keeps_the_sources_own_verb() -> None:
    """newcomer13 N13-38: "is considering a loan" was drafted "has offered a loan"."""
    from decimal import Decimal

    from briefdesk.editing.deal_sentence import deal_sentence
    from briefdesk.extract.results import DealSuggestion, MoneySuggestion

    text = "The Nordic Fund is considering a loan of up to €90 million for a smelter in Oulu."
    money = MoneySuggestion(Decimal("90000000"), "EUR", "up to €90 million", estimate=True)
    loan = DealSuggestion(
        kind="loan", item="smelter", value=money, seller="Nordic Fund",  # type: ignore[arg-type]
        status="proposed", evidence=[(0, len(text))],  # type: ignore[arg-type]
    )  # fmt: skip
    assert deal_sentence(loan, text) == (
        "The Nordic Fund is considering a loan of up to €90 million for a smelter."
    )
    offered = "The Nordic Fund has offered a loan of up to €90 million for a smelter in Oulu."
    assert "has offered" in deal_sentence(loan, offered)  # the source's word was "offered"
