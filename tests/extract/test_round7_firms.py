"""Round 7, organisations: a short company name read from the noun phrase around it — the
role it plays in an apposition ("The contractor, Maranta, said"), a lower-case descriptor
before it ("the Norwegian yard Ulstein") and a list it shares with a body already named.
Made-up sentences (paraphrases the tuning text does not contain), with negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.type.value for a in extract_text(text).actors}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The contractor, Maranta, said work would start in May.", "Maranta"),
        ("Its partner, Sinotrans, declined to comment.", "Sinotrans"),
        ("The lender, Afreximbank, approved the facility on Friday.", "Afreximbank"),
        ("The main supplier, Norvik, will deliver the turbines in 2027.", "Norvik"),
        ("Their Chinese partner, Zhentai Heavy Industry, holds 40%.", "Zhentai Heavy Industry"),
        ("The buyer of the cargo is the trader, Voltrade.", "Voltrade"),
        ("The deal was handled by the Norwegian yard Ulstein.", "Ulstein"),
        ("The work went to local builder Tarmakon.", "Tarmakon"),
        ("Thai explorer Andamar will drill two wells.", "Andamar"),
        (
            "The study was done by the Nairobi consultancy Savanna Orbital Data.",
            "Savanna Orbital Data",
        ),
        (
            "The decree appeared in the official gazette La Gaceta Andina on Friday.",
            "La Gaceta Andina",
        ),
    ],
)
def test_a_firm_named_by_its_role(text: str, firm: str) -> None:
    assert _kinds(text).get(firm) == "organization"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The partners are Eni, TotalEnergies and Qatar Energy.", ["Eni", "TotalEnergies"]),
        ("The rigs were supplied by Valaris and Borr Drilling.", ["Valaris"]),
        ("Stakes are held by Kvanor, Petrovia and the Asian Development Bank.", ["Kvanor"]),
    ],
)
def test_a_name_listed_beside_a_body(text: str, names: list[str]) -> None:
    kinds = _kinds(text)
    for name in names:
        assert kinds.get(name) == "organization"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a person in the apposition keeps being a person (a given name; a name said before)
        ("The buyer, Maria Okafor, said the price was fair.", "Maria Okafor", "person"),
        ("The consortium, Carlos Huaman, said the talks went well.", "Carlos Huaman", "person"),
        # a state in the apposition is the state
        ("The lender, Japan, signed the notes.", "Japan", "state"),
    ],
)
def test_what_must_not_change(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind


def test_no_firm_without_the_cue() -> None:
    # no role, no body in the list: nothing says these are firms
    kinds = _kinds("Eni, TotalEnergies and Kvanta each hold a third.")
    assert "Kvanta" not in kinds
    # a reported speaker after the role's comma is no firm
    text = (
        "The yard's director, Yann Le Goff-Mercier, signed. The rest goes to a subcontract "
        "with the French yard, Le Goff-Mercier said."
    )
    assert _kinds(text).get("Le Goff-Mercier") != "organization"
    # a descriptor at the end of a headline does not reach the next line
    assert "Share" not in _kinds("Rail deal with Chinese builder\nShare on Facebook | Email")


def test_an_opening_word_before_a_body_is_no_list() -> None:
    kinds = _kinds("Lastly, the European Union made a donation to Senegal.")
    assert "Lastly" not in kinds
    assert "Finally" not in _kinds("Finally, Afreximbank and the AfDB signed.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Royal Society for the Protection of Birds objected.",
            "Royal Society for the Protection of Birds",
        ),
        ("The Fiji Red Cross Society handed out the aid.", "Fiji Red Cross Society"),
        ("Funds were handed over by the Delegation of the EU in Suva.", "Delegation of the EU"),
        ("Korea Eximbank is lending the money.", "Korea Eximbank"),
        ("The sale was disclosed in a filing to Borsa Italiana on Monday.", "Borsa Italiana"),
        ("Shares are listed on the Bolsa de Santiago.", "Bolsa de Santiago"),
    ],
)
def test_more_body_heads(text: str, body: str) -> None:
    assert _kinds(text).get(body) == "organization"


def test_a_states_delegation_is_the_state() -> None:
    kinds = _kinds("Delegation of Samoa: Hon. Lefau Tuala, Minister for Finance.")
    assert kinds.get("Samoa") == "state"
    assert "Delegation" not in kinds


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Sonangol acquired a 10% stake in the block.", "Sonangol"),
        ("Ecopetrol invested $2 billion last year.", "Ecopetrol"),
        ("Transnet awarded the tender to Bombardier.", "Transnet"),
        ("Ghana awarded the tender to Kvaerner.", "Kvaerner"),
        ("The tender was won by Petrofac.", "Petrofac"),
        ("The stake was sold to Trafigura on Monday.", "Trafigura"),
        ("The order went to Damen, the ministry said.", "Damen"),
    ],
)
def test_a_name_that_deals(text: str, firm: str) -> None:
    assert _kinds(text).get(firm) == "organization"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The ministry awarded the contract to John Mensah.", "John Mensah", "person"),
        ("The contract was awarded to Ghana.", "Ghana", "state"),
        (
            "Chief executive Maria Nkosi spoke. He sold the shares to Nkosi.",
            "Maria Nkosi",
            "person",
        ),
    ],
)
def test_a_party_that_is_no_firm(text: str, name: str, kind: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == kind
    assert "Nkosi" not in kinds


def test_a_month_glued_to_a_name_is_no_firm() -> None:
    assert "February Almatyteplo" not in _kinds("In February Almatyteplo awarded a contract.")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("In February Almatyteplo awarded a contract of KZT 18 billion.", "Almatyteplo"),
        ("On Monday Afreximbank said it would lend $40 million.", "Afreximbank"),
    ],
)
def test_a_date_opening_the_sentence_is_no_part_of_the_name(text: str, firm: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(firm) == "organization"
    assert not [name for name in kinds if name.startswith(("February", "Monday"))]


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        ("The Russian Embassy in La Paz did not reply.", "Russian Embassy", "Russia"),
        (
            "The British High Commission in Accra said so.",
            "British High Commission",
            "United Kingdom",
        ),
    ],
)
def test_a_states_embassy_is_a_body(text: str, body: str, state: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(body) == "organization" and kinds.get(state) == "state"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "The 3rd Mechanised Infantry Brigade will get the vehicles.",
            "3rd Mechanised Infantry Brigade",
        ),
        ("The 101st Airborne Division moved north.", "101st Airborne Division"),
    ],
)
def test_a_unit_opened_by_its_ordinal(text: str, unit: str) -> None:
    assert _kinds(text).get(unit) == "organization"


def test_an_ordinal_without_a_unit_is_no_name() -> None:
    assert not _kinds("The 2nd Quarter Results rose and the 3rd Round of talks ended.")


def test_a_un_programme_is_a_body() -> None:
    kinds = _kinds("The World Food Programme will deliver the food.")
    assert kinds.get("World Food Programme") == "international_organization"
    assert "Country Programme" not in _kinds("The Country Programme runs to 2030.")


def test_a_month_after_in_is_no_part_of_the_name() -> None:
    text = (
        "The Water and Sewerage Company Inc. (WASCO) will run it. "
        "Since then, in August WASCO signed a design contract."
    )
    found = extract_text(text)
    orgs = [a for a in found.actors if a.type.value == "organization"]
    assert len(orgs) == 1 and "WASCO" in orgs[0].aliases
    assert not found.places


@pytest.mark.parametrize(
    ("text", "body", "acronym"),
    [
        (
            "Petroleos de Venezuela (PDVSA) signed. PDVSA will pay.",
            "Petroleos de Venezuela",
            "PDVSA",
        ),
        (
            "Empresa Nacional de Electricidad (Endesa) said. Endesa will build.",
            "Empresa Nacional de Electricidad",
            "Endesa",
        ),
    ],
)
def test_a_foreign_name_defines_its_short_form(text: str, body: str, acronym: str) -> None:
    found = extract_text(text)
    orgs = [a for a in found.actors if a.type.value == "organization"]
    assert [a.name for a in orgs] == [body]
    assert acronym in orgs[0].aliases
