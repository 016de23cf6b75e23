"""Round 14, wire furniture and non-entities (newcomer14 N14-04, N14-05, N14-08): made-up
sentences in several wordings, with negatives that must not change.

- a dateline's date ("ROME/CAIRO, Nov 4 (Newswire) -") is no organisation, and the agency in
  brackets (whose initial the month's shares) is not its short form;
- "the Official Journal", "the Official Gazette": a publication after the word "Official",
  no person; a real title before a name still makes a person;
- a reply word opening a turn ("Yes, Secretary X signed") is no person whose role is the rest;
- "Dr <name> of the <body>" is the person, with the body as affiliation, not one organisation;
- "the Philippine Coast Guard" then "the Coast Guard" is one body, unless two bodies end so.
"""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _actors(text: str) -> dict[str, tuple[str, str, str]]:
    return {a.name: (a.type, a.role, a.affiliation) for a in extract_text(text).actors}


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "LISBON/LUANDA, Mar 12 (Mwire) - Angola has agreed to buy six patrol boats.\n",
            "Mwire",
        ),
        (
            "OSLO, Oct 3 (Oslopress) - Norway will lend Kenya $40 million, officials said.\n",
            "Oslopress",
        ),
        ("MADRID, Jun 21 (Jwire) - Spain signed the contract on Friday.\n", "Jwire"),
    ],
)
def test_dateline_date_is_no_organisation(text: str, agency: str) -> None:
    actors = _actors(text)
    assert not any(name[:3] in {"Mar", "Oct", "Jun"} for name in actors), actors
    assert agency in actors  # the agency itself stays, as the gold convention has it


@pytest.mark.parametrize(
    "text",
    [
        "The new listings were published in the Official Journal on Friday.",
        "The decree appeared in the Official Gazette of the republic last week.",
        "Brussels said the measures take effect once printed in the Official Bulletin.",
    ],
)
def test_official_publication_is_no_person(text: str) -> None:
    people = [n for n, (t, _, _) in _actors(text).items() if t == "person"]
    assert people == []


def test_official_title_before_a_name_is_still_a_person() -> None:
    actors = _actors("Senior Official Maria Santos said the talks would resume.")
    assert actors.get("Maria Santos", ("",))[0] == "person"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "HOST: Who signed?\n\nGUEST: Yes, Secretary Aquino signed for the Philippines.\n",
            "Aquino",
        ),
        ("HOST: Did they agree?\n\nGUEST: Indeed, Minister Okonjo agreed on Monday.\n", "Okonjo"),
        ("HOST: And then?\n\nGUEST: Well, Ambassador Lindqvist left the room.\n", "Lindqvist"),
    ],
)
def test_reply_word_is_no_person(text: str, person: str) -> None:
    actors = _actors(text)
    assert person in actors
    assert not any(n.split(",")[0] in {"Yes", "Indeed", "Well"} for n in actors), actors


def test_one_word_surname_with_apposition_stays_a_person() -> None:
    actors = _actors("Brown, the army chief, said the boats would arrive in May.")
    assert actors.get("Brown", ("",))[0] == "person"


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "With me is Dr Amara Velasco of the Pacific Maritime Forum. Amara, welcome.",
            "Amara Velasco",
            "Pacific Maritime Forum",
        ),
        (
            "On the line is Prof. Li Wen of Fudan University, who studies shipping.",
            "Li Wen",
            "Fudan University",
        ),
        (
            "We also heard from Dr Hana Dvorak of the Baltic Security Institute today.",
            "Hana Dvorak",
            "Baltic Security Institute",
        ),
    ],
)
def test_honorific_name_of_body_is_the_person(text: str, person: str, body: str) -> None:
    actors = _actors(text)
    assert actors.get(person, ("",))[0] == "person", actors
    assert actors[person][2] == body
    assert not any(name.startswith(("Dr ", "Prof")) for name in actors), actors


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("Philippine Coast Guard", "Coast Guard"),
        ("Kenyan Border Police", "Border Police"),
        ("Nigerian Maritime Authority", "Maritime Authority"),
    ],
)
def test_body_named_again_without_its_demonym_is_one(long: str, short: str) -> None:
    text = f"The vessels go to the {long}, officials said.\n\nIt is a lot of money for the {short}."
    actors = _actors(text)
    assert long in actors
    assert short not in actors, actors


def test_two_bodies_ending_alike_stay_apart_from_the_bare_name() -> None:
    text = (
        "The Japan Coast Guard and the Philippine Coast Guard met in Manila.\n\n"
        "The Coast Guard said the exercise would continue."
    )
    actors = _actors(text)
    assert "Japan Coast Guard" in actors and "Philippine Coast Guard" in actors


@pytest.mark.parametrize(
    "text",
    [
        "Binding Offtake and US$85 million Prepayment Facility with Korea Cathode Ltd\n\n"
        "Korea Cathode Ltd will advance a US$85 million prepayment facility to Andes Lithium SA.",
        "Baltic Ferries Signs EUR 40 million Working Capital Facility with Nordbank\n\n"
        "Nordbank will lend the facility to Baltic Ferries AS for three years.",
        "Coral Resorts Secures $120 million Construction Facility from Harbour Capital\n\n"
        "Harbour Capital agreed the facility with Coral Resorts Ltd on Friday.",
    ],
)
def test_headline_facility_after_its_amount_is_no_organisation(text: str) -> None:
    names = _actors(text)
    assert not any(name.endswith("Facility") for name in names), names


@pytest.mark.parametrize(
    ("text", "fund"),
    [
        (
            "Kiribati will receive support from the Pacific Resilience Facility this year.",
            "Pacific Resilience Facility",
        ),
        (
            "The European Peace Facility will fund the equipment, the council said.",
            "European Peace Facility",
        ),
    ],
)
def test_a_fund_named_a_facility_stays_an_organisation(text: str, fund: str) -> None:
    assert _actors(text).get(fund, ("",))[0] in {"organization", "international_organization"}


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "The mine lies in Salta Province, Argentina. The Company will pay the Province a "
            "royalty.",
            "Province",
        ),
        (
            "The Tavush Region backed the plan. Officials of the Region signed it on Monday.",
            "Region",
        ),
        ("Voters in Kilifi County approved it. The County will collect the fees.", "County"),
    ],
)
def test_a_place_head_alone_is_no_place(text: str, head: str) -> None:
    places = [p.name for p in extract_text(text).places]
    assert head not in places, places
    assert any(name.endswith(head) and name != head for name in places), places


def test_a_same_named_body_of_another_state_stays_apart() -> None:
    text = (
        "The Norwegian Defence Materiel Agency signed an agreement with the Defence Materiel "
        "Agency under the Latvian Ministry of Defence for four radars."
    )
    actors = _actors(text)
    assert "Norwegian Defence Materiel Agency" in actors
    assert "Defence Materiel Agency" in actors, actors
