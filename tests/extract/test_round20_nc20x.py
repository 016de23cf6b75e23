"""Newcomer20's deals (round 20): a contract for a service on goods is no sale of the goods
(N20-03). Made-up sentences in several wordings, with the sales that must stay sales."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deal(text: str) -> tuple[str, str, int | None]:
    """(kind, item, quantity) of the one priced deal of ``text``."""
    found = [d for d in extract_text(text).deals if d.value]
    assert len(found) == 1, found
    return found[0].kind, found[0].item, found[0].quantity


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (  # a noun with two modifiers, the goods counted and owned ("the Navy's")
            "BOGOTA - Ruritania's Ministry of Defence has cancelled a EUR 74 million contract "
            "with the shipyard Nordwerft for the mid-life maintenance of the Navy's two Type 209 "
            "submarines, ARC Uno and ARC Dos, after a court ruled the tender void.",
            "mid-life maintenance of the Navy's two Type 209 submarines",
        ),
        (  # awarded to, "overhaul"
            "The Ruritanian Navy awarded a USD 30 million contract to Norlake Shipyard for the "
            "overhaul of four patrol boats.",
            "overhaul of four patrol boats",
        ),
        (  # a verb: "to upgrade"
            "Ruritania signed a $120 million deal with Avionix to upgrade 24 F-16 fighter jets.",
            "upgrade 24 F-16 fighter jets",
        ),
        (  # "repair", the amount before the deal word
            "The army awarded Tessaro Defence a EUR 15 million contract for the repair of 40 "
            "Leopard tanks.",
            "repair of 40 Leopard tanks",
        ),
        (  # two services joined
            "Velmark Aero won a $55 million contract for the overhaul and upgrade of 12 Mi-17 "
            "helicopters of the Ruritanian Air Force.",
            "overhaul and upgrade of 12 Mi-17 helicopters of the Ruritanian Air Force",
        ),
    ],
)
def test_a_service_on_arms_is_no_sale_of_them(text: str, item: str) -> None:
    assert _deal(text) == ("other", item, None)


@pytest.mark.parametrize(
    ("text", "item", "quantity"),
    [
        (  # the goods bought: a sale
            "Ruritania signed a $120 million deal with Avionix to buy 24 F-16 fighter jets.",
            "F-16 fighter jets",
            24,
        ),
        (  # supply and maintenance: the goods are sold with the service
            "The ministry signed a $9 million contract with Kovar Systems for the supply and "
            "maintenance of 12 howitzers.",
            "howitzers",
            12,
        ),
        (  # the goods, then their maintenance
            "The ministry signed a $9 million contract with Kovar Systems for 12 howitzers and "
            "their maintenance.",
            "howitzers",
            12,
        ),
        (  # a sale that includes training
            "Kovar Systems will sell 12 howitzers to Ruritania for $9 million, including the "
            "training of 40 crews.",
            "howitzers",
            12,
        ),
    ],
)
def test_a_sale_with_a_service_stays_a_sale(text: str, item: str, quantity: int) -> None:
    assert _deal(text) == ("arms_sale", item, quantity)
