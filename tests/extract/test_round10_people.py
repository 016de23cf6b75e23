"""Round 10, people: roles and a person's country in shapes the retired sets taught — a title
before an honorific with a stop ("Finance Minister Dr. X", "The Vice-President of the Bank ...,
Mr. X"). Made-up sentences (names and bodies no article holds), with negatives that must not
change."""

from __future__ import annotations

import pytest

from tests.extract.people_of import people as _people


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
        (
            "By Ravi Thapa-Lim\n\nRates will rise.\n\nRavi Thapa-Lim is economics editor of "
            "the Himalaya Business Review.",
            "Ravi Thapa-Lim",
            "economics editor",
            "Himalaya Business Review",
        ),
        (
            "By Sione Latu-Brent\n\nThe forum met.\n\nSione Latu-Brent is a Pacific affairs "
            "writer based in Suva.",
            "Sione Latu-Brent",
            "Pacific affairs writer",
            "",
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


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Peru signed with Brazilian manufacturer Serra Asas Ltda for six trainers. "
            '"It is a good day," said Tiago Moura-Lins, director of sales of Serra Asas Ltda.',
            "Tiago Moura-Lins",
            "BR",
        ),
        (
            "The berths go to South Korea's Donghae Port Systems. Lee Min-seo, executive "
            "vice-president of Donghae, said work starts in May.",
            "Lee Min-seo",
            "KR",
        ),
        (
            '"Rates will rise," said Ana Kolar-Vidic, an analyst at Brightwater Research in '
            "Zagreb.",
            "Ana Kolar-Vidic",
            "HR",
        ),
        (
            "The yard was chosen over Istanbul-based builder Korfez Tersane. Its rival's chief "
            "executive, Emre Yalcin-Ak, said the bid was fair. Emre Yalcin-Ak is the chief "
            "executive of Korfez Tersane.",
            "Emre Yalcin-Ak",
            "TR",
        ),
    ],
)
def test_state_of_the_persons_body(text: str, name: str, country: str) -> None:
    assert _people(text)[name][2] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A list names two sides: "Kazakhstan and Masdar" places nobody's body.
        (
            "The deal was signed by the Ministry of Energy of Kazakhstan and Solvara Power. "
            "Solvara Power chief executive Idris Varga-Lund said the plant would open in 2029.",
            "Idris Varga-Lund",
        ),
        # A bank of many states speaks for none, whatever state its post covers.
        (
            "The World Bank approved the loan. Greta Holm-Pires, the World Bank's country "
            "director for Kenya, said it would fund roads.",
            "Greta Holm-Pires",
        ),
        # A stock market is no home: "London-listed" says where the shares trade.
        (
            "The licence went to London-listed Tarn Minerals. Hugo Brandt-Ellis, chief executive "
            "of Tarn Minerals, welcomed it.",
            "Hugo Brandt-Ellis",
        ),
    ],
)
def test_no_state_from_words_that_place_no_body(text: str, name: str) -> None:
    assert _people(text)[name][2] == ""


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "At the launch, Minister of Fisheries, Oceans and Ports Tomas Lind-Varga said the "
            "quay was ready.",
            "Tomas Lind-Varga",
            "Minister of Fisheries, Oceans and Ports",
        ),
        (
            "The loan was signed by Finance Secretary Ana Ruiz-Paz and Ambassador of Korea to "
            "Peru Daniel Yoon-Park on Monday.",
            "Daniel Yoon-Park",
            "Ambassador of Korea to Peru",
        ),
        (
            "It was signed by the AfDB director for East Africa Peter Ochieng-Lind in Nairobi.",
            "Peter Ochieng-Lind",
            "director for East Africa",
        ),
    ],
)
def test_remit_of_a_title_running_into_the_name(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # One name of several given names is not split.
        ("Deputy Prime Minister Le Thanh Phuc attended.", "Thanh Phuc"),
        ("Finance Minister Abul Hasan Mahmud signed.", "Hasan Mahmud"),
        # The body after "of" is no name.
        ("It was signed by the Chief Executive Officer of Aurelia Space.", "Aurelia Space"),
    ],
)
def test_no_name_split_off_a_longer_run(text: str, absent: str) -> None:
    assert absent not in _people(text)
