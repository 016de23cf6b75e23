"""An agreement executed, concluded or initialled for so much a year is a deal, as one signed
or agreed already was; a yearly trade with no such signing stays a habit (round 20, deals not
found). Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deals(sentence: str) -> list[tuple[str, str]]:
    found = extract_text("Mining news\n\n" + sentence + "\n").deals
    return [(d.buyer, d.seller) for d in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 March 2027 the Company's marketing subsidiary, Kelso Marketing Ltd, executed a "
        "binding offtake agreement with Varna Carbon Materials Co. of Dalian, China, for 30,000 "
        "tonnes a year of graphite concentrate.",
        "Kelso Marketing Ltd has concluded an offtake agreement with Varna Carbon Materials Co "
        "for 30,000 tonnes a year of graphite concentrate.",
        "Kelso Marketing Ltd entered into an offtake agreement with Varna Carbon Materials Co "
        "for 30,000 tonnes a year of graphite concentrate.",
    ],
)
def test_an_executed_yearly_offtake_is_a_deal(sentence: str) -> None:
    assert any(
        buyer.startswith("Varna Carbon Materials Co") and seller == "Kelso Marketing Ltd"
        for buyer, seller in _deals(sentence)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a habit told with a past contract: no new deal
        "Varna Steel buys 2 million tonnes a year of iron ore from Kelso Mining under a contract "
        "executed in 2019.",
        # a yearly output, no agreement
        "Kelso Mining produced 30,000 tonnes a year of graphite concentrate after it concluded "
        "its expansion.",
        # a yearly trade with no agreement told
        "Varna Steel has bought about 2 million tonnes a year of iron ore from Kelso Mining "
        "since 2015.",
    ],
)
def test_no_deal_from_a_yearly_habit(sentence: str) -> None:
    assert _deals(sentence) == []
