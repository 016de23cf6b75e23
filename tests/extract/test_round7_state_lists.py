"""A list of three or more states with no deal word tying two of them makes no deal (newcomer 6,
F6: "signed by Chile and Peru and Korea and France" gave Peru -> Chile). Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deals(text: str) -> list[tuple[str, str, str]]:
    return [(d.seller, d.buyer, d.kind.value) for d in extract_text(text).deals]


@pytest.mark.parametrize(
    "text",
    [
        "The deal was signed by Chile and Peru and Korea and France.",
        "The deal was signed by Chile, Peru, Korea and France.",
        "Chile and Peru and Korea and France signed the deal.",
        "Arms deal\n\nThe arms deal was signed by Chile and Peru and Korea and France and "
        + "Chile and Peru and Korea and France and " * 50
        + "Chile.",
    ],
)
def test_no_deal_is_guessed_from_a_list_of_states(text: str) -> None:
    assert _deals(text) == []


def test_a_priced_deal_signed_by_a_list_keeps_its_value_but_no_guessed_sides() -> None:
    deals = extract_text("Chile, Peru, Korea and France signed a $1 billion deal.").deals
    assert len(deals) == 1
    assert deals[0].value is not None and deals[0].value.as_stated == "$1 billion"
    assert (deals[0].seller, deals[0].buyer) == ("", "")


@pytest.mark.parametrize(
    "text",
    [
        "Peru will sell Chile six patrol boats.",
        "Peru will sell Chile six patrol boats, officials from Korea and France said.",
        "Peru, Chile, Korea and France met in Lima, where Peru agreed to sell Chile six boats.",
    ],
)
def test_a_deal_word_tying_two_states_still_makes_the_deal(text: str) -> None:
    assert [(s, b) for s, b, _ in _deals(text)] == [("Peru", "Chile")]


def test_two_states_signing_still_get_the_house_guess() -> None:
    # Two sides are not a list: the usual guess (named as a guess in its why) stands.
    deals = extract_text("The deal was signed by Chile and Peru.").deals
    assert len(deals) == 1
    assert {deals[0].seller, deals[0].buyer} == {"Chile", "Peru"}
    assert any(r.rule.endswith(".guess") for r in deals[0].why)
