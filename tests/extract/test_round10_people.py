"""Round 10, people: roles and a person's country in shapes the retired sets taught — a title
before an honorific with a stop ("Finance Minister Dr. X", "The Vice-President of the Bank ...,
Mr. X"). Made-up sentences (names and bodies no article holds), with negatives that must not
change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _people(text: str) -> dict[str, tuple[str, str, str]]:
    return {
        a.name: (a.role, a.affiliation, a.country)
        for a in extract_text(text).actors
        if a.type.value == "person"
    }


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Lands Minister Dr. Tiberius Okonjo-Wale told reporters the lease was fair.",
            "Tiberius Okonjo-Wale",
            "Lands Minister",
            "",
        ),
        (
            "The loan was signed by Harbour Authority Director General Prof. Mirela Ostrovska-Lind"
            " in Tallinn.",
            "Mirela Ostrovska-Lind",
            "Director General",
            "Harbour Authority",
        ),
        (
            "Deputy Secretary-General Dr. Ansel Morrow-Quaye said the fund would grow.",
            "Ansel Morrow-Quaye",
            "Deputy Secretary-General",
            "",
        ),
        (
            "The Vice-President of Norvale Bank in charge of lending, Mr. Kofi Ansah-Bekoe, "
            "welcomed the loan.",
            "Kofi Ansah-Bekoe",
            "Vice-President of Norvale Bank in charge of lending",
            "",
        ),
        (
            "The event was attended by the Ambassador of Chile to the Kingdom of Morocco, "
            "Mrs. Paloma Irarrázaval-Soto, and by others.",
            "Paloma Irarrázaval-Soto",
            "Ambassador of Chile to the Kingdom of Morocco",
            "Chile",
        ),
        (
            "The Minister of Ports and chair of the board, Ms Dalia Fenwick-Osei, told the "
            "committee that the berth was finished.",
            "Dalia Fenwick-Osei",
            "Minister of Ports and chair of the board",
            "",
        ),
    ],
)
def test_title_before_an_honorific(text: str, name: str, role: str, affiliation: str) -> None:
    got = _people(text)[name]
    assert got[0] == role
    if affiliation:
        assert got[1] == affiliation


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A month ending the paragraph above is no body of the title.
        (
            "The deal closes in March.\n\nMr. Idris Kamau-Waweru said the price was fair.",
            "Idris Kamau-Waweru",
        ),
        # Words that are no title before the comma: no role.
        (
            "After the vote in Tallinn, Dr. Mirela Ostrovska-Lind left the hall.",
            "Mirela Ostrovska-Lind",
        ),
        ("It was, Mr. Kofi Ansah-Bekoe said, a fair price.", "Kofi Ansah-Bekoe"),
    ],
)
def test_no_title_before_the_honorific(text: str, name: str) -> None:
    assert _people(text)[name][0] == ""


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Ports need one regulator, argues Mira Vesna-Kolar\n\nThe grid is old.\n\n"
            "Mira Vesna-Kolar is a senior fellow at the Drava Energy Lab in Ljubljana and a "
            "former adviser to the Energy Regulatory Commission. The views are her own.",
            "Mira Vesna-Kolar",
            "senior fellow",
            "Drava Energy Lab",
        ),
        (
            "By Mira Vesna-Kolar\n\nThe grid is old.\n\nMira Vesna-Kolar was director general "
            "of the Drava Water Authority and is now a senior fellow at the Sava Policy Lab.",
            "Mira Vesna-Kolar",
            "senior fellow",
            "Sava Policy Lab",
        ),
        (
            "By Tomas Reyes-Ong\n\nRates will rise.\n\nTomas Reyes-Ong is a former deputy "
            "governor of the Banco Austral and a visiting fellow at the Pampa Institute.",
            "Tomas Reyes-Ong",
            "visiting fellow",
            "Pampa Institute",
        ),
    ],
)
def test_title_in_a_later_bio_line(text: str, name: str, role: str, affiliation: str) -> None:
    assert _people(text)[name][:2] == (role, affiliation)


def test_a_later_sentence_with_no_title_leaves_the_person_bare() -> None:
    text = (
        "By Tomas Reyes-Ong\n\nRates will rise.\n\nTomas Reyes-Ong is expected in Lima on Monday."
    )
    assert _people(text)["Tomas Reyes-Ong"][0] == ""


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Opposition senator Marta Quiroga-Len said the jets were too dear.",
            "Marta Quiroga-Len",
            "senator",
        ),
        (
            "Dario Fenwick-Osei, the consortium's chief executive, said work would start in May.",
            "Dario Fenwick-Osei",
            "chief executive",
        ),
        (
            '"The price is wrong," said retired Commodore Nadia Kovac-Brill, now a fellow at the '
            "Sava Policy Lab.",
            "Nadia Kovac-Brill",
            "fellow",
        ),
        # "Opposition leader" is a post of its own.
        (
            "Opposition leader Tavita Sefo-Lam said the loan was a trap.",
            "Tavita Sefo-Lam",
            "Opposition leader",
        ),
    ],
)
def test_qualifiers_before_a_title(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role
