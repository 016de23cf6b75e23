"""Deal sides (round 22): a deal no reader gave a side takes the bodies its signers stand for
("The contract was signed by the director of A, Name, and by the representative of B, Name").
Made-up sentences, with the ones that must stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals


def _priced(text: str) -> tuple[str, str]:
    """(buyer, seller) of the one priced deal of ``text``."""
    rows = [row for row in deals(text) if row[3]]
    assert len(rows) == 1, rows
    return rows[0][0], rows[0][1]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # two companies, the value in the next sentence: the client signs first
            "The contract was signed by the director of Nakuru Heating Ltd, John Mwangi, and by "
            "the director of Termotehna d.d., Matej Novak. The value of the contract is $48.5 "
            "million.",
            ("Nakuru Heating Ltd", "Termotehna d.d."),
        ),
        (  # a describing word before the second company ("the Slovenian company") is no side
            "The contract was signed by the director of the public enterprise Nakuru Heating "
            "Ltd, John Mwangi, and by the representative of the Slovenian company Termotehna "
            "d.d., Matej Novak. The value of the contract is $48.5 million.",
            ("Nakuru Heating Ltd", "Termotehna d.d."),
        ),
        (  # the company's chief signs first: the government side still buys
            "The contract was signed by the chief executive of Brenton Motors Ltd, Ian Reed, "
            "and by the procurement director of the Ministry of Defence, Jane Otieno. It is "
            "worth $40 million.",
            ("Ministry of Defence", "Brenton Motors Ltd"),
        ),
    ],
)
def test_signatories_give_sides(text: str, sides: tuple[str, str]) -> None:
    assert _priced(text) == sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # the witnesses after "in the presence of" are no side
            "The contract, worth $40 million, was signed by the Minister of Defence, Jane "
            "Otieno, in the presence of the chief executive of Brenton Motors Ltd and the "
            "ambassador of Ruritania.",
            ("", ""),
        ),
        (  # a finite verb after the signer ends the clause: those welcoming it are no side
            "The deal, signed by Defence Minister Jane Otieno, was welcomed by Brenton Motors "
            "Ltd and the Chamber of Commerce. It is worth $40 million.",
            ("", "Brenton Motors Ltd"),
        ),
        (  # a signature to come: the older reading ("A and B") stands
            "The contract for the ferries is worth $40 million and will be signed by the "
            "Ministry of Transport and Brenton Motors Ltd in March.",
            ("Ministry of Transport", "Brenton Motors Ltd"),
        ),
        (  # "The contract, worth ..." after a sentence naming both sides: those sides stand
            "Kenya's state ferry operator has signed a contract with the shipyard Astilleros "
            "Marlin SA for two ferries. The contract, worth $36 million, was signed by the "
            "director general of Kenya Ferry Services Ltd, John Kamau, and by the managing "
            "director of the yard, Ian Reed.",
            ("Kenya", "Astilleros Marlin SA"),
        ),
    ],
)
def test_signatories_left_alone(text: str, sides: tuple[str, str]) -> None:
    assert _priced(text) == sides


def test_two_companies_of_a_gas_supply_keep_their_guess() -> None:
    """A producer's gas may be signed for first: no "client signs first" in an energy supply."""
    text = (
        "The gas supply agreement, worth $400 million, was signed by the chief executive of "
        "Sahara Gas Co, Ali Haddad, and by the chief executive of Ligurian Energia SpA, Marco "
        "Rossi."
    )
    assert _priced(text)[0] != "Sahara Gas Co"
