"""The learned chooser of counterparts (round 17, deal_chooser): it fills an empty side of a
found deal only when sure, never with a state, a source or a name from the sentence before,
and the side it gives is a guess that a draft does not state. Made-up sentences only."""

from __future__ import annotations

import pytest

from briefdesk.editing.draft_sure import sure_sides
from briefdesk.extract import deal_chooser, extract_text

SHIPPED = deal_chooser.THRESHOLD  # (read at import, before any fixture)


@pytest.fixture(autouse=True)
def _chooser_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The chooser ships off (the checks dropped it); its behaviour is tested switched on."""
    monkeypatch.setattr(deal_chooser, "THRESHOLD", deal_chooser.LOSO_THRESHOLD)


def test_ships_off() -> None:
    assert not 0.0 < SHIPPED < 1.0 and deal_chooser.LOSO_THRESHOLD == 0.8


# The company speaks of "the order": its seller, though no rule reads a direction.
ORDER = "Kestrel Marine Ltd said the $120 million order for two tugs was its largest."


def _deal(text: str):  # type: ignore[no-untyped-def]
    deals = extract_text(text).deals
    assert len(deals) == 1
    return deals[0]


def test_fills_an_empty_side_it_is_sure_of_and_says_so() -> None:
    deal = _deal(ORDER)
    assert (deal.buyer, deal.seller) == ("", "Kestrel Marine Ltd")
    why = next(r for r in deal.why if r.rule == "seller.chosen")
    assert "counterpart chosen by learned chooser 0.9" in why.text
    assert "Kestrel Marine Ltd" in why.text


def test_switched_off_the_side_stays_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deal_chooser, "THRESHOLD", 2.0)
    deal = _deal(ORDER)
    assert (deal.buyer, deal.seller) == ("", "")


@pytest.mark.parametrize(
    "text",
    [
        # a source, not a side ("according to")
        "Officials confirmed a $300 million contract for fighter jets, according to the "
        "Aerix Institute.",
        # the buyer that signed: not chosen as seller, and the chooser is not sure of it as buyer
        "The Port Authority of Freedonia said on Monday that it had signed a $120 million "
        "contract for two harbour tugs.",
        # the one who announces
        "The $120 million patrol boat deal was announced by Kestrel Marine Ltd on Monday.",
        # a state is never chosen, however sure the model is
        "Norway said the $120 million order for two tugs was its largest.",
    ],
)
def test_leaves_a_side_empty_when_unsure_or_never_chosen(text: str) -> None:
    deal = _deal(text)
    assert not any(r.rule.endswith(".chosen") for r in deal.why)


def test_a_name_from_the_sentence_before_is_never_chosen() -> None:
    text = "Kestrel Marine Ltd builds tugs. The $120 million order for two tugs was its largest."
    for deal in extract_text(text).deals:
        assert not any(r.rule.endswith(".chosen") for r in deal.why)


def test_a_chosen_side_is_a_guess_the_draft_does_not_state() -> None:
    deal = _deal(ORDER)
    sure = sure_sides(deal)
    assert sure.seller == "" and sure.seller_key == ""
    assert not any(r.rule == "seller.chosen" for r in sure.why)


def test_the_shipped_weights_load_and_score() -> None:
    deal_chooser.use_weights(None)
    table = deal_chooser.weights()
    assert len(table) > 100 and deal_chooser.BIAS in table
    assert deal_chooser.probability(["seller|speaker:True"]) != deal_chooser.probability([])
