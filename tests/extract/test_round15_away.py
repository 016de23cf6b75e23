"""Deal sides named away from the deal's sentence (round 15): made-up sentences in several
wordings, with the ones that must stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals


def _sides(text: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in deals(text)]


# The value sentence names nobody; the sentence before names a side by a pointer.
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # "the navy" in the sentence the value points back to
            "The Royal Thai Navy lost a frigate in 2020. Last week the navy signed a contract "
            "with Okinawa Marine Works Co for two patrol boats. The deal is valued at 3 billion "
            "baht.",
            ("Royal Thai Navy", "Okinawa Marine Works Co"),
        ),
        (  # "the ministry", and the value told in a clause of its own
            "Ghana's Ministry of Defence has a new chief of staff. On Monday the ministry "
            "signed a contract with Hellenic Armour SA for 40 armoured vehicles. The contract, "
            "its largest this decade, is worth $95 million.",
            ("Ministry of Defence", "Hellenic Armour SA"),
        ),
        (  # "It" ordered from a named maker
            "Kivu Rail Ltd runs the line from Goma to Bukavu. It ordered 12 locomotives from "
            "Dnipro Loco Works on Monday. The order is worth $60 million.",
            ("Kivu Rail Ltd", "Dnipro Loco Works"),
        ),
        (  # "It" after a dateline, the price as "was put at"
            "NAIROBI, May 4 - Tana Water Services Board serves three counties. It has "
            "bought six pumping stations from Grundvik Pumps AB. The purchase was put at 1.2 "
            "billion shillings.",
            ("Tana Water Services Board", "Grundvik Pumps AB"),
        ),
    ],
)
def test_a_pointer_in_the_sentence_before_names_the_side(text: str, sides: tuple[str, str]) -> None:
    assert _sides(text)[0] == sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # the value sentence names its own sides: the sentence before is not read
            "Kivu Rail Ltd runs the line from Goma. It ordered 12 locomotives from Dnipro Loco "
            "Works on Monday. Separately, Goma Transit SA agreed to buy 40 buses from Ankara "
            "Otobus AS for $60 million.",
            ("Goma Transit SA", "Ankara Otobus AS"),
        ),
        (  # the sentence before tells no deal: "It welcomed" gives no side
            "Kivu Rail Ltd runs the line from Goma. It welcomed the visit of Dnipro Loco Works "
            "executives on Monday. The contract is worth $60 million.",
            ("", ""),
        ),
        (  # a seller's "It" stays the seller
            "Dnipro Loco Works builds engines in Ukraine. It will supply 12 locomotives to Kivu "
            "Rail Ltd. The order is worth $60 million.",
            ("Kivu Rail Ltd", "Dnipro Loco Works"),
        ),
    ],
)
def test_what_the_sentence_before_does_not_say_stays(text: str, sides: tuple[str, str]) -> None:
    assert _sides(text)[0] == sides
