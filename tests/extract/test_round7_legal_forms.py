"""Round 7, organisations: a dotted legal form ends the firm's name and, before a word that
only opens a sentence, the sentence ("Serra Aeroespacial S.A. The value"); "S.p.A." and
"A.Ş." are one form; Polish "sp. z o.o." is a form after a one-word name; "<firm> of <state>"
is the firm and the state. Made-up sentences, with official names that keep their state."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.type.value for a in extract_text(text).actors}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Jets will come from Corvo Aeronautica S.A. The price was kept secret.",
            "Corvo Aeronautica S.A.",
        ),
        (
            "Drilling rights went to Veldhoven Energie B.V. It plans two wells.",
            "Veldhoven Energie B.V.",
        ),
        ("Tirreno Cantieri S.p.A. will build both hulls.", "Tirreno Cantieri S.p.A."),
        ("The order went to Tirreno Cantieri S.p.A. on Monday.", "Tirreno Cantieri S.p.A."),
        (
            "The quay is run by Karadeniz Liman İşletmeleri A.Ş. from 2027.",
            "Karadeniz Liman İşletmeleri A.Ş.",
        ),
        ("Radios were bought from Wislotech sp. z o.o. for the army.", "Wislotech sp. z o.o."),
    ],
)
def test_a_dotted_legal_form_ends_the_name(text: str, firm: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(firm) == "organization"
    assert not any(name.startswith(firm) and name != firm for name in kinds)


@pytest.mark.parametrize(
    ("text", "firm", "state"),
    [
        (
            "The pipes come from Anadolu Boru Sanayi A.S. of Turkiye.",
            "Anadolu Boru Sanayi A.S.",
            "Turkey",
        ),
        (
            "Works were awarded to Daehan Engineering & Construction of Korea in May.",
            "Daehan Engineering & Construction",
            "South Korea",
        ),
        ("Sea trials were run by Fjellnes Marine AS of Norway.", "Fjellnes Marine AS", "Norway"),
    ],
)
def test_a_firm_of_a_state(text: str, firm: str, state: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(firm) == "organization"
    assert kinds.get(state) == "state"


@pytest.mark.parametrize(
    "name",
    [
        "National Oil Corporation of Kenya",
        "Export-Import Bank of Korea",
        "Central Bank of Nigeria",
    ],
)
def test_official_names_keep_their_state(name: str) -> None:
    assert _kinds(f"The {name} signed the agreement on Friday.").get(name) == "organization"


def test_a_town_after_a_legal_form_stays_a_place() -> None:
    found = extract_text("Fjellnes Marine AS of Kongsberg will deliver the boats.")
    assert "Kongsberg" in {p.name for p in found.places}
    assert _kinds("Fjellnes Marine AS of Kongsberg will deliver.").get("Fjellnes Marine AS")


def test_a_company_abbreviation_then_a_name_is_no_sentence_end() -> None:
    # "S.A. de C.V." and "Co. Ltd" go on; a capitalised name after "S.A." is no new sentence
    kinds = _kinds("Grupo Carso S.A. de C.V. signed. Sanwa Co. Ltd said it agreed.")
    assert not any(name.endswith((" The", " It")) for name in kinds)
