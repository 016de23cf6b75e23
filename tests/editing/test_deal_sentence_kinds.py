"""The drafted BLUF sentence for the kinds beyond sales (newcomer12 N12-17): a concession is
granted, an award orders one side to pay the other, sanctions are imposed, a stake is sold."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefdesk.editing.deal_sentence import deal_sentence
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
                "concession", "delivered", item="spaceport", seller="Kazakhstan", buyer="Orbit Ltd"
            ),
            "Kazakhstan has granted Orbit Ltd a concession for the spaceport.",
        ),
        (
            _deal(
                "concession", "cancelled", item="Block 9 licence", seller="Gabon", buyer="Orbit Ltd"
            ),
            "Gabon has cancelled the Block 9 licence held by Orbit Ltd.",
        ),
        (
            _deal(
                "award",
                "approved",
                "USD 125 million",
                item="ICSID award",
                seller="Kyrgyzstan",
                buyer="Tethys Gold Mining Ltd",
            ),
            "The tribunal has ordered Kyrgyzstan to pay Tethys Gold Mining Ltd USD 125 million.",
        ),
        (
            _deal("award", "delivered", "USD 125 million", item="ICSID award", seller="Kyrgyzstan"),
            "Kyrgyzstan has paid USD 125 million under the ICSID award.",
        ),
        (
            _deal("award", "cancelled", "$40 million", seller="Peru", buyer="Aurum SA"),
            "The award ordering Peru to pay Aurum SA $40 million has been annulled.",
        ),
        (
            _deal("award", "reported", item="court judgment", buyer="Aurum SA"),
            "The court is reported to have awarded Aurum SA damages.",
        ),
        (
            _deal(
                "sanctions",
                "delivered",
                item="export ban on dual-use goods",
                seller="European Union",
                buyer="Belarus",
            ),
            "The European Union has imposed an export ban on dual-use goods against Belarus.",
        ),
        (
            _deal("sanctions", "cancelled", seller="United States", buyer="Venezuela"),
            "The United States has lifted sanctions on Venezuela.",
        ),
        (
            _deal("sanctions", "approved", item="14th sanctions package", buyer="Russia"),
            "The 14th sanctions package on Russia has been approved.",
        ),
        (
            _deal(
                "acquisition",
                "signed",
                "USD 380 million",
                item="10% stake in the Norte field",
                seller="Tullow Oil",
                buyer="Sonangol",
            ),
            "Tullow Oil has signed a deal to sell a 10% stake in the Norte field to Sonangol for "
            "USD 380 million.",
        ),
        (
            _deal("acquisition", "delivered", "USD 380 million", item="8% stake", buyer="Sonangol"),
            "Sonangol has bought an 8% stake for USD 380 million.",
        ),
    ],
)
def test_new_kinds_read_as_an_analyst_writes(deal: DealSuggestion, expected: str) -> None:
    assert deal_sentence(deal) == expected


@pytest.mark.parametrize("kind", ["concession", "award", "sanctions", "acquisition"])
@pytest.mark.parametrize("status", list(DealStatus))
@pytest.mark.parametrize(
    "sides", [("A Corp", "Ruritania"), ("A Corp", ""), ("", "Ruritania"), ("", "")]
)
def test_every_status_and_side_gives_one_clean_sentence(
    kind: str, status: DealStatus, sides: tuple[str, str]
) -> None:
    text = deal_sentence(
        _deal(kind, status.value, "$5 million", item="Lobo mine", buyer=sides[0], seller=sides[1])
    )
    assert text[:1].isupper() and text.endswith(".") and "  " not in text
    assert " a a " not in text and " the the " not in text and ".." not in text
    assert "buy" not in text or kind == "acquisition"


def test_a_drafted_brief_title_says_who_grants_pays_or_imposes() -> None:
    from briefdesk.editing.draft import brief_title

    concession = _deal(
        "concession", item="spaceport concession", seller="Kazakhstan", buyer="Orbit"
    )
    assert brief_title(concession) == "Kazakhstan grants spaceport concession to Orbit"
    award = _deal("award", item="ICSID award", seller="Kyrgyzstan", buyer="Tethys")
    assert brief_title(award) == "Kyrgyzstan ordered to pay Tethys"
    assert (
        brief_title(_deal("sanctions", seller="EU", buyer="Belarus")) == "EU sanctions on Belarus"
    )


def test_an_item_less_title_reads_in_the_kinds_words() -> None:
    from briefdesk.editing.accept import deal_title

    assert deal_title(_deal("sanctions", buyer="Belarus")) == "Sanctions on Belarus"
    assert deal_title(_deal("sanctions", seller="EU")) == "Sanctions by EU"
    assert deal_title(_deal("acquisition", buyer="Sonangol")) == "Acquisition by Sonangol"
    assert deal_title(_deal("award", seller="Peru")) == "Award against Peru"
    assert deal_title(_deal("loan", buyer="Ghana")) == "Loan to Ghana"


def test_a_company_bought_whole_leads_with_its_buyer() -> None:
    """newcomer17 N17-01: "Harlow Minerals to buy Caspara Copper" was drafted as "Ostrava
    Partners to sell Caspara Copper Ltd to Harlow Minerals plc" and "Ostrava Partners has
    approved the sale": a takeover is the buyer's act; a stake sold off stays the seller's."""
    from briefdesk.editing.draft import brief_title

    takeover = _deal(
        "acquisition",
        "approved",
        "$1.4 billion",
        item="Caspara Copper Ltd",
        buyer="Harlow Minerals plc",
        seller="Ostrava Partners",
    )
    assert brief_title(takeover) == (
        "Harlow Minerals plc to buy Caspara Copper Ltd from Ostrava Partners"
    )
    assert deal_sentence(takeover) == (
        "Harlow Minerals plc has agreed to buy Caspara Copper Ltd from Ostrava Partners for "
        "$1.4 billion."
    )
    stake = _deal(
        "acquisition",
        "signed",
        item="10% stake in the Norte field",
        buyer="Sonangol",
        seller="Tullow Oil",
    )
    assert brief_title(stake) == "Tullow Oil to sell 10% stake in the Norte field to Sonangol"
    assert deal_sentence(stake).startswith("Tullow Oil has signed a deal to sell a 10% stake")
