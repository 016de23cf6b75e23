"""Round 22: a lease or charter the extractor reads as no sale is suggested as kind "lease",
the lessee in the buyer slot and the lessor in the seller slot (newcomer21 N21-02); sales,
leasebacks and rights leased by a state are not. Made-up sentences only."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_lease import leased


def _deals(sentence: str) -> list[tuple[str, str, str]]:
    found = extract_text(f"Made up\n\n{sentence}\n").deals
    return [(d.kind.value, d.buyer, d.seller) for d in found]


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        (
            "The Calveran Air Force has leased two Kestrel KT-400 transport aircraft from Aerolux "
            "Leasing for five years in a deal worth EUR 96 million.",
            ("Calveran Air Force", "Aerolux Leasing"),
        ),
        (
            "Tarsk Airways signed operating leases for four A320neo jets with Dovra Aviation "
            "Capital worth US$200 million.",
            ("Tarsk Airways", "Dovra Aviation Capital"),
        ),
    ],
)
def test_a_lease_of_aircraft_is_suggested_as_a_lease_with_its_sides(
    sentence: str, sides: tuple[str, str]
) -> None:
    assert _deals(sentence) == [("lease", *sides)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The Velmoran Navy bought three Corvid C-9 patrol aircraft from Brightwing Leasing "
            "for EUR 75 million.",
            "other",
        ),
        (
            "The Ministry of Mines granted Kestrel Minerals a 25-year mining lease worth "
            "US$300 million.",
            "concession",
        ),
    ],
)
def test_a_purchase_from_a_lessor_and_a_mining_lease_are_no_lease(sentence: str, kind: str) -> None:
    assert [k for k, _b, _s in _deals(sentence)] == [kind]


@pytest.mark.parametrize(
    "words",
    [
        "has leased two transport aircraft from Aerolux Leasing",
        "signed a five-year wet lease for two tankers",
        "took the vessel on a bareboat charter",
        "has chartered four bulk carriers from Ostmar Shipping",
        "leases two jets, with an option to buy them in 2031",
        "the three-year charter of the offshore supply ship Nordlys Provider",
    ],
)
def test_lease_words_are_read(words: str) -> None:
    assert leased(words)


@pytest.mark.parametrize(
    "words",
    [
        "sold four airliners to Brightwing and will lease them back",
        "bought three jets from Brightwing Leasing",
        "the leasing company agreed the terms",
        "flew in on charter flights",
        "under the UN charter",
        "signed a 30-year exploration lease over the block",
        "Sindh grants Thar Block IX lease",
        "Corfo granted a 30-year lease on the salt flat to Norte Litio",
        "Aerolux Leasing and Charter Communications",
    ],
)
def test_sales_rights_and_names_are_no_lease(words: str) -> None:
    assert leased(words) == ""
