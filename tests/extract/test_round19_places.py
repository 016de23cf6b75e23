"""Round 19, places and organisations on new material: region words ("Gulf", "Pacific",
"Sahel", "Balkans") as places and as no places (round 18's behaviour, held), a body's employees
"at" a centre, two seas joined by "and the", a hydro project or well field named by its place,
and a body's name closing on "in" and a place before its acronym. Made-up texts (names no
article holds), positives and negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def orgs(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type != "person"}


# --- a region word is a place where the text stands in it ------------------------------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Velmora sold two corvettes to the Gulf.", "Gulf"),
        ("Piracy rose again in the Gulf.", "Gulf"),
        ("Navies patrol the Pacific coast at the same time, the admiral said.", "Pacific"),
        ("Drought returned to the Sahel.", "Sahel"),
        ("Traders expect power prices to rise across the Balkans.", "Balkans"),
    ],
)
def test_region_named_as_a_place(text: str, region: str) -> None:
    assert region in places(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an adjective before a noun
        ("It was the biggest Gulf commitment to the power sector, officials said.", "Gulf"),
        ("The Gulf loan will be repaid over ten years, Ministry officials said.", "Gulf"),
        ("They are members of one Pacific family, the envoy said.", "Pacific"),
        ("Two Sahel states left the bloc in January.", "Sahel"),
        # inside a body's name
        ("The Gulf Infrastructure Fund lent Arvenia $40 million.", "Gulf"),
        ("The Sahel Orchard Bank lent Niger $40 million.", "Sahel"),
        ("Balkan Ridge Energy bought a stake in the plant.", "Balkan Ridge Energy"),
        # the kind words round 18 took out stay out
        ("The LNG terminal and the Investment licence were approved.", "LNG"),
    ],
)
def test_region_word_as_no_place(text: str, word: str) -> None:
    assert word not in places(text)


def test_the_gulf_named_before_a_gulf_of_stays_a_place() -> None:
    # a "Gulf of X" named after the short form is another water
    text = "Marvik armour was sold in the Gulf. Piracy in the Gulf of Tarbes fell."
    assert places(text) == ["Gulf", "Gulf of Tarbes"]


def test_a_place_with_a_firm_of_another_name_stays_a_place() -> None:
    text = "Kestrel Holdings won the tender. Ships wait in Varna Bay for a berth."
    assert "Varna Bay" in places(text)


# --- a fellow or analyst "at the X Centre" works for a body there ----------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            '"It is late," said Omar Rahimov, an analyst at the Gulf Maritime Studies Centre.',
            "Gulf Maritime Studies Centre",
        ),
        (
            "Nurul Azhar, a senior fellow at the Straits Policy Centre, said the deal was late.",
            "Straits Policy Centre",
        ),
    ],
)
def test_employer_at_a_centre_is_a_body(text: str, body: str) -> None:
    assert body not in places(text)
    assert body in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed at the Harlow Vance Centre in the capital.",
        "Our correspondent at the Rizal Vance Convention Center has the details.",
    ],
)
def test_a_centre_the_text_stands_at_stays_a_place(text: str) -> None:
    assert any(p.endswith(("Centre", "Center")) for p in places(text))


# --- two seas joined by "and the" are two places; two land regions one -------------------------


def test_two_seas_are_two_places() -> None:
    text = "The yard will bid for work in the Red Sea and the Indian Ocean."
    assert places(text) == ["Red Sea", "Indian Ocean"]


def test_two_land_regions_of_a_lender_stay_one() -> None:
    text = "The bank lends across Asia and the Pacific and in Latin America and the Caribbean."
    assert places(text) == ["Asia and the Pacific", "Latin America and the Caribbean"]


# --- a hydro project, a dam or a well field named by its place --------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The state handed the 480-megawatt Upper Tarvo hydroelectric project to a developer.",
            "Upper Tarvo",
        ),
        ("Deputies travelled on Thursday to the Las Brenas hydroelectric dam.", "Las Brenas"),
        ("The plant draws on the Kemari well field, which is over-exploited.", "Kemari"),
        # an ore's project keeps its older reading
        ("The agency awarded the Vallecito copper project to a consortium.", "Vallecito"),
    ],
)
def test_site_named_by_its_place(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Hanwha solar project was sold to a fund.",  # a firm's project, as far as we know
        "The Marlow wind project was sold to a fund.",
    ],
)
def test_a_firms_project_is_no_place(text: str) -> None:
    assert not {"Hanwha", "Marlow"} & set(places(text))


# --- a body's name closing on "in" and a place, right before its acronym -----------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Ministers met the Norwegian Institute in Latvia (NIL) last month.",
            "Norwegian Institute in Latvia",
        ),
        (
            "The sale goes to the Harlow Trade and Cultural Office in the United States (HTCO).",
            "Harlow Trade and Cultural Office in the United States",
        ),
        (
            "The loan comes from the Arvenian Bank for Rural Development in Africa (ABRDA).",
            "Arvenian Bank for Rural Development in Africa",
        ),
    ],
)
def test_name_runs_through_its_place_before_the_acronym(text: str, body: str) -> None:
    assert body in orgs(text)


def test_the_place_or_state_stays_named() -> None:
    text = "The loan comes from the Arvenian Bank for Rural Development in Africa (ABRDA)."
    assert "Africa" in places(text)
    found = extract_text("Ministers met the Norwegian Institute in Ghana (NIG) last month.")
    assert "Ghana" in {a.name for a in found.actors if a.type == "state"}


@pytest.mark.parametrize(
    "text",
    [
        # a person and an agency after the town, no body
        "By Sabina Vardanyan in Tashkent (AFP) - The bank said on Monday it would lend.",
        # no place after "in"
        "The Harlow Trade Office in Fairness (HTOF) was set up last year.",
    ],
)
def test_no_placed_name_without_a_body_and_a_place(text: str) -> None:
    assert not any(" in " in name for name in orgs(text))
