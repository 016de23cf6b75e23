"""An active award of "the contract" to a name ("has awarded the contract for the quay works to
X") is a deal told for the first time, not the priced deal told again (round 26, deals not
found: ``deal_signed_the.awarded_the``); a passive award, an award not made and a contract "to
the lowest bidder" still point back or tell nothing. Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_folded import fold_prices
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_more import unpriced_veto
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.text import Sentence

_PRICED = (
    "Corvane Shipping Ltd ordered two feeder ships from Maribel Yards Ltd for US$80 million, the "
    "companies said on Monday."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministry of Roads has awarded the contract to resurface the Tarvel–Ossin highway to "
        "Brennick Civil Works Ltd, according to a notice published on Friday.",
        "Following a open tender, the port authority on 3rd March, 2027 awarded the contract for "
        "the dredging, survey and repair of the North Quay to Halvard Marine Limited.",
        "The water board awarded the main pumping contract to the Ostrander Group in May.",
    ],
)
def test_an_award_of_the_contract_to_a_name_is_not_vetoed(sentence: str) -> None:
    assert not unpriced_veto(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Brennick Civil Works Ltd was awarded the contract in May.",
        "The ministry has not awarded the contract to Brennick Civil Works Ltd.",
        "The ministry has not yet awarded the contract to Brennick Civil Works Ltd.",
        "The board awarded the contract to the lowest bidder.",
        "The court awarded the same contract costs to Brennick.",
        "The contract was signed with Maribel Yards on Tuesday.",
    ],
)
def test_a_contract_told_again_or_not_awarded_is_still_vetoed(sentence: str) -> None:
    assert unpriced_veto(sentence)


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(d.buyer, d.seller) for d in extract_text(text).deals]


def test_the_award_is_a_deal_beside_the_priced_one() -> None:
    text = (
        "Business news\n\n" + _PRICED + " Separately, the Tavian Ports Authority has awarded the "
        "contract for the deepening of the Sorrel channel to Kestrel Dredging Limited, the "
        "authority said.\n"
    )
    assert ("Tavian Ports Authority", "Kestrel Dredging Limited") in _pairs(text)


def test_an_award_to_be_made_is_no_deal() -> None:
    text = (
        "Business news\n\n" + _PRICED + " The Tavian Ports Authority has not yet awarded the "
        "contract for the deepening of the Sorrel channel to Kestrel Dredging Limited.\n"
    )
    pairs = _pairs(text)
    assert ("Tavian Ports Authority", "Kestrel Dredging Limited") not in pairs
    assert len(pairs) == 1



def test_a_price_told_after_another_deal_is_not_the_awards() -> None:
    """A deal told between the award and "The contract, worth ..." stands between them: the
    price is not folded into the award (``deal_folded._told_between``, round 26)."""
    said = [
        "The Ministry of Roads has awarded the contract for the highway to Brennick Ltd.",
        "The notice gives no amount.",
        "The Ministry of Transport terminated in July the contract with Halvard Marine.",
        "The contract, worth 14 billion CFA francs, had been signed in 2024.",
    ]
    sents, at = [], 0
    for line in said:
        sents.append(Sentence(at, at + len(line), line))
        at += len(line) + 1
    award = DealBuild("other", None, buyer="Ministry of Roads", seller="Brennick Ltd")
    award.sentence_index, award.evidence = 0, [(sents[0].start, sents[0].end)]
    ended = DealBuild("other", None, buyer="Ministry of Transport")  # (its seller not read)
    ended.sentence_index, ended.status = 2, "cancelled"
    start = sents[3].start + sents[3].text.index("14")
    money = MoneyMention(Decimal("14000000000"), "XAF", "14 billion CFA francs", start, start + 21)
    priced = DealBuild("other", money, sentence_index=3)
    kept = fold_prices([award, ended, priced], sents, str.__eq__)
    assert award in kept and award.value is None
    assert priced.buyer != "Ministry of Roads"
