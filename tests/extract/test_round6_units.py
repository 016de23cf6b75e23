"""Round 6 (continued): a body's press or communications unit is no organisation of its own;
a unit that ends a contact line's remit belongs to the title. Made-up sentences, with
negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _actors(text: str) -> dict[str, tuple[str, str]]:
    return {a.name: (a.type.value, a.role) for a in extract_text(text).actors}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Contact: Kofi Appiah, Communication and External Relations Department, m@x.org",
            "Communication and External Relations Department",
        ),
        (
            "For media inquiries: Communications Office, Ministry of Ports, Kigali.",
            "Communications Office",
        ),
        (
            "Office of Communications and Image\nPeru signed the deal.",
            "Office of Communications and Image",
        ),
        ("Media Centre | Press Statement No. 212\nEgypt signed.", "Media Centre"),
    ],
)
def test_a_press_unit_is_no_organisation(text: str, unit: str) -> None:
    assert unit not in _actors(text)


def test_the_body_before_its_press_unit_is_kept() -> None:
    actors = _actors("IMF Communications Department\nMalawi reached a staff-level agreement.")
    assert "IMF" in actors
    assert "IMF Communications Department" not in actors


@pytest.mark.parametrize(
    "body",
    ["Finance Department", "Office of the Auditor General", "Ministry of Infrastructure"],
)
def test_other_bodies_stay(body: str) -> None:
    assert body in _actors(f"The {body} said the loan was signed.")


def test_a_unit_ends_a_contact_lines_remit() -> None:
    actors = _actors(
        "Media contact: Agus Prasetyo, Head of Communication, Public Information Services "
        "and Cooperation Bureau"
    )
    assert actors["Agus Prasetyo"] == (
        "person",
        "Head of Communication, Public Information Services and Cooperation Bureau",
    )
    assert "Cooperation Bureau" not in actors


def test_a_bodys_office_in_a_state_is_the_body() -> None:
    actors = _actors("The JICA Fiji Office said the loan was ready.")
    assert "JICA" in actors
    assert "JICA Fiji Office" not in actors


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            'A contract with the Open Joint-Stock Holding Company "Barqa Tojik" was signed.',
            "Barqa Tojik",
        ),
        ('Limited Liability Company "Gazneft Export" signed.', "Gazneft Export"),
    ],
)
def test_a_written_out_legal_form_then_the_quoted_name(text: str, firm: str) -> None:
    actors = _actors(text)
    assert actors[firm][0] == "organization"
    assert not [name for name in actors if "Company" in name]


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("The Sides agreed to expand cooperation in energy.", "Sides"),
        ("The Parties agreed to meet again in May.", "Parties"),
        (
            "The board approved a Large-Scale Mining Licence for the firm.",
            "Large-Scale Mining Licence",
        ),
    ],
)
def test_plural_nouns_and_licences_are_no_bodies(text: str, noise: str) -> None:
    assert noise not in _actors(text)


@pytest.mark.parametrize("firm", ["Vale", "Siemens"])
def test_a_one_word_firm_that_agrees_stays(firm: str) -> None:
    assert firm in _actors(f"{firm} agreed to sell its stake.")
