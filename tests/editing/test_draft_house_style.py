"""The drafted BLUF and title in house style (N10-10): one to nine in words, and a buyer that
is a state body named with its state."""

from __future__ import annotations

from briefdesk.definite import with_the
from briefdesk.editing.buyer_country import with_buyer_country
from briefdesk.editing.deal_sentence import deal_sentence, in_words
from briefdesk.editing.draft import brief_title
from briefdesk.extract.results import ActorSuggestion, DealSuggestion, Extraction
from briefdesk.model.codes import ActorType, DealKind, DealStatus


def _deal(buyer: str, quantity: int | None = 3) -> DealSuggestion:
    return DealSuggestion(
        kind=DealKind.ARMS_SALE,
        item="offshore patrol vessels",
        quantity=quantity,
        buyer=buyer,
        seller="Chantiers Navals",
        status=DealStatus.SIGNED,
        buyer_key=f"actor:organization:{buyer.casefold()}",
    )


def _reading(buyer: str, country: str) -> Extraction:
    return Extraction(actors=[ActorSuggestion(buyer, ActorType.ORGANIZATION, country=country)])


def test_small_numbers_are_written_in_words() -> None:
    assert [in_words(n) for n in (1, 3, 9, 10, 120)] == ["one", "three", "nine", "10", "120"]
    sentence = deal_sentence(_deal("Navy"))
    assert "to sell three offshore patrol vessels" in sentence
    assert "to sell 12 offshore" in deal_sentence(_deal("Navy", 12))


def test_a_state_body_buyer_gets_its_state() -> None:
    deal = with_buyer_country(_deal("Armed Forces"), _reading("Armed Forces", "SN"))
    assert deal.buyer == "Senegal's Armed Forces"
    assert brief_title(deal) == (
        "Chantiers Navals to sell offshore patrol vessels to Senegal's Armed Forces"
    )
    assert deal_sentence(deal).endswith("to Senegal's Armed Forces.")


def test_a_buyer_that_says_its_state_or_a_company_is_left_alone() -> None:
    for name in ("Kazakh Armed Forces", "Ministry of Defence of Peru", "Halvorsen Optronics"):
        assert with_buyer_country(_deal(name), _reading(name, "PE")).buyer == name
    assert with_buyer_country(_deal("Navy"), Extraction()).buyer == "Navy"  # country unknown
    assert with_the("People's Liberation Army") == "the People's Liberation Army"
