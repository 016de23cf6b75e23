"""The sides of a deal a ministry announces (newcomer24 N24-11, round 25): the that-clause's
subject signed it, not the announcer; "Under the agreement, X will deliver" in the next
sentence says who sells. Invented sentences, with near-miss negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _sides(text: str) -> list[tuple[str, str]]:
    return [(d.buyer, d.seller) for d in extract_text(text).deals]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The Ministry of Energy announces that Baltgas Trading, the state gas trader, today "
            "signed a 12-year gas supply agreement with the Nordic Gas Company (NGC) in Riga. "
            "Under the agreement, NGC will deliver up to 2 billion cubic metres of gas per year "
            "to Latvia from 2028.",
            ("Baltgas Trading", "Nordic Gas Company"),
        ),
        (
            "The Defence Ministry of Ruritania said on Monday that the Ruritanian Navy signed a "
            "contract with Borvik Systems for four patrol boats.",
            ("Ruritanian Navy", "Borvik Systems"),
        ),
    ],
)
def test_the_that_clauses_subject_signed_not_the_announcer(
    text: str, sides: tuple[str, str]
) -> None:
    assert sides in _sides(text)


def test_the_next_sentence_says_who_delivers() -> None:
    text = (
        "Baltgas Trading signed a gas supply agreement with the Nordic Gas Company. Under the "
        "agreement, the Nordic Gas Company will deliver 2 bcm a year."
    )
    assert _sides(text) == [("Baltgas Trading", "Nordic Gas Company")]


def test_the_next_sentence_says_who_pays() -> None:
    text = (
        "Baltgas Trading signed a gas supply agreement with the Nordic Gas Company. Under the "
        "agreement, Baltgas Trading will pay in euros."
    )
    assert _sides(text) == [("Baltgas Trading", "Nordic Gas Company")]


def test_an_announcer_that_signed_itself_stays() -> None:
    text = (
        "The Ministry of Energy announced that it had signed a gas supply agreement with the "
        "Nordic Gas Company."
    )
    assert _sides(text) == [("Ministry of Energy", "Nordic Gas Company")]


def test_a_signer_reported_after_the_deal_stays() -> None:
    text = (
        "The Ministry of Transport signed a contract with Borvik Systems for signalling works, "
        "the ministry said."
    )
    assert _sides(text) == [("Ministry of Transport", "Borvik Systems")]


def test_under_the_agreement_without_a_side_changes_nothing() -> None:
    text = (
        "Baltgas Trading signed a gas supply agreement with the Nordic Gas Company. Under the "
        "agreement, prices will be reviewed every year."
    )
    assert _sides(text) == [("Nordic Gas Company", "Baltgas Trading")]
