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


def _sides(text: str) -> list[tuple[str, str, str]]:
    return [
        (d.value.as_stated if d.value else "", d.buyer, d.seller) for d in extract_text(text).deals
    ]


# "we" in a labelled speaker's turn is the speaker's side.
@pytest.mark.parametrize(
    ("text", "deal"),
    [
        (
            "PRESENTER (Ola Berg): Good morning. Estonia's navy is growing.\n\n"
            "MINISTER ARVO TAMM: Thank you. Yesterday we ordered eight patrol boats from "
            "Kestrel Yards for 90 million euros.\n\n"
            "BERG: Why them?\n\nTAMM: Price.\n\nBERG: Thank you.\n",
            ("90 million euros", "Estonia", "Kestrel Yards"),
        ),
        (
            "Halden Copper Corp. — Q2 2027 results call\n\n"
            "Operator: Welcome. I hand over to Ms Ruiz.\n\n"
            "Ana Ruiz — Chief Financial Officer: In May we sold our stake in the Sur smelter "
            "to Vega Metals for 120 million dollars.\n\n"
            "Operator: First question.\n",
            ("120 million dollars", "Vega Metals", "Halden Copper Corp"),
        ),
    ],
)
def test_we_in_a_speakers_turn_is_the_speakers_side(text: str, deal: tuple[str, str, str]) -> None:
    assert deal in _sides(text), _sides(text)


def test_a_minister_speaker_buys_for_the_state_named_before_his_turn() -> None:
    text = (
        "ANCHOR (Ola Berg): Tonight, Estonia's new guns. With me is Arvo Tamm, the "
        "defence minister.\n\n"
        "ARVO TAMM, Minister of Defence: Last month the Nordic Investment Bank lent us "
        "150 million euros for the depot.\n\nBERG: Is that all?\n\nTAMM: For now.\n"
    )
    assert ("150 million euros", "Estonia", "Nordic Investment Bank") in _sides(text)


def test_we_outside_a_transcript_is_left_alone() -> None:
    text = (
        "The ministry said on Monday that we signed nothing, quoting an aide. "
        "Kestrel Yards of Norway sold eight patrol boats to Latvia for 90 million euros."
    )
    assert all(buyer != "Kestrel Yards" for _v, buyer, _s in _sides(text))


@pytest.mark.parametrize(
    ("text", "name", "firm"),
    [
        (
            "Operator: Our next question comes from Ravi Menon of Harbour Street Capital.\n\n"
            "Ravi Menon: Thanks.\n",
            "Ravi Menon",
            "Harbour Street Capital",
        ),
        (
            "Operator: The next question comes from the line of Lena Voss with Kranich Bank AG."
            "\n\nLena Voss: Good morning.\n",
            "Lena Voss",
            "Kranich Bank AG",
        ),
    ],
)
def test_an_operator_introduces_an_analyst_and_the_firm(text: str, name: str, firm: str) -> None:
    assert people(text)[name][1] == firm
    assert name not in _places(text)


def test_a_one_word_name_before_an_outlet_in_a_question_label_is_a_person() -> None:
    text = (
        "Q (Oyunaa, Steppe TV): Is it signed?\n\nMINISTER ALI DAU: Yes.\n\n"
        "Q (Oyunaa): When?\n\nDAU: In May.\n"
    )
    assert people(text)["Oyunaa"][1] == "Steppe TV"


def test_a_one_word_outlet_alone_in_a_question_label_is_no_person() -> None:
    text = (
        "QUESTION (Kestrelwire): Is it signed?\n\nMINISTER ALI DAU: Yes.\n\n"
        "QUESTION (Kestrelwire): When?\n\nDAU: In May.\n"
    )
    assert "Kestrelwire" not in people(text)


# A readout's headline names the minister by surname; the body gives the full name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "READOUT: Minister Okonjo's call with Kenyan counterpart\n\n"
            "The Minister of Trade, Dr Amaka Okonjo, spoke today with her Kenyan counterpart.",
            "Amaka Okonjo",
        ),
        (
            "Secretary Varga meets Polish delegation\n\n"
            "Budapest — State Secretary Ildikó Varga received a delegation from Poland.",
            "Ildikó Varga",
        ),
    ],
)
def test_a_surname_first_then_the_full_name_keeps_the_full_name(text: str, name: str) -> None:
    found = people(text)
    assert name in found, found
    assert name.split()[-1] not in found
    names = [a.name for a in extract_text(text).actors if a.type.value == "person"]
    assert names.count(name) == 1, names


def test_the_full_name_written_again_after_the_surname_is_one_person() -> None:
    text = (
        "Minister Okonjo's call with Kenyan counterpart\n\n"
        "The Minister of Trade, Dr Amaka Okonjo, spoke today with her counterpart. "
        "Later, Amaka Okonjo met the press in Abuja."
    )
    names = [a.name for a in extract_text(text).actors if a.type.value == "person"]
    assert names.count("Amaka Okonjo") == 1, names
