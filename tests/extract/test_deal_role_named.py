"""A side named by its role in the sentence after the deal ("The buyer is X.", "The seller, Y,
is ...", "The supplier is Z.") fills the deal's open side, or a state standing for the body the
role names (round 23, deals not found: ``deal_role_named``). A role sentence far from the deal,
a role noun used otherwise, or a deal with both sides named stays as it was. Made-up text."""

from __future__ import annotations

from briefdesk.extract import extract_text


def _deals(text: str) -> list[tuple[str, str, str]]:
    found = extract_text("Business news\n\n" + text + "\n").deals
    return [(d.kind.value, d.buyer, d.seller) for d in found]


def test_unpriced_deal_takes_both_roles() -> None:
    text = (
        "Serevia on Thursday signed a ten-year agreement to buy liquefied natural gas from a "
        "field off Ostmark, officials said.\n\n"
        "The buyer is the state-owned Serevian Fuel Company. The seller, Ostmark Offshore Gas "
        "SA, is a Lindau-based company."
    )
    assert ("energy_supply", "Serevian Fuel Company", "Ostmark Offshore Gas SA") in _deals(text)


def test_supplier_named_next() -> None:
    text = (
        "The Serevian state utility Servolt has ordered four gas turbines for the Palma "
        "plant.\n\n"
        "The supplier is Ostmark Turbinen SA, based in Lindau. Servolt did not give a price."
    )
    assert ("energy_supply", "Servolt", "Ostmark Turbinen SA") in _deals(text)


def test_priced_deal_state_gives_way_to_the_named_buyer() -> None:
    text = (
        "Serevia has signed a contract with Ostmark Werft AG for two frigates. The contract, "
        "signed in Lindau, is worth €1.2 billion. The buyer is the Serevian Ministry of Defence."
    )
    assert ("arms_sale", "Serevian Ministry of Defence", "Ostmark Werft AG") in _deals(text)


def test_role_noun_not_opening_a_sentence_fills_nothing() -> None:
    text = (
        "Serevia on Thursday signed a ten-year agreement to buy liquefied natural gas from a "
        "field off Ostmark, officials said. Analysts said that the seller is likely to be "
        "Ostmark Offshore Gas SA."
    )
    assert all(seller != "Ostmark Offshore Gas SA" for _k, _b, seller in _deals(text))


def test_role_sentence_too_far_fills_nothing() -> None:
    text = (
        "Serevia has signed a contract with Ostmark Werft AG for two frigates worth €1.2 "
        "billion. The first ship is due in 2029. The second will follow a year later. Crews "
        "will train in Lindau. The buyer is the Serevian Ministry of Defence."
    )
    assert ("arms_sale", "Serevia", "Ostmark Werft AG") in _deals(text)


def test_named_body_is_not_replaced() -> None:
    text = (
        "The Serevian Ministry of Defence has signed a contract with Ostmark Werft AG for two "
        "frigates worth €1.2 billion. The buyer, Serevian Navy Command, will base them in Palma."
    )
    assert ("arms_sale", "Serevian Ministry of Defence", "Ostmark Werft AG") in _deals(text)
