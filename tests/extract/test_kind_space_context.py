"""Round 26: a value sentence that names no goods, next to a radar satellite or a launch, is no
arms sale: the "radar", "rocket" or "defence" around it is the spacecraft's. Made-up texts; each
positive read arms_sale at round26-start; near misses keep a weapon or a missile's launcher."""

from __future__ import annotations

import pytest

from briefdesk.extract.deal_services import space_context
from tests.extract.deal_rows import deals


def kind_of(text: str, amount: str) -> str:
    rows = [row for row in deals(text) if row[3] == amount]
    assert len(rows) == 1, deals(text)
    return rows[0][2]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "The Latvian Space Office has signed a contract with Kuldiga Orbital SIA for a "
            "synthetic aperture radar satellite to watch the Baltic coast. The contract is "
            "valued at €38.2 million.",
            "€38.2 million",
        ),
        (
            "The Department of Defence has chosen Tasman Launch Ltd to put two small radar "
            "satellites into orbit from Mahia in 2029. The contract is worth A$92 million, "
            "officials said.",
            "A$92 million",
        ),
    ],
)
def test_value_beside_a_satellite_is_other(text: str, amount: str) -> None:
    assert kind_of(text, amount) == "other"


def test_value_beside_a_missile_system_stays_an_arms_sale() -> None:
    text = (
        "The package comprises twelve truck-mounted launchers, four surveillance radars and "
        "interceptors for a vertical-launch air defence system. The contract is worth €180 "
        "million, the ministry said."
    )
    assert kind_of(text, "€180 million") == "arms_sale"


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("two radar satellites for the air force", True),
        ("the rocket will launch three microsatellites", True),
        ("radar satellites and twelve fighter jets", False),  # a weapon named beside them
        ("a vertical-launch canister and missiles", False),
        ("six surveillance radars and a command post", False),  # no spacecraft
    ],
)
def test_space_context(context: str, expected: bool) -> None:
    assert space_context(context) is expected
