"""A memorandum signed by two people names the bodies they sign for (newcomer23 N23-05: "the
two ministers also signed a memorandum on naval training" was offered with no parties). Made-up
texts; positives had no signatories at round24-start."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text

VISIT = (
    "Chilean Defence Minister Rosa Vidal visited Oslo on Monday, where she met Norwegian "
    "Defence Minister Ola Berg. "
)
HEALTH = "Rosa Vidal, Chile's Minister of Health, met Ola Berg, Norway's health minister, in Oslo. "


def memo_signatories(text: str) -> list[str]:
    memos = [d for d in extract_text(text).deals if d.kind == "mou"]
    assert len(memos) <= 1, memos
    return memos[0].signatories if memos else []


@pytest.mark.parametrize(
    "text",
    [
        VISIT + "The two ministers also signed a memorandum of understanding on naval training.",
        HEALTH + "Vidal and Berg signed a memorandum of understanding on hospital cooperation.",
        HEALTH + "Separately, Vidal and Berg have also signed a memorandum on nurse training.",
    ],
)
def test_the_signers_parties_sign_the_memorandum(text: str) -> None:
    assert memo_signatories(text) == ["Chile", "Norway"]


def test_a_minister_without_a_state_signs_for_the_ministry_of_his_post() -> None:
    text = (
        "Chile has agreed to buy four patrol boats from Brenmar Yards, the Chilean Ministry of "
        "Defence said, during a visit to Oslo by Defence Minister Tomas Reyes. The Norwegian "
        "Defence Minister, Ola Berg, attended. Separately, Reyes and Berg signed a memorandum "
        "of understanding on naval training."
    )
    assert memo_signatories(text) == ["Ministry of Defence", "Norway"]


@pytest.mark.parametrize(
    "text",
    [
        # they only discussed it: the memorandum's parties are not read from its signers
        HEALTH + "Vidal and Berg discussed a memorandum of understanding on hospital cooperation.",
        # one signer's body is unknown: no half list
        "Rosa Vidal, Chile's Minister of Health, met Ola Berg in Oslo. Vidal and Berg signed a "
        "memorandum of understanding on hospital cooperation.",
        # three ministers: "the two ministers" is not sure
        VISIT + "Finance Minister Eva Lund joined them. The two ministers also signed a "
        "memorandum of understanding on naval training.",
    ],
)
def test_near_misses_name_no_signatories(text: str) -> None:
    assert memo_signatories(text) == []
