"""One contract told as a price sentence and an item sentence (round 13, N13-01): made-up
announcements in several wordings, with negatives that must stay apart. The demonym-led name
("the Latvian Centre for ...", kept whole by its acronym) and the same name read as "Centre
for ..., Latvia" are one body."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deals(text: str) -> list[tuple[str, int | None, str, str, str | None]]:
    return [
        (d.item, d.quantity, d.buyer, d.seller, d.value.as_stated if d.value else None)
        for d in extract_text(text).deals
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Varnholt Marine AS signs NOK 900 million contract with the Danish Naval Materiel "
            'Agency\n\nVarnholt Marine AS ("the Company") today announces that it has signed a '
            "contract with the Danish Naval Materiel Agency (DNMA) for the delivery of 4 harbour "
            "tugs. The contract value is NOK 900 million.",
            (
                "harbour tugs",
                4,
                "Danish Naval Materiel Agency",
                "Varnholt Marine AS",
                "NOK 900 million",
            ),
        ),
        (
            "Kestrel Avionics Ltd wins GBP 120 million order from the Polish Armament Agency\n\n"
            "Kestrel Avionics Ltd said on Tuesday it had signed a contract with the Polish "
            "Armament Agency (PAA) for the supply of 48 helmet-mounted displays. Deliveries "
            "start in 2028.",
            (
                "helmet-mounted displays",
                48,
                "Polish Armament Agency",
                "Kestrel Avionics Ltd",
                "GBP 120 million",
            ),
        ),
        (
            "Bravura Systems Inc. has been awarded a contract by the Romanian Defence Procurement "
            "Office (RDPO) for 20 field radars. The contract is worth USD 75 million.",
            (
                "field radars",
                20,
                "Romanian Defence Procurement Office",
                "Bravura Systems Inc",
                "USD 75 million",
            ),
        ),
    ],
)
def test_item_sentence_completes_the_priced_deal(text: str, expected: tuple) -> None:
    assert _deals(text) == [expected]


def test_a_contract_with_another_buyer_stays_its_own_deal() -> None:
    text = (
        "Orsa Steel signs EUR 40 million contract with the Chilean Ports Authority\n\nOrsa Steel "
        "has signed a contract with the Chilean Ports Authority (CPA) for the delivery of 12 "
        "harbour cranes. Separately, Orsa Steel signed a contract with the Peruvian Ports Agency "
        "for 3 cranes."
    )
    assert _deals(text) == [
        ("harbour cranes", 12, "Chilean Ports Authority", "Orsa Steel", "EUR 40 million"),
        ("cranes", 3, "Peruvian Ports Agency", "Orsa Steel", None),
    ]


def _bodies(text: str) -> dict[str, list[str]]:
    return {a.name: a.aliases for a in extract_text(text).actors if a.type.value != "state"}


def test_demonym_led_name_and_its_bare_form_are_one_body() -> None:
    bodies = _bodies(
        "Halvorsen Arms AS signs EUR 60 million contract with the Latvian Centre for Military "
        "Procurement\n\nHalvorsen Arms AS has signed a contract with the Latvian Centre for "
        "Military Procurement (LCMP) for 10 mortars."
    )
    assert "Centre for Military Procurement" not in bodies
    assert "Centre for Military Procurement" in bodies["Latvian Centre for Military Procurement"]


def test_a_bare_name_of_another_country_stays_apart() -> None:
    bodies = _bodies(
        "The Finnish Centre for Rail Studies (FCRS) hosted the talks. The Centre for Rail "
        "Studies in Sweden disagreed."
    )
    assert "Centre for Rail Studies" in bodies
