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


# A commitment to invest whose subject points back to the rights' holder named before:
# the holder buys, the grantor sells.
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # "The company had committed": the licence's holder, named in a "held by" phrase
            "Kenya's Ministry of Petroleum has revoked the exploration licence for Block 12 held "
            "by Toronto-based Maple Ridge Energy Inc. The company had committed to a $30 million "
            "work programme but drilled no wells.",
            ("Maple Ridge Energy Inc", "Ministry of Petroleum"),
        ),
        (  # the work programme's price folds into the licence award told before
            "Kenya's Ministry of Petroleum has awarded the Block 12 licence to Maple Ridge Energy "
            "Inc. The company has committed to a $30 million work programme over four years.",
            ("Maple Ridge Energy Inc", "Ministry of Petroleum"),
        ),
        (  # "The partners": the first named of them, the operator
            "Block 9 was awarded to Rovuma Deepwater SA, with Japan's Kisho Oil as a 30% "
            "partner, the national petroleum agency ANP said on Monday. The partners committed "
            "to a minimum work programme of $420 million, including two wells, ANP said.",
            ("Rovuma Deepwater SA", "ANP"),
        ),
    ],
)
def test_a_commitment_pointing_back_is_the_holders(text: str, sides: tuple[str, str]) -> None:
    assert _sides(text)[0] == sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # "They" after "X, which is a subsidiary of Y": X, not its owner
            "The Ministry of Mines of Solomon Islands issued a mining lease for the Taro deposit "
            "on Monday. The lease is held by Melanesia Nickel Ltd, which is a subsidiary of PT "
            "Morowali Smelter Nusantara. They have committed to invest $350 million in the mine.",
            ("Melanesia Nickel Ltd", ""),
        ),
        (  # the company itself named in the apposition's place: its owner is no holder
            "Melanesia Nickel Ltd, a subsidiary of PT Morowali Smelter Nusantara, received a "
            "mining lease from the Ministry of Mines on Monday. The company has committed to "
            "invest $350 million in the mine.",
            ("Melanesia Nickel Ltd", "Ministry of Mines"),
        ),
    ],
)
def test_an_owner_is_no_holder(text: str, sides: tuple[str, str]) -> None:
    assert _sides(text)[0] == sides


# "It" and "the company" after an opening adverbial, read as the subject of the sentence
# before; a loan's sentence beside a sale lends the sale no seller.
@pytest.mark.parametrize(
    ("text", "row", "sides"),
    [
        (  # "Separately, it": the subject of the sentence before, not the lender it names
            "PT Samudra Lintas Nusantara Tbk (SLN) ordered two tankers from Hyundai Mipo "
            "Dockyard last month. SLN said the ships would be financed with a $120 million loan "
            "from Indonesia Eximbank. Separately, it has agreed to sell two old tankers to "
            "Bangkok-based Chao Phraya Tankers for $14.5 million.",
            1,
            ("Chao Phraya Tankers", "PT Samudra Lintas Nusantara Tbk"),
        ),
        (  # "Separately, it agreed to buy": the buyer of the order told before
            "Kivu Rail Ltd ordered 12 locomotives from Dnipro Loco Works for $60 million. "
            "Separately, it agreed to buy 40 wagons from Tatra Wagon AS for $20 million.",
            1,
            ("Kivu Rail Ltd", "Tatra Wagon AS"),
        ),
        (  # the loan's lender sells no ferries
            "Tana Shipping Ltd took a $50 million loan from Nordvik Bank ASA in March. Coastal "
            "Ferries Ltd will buy two ferries for $30 million.",
            1,
            ("Coastal Ferries Ltd", ""),
        ),
        (  # (stays) a loan's own "It" is the company named before
            "Sahelia Energy Ltd operates three oil fields in Chad. It raised $300 million in a "
            "loan from Afrexim Bank on Monday.",
            0,
            ("Sahelia Energy Ltd", "Afrexim Bank"),
        ),
    ],
)
def test_it_after_an_adverbial_and_a_loan_beside_a_sale(
    text: str, row: int, sides: tuple[str, str]
) -> None:
    assert _sides(text)[row] == sides
