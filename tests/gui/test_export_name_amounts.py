"""newcomer21 N21-14: the proposed export file name was cut inside a money amount
("Tavria-swaps-600-000-t-of-wheat-for-Norvex-fertiliser-in-US.docx"). An amount is one unit
of the name: kept whole or left out whole, and the word before it is not left dangling."""

from __future__ import annotations

import pytest

from briefdesk.gui.export_target import slug


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Tavria swaps 600,000 t of wheat for Norvex fertiliser in US$180 million barter",
            "Tavria-swaps-600-000-t-of-wheat-for-Norvex-fertiliser",
        ),
        (
            "Calvera leases two Kestrel transports for EUR 96 million, with option to buy",
            "Calvera-leases-two-Kestrel-transports-for-EUR-96-million",
        ),
        (
            "Indonesia buys 42 Rafale jets from Dassault for US$8.1bn in a deal",
            "Indonesia-buys-42-Rafale-jets-from-Dassault-for-US-8-1bn",
        ),
    ],
)
def test_an_amount_is_never_cut(title: str, name: str) -> None:
    assert slug(title) == name


def test_names_with_figures_that_are_no_amount_keep_their_words() -> None:
    assert slug("Poland to buy 180 K2 tanks") == "Poland-to-buy-180-K2-tanks"
    assert slug("F-16 upgrade for the air force") == "F-16-upgrade-for-the-air-force"
