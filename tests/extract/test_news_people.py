"""Round 14, people in news writing: a person's body and state from the discourse of a news
story — "Its chief executive, X" after a sentence about a company, "The Ivorian envoy to the
talks, X", a body a text gives only as "Japan's defence ministry", a company the text calls a
unit of a foreign group. Made-up sentences (names no article holds), with negatives."""

from __future__ import annotations

import pytest

from tests.extract.people_of import people

# --- a sentence-opening "Its" stands for the subject of the sentence before ---------------------


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        (
            "Korvald Marine AS won the hull contract and will build it at its yard near Florø. "
            "Its managing director, Sunniva Dale, said the order secured 200 jobs.",
            "Sunniva Dale",
            "Korvald Marine AS",
        ),
        (
            "Nordkyst Marine A/S sold ships to Ghana. Its chief executive, Mette Krogsgaard, "
            "spoke.",
            "Mette Krogsgaard",
            "Nordkyst Marine A/S",
        ),
        (
            "Tessaly Dredging Co., based in Piraeus, deepened the channel at Volos and the "
            "quays at Kavala. Its chairman, Nikos Pappas-Reid, signed the contract.",
            "Nikos Pappas-Reid",
            "Tessaly Dredging Co",
        ),
        (
            "The plant's owner, Ardmore Fertiliser Company, is a joint venture of Halden Agro "
            "Ltd and Brisco Minerals Ltd. Its acting chief executive, Joan Mercer-Lowe, said "
            "output would double.",
            "Joan Mercer-Lowe",
            "Ardmore Fertiliser Company",
        ),
    ],
)
def test_its_title_takes_the_subject_before(text: str, name: str, body: str) -> None:
    assert people(text)[name][1] == body


def test_its_title_without_a_company_subject_keeps_the_last_body() -> None:
    # The sentence before opens with a ministry's official, not with a company: the last body
    # named there is still the one "Its" stands for.
    text = (
        "Minister Paulo Sequeira awarded the contract to Vestmark Shipyards Ltd. Its chief "
        "executive, Ole Brandt, thanked the ministry."
    )
    assert people(text)["Ole Brandt"][1] == "Vestmark Shipyards Ltd"


# --- "The <Demonym> <title> [to/in/at ...], X": the title and the state --------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "The Bangladeshi High Commissioner in New Delhi, Tariq Haque-Rowe, led the talks.",
            "Tariq Haque-Rowe",
            "High Commissioner",
            "BD",
        ),
        (
            "The Ivorian envoy to the talks, Odile Kassi-Brou, said Abidjan would study the plan.",
            "Odile Kassi-Brou",
            "envoy",
            "CI",
        ),
        (
            "A delegation led by the Kuwaiti oil ministry's undersecretary, Nawaf al-Qanaei, "
            "toured the refinery.",
            "Nawaf al-Qanaei",
            "undersecretary",
            "KW",
        ),
    ],
)
def test_demonym_title_before_a_comma(text: str, name: str, role: str, country: str) -> None:
    got = people(text)[name]
    assert (got[0], got[2]) == (role, country)


@pytest.mark.parametrize(
    "text",
    [
        # A private person's title: the adjective is no owner of the agent's post.
        "The Brazilian striker's agent, Carla Menezes-Pratt, said talks had stalled.",
        # No title word after the adjective.
        "The Danish side, Morten Vinge-Hald said, would not sign before May.",
    ],
)
def test_demonym_without_a_state_title_gives_no_state(text: str) -> None:
    assert all(got[2] not in {"BR", "DK"} for got in people(text).values())


# --- a body given as a state's possessive or adjective and common nouns --------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "A spokesman for Japan's defence ministry, Hiroshi Tanizawa, said the radars were "
            "ready. Tokyo and Manila also discussed fisheries.",
            "Hiroshi Tanizawa",
            "JP",
        ),
        (
            "Much depends on the acting head of Kazakhstan's transport ministry, Bauyrzhan "
            "Omarbekov, who took over in August. Uzbekistan wants a decision.",
            "Bauyrzhan Omarbekov",
            "KZ",
        ),
    ],
)
def test_state_possessive_body(text: str, name: str, country: str) -> None:
    assert people(text)[name][2] == country


# --- a company's parent, as the text states it, gives its people a state -------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Luis Arbelo-Quint, country manager of Caldera Offshore Ltd, said seismic work "
            "would start soon. Caldera Offshore is a subsidiary of Houston-registered Pelican "
            "Ridge Resources Inc.",
            "Luis Arbelo-Quint",
            "US",
        ),
        (
            "Raúl Sepúlveda-Orr, general manager of Minera Puna Alta SpA, said work would start "
            "in October. Minera Puna Alta is owned by the Canadian group Westmark Metals.",
            "Raúl Sepúlveda-Orr",
            "CA",
        ),
    ],
)
def test_parent_of_a_persons_company(text: str, name: str, country: str) -> None:
    assert people(text)[name][2] == country


def test_a_company_that_owns_another_does_not_take_its_state() -> None:
    # The link runs one way: the parent's people do not take the unit's state.
    text = (
        "Westmark Metals owns Minera Puna Alta SpA, a Chilean miner. Westmark's chief "
        "executive, Dana Collier-Hayes, said the sale was off."
    )
    assert people(text)["Dana Collier-Hayes"][2] != "CL"


# --- a body whose name ends in s owns a title with a bare apostrophe -----------------------------


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        (
            "Vesta Holdings' head of sales Maria Ruiz-Olmo said demand rose.",
            "Maria Ruiz-Olmo",
            "Vesta Holdings",
        ),
        (
            "Ardent Industries' director of operations Tom Hale-Ward left in May.",
            "Tom Hale-Ward",
            "Ardent Industries",
        ),
    ],
)
def test_s_final_possessive_owns_a_remit_title(text: str, name: str, body: str) -> None:
    assert people(text)[name][1] == body


def test_plain_plural_before_a_remit_title_owns_nothing() -> None:
    # No capitalised owner: "the ministers' head of sales" has no body to give.
    assert (
        people("The traders' head of sales Maria Ruiz-Olmo said demand rose.")["Maria Ruiz-Olmo"][1]
        == ""
    )
