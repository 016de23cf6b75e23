"""A deal's sides are never taken from the sentence before when that sentence tells another
deal: another amount for other goods (checker9 C9-5, a digest of one deal per line: Poland's
K9 howitzers were suggested as Canada's, Egypt's J-10C fighters as bought from Dassault)."""

from __future__ import annotations

from briefdesk.extract import extract_text

DIGEST = (
    "Canada will buy 11 MQ-9B drones from General Atomics for $2.5 billion, officials said.\n\n"
    "Poland signed a deal worth €1.2 billion with Hanwha for K9 howitzers, the ministry said.\n\n"
    "India ordered 26 Rafale M jets from Dassault for €6.5bn.\n\n"
    "Egypt agreed to buy Chinese J-10C fighters worth $2 billion.\n\n"
    "Slovakia will purchase 14 F-16 jets from Lockheed Martin for $1.8 billion.\n\n"
    "Finland signed for 64 F-35 jets from Lockheed Martin worth $9.4bn.\n"
)


def _sides(text: str) -> dict[str, tuple[str, str]]:
    return {d.item: (d.seller, d.buyer) for d in extract_text(text).deals}


def test_sides_stay_with_their_own_deal() -> None:
    sides = _sides(DIGEST)
    assert sides["K9 howitzers"][1] != "Canada"
    assert sides["Chinese J-10C fighters"][0] != "Dassault"
    assert sides["F-35 jets"][1] != "Slovakia"
    assert sides["Rafale M jets"] == ("Dassault", "India")  # each deal's own sides still read
    assert sides["F-16 jets"] == ("Lockheed Martin", "Slovakia")


def test_a_value_sentence_after_its_deal_still_takes_its_sides() -> None:
    """The same deal told again with its price: the sentence before is this deal, not another."""
    text = (
        "Chile will buy 18 FA-50 jets from Korea Aerospace Industries, the ministry said.\n"
        "The contract is worth $1.1 billion.\n"
    )
    deal = extract_text(text).deals[0]
    assert (deal.seller, deal.buyer) == ("Korea Aerospace Industries", "Chile")
