"""Round 8, organisations (issue 10): kinds fixed by the shape of the phrase, proved with
made-up sentences (paraphrases the corpus does not hold) and negatives that must not change.

- a legal form in its national shape goes on after the firm's capitalised run ("(Persero)
  Tbk", "Pty. Ltd.", "S.A. de C.V.", "Sociedad del Estado", "Sp. z o.o.", "GmbH & Co. KG",
  a lower-case "plc");
- a line of prose broken inside a capitalised name is one name ("the Ceylon Petroleum /
  Corporation under the deal"), while a block of title lines keeps its breaks.
"""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _orgs(text: str) -> list[str]:
    return [
        a.name
        for a in extract_text(text).actors
        if a.type.value in {"organization", "international_organization"}
    ]


@pytest.mark.parametrize(
    "firm",
    [
        "PT Wahana Karya (Persero) Tbk",
        "PT Bank Nusantara Sejahtera (Persero) Tbk",
        "Perum Wahana Karya (Persero)",
        "Kestrel Gold Pty. Ltd.",
        "Cobre Norte S.A. de C.V.",
        "Catamarca Hidro Sociedad del Estado",
        "Nordsee Werft GmbH & Co. KG",
        "Gulf Cement Co. (S.A.O.G.)",
        "Sahel Copper Minerals plc",
    ],
)
def test_a_national_legal_form_goes_on_after_the_name(firm: str) -> None:
    for text in (
        f"The contract went to {firm} on Monday, the ministry said.",
        f"{firm} will build the two berths, the port said.",
    ):
        assert firm in _orgs(text), text


def test_a_polish_form_after_its_first_part() -> None:
    text = "Radios were bought from Warsaw Radio Sp. z o.o. for the army."
    assert "Warsaw Radio Sp. z o.o." in _orgs(text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # Negatives: no form follows, or the word after is no form of this kind.
        ("The contract went to Halden Marine Ltd. It starts in May.", "Halden Marine Ltd"),
        ("The deal was signed by Orbis Holdings. Ltd partners objected.", "Orbis Holdings"),
        ("Funds came from the Ministry of Finance del Sur office.", "Ministry of Finance"),
    ],
)
def test_no_tail_where_none_belongs(text: str, firm: str) -> None:
    orgs = _orgs(text)
    assert firm in orgs or firm + "." in orgs
    assert not any(name.startswith(firm) and len(name) > len(firm) + 1 for name in orgs)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Fuel for the plant will be supplied by the Ceylon Petroleum\n"
            "Corporation under a ten-year deal.",
            "Ceylon Petroleum Corporation",
        ),
        (
            "The mine is run by a wholly owned unit of Sahel Copper\n"
            "Minerals plc, which is listed in London.",
            "Sahel Copper Minerals plc",
        ),
        (
            "The turbines were ordered from the Andes Hydro Power\n"
            "Company, which will also run them.",
            "Andes Hydro Power Company",
        ),
    ],
)
def test_a_line_wrap_inside_a_name_is_one_name(text: str, firm: str) -> None:
    orgs = _orgs(text)
    assert firm in orgs
    assert not any(name in {"Corporation", "Company"} for name in orgs)


def test_a_signature_block_keeps_its_line_breaks() -> None:
    text = "The deal was signed.\n\nOffice of Press and Image\nMinistry of Energy and Mines"
    assert "Ministry of Energy and Mines" in _orgs(text)
    assert not any("Image Ministry" in name for name in _orgs(text))


def test_a_heading_above_a_body_keeps_its_line_break() -> None:
    text = "HARBOUR WORKS\nPort Authority officials said the quay was ready."
    orgs = _orgs(text)
    assert "Port Authority" in orgs
    assert not any("WORKS Port" in name for name in orgs)


