"""A deal a speaker tells in the first person with a named party ("We agreed terms last week
with the Swedish operator X for two aircraft", "We have a purchase agreement with X") is a deal,
the named party selling and "we" the speaker's body where the readers of "we" name it (round
22, deals not found: ``deal_first_person``); a deal hoped for, denied, talked about, a programme
or "with them" is not. Made-up transcripts."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text

_TRANSCRIPT = (
    "Interview: the deputy minister of transport on ports and planes\n\n"
    "KOR: Minister Tomas Halvard-Lind of the Ministry of Transport of Norland, welcome.\n\n"
    "HALVARD-LIND: Thank you. In May we signed a contract with Baltic Dredging AB for the "
    "harbour, worth $40 million.\n\n"
    "KOR: And the planes?\n\n"
    "HALVARD-LIND: {sentence}\n\n"
    "KOR: Thank you.\n"
)


def _deals(sentence: str) -> list[tuple[str, str, str, str]]:
    found = extract_text(_TRANSCRIPT.format(sentence=sentence)).deals
    return [(d.kind.value, d.status.value, d.buyer, d.seller) for d in found]


@pytest.mark.parametrize(
    ("sentence", "status", "seller"),
    [
        (
            "That will not happen again. We agreed terms last week with the Swedish operator "
            "Nordvik Air Charter AB for two medium transport aircraft, with crews, for two years.",
            "approved",
            "Nordvik Air Charter AB",
        ),
        (
            "We have a ten-year purchase agreement with Fjell Solar Holdings ASA, a Bergen "
            "developer, for a 400-megawatt plant near Tromsø.",
            "signed",
            "Fjell Solar Holdings ASA",
        ),
    ],
)
def test_a_first_person_deal_with_a_named_party(sentence: str, status: str, seller: str) -> None:
    sides = [(s, v) for _k, s, _b, v in _deals(sentence)]
    assert (status, seller) in sides


@pytest.mark.parametrize(
    "sentence",
    [
        "We hope to sign a contract with Nordvik Air Charter AB next year.",
        "We have a training programme with Nordvik Air Charter AB for our pilots.",
        "We have agreed with them to add two more aircraft.",
        "We are in talks with Nordvik Air Charter AB about two aircraft.",
        "We have no agreement with Nordvik Air Charter AB yet.",
    ],
)
def test_no_first_person_deal_otherwise(sentence: str) -> None:
    assert [d for d in _deals(sentence) if d[3] == "Nordvik Air Charter AB"] == []
