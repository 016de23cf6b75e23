"""Deal kind from the grammar around the amount (issue 10, round 9): made-up sentences.

The noun written before the amount ("a line of credit of"), money a company invests in what it
runs ("will invest", "committed to a ... work programme"), and a giver naming its receiver
before the amount ("will give Tonga $5 million"); with sentences that must not change.
"""

from __future__ import annotations

import pytest

from briefdesk.extract.kind_grammar import kind_before_amount
from tests.extract.deal_rows import deals


def _kind(sentence: str, amount: str) -> str:
    at = sentence.index(amount)
    return kind_before_amount(sentence[:at], sentence[at + len(amount) :], sentence)[0]


@pytest.mark.parametrize(
    ("sentence", "amount", "kind"),
    [
        (
            "Delhi offered a line of credit of $40 million and a grant of $2 million.",
            "$40 million",
            "loan",
        ),
        (
            "Delhi offered a line of credit of $40 million and a grant of $2 million.",
            "$2 million",
            "grant",
        ),
        ("The EU adds a non-reimbursable contribution of €9 million.", "€9 million", "grant"),
        (
            "The trader agreed a prepayment of up to $70 million against deliveries.",
            "$70 million",
            "loan",
        ),
        (
            "Kivu Copper will invest $900 million in the mine and a power line.",
            "$900 million",
            "other",
        ),
        ("The group has committed to invest about $2 billion in the port.", "$2 billion", "other"),
        (
            "Petrolia committed to a $40 million work programme with two wells.",
            "$40 million",
            "other",
        ),
        ("The partners agreed a minimum work programme of $55 million.", "$55 million", "other"),
        ("The concessionaire has committed $120 million to a new quay.", "$120 million", "other"),
        ("Norad will give Tonga NOK 20 million for two patrol drones.", "NOK 20 million", "grant"),
        ("The package comprises a $90 million credit and a grant.", "$90 million", "loan"),
        ("Japan will give Fiji a $5 million loan for the wharf.", "$5 million", "loan"),
        (
            "The buyer agreed to provide a $60 million prepayment to the mine.",
            "$60 million",
            "loan",
        ),
        (
            "Brussels will disburse €500 million of its macro-financial assistance.",
            "€500 million",
            "loan",
        ),
        (
            "The Council adopted an assistance measure of €20 million for Moldova.",
            "€20 million",
            "grant",
        ),
        (
            "Berlin will fund the police programme with €8 million over two years.",
            "€8 million",
            "grant",
        ),
    ],
)
def test_kind_by_grammar(sentence: str, amount: str, kind: str) -> None:
    assert _kind(sentence, amount) == kind


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        # nothing told by the words around the amount: the sentence's words decide
        ("Spain will sell Peru six helicopters for €90 million.", "€90 million"),
        ("The EU has committed €30 million in humanitarian aid.", "€30 million"),
        ("The two firms will invest $2 billion in a joint venture.", "$2 billion"),
        ("A loan of $30 million will pay for the frigates worth $90 million.", "$90 million"),
        ("Coface gave $80 million credit insurance cover for the frigates.", "$80 million"),
    ],
)
def test_kind_left_to_the_sentence(sentence: str, amount: str) -> None:
    assert _kind(sentence, amount) == ""


def test_credit_line_beside_a_grant_in_a_whole_text() -> None:
    text = (
        "India announced a Line of Credit of US$ 60 million through the Export-Import Bank of "
        "India for a road in Fiji, and a grant of FJ$ 5 million for water pumps."
    )
    assert [row[2] for row in deals(text) if row[3] == "US$ 60 million"] == ["loan"]


def test_investment_under_a_lease_in_a_whole_text() -> None:
    text = (
        "Papua New Guinea granted Ridge Gold Ltd a special mining lease for the Kora mine. "
        "Ridge Gold will invest 900 million kina over five years to build a new tailings "
        "facility, the minister said."
    )
    # (no works contract; round 15 names the holder's investment under the lease a concession)
    assert [row[2] for row in deals(text) if row[3] == "900 million kina"] == ["concession"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a joint venture that is only the contractor: the contract's kind
        (
            "The board approved the award of the $80 million road contract to a joint venture "
            "of Andes Obras SA and Ruta Norte Ltda.",
            "other",
        ),
        (
            "The resurfacing goes to the Tasman-Coral Joint Venture, formed by two local firms, "
            "for $14 million.",
            "other",
        ),
        # ships that carry energy are ships; services on an energy asset are no energy supply
        ("Mokpo Yard wins a $600 million order for four LNG carriers from Kaiun Lines.", "other"),
        (
            "Andina Servicios suspended a $90 million contract to repair wells for the state oil "
            "company.",
            "other",
        ),
        # negatives: a venture formed as the deal, and energy sold, stay as they were
        (
            "Aramco and Sinopec will form a $7 billion joint venture to build a refinery.",
            "joint_venture",
        ),
        (
            "Qatar will supply 2 million tonnes of LNG a year to Pakistan for $3 billion.",
            "energy_supply",
        ),
    ],
)
def test_kind_of_a_whole_sentence(text: str, kind: str) -> None:
    assert [row[2] for row in deals(text)] == [kind]


def test_works_sentence_is_no_energy_supply_from_its_neighbours() -> None:
    text = (
        "Punjab Thermal will buy coal and supply power to the grid from the 660MW plant. "
        "The plant's engineering, procurement and construction contract, worth $540 million, "
        "has been signed with Huadian Works Co."
    )
    # No energy supply; format 4 names the works contract "construction" (round 14).
    assert [row[2] for row in deals(text) if row[3] == "$540 million"] == ["construction"]
