"""A lease or charter told by its act ("X has wet-leased two jets from Y", "X took on a
five-year charter from the owner Y", "X has taken a ten-year lease on six tanks owned by Y") is
a deal with the lessee buying and the lessor selling (round 26, ``deal_leased_from``); "leased"
as an adjective, a lease planned, talked about or denied, and a lease from no named owner are
none. Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_leased_from import _FLAG

_LEAD = (
    "Business news\n\nCorvane Shipping Ltd ordered two feeder ships from Maribel Yards Ltd for "
    "US$80 million, the companies said on Monday. "
)


def _pairs(sentence: str) -> list[tuple[str, str]]:
    return [(d.buyer, d.seller) for d in extract_text(_LEAD + sentence + "\n").deals]


@pytest.mark.parametrize(
    ("sentence", "lessee", "lessor"),
    [
        (
            "Oslo-based Fjellvind Airways has wet-leased two Airbus A320s from Ostrava Aero "
            "Leasing s.r.o. to cover the summer season.",
            "Fjellvind Airways",
            "Ostrava Aero Leasing s.r.o.",
        ),
        (
            "The state fuel company, the Empresa Nacional de Combustibles Andinos (ENCA), has "
            "taken a ten-year lease on four storage tanks at Arica owned by Terminales del "
            "Pacífico SAC.",
            "Empresa Nacional de Combustibles Andinos",
            "Terminales del Pacífico SAC",
        ),
        (
            "Tavian Telecommunications Corporation, a state company, took on a five-year charter "
            "from the Danish owner Kestrel Shipping A/S last spring.",
            "Tavian Telecommunications Corporation",
            "Kestrel Shipping A/S",
        ),
    ],
)
def test_a_lease_taken_from_a_named_owner_is_a_deal(
    sentence: str, lessee: str, lessor: str
) -> None:
    assert (lessee, lessor) in _pairs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The jets will replace three leased Dash 8-400s on routes from Dhaka to Chittagong.",
        "Fjellvind Airways, which is in talks with Ostrava Aero Leasing s.r.o., chartered two "
        "jets from Kestrel Shipping A/S if the deal fails?",
        "Fjellvind Airways may take a five-year charter from Kestrel Shipping A/S, its chief "
        "executive said.",
        "Fjellvind Airways has not taken a lease on the hangar owned by Kestrel Shipping A/S.",
        "Fjellvind Airways has wet-leased two Airbus A320s from a Czech company, the airline "
        "said.",
    ],
)
def test_no_lease_taken_from_a_named_owner(sentence: str) -> None:
    deals = extract_text(_LEAD + sentence + "\n").deals
    assert not [d for d in deals if d.status == "signed" and d.buyer == "Fjellvind Airways"]
    assert not [d for d in deals if "Dhaka" in (d.buyer, d.seller)]


def test_the_owner_s_flag_is_no_party() -> None:
    """"operated by Malta-registered X": the flag word before the owner's name is stepped over."""
    flag = _FLAG.match("Malta-registered Orbital Relay Systems Ltd.")
    assert flag is not None and flag.group() == "Malta-registered "
    assert _FLAG.match("Malta Orbital Relay Systems Ltd.") is None
