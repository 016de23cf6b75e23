"""A deal party's why names the party it gives (newcomer6 F5). Made-up sentences only."""

from __future__ import annotations

from briefdesk.extract import extract_text


def test_a_body_taken_for_its_state_is_named_in_the_why() -> None:
    text = (
        "Norway has agreed to buy 24 K9 howitzers from Hanwha Aerospace in a contract worth "
        "$200 million, the Norwegian Defence Materiel Agency said on Wednesday."
    )
    deal = extract_text(text).deals[0]
    buyer_why = [r.text for r in deal.why if r.rule.startswith("buyer.")]
    assert deal.buyer == "Norwegian Defence Materiel Agency"  # (its state word stays)
    assert buyer_why and "Norwegian Defence Materiel Agency" in buyer_why[0]
    assert "Norway" in buyer_why[0]  # the subject the cue speaks of, named too


def test_a_party_read_directly_keeps_its_plain_why() -> None:
    deal = extract_text("Chile will buy 18 FA-50 jets from Korea Aerospace Industries.").deals[0]
    seller_why = [r.text for r in deal.why if r.rule.startswith("seller.")]
    assert deal.seller == "Korea Aerospace Industries"
    assert seller_why and "acts for it" not in seller_why[0]
