"""Round 14, places in news writing: mechanisms of news layout and grammar (datelines in
capitals, ...). Made-up texts (names no article holds), with negatives that must not change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.people_of import people


def places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


# --- a dateline in capitals keeps a city's lower-case particles ---------------------------------


@pytest.mark.parametrize(
    ("text", "city", "name", "country"),
    [
        (
            "DAR ES SALAAM, March 3 (Reuters) - Transport Minister Halima Ndugwe told "
            "reporters the berths would open in July.",
            "Dar es Salaam",
            "Halima Ndugwe",
            "TZ",
        ),
        (
            "PORT-AU-PRINCE, May 2 (AP) — Public Works Minister Jean-Robert Osias said the "
            "road would reopen next week.",
            "Port-au-Prince",
            "Jean-Robert Osias",
            "HT",
        ),
        (
            "RIO DE JANEIRO, June 9 (Reuters) - Mines Minister Carlos Abreu-Lins said output "
            "had risen.",
            "Rio de Janeiro",
            "Carlos Abreu-Lins",
            "BR",
        ),
    ],
)
def test_dateline_city_with_particles(text: str, city: str, name: str, country: str) -> None:
    assert city in places(text)
    assert people(text)[name][2] == country


def test_single_word_and_unknown_datelines_unchanged() -> None:
    assert places("ACCRA, May 2 (Reuters) - Ghana said on Friday it would sell bonds.")[0] == (
        "Accra"
    )
    # Capitals that are no city stay out, particles or not.
    assert "Read More Of The" not in places("READ MORE OF THE - Ghana will sell bonds.")


# --- a town that lends its name to a body is still a place when it stands alone -------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "The Mbengwa Port Authority signed the lease. The terminal at Mbengwa will open "
            "next year.",
            "Mbengwa",
        ),
        (
            "Ossoro Cranes & Engineering Ltd won the order. The cranes will be built at Ossoro, "
            "on the coast, and shipped in two lots.",
            "Ossoro",
        ),
        (
            "Talvik International Airport Ltd raised $40 million to finish the new airport at "
            "Talvik.",
            "Talvik",
        ),
        (
            "Power is out across the capital; Vemba Power & Water Ltd says lines are down. The "
            "storm made landfall on Vemba overnight.",
            "Vemba",
        ),
        (
            "Brask Marine Services AS is headquartered in Brask, near the border.",
            "Brask",
        ),
    ],
)
def test_lone_town_of_a_body_named_after_it(text: str, town: str) -> None:
    assert town in places(text)


@pytest.mark.parametrize(
    "text",
    [
        # A company's own short form: a stake, jobs, a contract, a lone subject.
        "Nordvik Energi AS sold gas. Equinox bought a stake in Nordvik last year.",
        "Nordvik Energi AS won the order, which secures 300 jobs at Nordvik until 2028.",
        "Nordvik Energi AS signed. Analysts said Nordvik would profit.",
        # An adjective before a noun is no lone name.
        "Ardent Asian Holdings Ltd grew. Prices in Ardent markets rose.",
    ],
)
def test_company_short_form_is_no_place(text: str) -> None:
    assert "Nordvik" not in places(text) and "Ardent" not in places(text)


# --- "the X area", "the X crude terminal": a named site with a lower-case noun is the place -----


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "The ministry revoked a licence over the Kabwelo East area held by a local firm.",
            "Kabwelo East",
        ),
        ("Solar plants are planned in the Tindouma and Ksarel areas.", "Tindouma"),
        ("The new road will connect with the Huaylla area in the highlands.", "Huaylla"),
        ("Crude will be stored at the Ras Tibrak crude terminal from 2027.", "Ras Tibrak"),
        ("Trucks queue for days at the Kurmek ferry terminal.", "Kurmek"),
    ],
)
def test_site_with_area_or_terminal_kind(text: str, site: str) -> None:
    assert site in places(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A post's remit, not a site.
        ("UNICEF's representative for the Sahrawi area, Ms Ana Costa-Reis, signed.", "Sahrawi"),
        # An area manager of a firm; no preposition stands the name as a site.
        ("The Brightwell area manager resigned on Monday.", "Brightwell"),
    ],
)
def test_area_without_a_site(text: str, name: str) -> None:
    assert name not in places(text)