def _names(text: str) -> dict[str, str]:
    return {a.name: a.type.value for a in extract_text(text).actors}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Organisers expect 4,000 visitors at the trade fair in Accra.", "Organisers"),
        ("Contractors have not been paid since May, a union said.", "Contractors"),
        ("Exporters welcomed the lower port fees on Tuesday.", "Exporters"),
        ("Organisers Expect Record Crowd\nOrganisers said 4,000 people would come.", "Organisers"),
        ("Whose money pays for the dam? The treasury would not say.", "Whose"),
        (
            "Dredging will start in June. The dredging contract is worth $30 million.",
            "Dredging",
        ),
    ],
)
def test_an_everyday_word_opening_a_sentence_is_no_body(text: str, word: str) -> None:
    assert word not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Negatives: a word the text also writes as a name, or that is no everyday word.
        ("Shell said the field starts in 2027. Partners of Shell hold the rest.", "Shell"),
        ("Shell said the shell of the old rig was sold. A deal with Shell is near.", "Shell"),
        ("Sonangol signed the deal. Sonangol will pay in cash.", "Sonangol"),
        ("Petrobras said the rig was late.", "Petrobras"),
    ],
)
def test_a_one_word_name_opening_a_sentence_stays(text: str, name: str) -> None:
    assert _names(text).get(name) == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "The land was assessed by the Chief Valuer in March.",
        "The Chief Registrar signed the lease on Monday.",
        "Member States agreed to fund the new port.",
        "Member Economies will share the cost of the cable.",
    ],
)
def test_a_post_without_a_person_is_no_actor(text: str) -> None:
    assert _names(text) == {}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Chief Okafor said the land was worth more.", "Okafor"),
        ("Chief Executive Ann Lee signed the lease.", "Ann Lee"),
    ],
)
def test_a_person_after_chief_stays(text: str, person: str) -> None:
    assert _names(text).get(person) == "person"


@pytest.mark.parametrize(
    "text",
    [
        "The Fourth Session of the Joint Trade Commission ended in Muscat.",
        "The loan was discussed at the Second Meeting of the Donor Working Group.",
        "Delegates met at the 3rd Plenary of the Maritime Council in Suva.",
    ],
)
def test_a_meeting_of_a_body_is_no_body(text: str) -> None:
    events = ("fourth", "second", "3rd", "session")
    assert not any(name.lower().startswith(events) for name in _names(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # Negatives: bodies whose names hold an event's word.
        ("The Summit Group will invest $5 million in the hotel.", "Summit Group"),
        ("Programme Capital Ltd bought a 10% stake in the mine.", "Programme Capital Ltd"),
        ("The Conference Board said demand fell.", "Conference Board"),
    ],
)
def test_a_body_with_an_event_word_stays(text: str, body: str) -> None:
    assert _names(text).get(body) == "organization"


def test_messrs_before_a_firm_is_no_body() -> None:
    names = _names("The tender went to M/s Lanka Steel (Pvt) Ltd last week.")
    assert "M" not in names
    assert names.get("Lanka Steel (Pvt) Ltd") == "organization"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ann Lee, Chief Executive of Harbour Holdings, signed the lease.", "Harbour Holdings"),
        (
            "Tom Ward, Managing Director of the Delta Cement Company, signed it.",
            "Delta Cement Company",
        ),
    ],
)
def test_a_post_of_a_body_is_the_body_alone(text: str, body: str) -> None:
    orgs = _orgs(text)
    assert body in orgs
    assert not any(name.endswith(body) and name != body for name in orgs)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # Negatives: bodies whose name opens with a word of a post, or a post before a person.
        ("The Commission of Inquiry heard the minister.", "Commission of Inquiry"),
        ("The Bank of Ghana raised its rate.", "Bank of Ghana"),
    ],
)
def test_a_body_that_opens_with_a_post_word_stays(text: str, body: str) -> None:
    assert body in _orgs(text)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("HARBOUR WORKS\nPort Authority officials said the quay was ready.", "HARBOUR WORKS"),
        (
            "OFFSHORE DRILLING | WEST AFRICA\nThe rig was hired by Atlantic Petroleum Ltd.",
            "OFFSHORE DRILLING",
        ),
        ("Page 2\n\nMARINE INSURANCE\nPremiums rose after the storm.", "MARINE INSURANCE"),
    ],
)
def test_a_sector_heading_in_capitals_is_no_body(text: str, heading: str) -> None:
    assert heading not in _orgs(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # Negatives: a body's name alone on its line in capitals.
        ("KESTREL MINING\nKestrel Mining said it found gold at Tarkwa.", "Kestrel Mining"),
        ("CEYLON ELECTRICITY BOARD\nThe board approved the tariff.", "CEYLON ELECTRICITY BOARD"),
    ],
)
def test_a_body_in_capitals_on_its_line_stays(text: str, body: str) -> None:
    assert body.lower() in {name.lower() for name in _orgs(text)}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The funds were released by the Accountant General on Friday.", "Accountant General"),
        ("The Solicitor General advised the cabinet against the lease.", "Solicitor General"),
        (
            "The Controller and Auditor General found the price too high.",
            "Controller and Auditor General",
        ),
    ],
)
def test_an_office_named_as_a_body(text: str, body: str) -> None:
    names = _names(text)
    assert names.get(body) == "organization"
    assert not any(name in {"Accountant", "Solicitor", "Controller"} for name in names)


