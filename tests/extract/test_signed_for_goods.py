"""A thread's clipped deal (round 13, N13-06): "A has signed with B for 3 satellites. Price
reported at US$74m." — A buys from B (to sign for goods is to buy them), the clipped value
sentence prices it, and a common word opening a clipped passive ("Price reported at") is no
company. Made-up sentences with negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deals(text: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (d.item, d.buyer, d.seller, d.value.as_stated if d.value else None)
        for d in extract_text(text).deals
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BIG: Kenya's space agency KSA has signed with Chilean firm Andes Orbital for 3 "
            "weather satellites. Price reported at US$74m.",
            ("weather satellites", "KSA", "Andes Orbital", "US$74m"),
        ),
        (
            "Orbis Telecom has signed with Pampa Orbital SA for 2 satellites worth $60m.",
            ("satellites", "Orbis Telecom", "Pampa Orbital SA", "$60m"),
        ),
        (
            "Chile signed with Norwegian yard Vestfjord AS for two icebreakers. The cost was "
            "put at $300 million.",
            ("icebreakers", "Chile", "Vestfjord AS", "$300 million"),
        ),
    ],
)
def test_signing_with_a_firm_for_goods_buys_them(text: str, expected: tuple) -> None:
    assert _deals(text) == [expected]


def test_a_contract_for_the_delivery_keeps_the_company_as_seller() -> None:
    text = "Nordvik ASA signed a contract with Helvig GmbH for the delivery of 36 launchers."
    assert [d.seller for d in extract_text(text).deals] != ["Helvig GmbH"]


@pytest.mark.parametrize(
    "text",
    ["Price reported at US$74m.", "Cost reported to be $5m.", "Value quoted at $9m by traders."],
)
def test_a_clipped_passive_opens_no_company(text: str) -> None:
    assert not [a for a in extract_text(text).actors if a.type.value == "organization"]


def test_a_company_that_reports_stays_one() -> None:
    names = {
        a.name
        for a in extract_text("Shell reported a loss. Petrobras reported as expected.").actors
    }
    assert {"Shell", "Petrobras"} <= names
