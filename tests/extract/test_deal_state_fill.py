"""The article's main state fills a deal's empty side only when the deal's sentence names no
other receiver (newcomer10 N10-02: drones delivered "to the Estonian Defence Forces" in an
OSLO-datelined trade item got Norway as buyer)."""

from __future__ import annotations

from briefdesk.extract import extract_text

OSLO = (
    "OSLO — Norwegian maker Fjordvik Vehicles and Norway's army signed a contract for 40 "
    "trucks worth 900 million Norwegian crowns, the Norwegian defence ministry said.\n\n"
    "Norway will take the first trucks next year, Norwegian officials said.\n\n"
)


def _deal(text: str, item_word: str) -> tuple[str, str]:
    deal = next(d for d in extract_text(text).deals if item_word in d.item)
    return deal.buyer, deal.seller


def test_a_third_states_receiver_keeps_the_main_state_out() -> None:
    text = OSLO + (
        "Meanwhile, Austria's Alpwerk Systems said it had delivered the first six of 18 ordered "
        "Kestrel drones to the "
        "Latvian Land Forces under a €40 million contract."
    )
    buyer, seller = _deal(text, "drones")
    assert seller == "Alpwerk Systems"
    assert buyer != "Norway"


def test_the_main_state_still_fills_a_side_the_sentence_leaves_open() -> None:
    text = OSLO + (
        "Austria's Alpwerk Systems will also supply 12 Kestrel drones under a €40 million "
        "contract, the ministry said."
    )
    buyer, seller = _deal(text, "drones")
    assert seller == "Alpwerk Systems"
    assert buyer == "Norway"  # no other receiver named: the article's state, as before