def test_an_office_before_a_person_in_commas_gives_the_person() -> None:
    names = _names("The Attorney General, Ann Lee, said the lease was flawed.")
    assert names.get("Ann Lee") == "person"
    assert "Attorney General" not in names


@pytest.mark.parametrize(
    "text",
    [
        "The Annual General Meeting approved the dividend.",
        "An Extraordinary General Meeting will vote on the merger.",
        "The Government Statistician said prices rose by 4%.",
    ],
)
def test_a_meeting_or_a_post_alone_is_no_actor(text: str) -> None:
    assert _names(text) == {}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The decision was taken by the Joint Steering Committee of the project.",
            "Joint Steering Committee",
        ),
        ("Joint Technical Committee members met in Suva.", "Joint Technical Committee"),
    ],
)
def test_joint_opens_a_body_ending_on_its_head(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_joint_statement_and_a_bare_joint_commission_stay_out() -> None:
    text = "The Joint Statement said the Joint Commission would meet in May."
    assert not any(name.startswith("Joint") for name in _orgs(text))


def test_a_ministry_unit_in_brackets_is_part_of_its_name() -> None:
    orgs = _orgs("The loan is run by the Ministry of Finance (Economic Relations Division).")
    assert "Ministry of Finance (Economic Relations Division)" in orgs
    assert "Economic Relations Division" not in orgs


def test_an_acronym_in_brackets_after_a_ministry_stays_its_short_form() -> None:
    extraction = extract_text("The Ministry of Finance (MOF) signed the loan.")
    ministry = next(a for a in extraction.actors if a.name == "Ministry of Finance")
    assert "MOF" in ministry.aliases


def test_a_coined_one_word_short_form_joins_its_firm() -> None:
    text = (
        "The deposit went to Toronto-listed Northgate Minerals. Northgate chief executive "
        "Tom Lee said the price was fair. Shares of Northgate rose 6%."
    )
    assert "Northgate" not in _orgs(text)
    assert "Northgate Minerals" in _orgs(text)


def test_an_everyday_one_word_short_form_does_not_join() -> None:
    # "Power" alone is no short form of "Power Minerals".
    orgs = _orgs("Power Minerals bought the mine. Power prices rose in May.")
    assert "Power Minerals" in orgs


def test_a_currency_code_before_an_amount_ends_a_name_in_a_table() -> None:
    text = (
        "Financing plan\nNordic Development Fund EUR 12 million\n"
        "Government of Malawi USD 3.1 million\nTotal USD 16 million"
    )
    names = _names(text)
    assert "Nordic Development Fund" in names
    assert names.get("Malawi") == "state"
    assert not any(name.endswith(("EUR", "USD")) for name in names)


def test_three_capitals_that_are_no_currency_stay_in_the_name() -> None:
    # "XQZ" is no ISO currency: the row's name keeps it.
    assert "Kestrel Mining XQZ" in _orgs("Output\nKestrel Mining XQZ 2 million tonnes")


def _places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def test_a_state_and_a_firm_with_its_legal_form_are_two() -> None:
    text = "The works went to Hanjin Builders from Korea and Sohar Civil Works LLC, a local firm."
    names = _names(text)
    assert names.get("Sohar Civil Works LLC") == "organization"
    assert names.get("South Korea") == "state"
    assert not any(name.startswith("Korea and") for name in names)


def test_a_state_that_holds_and_stays_one() -> None:
    assert _names("Trinidad and Tobago signed the loan.").get("Trinidad and Tobago") == "state"


def test_a_demonym_before_the_next_body_is_no_part_of_the_name() -> None:
    text = "It was signed by the Ministry of Water of Uzbekistan and the Dutch ministry."
    names = _names(text)
    assert "Ministry of Water" in names
    assert names.get("Netherlands") == "state"
    assert not any(name.endswith("Dutch") for name in names)


def test_an_adverb_after_a_speaker_label_is_no_part_of_the_name() -> None:
    text = "Q: Who lends the money?\nA: Mostly the Asian Development Bank. Its board met."
    orgs = _orgs(text)
    assert "Asian Development Bank" in orgs
    assert not any(name.startswith("Mostly") for name in orgs)


def test_a_press_document_names_its_body_only() -> None:
    orgs = _orgs("Harbour Authority Press Release\nThe quay opens in May.")
    assert "Harbour Authority" in orgs
    assert not any(name.endswith("Press Release") for name in orgs)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gas will come from the Marlin Gas Field off the coast.", "Marlin"),
        ("Output at the Kowhai Gold Mine rose by a third.", "Kowhai"),
    ],
)
def test_a_capitalised_field_or_mine_is_a_place(text: str, place: str) -> None:
    assert not any(name.endswith(("Field", "Mine")) for name in _orgs(text))
    assert place in _places(text)


