"""Round 15: each deal reads its own clause's parties. A sentence that coordinates two clauses
with their own subjects and verbs ("X will lend Y $N ... and Z has won a concession ...",
"..., while Z ...", "said that ... and that ...", "..., adding that ...") is two deal sentences;
a relative clause naming no amount only describes the name it hangs on, so it gives the deal no
kind. Made-up sentences only.
"""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.clause_cuts import cut_points, told_aside


def _sides(text: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.buyer, d.seller) for d in extract_text(text).deals if d.value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NAIROBI — Kenya's Treasury said on Monday the UAE will lend Kenya $500 million for "
            "the Lamu railway and that Sahel Ports Group has won a concession for the Lamu "
            "terminal.",
            ("loan", "Kenya", "United Arab Emirates"),
        ),
        (
            "Japan will lend Vietnam $300 million for the metro line, and Hanoi Port Holdings "
            "has secured a concession for the Lach Huyen berth.",
            ("loan", "Vietnam", "Japan"),
        ),
        (
            "The ministry said Portugal will lend Angola $150 million for water works, whereas "
            "Atlantic Terminals Ltd has won a 30-year concession for the Lobito quay.",
            ("loan", "Angola", "Portugal"),
        ),
        (
            "Norway will lend Kenya $200 million for roads, while Sahel Ports Group has won a "
            "concession for the Lamu terminal.",
            ("loan", "Kenya", "Norway"),
        ),
        (
            "Officials said that Chile will buy two frigates from Britain for $400 million and "
            "that Andes Cargo SA had won a concession for the San Antonio yard.",
            ("arms_sale", "Chile", "United Kingdom"),
        ),
        (
            "The Treasury said the UAE would lend Kenya $500 million, adding that Sahel Ports "
            "Group had won a concession for the Lamu terminal.",
            ("loan", "Kenya", "United Arab Emirates"),
        ),
    ],
)
def test_a_second_clause_keeps_its_parties_to_itself(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _sides(text) == [expected]


def test_a_relative_clause_without_an_amount_gives_no_kind() -> None:
    # The tugs are bought; the concession only describes the buyer. (Its sides: a relative
    # clause's concession still turns the sentence's sides, see docs/extraction.md round 15.)
    text = (
        "Kenya Ports Authority, which granted a concession for the Lamu terminal in 2019, will "
        "buy two tugs from Damen Shipyards for $30 million."
    )
    assert _sides(text) == [("other", "Kenya Ports Authority", "Damen Shipyards")]


def test_the_second_clause_tells_a_deal_of_its_own() -> None:
    text = (
        "Brazil will sell Peru eight trainer aircraft for $120 million, while Chile has ordered "
        "two radars from Thales."
    )
    deals = [(d.buyer, d.seller) for d in extract_text(text).deals]
    assert deals == [("Peru", "Brazil"), ("Chile", "Thales")]


@pytest.mark.parametrize(
    "text",
    [
        "Norway will lend Kenya $200 million.",
        # a coordinated subject, a list, "between A and B": one clause
        "Officials said Norway and Kenya have signed a loan agreement for the Lamu railway.",
        "Norway, Sweden and Denmark will lend Kenya $200 million for the Lamu railway line.",
        "The loan agreement between Norway and Kenya was signed on Monday and is worth $200 m.",
        # a second verb without a subject of its own: the same clause goes on
        "Sahel Ports Group has won a concession for the Lamu terminal and will invest $300 "
        "million in new berths.",
        # "while" that opens no clause with a subject and verb
        "The minister signed the $40 million contract while visiting the yard in Rotterdam.",
        # a short tail is no clause
        "Norway will lend Kenya $200 million for the railway, and Kenya agreed.",
    ],
)
def test_no_second_clause(text: str) -> None:
    assert cut_points(text) == []


def test_a_relative_clause_with_an_amount_stays() -> None:
    text = "The port, which Sahel Ports Group won for $300 million, reopened on Monday."
    assert told_aside(text) == text
    assert told_aside("Kenya, which granted X a concession last year, signed.") == "Kenya,, signed."


def test_one_clause_sentences_keep_their_sides() -> None:
    assert _sides("Norway will lend Kenya $200 million.") == [("loan", "Kenya", "Norway")]
    assert _sides(
        "Sahel Ports Group has won a concession for the Lamu terminal and will invest $300 "
        "million in new berths."
    ) == [("concession", "Sahel Ports Group", "")]
