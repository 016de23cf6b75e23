"""Round 7, what is no organisation: a document's heading ("Press Release | date", "Board
Approvals: dates", "DRAFT TRANSCRIPT — date"), a project's title, a letterhead cut before a
title ("OFFICE OF THE PRESIDENT"), and a word that opens a question or the sentence before
"the" ("Will the Minister", "Partly the World Bank"). Made-up text, with bodies that stay."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.type.value for a in extract_text(text).actors}


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        ("Press Release | 4 March 2026\n\nThe fund approved a grant.", "Press Release"),
        (
            "AIIB Board Approvals: 2–6 March 2026\n\nThe bank approved a loan.",
            "AIIB Board Approvals",
        ),
        ("DRAFT TRANSCRIPT — Monday 2 March 2026\n\nThe minister spoke.", "DRAFT TRANSCRIPT"),
        ("Weekly Bulletin | 2 March 2026\n\nThe port opened.", "Weekly Bulletin"),
        (
            "The Kigoma Water Supply Improvement Project will cost more.",
            "Kigoma Water Supply Improvement Project",
        ),
    ],
)
def test_a_document_or_project_is_no_body(text: str, not_a_body: str) -> None:
    assert not_a_body not in _kinds(text)


def test_a_letterhead_is_not_cut_before_its_title() -> None:
    kinds = _kinds("OFFICE OF THE PRESIDENT\n\nThe president spoke on Monday.")
    assert "OFFICE OF THE" not in kinds
    # the office named in a sentence stays a body
    assert "Office of the Prime Minister" in _kinds("The Office of the Prime Minister said.")


@pytest.mark.parametrize(
    ("text", "body", "not_a_body"),
    [
        ("Partly the World Bank paid for the road.", "World Bank", "Partly the World Bank"),
        (
            "Also the Ministry of Finance agreed.",
            "Ministry of Finance",
            "Also the Ministry of Finance",
        ),
    ],
)
def test_a_word_opening_the_sentence_before_the(text: str, body: str, not_a_body: str) -> None:
    kinds = _kinds(text)
    assert body in kinds and not_a_body not in kinds


def test_a_question_opening_is_no_body() -> None:
    assert "Will the" not in _kinds("Will the Minister tell Parliament why the deal failed?")


def test_a_masthead_still_names_its_outlet() -> None:
    assert (
        _kinds("Hydro Projects Weekly, 9 December 2025\n\nThe dam opened.").get(
            "Hydro Projects Weekly"
        )
        == "organization"
    )


def test_a_known_town_opening_a_project_title_is_a_place() -> None:
    found = extract_text("A loan for the Vieux Fort and Micoud Water Supply Project was approved.")
    assert {"Vieux Fort", "Micoud"} <= {p.name for p in found.places}
    assert not [a for a in found.actors if a.name.endswith("Project")]
    # a state opening the title is no place of the project
    assert not extract_text("The Kenya Roads Project was approved.").places


def test_a_title_before_the_hon_is_kept() -> None:
    found = extract_text("Senator the Hon Penny Walsh, Minister for Foreign Affairs, said so.")
    assert any(a.name == "Penny Walsh" and a.role == "Senator" for a in found.actors)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Officials of the Ministry of Finance said the loan was signed.", "Ministry of Finance"),
        ("Leaders of the Pacific Islands Forum met on Monday.", "Pacific Islands Forum"),
        ("Members of the National Assembly voted for the loan.", "National Assembly"),
        ("Shareholders of Kestrel Mining approved the sale.", "Kestrel Mining"),
        ("Governors of the Central Bank met in Suva.", "Central Bank"),
    ],
)
def test_people_of_a_body_opening_the_sentence(text: str, body: str) -> None:
    kinds = _kinds(text)
    assert body in kinds
    assert not [name for name in kinds if name != body and name.endswith(body)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Bank of Ghana raised its rate.", "Bank of Ghana"),
        ("Ports of Auckland said volumes fell.", "Ports of Auckland"),
    ],
)
def test_a_body_named_with_of_keeps_its_first_word(text: str, body: str) -> None:
    assert body in _kinds(text)


def test_a_short_form_before_for_is_the_same_body() -> None:
    text = (
        "The OPEC Fund for International Development will co-finance the road. "
        "Financing: OPEC Fund loan USD 20 million."
    )
    kinds = _kinds(text)
    assert "OPEC Fund for International Development" in kinds and "OPEC Fund" not in kinds


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The minister spoke at the Africa Mining Indaba in Cape Town.", "Africa Mining Indaba"),
        ("Deals were signed at the Dubai Airshow Expo on Monday.", "Dubai Airshow Expo"),
        ("The Pacific Leaders Summit closed on Friday.", "Pacific Leaders Summit"),
        ("The Shangri-La Dialogue ended on Sunday.", "Shangri-La Dialogue"),
    ],
)
def test_an_event_is_no_body(text: str, event: str) -> None:
    assert event not in _kinds(text)


def test_a_bodys_board_of_directors_is_the_body() -> None:
    kinds = _kinds("The proposal will go to the NDB Board of Directors in May.")
    assert "NDB" in kinds and "NDB Board of Directors" not in kinds
    assert not _kinds("The Board of Directors approved the plan.")