def test_a_mining_firm_is_no_site() -> None:
    assert "Kowhai Mining" in _orgs("Kowhai Mining said output rose by a third.")


def test_a_headline_in_capitals_is_cut_at_its_verb() -> None:
    text = (
        "PORT BOARD APPROVES NEW BULK TERMINAL FOR WESTERN HARBOUR AREA\n"
        "The Harbour Board of Suva approved the terminal on Monday."
    )
    orgs = _orgs(text)
    assert not any("APPROVES" in name or "TERMINAL" in name for name in orgs)


def test_a_subject_of_a_headline_in_capitals_stays() -> None:
    text = "HALVARD MINING SIGNS SUPPLY DEAL WITH KOWHAI STEEL LTD\nHalvard Mining said on Monday."
    orgs = {name.lower() for name in _orgs(text)}
    assert "halvard mining" in orgs
    assert not any("supply deal" in name for name in orgs)


@pytest.mark.parametrize(
    "text",
    [
        "The Engineering, Procurement and Construction (EPC) contract went to a local firm.",
        "A Design and Build contract was signed for the quay.",
        "The Cabinet Secretary for Energy said the plant was ready.",
        "Editor's Note: this story was updated on Monday.",
    ],
)
def test_a_kind_of_contract_a_post_or_a_label_is_no_body(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # Negatives: bodies named with works or a "for".
        (
            "The loan came from the Japan Bank for International Cooperation.",
            "Japan Bank for International Cooperation",
        ),
        (
            "Delta Engineering and Construction Ltd won the tender.",
            "Delta Engineering and Construction Ltd",
        ),
        ("Source: Ministry of Finance", "Ministry of Finance"),
    ],
)
def test_a_body_named_with_works_or_for_stays(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_two_firms_joined_by_and_stay_two() -> None:
    orgs = _orgs("Delta Engineering and Kowhai Builders Ltd won the tender.")
    assert "Kowhai Builders Ltd" in orgs
    assert "Delta Engineering" in orgs


@pytest.mark.parametrize(
    "text",
    [
        "Part of the cost is paid from US Foreign Military Financing, the embassy said.",
        "Laos receives Official Development Assistance from three donors.",
    ],
)
def test_a_programme_of_aid_is_no_body(text: str) -> None:
    assert _orgs(text) == []


def test_a_title_ending_in_a_programme_noun_keeps_its_person() -> None:
    text = "Ana Quispe, Vice Minister of Public Investment and External Financing, signed it."
    extraction = extract_text(text)
    person = next(a for a in extraction.actors if a.name == "Ana Quispe")
    assert person.role.endswith("External Financing")
