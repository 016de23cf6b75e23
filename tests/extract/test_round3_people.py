"""Round 3, people: kinds of construction for roles and names, each with several made-up
phrasings (none taken from a corpus article)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.conftest import actor, names


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A determiner or a lower-case owner before a title set off by a comma.
        (
            "Talks were led by its chief executive, Anna Lindqvist, on Monday.",
            "Anna Lindqvist",
            "chief executive",
        ),
        (
            '"We are ready," said the company\'s finance director, Tomas Berglund.',
            "Tomas Berglund",
            "finance director",
        ),
        (
            "The buyer's spokeswoman, Maria Okonkwo, confirmed the order.",
            "Maria Okonkwo",
            "spokeswoman",
        ),
        (
            "A senate panel cleared the plan, its chairman, Pedro Valdivia, said.",
            "Pedro Valdivia",
            "chairman",
        ),
        (
            "The new mines minister, Grace Mwansa, has said little.",
            "Grace Mwansa",
            "mines minister",
        ),
        (
            "Our sales director, Lukas Brenner, and a lawyer signed.",
            "Lukas Brenner",
            "sales director",
        ),
        # An honorific between the comma and the name.
        (
            "The cheque went to Norvale's managing director, Dr Irene Castell.",
            "Irene Castell",
            "managing director",
        ),
        (
            "It was signed by Norvale's finance director, Dr. Olga Petrenko, in Kyiv.",
            "Olga Petrenko",
            "finance director",
        ),
        # The function, not the rank, when the function stands before a comma.
        (
            "Our procurement director, Colonel Samir Haddad, negotiated it.",
            "Samir Haddad",
            "procurement director",
        ),
        # A title in brackets after the name.
        (
            "Present were Karin Holm (operations director) and staff.",
            "Karin Holm",
            "operations director",
        ),
        (
            "Questions went to Diego Ferraz (head of investor relations) by email.",
            "Diego Ferraz",
            "head of investor relations",
        ),
        # "who heads/leads/runs" with no capitalised body after it.
        (
            "The plan is sound, said Femi Adeyemi, who heads the agency's legal unit.",
            "Femi Adeyemi",
            "head",
        ),
        ("Chloe Marchetti, who runs a small think tank, disagreed.", "Chloe Marchetti", "head"),
        # Appointed ... as <office>: the new office beats the apposition.
        (
            "Peru appointed Rosa Huaman, a former trade minister, as special envoy.",
            "Rosa Huaman",
            "special envoy",
        ),
        (
            "The board named Helga Brandt as chief executive on Friday.",
            "Helga Brandt",
            "chief executive",
        ),
        ("Kenya has nominated Peter Otieno as ambassador to Brazil.", "Peter Otieno", "ambassador"),
    ],
)
def test_role_constructions(text: str, name: str, role: str) -> None:
    assert actor(extract_text(text), name).role == role


def test_a_function_seen_later_beats_a_rank() -> None:
    text = "General Tan Wei arrived on Monday. Tan Wei, the army chief, said the deal was good."
    assert actor(extract_text(text), "Tan Wei").role == "army chief"


@pytest.mark.parametrize(
    "text",
    [
        "It was signed by Norvale's finance director, Dr. Olga Petrenko, in Kyiv.",
        "The award went to Norvale's managing director, Dr Irene Castell.",
        "Present were Prof. Anil Mehta and others.",
    ],
)
def test_a_lone_honorific_is_no_person(text: str) -> None:
    people = names(extract_text(text), "person")
    assert not people & {"Dr", "Dr.", "Prof", "Prof."}, people


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        # Initials in a caption are the person named in full before.
        (
            "Finance Minister Abena Mensah spoke. From left: Ms A. Mensah and guests.",
            "Abena Mensah",
            "A. Mensah",
        ),
        (
            "Chief executive Pieter de Groot said so. Photo: Mr P. de Groot at the site.",
            "Pieter de Groot",
            "P. de Groot",
        ),
        # A two-word surname alone is the person named in full before.
        (
            "President Mariela Quesada Vargas of Costa Rica arrived. Quesada Vargas said so.",
            "Mariela Quesada Vargas",
            "Quesada Vargas",
        ),
        (
            "Minister Juan Carlos Rojas Soto spoke. Later Rojas Soto said he was pleased.",
            "Juan Carlos Rojas Soto",
            "Rojas Soto",
        ),
    ],
)
def test_short_and_initialled_forms_merge(text: str, full: str, short: str) -> None:
    extraction = extract_text(text)
    assert short not in names(extraction, "person")
    assert full in names(extraction, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Secretary-General, Dato' Sri Aminah Razak, signed the letter.", "Aminah Razak"),
        ("Tan Sri Lim Boon Heng, the chairman, said the group would grow.", "Lim Boon Heng"),
        ("Finance Minister Sri Mulyani Indrawati said so.", "Sri Mulyani Indrawati"),
    ],
)
def test_malay_titles_are_not_names(text: str, name: str) -> None:
    assert name in names(extract_text(text), "person")
