"""A works contract told by where it went, with no price and no deal verb, is a signed deal:
"the works contract has gone to X", "entrusted the completion to X", and a firm contracted with
its work told first ("For the marine works the Claimant contracted X") (round 25, contractors
engaged: ``deal_engaged``, ``deal_hired``). Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text

_LEAD = (
    "Regional news\n\nTavira Ports Authority opened a new fishing wharf at Porto Leme on Monday, "
    "officials said.\n\n"
)


def _pairs(sentence: str) -> list[tuple[str, str]]:
    return [(d.buyer, d.seller) for d in extract_text(_LEAD + sentence + "\n").deals]


def test_a_works_contract_gone_to_a_firm() -> None:
    text = (
        "The works contract has gone to Lisbon-based Marcosta Obras Maritimas Lda, the Ministry "
        "of Public Works of Veloria confirmed on Tuesday."
    )
    pairs = _pairs(text)
    assert ("Ministry of Public Works of Veloria", "Marcosta Obras Maritimas Lda") in pairs


def test_a_contract_from_a_navy_gone_to_a_yard() -> None:
    text = (
        "A contract from the Ostrand Navy for four harbour tugs has gone to Kestrel Boatworks Ltd, "
        "a yard in Cork."
    )
    assert ("Ostrand Navy", "Kestrel Boatworks Ltd") in _pairs(text)


def test_the_completion_entrusted_to_a_firm() -> None:
    text = (
        "Veloria Hydro Company entrusted the completion of the dam to Danubia Bau GmbH in 2026, "
        "after the first contractor left the site."
    )
    assert ("Veloria Hydro Company", "Danubia Bau GmbH") in _pairs(text)


def test_a_firm_contracted_with_its_work_told_first() -> None:
    text = (
        "2. For the steel superstructure, Porto Leme Terminals Ltd subcontracted Nordzee "
        "Staalbouw B.V., a Dutch fabricator, in 2025. The price was not disclosed."
    )
    assert ("Porto Leme Terminals Ltd", "Nordzee Staalbouw B.V.") in _pairs(text)


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        # a person appointed, an adviser or auditor appointed
        (
            "Porto Leme Terminals Ltd has appointed Maria Duarte as chief executive.",
            "Maria Duarte",
        ),
        (
            "Porto Leme Terminals Ltd has appointed Harlow Grant LLP as its auditor.",
            "Harlow Grant LLP",
        ),
        # "contracted" as shrank
        (
            "For the third quarter, Veloria Steel Company contracted 4 percent, Veloria said.",
            "Veloria Steel Company",
        ),
        # a contractor merely named
        (
            "Marcosta Obras Maritimas Lda, the EPC contractor, said work would start in May.",
            "Marcosta Obras Maritimas Lda",
        ),
        # a tender still open, an award not yet made
        (
            "The works contract has not yet gone to Marcosta Obras Maritimas Lda, and the tender "
            "remains open.",
            "Marcosta Obras Maritimas Lda",
        ),
        (
            "The works contract will go to Marcosta Obras Maritimas Lda if the tender is upheld.",
            "Marcosta Obras Maritimas Lda",
        ),
        (
            "The completion of the dam has not been entrusted to Danubia Bau GmbH.",
            "Danubia Bau GmbH",
        ),
    ],
)
def test_no_contractor_engaged(sentence: str, firm: str) -> None:
    assert all(firm not in pair for pair in _pairs(sentence))
