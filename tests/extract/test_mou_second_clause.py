"""A memorandum signed in a clause of its own after another deal's clause of the same sentence
is a second deal (round 20, deals not found). Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text

_HEAD = "Energy news\n\n"


def _kinds(sentence: str) -> list[str]:
    return [str(d.kind) for d in extract_text(_HEAD + sentence + "\n").deals]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelvor Development Bank has offered a US$500 million loan for the first phase of the "
        "Amsel plant, and the Netherlands has signed a hydrogen supply memorandum of "
        "understanding with Kelvoria.",
        "The Kelvor Development Bank lent Amsel Power US$200 million for the dam; the two "
        "governments also signed a memorandum of understanding on grid links.",
        "The Kelvor Development Bank lent Amsel Power US$200 million for the dam, and the two "
        "governments signed a memorandum of understanding on grid links in Tarvo.",
        "Nordwind AG won a EUR 80 million contract to build a wind farm for Amsel Power; "
        "separately, the two ministries signed a memorandum of understanding on training.",
    ],
)
def test_a_memorandum_after_another_deals_clause(sentence: str) -> None:
    kinds = _kinds(sentence)
    assert kinds.count("mou") == 1
    assert len(kinds) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        # the memorandum is not signed yet
        "The Kelvor Development Bank lent Amsel Power US$200 million for the dam, and the two "
        "governments are expected to sign a memorandum of understanding on grid links.",
        # the memorandum the loan was made under (background)
        "The Kelvor Development Bank lent Amsel Power US$200 million for the dam under a "
        "memorandum of understanding signed in 2024.",
        # the memorandum's clause carries the amount: the same deal, not a second one
        "The Kelvor Development Bank lent Amsel Power US$200 million for the dam, and a "
        "memorandum of understanding signed last year covers a further US$100 million.",
        # the memorandum referred back to
        "The Kelvor Development Bank lent Amsel Power US$200 million for the dam, and the "
        "memorandum was signed by both ministers.",
    ],
)
def test_no_second_memorandum(sentence: str) -> None:
    assert "mou" not in _kinds(sentence)
