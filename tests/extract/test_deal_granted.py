"""A licence, permit or right a body issued or granted to a named holder is a signed deal, the
holder buying and the grantor selling (round 22, deals not found: ``deal_granted``); rights to
come, applied for or not issued, a statement issued, a right to appeal are not. Made-up
sentences, each after a priced deal (as in news, where the rights are the second deal told)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text

_LEAD = "Hanoi Power signed a $75 million loan with the Mekong Investment Bank. "


def _deals(sentence: str) -> list[tuple[str, str, str, str]]:
    found = extract_text("Business news\n\n" + _LEAD + sentence + "\n").deals
    kinds = {"concession": "other"}  # (a concession's own kind name; the gold's "other")
    return [
        (kinds.get(d.kind.value, d.kind.value), d.status.value, d.buyer, d.seller) for d in found
    ]


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        # "issued a <permit> (<its short name>) to X for ..."
        (
            "The Ministry of Mines has issued a Production Operation Mining Business Permit "
            "(IUP-OP) to PT Borneo Timah Jaya for a tin concession of 2,000 hectares in Bangka.",
            "PT Borneo Timah Jaya",
            "Ministry of Mines",
        ),
        # "officially issued the Licence for tin to X", after a dateline
        (
            "JAKARTA, KTN - The Ministry of Mines has officially issued the Mining Business "
            "Licence for tin to PT Bangka Raya Timah on the area of 1,850 hectares in Bangka.",
            "PT Bangka Raya Timah",
            "Ministry of Mines",
        ),
        # "granted X, <an apposition>, the right to operate"
        (
            "Under an agreement signed in Assab on Monday, the Assab Port Authority granted Delta "
            "Shipping Lines, the state-owned shipping company, the right to operate two berths "
            "for thirty years.",
            "Delta Shipping Lines",
            "Assab Port Authority",
        ),
    ],
)
def test_rights_issued_to_a_holder_are_a_signed_deal(
    sentence: str, buyer: str, seller: str
) -> None:
    assert ("other", "signed", buyer, seller) in _deals(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministry of Mines said the permit will be issued to PT Borneo Timah Jaya next month.",
        "PT Borneo Timah Jaya has applied for a mining permit to the Ministry of Mines.",
        "The Ministry of Mines issued a statement to PT Borneo Timah Jaya on the permit.",
        "The Ministry of Mines has not issued the mining permit to PT Borneo Timah Jaya.",
        "The court granted Delta Shipping Lines the right to appeal.",
    ],
)
def test_no_rights_deal_from_other_issues(sentence: str) -> None:
    assert [d for d in _deals(sentence) if "Mekong Investment Bank" not in d] == []
