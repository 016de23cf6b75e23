"""Speech documents (round 13): transcripts' speaker labels and minutes' attendance blocks,
each rule with made-up texts in several wordings and negatives that must not change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.people_of import people


def _orgs(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type.value == "organization"}


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


# A label at the start of a turn is a person, with the label's role.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "HOST (Marta Quill): Welcome back. Tonight, ports.\n\n"
            "QUILL: First, the news from Durban.\n\nQUILL: And now the weather.\n",
            "Marta Quill",
            "host",
        ),
        (
            "MODERATOR (Jonas Elbe, press officer): Questions, please.\n\n"
            "Q (Ina Roth, Harbour FM): Minister, is it signed?\n\n"
            "MODERATOR: Next question.\n",
            "Jonas Elbe",
            "press officer",
        ),
        (
            "MINISTER KOFI ADDAE-MENSAH: We signed the contract this morning.\n\n"
            "Q: With whom?\n\nADDAE-MENSAH: With a Spanish yard.\n",
            "Kofi Addae-Mensah",
            "Minister",
        ),
        (
            "LINA VORST (press secretary): The minister will speak first.\n\n"
            "VORST: Thank you all. One more question.\n",
            "Lina Vorst",
            "press secretary",
        ),
        (
            "TOMAS BRELL, Minister of Transport: The line opens in May.\n\n"
            "ANCHOR (Ida Kolm): Minister, why so late?\n\nBRELL: The rails came late.\n",
            "Tomas Brell",
            "Minister of Transport",
        ),
        (
            "Operator: Welcome to the call.\n\n"
            "Nadia Okoro — Chief Financial Officer: Revenue rose.\n\n"
            "Operator: Our first question.\n",
            "Nadia Okoro",
            "Chief Financial Officer",
        ),
    ],
)
def test_a_speaker_label_is_a_person_with_its_role(text: str, name: str, role: str) -> None:
    found = people(text)
    assert name in found, found
    assert found[name][0] == role


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            "ANCHOR (Kadri Lumi): Good evening.\n\nLUMI: Our guest tonight.\n\nLUMI: Thank you.\n",
            "LUMI",
        ),
        (
            "PRESENTER: Joining me is Dr Ruth Aberle-Sand.\n\nABERLE-SAND: Good morning.\n\n"
            "PRESENTER: Dr Aberle-Sand, thank you.\n",
            "ABERLE-SAND",
        ),
    ],
)
def test_a_surname_label_is_the_person_not_an_outlet(text: str, surname: str) -> None:
    assert surname not in _orgs(text) and surname.title() not in _orgs(text)
    assert any(name.upper().endswith(surname) for name in people(text))


def test_a_one_word_label_seen_nowhere_else_is_not_a_person() -> None:
    text = "UPDATE: The vote is delayed.\n\nUPDATE: The vote is now on Friday.\n"
    assert not people(text)


def test_an_outlets_initials_label_is_still_the_outlet() -> None:
    text = (
        "Gulf Port Review spoke to the minister.\n\n"
        "GPR: Minister, what did you sign?\n\nA: A lease.\n\nGPR: With whom?\n"
    )
    assert "Gulf Port Review" in _orgs(text)


def test_labels_outside_a_transcript_are_left_alone() -> None:
    # One label, never repeated: no alternation, so no speaker.
    text = "WARNING SIGNS: Freight rates rose by 9% in March, the port authority said."
    assert not people(text)


# An attendance block: the post after the name, the body after the post.
@pytest.mark.parametrize(
    ("text", "name", "role", "body"),
    [
        (
            "Minutes of the meeting\n\nPresent:\nHon. Ruth Amani Oloo, MP — Chairperson\n"
            "Hon. Kip Lemaiyan, MP\n\nThe Chair opened the meeting.",
            "Ruth Amani Oloo",
            "Chairperson",
            "",
        ),
        (
            "In attendance:\nEng. Paul Keter Rono — Chief Engineer, Rift Water Agency\n"
            "Ms. Alma Ndege — Clerk to the Committee\n\nThe meeting began at ten.",
            "Paul Keter Rono",
            "Chief Engineer",
            "Rift Water Agency",
        ),
        (
            "Members present:\n- Dr. Sione Hufanga (Deputy Chair)\n- Mr. Tevita Lolo\n\n"
            "Apologies were received.",
            "Sione Hufanga",
            "Deputy Chair",
            "",
        ),
    ],
)
def test_an_attendance_line_gives_post_and_body(text: str, name: str, role: str, body: str) -> None:
    found = people(text)
    assert name in found, found
    assert found[name][0] == role
    if body:
        assert found[name][1] == body


def test_attendance_block_ends_at_prose() -> None:
    text = (
        "Present:\nHon. Ruth Amani Oloo, MP — Chairperson\n"
        "The Committee then met Tana Water Works Ltd about the dam.\n"
    )
    assert "Tana Water Works Ltd" not in people(text)


def test_an_address_line_with_a_colon_is_no_speaker() -> None:
    text = (
        "Ref: PR/2026/7\n\nThe agency issued two licences.\n\n"
        "For enquiries: Press Unit, Mining Agency,\n"
        "Harbour Road, Lumley. Email: press@example.org\n"
    )
    assert "Harbour Road" not in people(text)


def test_a_heading_in_capitals_is_no_speaker() -> None:
    text = (
        "KANDI SOLAR PROJECT: CANCELLATION OF AGREEMENT\n\n"
        "Hon. Ada Fofie: The Minister said so.\n\n"
        "Hon. Ben Sowah: Is it final?\n\nHon. Ada Fofie: It is.\n"
    )
    assert not any("Kandi" in name or "KANDI" in name for name in people(text))


def test_a_post_before_a_bracketed_name_is_the_role() -> None:
    text = (
        "Minister for Transport (Deputy Niamh Ó Briain): The contract was signed.\n\n"
        "Deputy Niamh Ó Briain: It was signed on Monday.\n\nDeputy Liam Daly: Thank you.\n"
    )
    assert people(text)["Niamh Ó Briain"][0] == "Minister for Transport"


def test_a_label_with_a_title_word_uses_the_name_a_sentence_writes() -> None:
    text = (
        "Press conference of Ratu Seru Naivalu, Minister for Trade\n\n"
        "RATU NAIVALU: Good afternoon.\n\nQ: Minister, is it signed?\n\n"
        "RATU NAIVALU: Yes.\n"
    )
    assert "Ratu Naivalu" not in people(text)
    assert "Ratu Seru Naivalu" in people(text)


def test_an_outlet_in_a_question_label_is_no_person() -> None:
    text = (
        "QUESTION (Coral News): Is the deal done?\n\nMINISTER ALIPATE DAU: It is.\n\n"
        "QUESTION (Reef Radio): When?\n\nDAU: In May.\n"
    )
    found = people(text)
    assert "Coral News" not in found and "Reef Radio" not in found
    assert "Alipate Dau" in found
