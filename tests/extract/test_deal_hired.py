"""A named firm hired, contracted, engaged or commissioned for work is a signed contract, the
firm selling and the side that hired it buying (round 21, deals not found: ``deal_hired``);
a person hired, an adviser retained, a plant commissioned or a hire denied is not. Made-up
sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deals(sentence: str) -> list[tuple[str, str, str, str]]:
    found = extract_text("Business news\n\n" + sentence + "\n").deals
    return [(d.kind.value, d.status.value, d.buyer, d.seller) for d in found]


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        # passive, an apposition between, the client after "by" ("the X subsidiary Y" is Y)
        (
            "Tarvik Drilling Services, an Oslo-based contractor, was hired by the Serevia Oil "
            "Company subsidiary Nordfelt Energy Ltd to work over forty ageing wells.",
            "Nordfelt Energy Ltd",
            "Tarvik Drilling Services",
        ),
        (
            "Kelvara Cable AS has been contracted by Norland Grid Ltd to make and lay the "
            "400-kilometre export cable.",
            "Norland Grid Ltd",
            "Kelvara Cable AS",
        ),
        # passive, no client named
        (
            "Kelvara Cable AS has been contracted to make and lay the 400-kilometre export cable.",
            "",
            "Kelvara Cable AS",
        ),
        # active: the subject hires ("a Dutch company, X," is X)
        (
            "Serevia Oil Company has hired Tarvik Drilling Services to work over forty ageing "
            "wells at the Nord field.",
            "Serevia Oil Company",
            "Tarvik Drilling Services",
        ),
        (
            "HALVORSEN: The consortium has contracted a Dutch company, Maasdelta Dredging B.V., "
            "for the dredging and reclamation.",
            "",
            "Maasdelta Dredging B.V.",
        ),
        (
            "Norland Grid Ltd commissioned Kelvara Cable AS to survey the seabed route.",
            "Norland Grid Ltd",
            "Kelvara Cable AS",
        ),
    ],
)
def test_a_firm_hired_for_work_is_a_signed_contract(sentence: str, buyer: str, seller: str) -> None:
    assert ("other", "signed", buyer, seller) in _deals(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # people, not a firm
        "Norland Grid Ltd hired 300 workers for the plant last year.",
        "Anders Holm was hired by Norland Grid Ltd as chief executive in March.",
        # an adviser on a sale, no work contract
        "Norland Grid Ltd has hired Bergmann Partners as financial adviser on the sale.",
        # denied
        "The minister said Serevia Oil Company had not contracted any firm for the wells.",
        "Kelvara Cable AS said it had not been contracted by Norland Grid Ltd to lay the cable.",
        # a plant commissioned
        "Norland Grid Ltd commissioned the plant in May.",
    ],
)
def test_no_contract_from_other_hiring(sentence: str) -> None:
    assert _deals(sentence) == []
