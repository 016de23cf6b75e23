"""A communiqué's list item ending with a semicolon is a statement like a sentence with a final
stop, so an unpriced agreement it lists is a deal (round 20, deals not found). Made-up texts."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.statement_end import ends_statement

_LEAD = "Joint Communiqué\n\n3. The two sides witnessed the signing of the following instruments:\n"
_SUPPLY = (
    "an agreement under which Kelvor Gas Marketing LLC will supply 120,000 tonnes per year of "
    "liquefied petroleum gas to the Amsel Petroleum Development Corporation for five years"
)


@pytest.mark.parametrize("marker", ["(b)", "ii.", "(ii)", "-"])
def test_a_listed_supply_agreement_is_a_deal(marker: str) -> None:
    text = _LEAD + "(a) a cultural programme;\n" + f"{marker} {_SUPPLY};\n(c) a sports programme.\n"
    sides = [(d.buyer, d.seller) for d in extract_text(text).deals]
    assert ("Amsel Petroleum Development Corporation", "Kelvor Gas Marketing LLC") in sides


@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        ("(b) an agreement on gas supply;", True),
        ("ii. an agreement on gas supply;", True),
        ("Kelvor signs gas supply agreement with Amsel", False),  # a headline
        ("Related: Kelvor gas supply agreement;", False),  # no list marker
        ("3. Kelvor gas supply agreement;", False),  # a numbered heading, not a list item
        ("The agreement was signed.", True),
    ],
)
def test_what_ends_a_statement(sentence: str, ends: bool) -> None:
    assert ends_statement(sentence) is ends


def test_a_semicolon_line_that_is_no_list_item_tells_no_deal() -> None:
    text = "Energy news\n\nKelvor Gas Marketing LLC to supply gas to Amsel Petroleum;\n"
    assert extract_text(text).deals == []


def test_a_price_after_the_list_is_not_a_listed_agreements() -> None:
    """The jetty contract's price in the next numbered paragraph stays the jetty's: neither
    folded into the listed supply agreement nor given its supplier as a side."""
    text = (
        "JOINT COMMUNIQUE ON THE STATE VISIT OF THE PRESIDENT OF TANZANIA TO OMAN\n\n"
        "3. The two sides witnessed the signing of the following instruments:\n"
        "(b) an agreement under which Muttrah Gas Marketing LLC will supply 120,000 tonnes per "
        "year of liquefied petroleum gas to the Tanzania Petroleum Development Corporation for "
        "five years;\n\n"
        "4. The Tanzanian side welcomed the award by the Tanzania Ports Authority of the contract "
        "for a new fish-landing jetty at Kilwa Masoko to Sohar Marine Works LLC, an Omani company, "
        "in the amount of TZS 96.4 billion, and looked forward to the signature of the contract "
        "before the end of the year.\n"
    )
    found = {
        (d.buyer, d.seller, d.value.as_stated if d.value else "") for d in extract_text(text).deals
    }
    assert ("Tanzania Ports Authority", "Sohar Marine Works LLC", "TZS 96.4 billion") in found
    assert ("Tanzania Petroleum Development Corporation", "Muttrah Gas Marketing LLC", "") in found
