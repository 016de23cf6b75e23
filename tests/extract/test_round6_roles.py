"""Round 6, roles: a title before a Malay honorific ("Chief executive Datuk X"), and a
translated order where the title of a named body comes first ("the vice-president of Hubei
Tianrun, Liu Wei"). Made-up sentences, with cases that must not change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _people(text: str) -> dict[str, str]:
    return {a.name: a.role for a in extract_text(text).actors if a.type.value == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Chief executive Datuk Farid Hamzah would not name them.",
            "Farid Hamzah",
            "Chief executive",
        ),
        ("Datuk Farid Hamzah said the deal was near.", "Farid Hamzah", ""),
        ("Managing director Dato Lim Keong signed for the yard.", "Lim Keong", "Managing director"),
        (
            "On the other side signed the vice-president of Hubei Tianrun, Liu Wei.",
            "Liu Wei",
            "vice-president",
        ),
        (
            "from the side of the consortium the director of Sava Energo, Petar Ilic.",
            "Petar Ilic",
            "director",
        ),
        (
            "The deal was signed by the chairman of Kalimna Holdings, Maria Banda, on Monday.",
            "Maria Banda",
            "chairman",
        ),
    ],
)
def test_title_before_the_name(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert name in people
    assert people[name] == role


def test_a_title_never_keeps_a_word_before_its_article() -> None:
    people = _people("and from the side of the buyer the president of Orlak Group, Ana Silva.")
    assert people.get("Ana Silva") == "president"


def _person(text: str, name: str) -> tuple[str, str]:
    actor = next(a for a in extract_text(text).actors if a.name == name)
    return actor.role, actor.affiliation


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Tajik Water Minister Davlat Rahimov called it historic. His Kazakh counterpart, "
            "Serik Abenov, said the canal would help.",
            "Serik Abenov",
            "Water Minister",
            "Kazakhstan",
        ),
        (
            "Chilean Mining Minister Ana Soto opened the talks. Her Peruvian counterpart "
            "Rosa Quispe said Lima agreed.",
            "Rosa Quispe",
            "Mining Minister",
            "Peru",
        ),
    ],
)
def test_a_counterpart_in_the_next_sentence_holds_the_same_title(
    text: str, name: str, role: str, affiliation: str
) -> None:
    assert _person(text, name) == (role, affiliation)


def test_a_counterpart_with_no_titled_person_before_gets_no_title() -> None:
    role, _ = _person("Anna Berg said no. Her counterpart, Lena Holm, agreed.", "Lena Holm")
    assert role == ""


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Contact: Jo Ames, Corporate Communications Officer, Harbour Development Bank, "
            "Belleplaine, Barbados",
            "Harbour Development Bank",
        ),
        ("Media: Press Officer, Kivu Mining Company, Goma", "Kivu Mining Company"),
    ],
)
def test_a_body_after_a_title_and_comma_is_no_person(text: str, body: str) -> None:
    assert body not in _people(text)


def test_a_name_after_a_title_and_comma_still_is() -> None:
    text = "Kenya's Cabinet Secretary for Energy, Davis Kiprono, said the line was ready."
    assert _people(text).get("Davis Kiprono") == "Cabinet Secretary for Energy"
