"""Round 15: a sentence after a deal that brings in a deal of its own with an indefinite article
("A lease of the wharf to X was signed", "Another contract ...", "Separately, a grant ...")
lends the deal before it none of its sides; "The contract ..." or "It ..." tells the same deal
on. (Round 14's known weakness: a side carried from the next sentence took that sentence's own
party.) Made-up sentences only."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_introduced import introduces_deal

_PRICED = (
    "Ruritania's navy signed a $40 million contract with Harlan Marine Ltd for two patrol boats "
    "on Monday. "
)


@pytest.mark.parametrize(
    ("second", "party"),
    [
        (
            "A lease of the old fish wharf to a private terminal company, Coral Bulk Handlers "
            "Ltd, was signed on Monday.",
            "Coral Bulk Handlers Ltd",
        ),
        (
            "A 20-year lease of the ferry berth to Coral Bulk Handlers Ltd was approved by the "
            "cabinet.",
            "Coral Bulk Handlers Ltd",
        ),
        (
            "Separately, a charter of two tugs to Pelican Towage Ltd was agreed on Friday.",
            "Pelican Towage Ltd",
        ),
    ],
)
def test_the_next_sentence_s_own_deal_lends_no_side(second: str, party: str) -> None:
    deals = extract_text(_PRICED + second).deals
    priced = [d for d in deals if d.value]
    assert len(priced) == 1
    assert party not in (priced[0].buyer, priced[0].seller)
    assert priced[0].seller == "Harlan Marine Ltd"


@pytest.mark.parametrize(
    "sentence",
    [
        "A lease of the old fish wharf to X was signed on Monday.",
        "Another contract, for two more boats, may follow.",
        "Separately, a $5 million grant went to the port.",
        "An order from the navy went to Y last year.",
        "A 25-year lease of the quay to Z was approved.",
    ],
)
def test_a_deal_brought_in_as_new(sentence: str) -> None:
    assert introduces_deal(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The contract was signed on Monday.",
        "It includes training for 40 crew.",
        "A spokesman said the lease was signed on Monday.",
        "A ministry official said the loan was approved.",
        "A total of 12 boats will be built.",
        "A shipyard in Gdansk will build the hulls.",
    ],
)
def test_no_deal_brought_in(sentence: str) -> None:
    assert not introduces_deal(sentence)


def test_the_same_deal_told_on_still_lends_its_side() -> None:
    text = (
        "Ruritania's navy will pay $40 million for two patrol boats, officials said. "
        "The boats will be built by Harlan Marine Ltd in Gdansk."
    )
    priced = [d for d in extract_text(text).deals if d.value]
    assert priced and priced[0].seller == "Harlan Marine Ltd"
