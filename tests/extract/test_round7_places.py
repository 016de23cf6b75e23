"""Round 7, places: a named site before more lower-case nouns (delta, river, station — the
name alone, by the round-6 site convention), a licence block named by its number, and a
city alone on its line in capitals heading a roundup's section. Made-up text, with
negatives: an aircraft's production block, a block "of" a coalfield, a heading word."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rice farms in the Casamance delta will get water.", "Casamance"),
        ("The Syr Darya river was low all summer.", "Syr Darya"),
        ("Gas will be piped to the Zubair station from May.", "Zubair"),
        ("Crews at the Pine Hill fire station were moved.", "Pine Hill"),
        ("The Khor Mor pumping station was hit.", "Khor Mor"),
    ],
)
def test_a_site_before_a_lower_case_noun(text: str, place: str) -> None:
    places = _places(text)
    assert place in places
    assert not any(p.startswith(place + " ") for p in places)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The company signed a PSC for offshore Block 52 with the state.", "Block 52"),
        ("It suspended the contract for shallow-water Block 7 on Monday.", "Block 7"),
        ("Block 12 lies 200 kilometres offshore.", "Block 12"),
        ("Output from Block KS-N-7 starts in 2029.", "Block KS-N-7"),
    ],
)
def test_a_numbered_block_is_a_place(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "The air force flies its F-16 Block 70 jets from the base.",
        "A lease for Block IX of the Tharwa coalfield was granted.",
    ],
)
def test_blocks_that_are_no_place(text: str) -> None:
    assert not {p for p in _places(text) if p.startswith("Block")}


def test_a_city_alone_on_its_line_heads_a_section() -> None:
    text = "Roundup\n\nNAIROBI\nKenya signed a deal.\n\nDURBAN\nSouth Africa leased one.\n"
    assert {"Nairobi", "Durban"} <= {p.lower().title() for p in _places(text)}


@pytest.mark.parametrize("word", ["WATCH", "NEXT WEEK", "NICE", "RELATED"])
def test_a_heading_word_alone_is_no_place(word: str) -> None:
    assert not _places(f"Roundup\n\n{word}\nThe bank approved a loan.\n")


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("Two Hunt-class mine countermeasures vessels were sold to Chile.", "Hunt-class"),
        ("The sale of two helicopters by Serra Aviacao SA was approved.", "Serra Aviacao SA"),
        ("Both firms will make guns in the Kingdom from 2027.", "Kingdom"),
    ],
)
def test_names_that_are_no_place(text: str, not_a_place: str) -> None:
    assert not_a_place not in _places(text)


def test_a_firm_with_a_legal_form_is_a_firm_wherever_it_stands() -> None:
    found = extract_text("The sale of two helicopters by Serra Aviacao SA was approved.")
    assert any(
        a.name == "Serra Aviacao SA" and a.type.value == "organization" for a in found.actors
    )


def test_a_possessive_place_loses_its_s_but_not_a_saints_name() -> None:
    assert "Cerro Verdoso" in _places("About 40% of Cerro Verdoso's ore will be sold to a trader.")
    assert "St. John's" in _places(
        "ST. JOHN'S, Antigua - The port opened.\n\nIt was in St. John's."
    )


def test_a_french_place_keeps_its_particle() -> None:
    assert "Cap des Biches" in _places("The Cap des Biches power plant will burn gas.")


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("The minister left last night for Port Moresby.", "Port Moresby"),
        ("The delegation flew on Tuesday for Canberra.", "Canberra"),
        ("Mr Hale (Labour, Kettering and Wellington) asked a question.", "Wellington"),
    ],
)
def test_a_capital_that_is_only_where_someone_goes(text: str, capital: str) -> None:
    found = extract_text(text)
    assert capital in {p.name for p in found.places}
    assert not [a for a in found.actors if a.type.value == "state"]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Washington and Beijing agreed to talk.", {"United States", "China"}),
        ("Aid for Kyiv was approved on Monday.", {"Ukraine"}),
        ("The EU and Washington agreed on tariffs.", {"United States"}),
    ],
)
def test_capitals_that_still_act(text: str, states: set[str]) -> None:
    found = extract_text(text)
    assert states <= {a.name for a in found.actors if a.type.value == "state"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The vehicles come from Wislok Land Systems S.A. of Rzeszow, which builds them.",
            "Rzeszow",
        ),
        ("The hulls come from Kaskad B.V. of Vlissingen, which builds them.", "Vlissingen"),
        ("Power will flow on the new line to Baiji from June.", "Baiji"),
    ],
)
def test_a_town_after_a_dotted_form_or_at_the_end_of_a_line(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The new line links Mombasa with Nairobi and Kampala.", {"Nairobi", "Kampala"}),
        ("The road between Kigali and Musanze is closed.", {"Kigali", "Musanze"}),
        ("Flights between Doha and Riyadh resumed on Monday.", {"Doha", "Riyadh"}),
    ],
)
def test_capitals_at_the_ends_of_a_route(text: str, places: set[str]) -> None:
    found = extract_text(text)
    assert places <= {p.name for p in found.places}
    assert not [a for a in found.actors if a.type.value == "state"]


@pytest.mark.parametrize(
    "text",
    ["Talks between Moscow and Kyiv failed.", "Manila wants closer links with Beijing."],
)
def test_capitals_between_governments_stay_states(text: str) -> None:
    found = extract_text(text)
    assert len([a for a in found.actors if a.type.value == "state"]) == 2


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("The bank approved loans for South and Central Asia this week.", "South and Central Asia"),
        ("It is the largest lender in Asia and the Pacific.", "Asia and the Pacific"),
        ("Flows to Latin America and the Caribbean rose.", "Latin America and the Caribbean"),
    ],
)
def test_a_region_named_as_one(text: str, region: str) -> None:
    assert region in _places(text)


def test_two_regions_and_a_body_named_after_them_stay_apart() -> None:
    assert "Africa and Asia" not in _places("Sales in Africa and Asia rose.")
    text = "The Development Bank of Latin America and the Caribbean lent $40 million."
    assert not _places(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A plant in Kasumbalesa will employ 400 people.", "Kasumbalesa"),
        ("Workers in Ntandembele protested on Monday.", "Ntandembele"),
        ("Flooding in Ngolo damaged the bridge.", "Ngolo"),
        ("The mine at Kipoi restarted production.", "Kipoi"),
    ],
)
def test_an_unknown_town_after_a_locative_before_a_verb(text: str, town: str) -> None:
    found = extract_text(text)
    assert town in {p.name for p in found.places}
    assert not found.actors


def test_a_firm_after_a_locative_stays_a_firm_with_a_cue() -> None:
    found = extract_text("Shares in Kestrel Mining rose after the deal.")
    assert "Kestrel Mining" not in {p.name for p in found.places}


@pytest.mark.parametrize(
    "text",
    [
        "The ships, to be named Tanoe and Bandama, will be delivered in 2028.",
        "The satellite, dubbed Kilimanjaro, launched on Friday.",
    ],
)
def test_names_given_to_craft_are_no_places(text: str) -> None:
    assert not _places(text)


def test_a_town_named_so_stays_a_place() -> None:
    assert "Kisoro" in _places("A town named Kisoro lies near the border.")


def test_a_republic_inside_a_state_is_a_place() -> None:
    found = extract_text("Farms in the Republic of Tatarstan need new pumps.")
    assert "Republic of Tatarstan" in {p.name for p in found.places}
    assert not found.actors
    korea = extract_text("The Republic of Korea signed the loan.")
    assert [a.name for a in korea.actors if a.type.value == "state"] == ["South Korea"]
    navy = extract_text("The Republic of Fiji Navy took the boats.")
    assert not navy.places


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("They agreed the interconnection between Qaryat and Al-Rutba.", {"Qaryat", "Al-Rutba"}),
        ("The ferry between Lenakel and Luganville sails weekly.", {"Lenakel", "Luganville"}),
        ("Coal is trucked by rail to Port Masir.", {"Port Masir"}),
        ("It will carry fuel between Port Vila and the northern islands.", {"Port Vila"}),
    ],
)
def test_unknown_towns_at_the_ends_of_a_route(text: str, towns: set[str]) -> None:
    assert towns <= _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "A contract between Kvanta and Petrovia was signed.",
        "Talks between Moscow and the rebels failed.",
    ],
)
def test_parties_between_are_no_route(text: str) -> None:
    assert not _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mining in the Wadi Feynan area worries people.", "Wadi Feynan"),
        ("They will build a plant in the Belen department.", "Belen"),
    ],
)
def test_an_area_named_after_a_locative(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    ["She works in the Finance department.", "Growth in the Euro area slowed."],
)
def test_an_everyday_word_before_area_is_no_place(text: str) -> None:
    assert not _places(text)
