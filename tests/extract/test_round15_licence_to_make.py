"""Round 15: licensed production told as "a licence with/from X to assemble/build/produce ...":
the holder (the subject) is the licensee and buys, X the licensor sells; a licence to do
something other than make goods, or from an unnamed authority, is no such deal. Made-up
sentences only."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_licence import licence_kind

# A priced deal first, so the sentence under test is read by the unpriced pass.
_PRICED = (
    "Ghana's navy signed a $40 million contract with Harlan Marine Ltd for two patrol boats "
    "on Monday. "
)


def _deals(sentence: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.buyer, d.seller) for d in extract_text(_PRICED + sentence).deals[1:]]


@pytest.mark.parametrize(
    ("sentence", "licensee", "licensor"),
    [
        (
            "The state shipyard Volta Dockyard Ltd has initialled a licence with Rotterdam-based "
            "Maas Design BV to assemble four patrol boats of the Dutch yard's design.",
            "Volta Dockyard Ltd",
            "Maas Design BV",
        ),
        (
            "Harlan Marine Ltd holds a licence from Kessel Naval Design GmbH to build the boats "
            "to that company's hull design.",
            "Harlan Marine Ltd",
            "Kessel Naval Design GmbH",
        ),
    ],
)
def test_a_licence_to_make_goods(sentence: str, licensee: str, licensor: str) -> None:
    assert _deals(sentence) == [("licensed_production", licensee, licensor)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Volta Dockyard Ltd received a licence from the Ghana Maritime Authority to operate a "
        "ferry service.",
        "Volta Dockyard Ltd obtained a licence from the ministry to build a new slipway.",
    ],
)
def test_no_licensed_production_from_other_licences(sentence: str) -> None:
    assert all(kind != "licensed_production" for kind, _b, _s in _deals(sentence))


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("X has signed a licence with Y to produce 155 mm shells.", True),
        ("X holds a licence from Y to manufacture the engines.", True),
        ("X holds a licence from Y to operate two berths.", False),
        ("X renewed its broadcasting licence with the regulator.", False),
    ],
)
def test_licence_kind(sentence: str, told: bool) -> None:
    assert (licence_kind(sentence) == "licensed_production") is told
