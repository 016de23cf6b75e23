"""Round 13, organisations (issue 10): general mechanisms, each proved with made-up sentences
in several wordings and with negatives that must not change.

- an office, a grid operator or a coast guard named with its state after "of" keeps the state
  in its name, like an authority or a bank ("the National Statistics Office of Ruritania" is
  one body, and the state is named too);
- a copyright line names its holder only when it is one: "(c)" needs its year, "Copyright"
  before it or a short line of its own ("(c) Yes, Sir." in a written answer is a list's
  third item), "&" joins the holder's words ("© 2026 Isthmus & Islands Media"), and a holder
  that goes on with "of" is a body's name cut short ("© 2026 Government of the Republic of
  X"), left to the rules that read it whole;
- a run in capitals opened by a preposition, or of four words or more that holds a
  preposition no name joins with or a headline's verb, is a headline, no organisation ("KENYA
  NAVY TO RECEIVE TWO ...", "LNG TERMINAL AT X: CANCELLATION"); the body is named again in
  the text;
- a firm's name runs on to its legal form: a dotted form set off by a comma ("Minera X,
  S.R.L.", "Solaris Y, S.A.S.", not cut to "S.A."), "Pvt. Ltd." across its full stop, and a
  form in lower case ("d.d.", "a.d.", "d.o.o.") makes the run before it a firm even with no
  other cue, with the town after "of" as its place;
- a board, a unit, a command or a report of a body leads its name, and the body is meant
  ("the Linguistic Services Unit of the Ministry of X", "Annual Report of the X Commission of
  <state>" with the state kept as a commission's, "President of the Management Board of X");
  a board named by its remit ("the Board of Investment") is a body itself;
- an acronym used with no expansion is a body when it is the source of what is said or does
  what only bodies do ("according to OCHA", "told APNR", "JAXA awarded us", "GECOL signs",
  "an XYZ spokesperson"), not a business or document acronym ("according to the PPA"); an
  acronym seen before its expansion "Long Name (ACR)" is one body with it;
- an origin (a demonym, a state, a city, "X-based") and one lower-case noun that is no
  person's title before a name make it a body ("Australian start-up X", "Rotterdam
  shipbroker X", "French provider X"); a given name, a title ("analyst"), an amount or a verb
  ("Norway pledged NOK 2 billion", "Indonesia extends X") do not;
"""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _orgs(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type == "organization"}


def _states(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type == "state"}


@pytest.mark.parametrize(
    ("text", "expected", "state"),
    [
        (
            "According to the National Statistics Office of Georgia, exports rose 4%.",
            "National Statistics Office of Georgia",
            "Georgia",
        ),
        (
            "The Federal Audit Office of Nigeria has opened a review of the contract.",
            "Federal Audit Office of Nigeria",
            "Nigeria",
        ),
        (
            "Kestrel Wind signed a 25-year offtake deal with JSC National Electric Grid of"
            " Uzbekistan on Monday.",
            "JSC National Electric Grid of Uzbekistan",
            "Uzbekistan",
        ),
        (
            "Two patrol craft were handed over to the National Coast Guard of Mauritius in May.",
            "National Coast Guard of Mauritius",
            "Mauritius",
        ),
    ],
)
def test_office_grid_guard_keep_their_state(text: str, expected: str, state: str) -> None:
    assert expected in _orgs(text)
    assert state in _states(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's legal form before "of <state>": the state is where it sits
        ("Brightwater Holdings Ltd of Kenya won the tender.", "Brightwater Holdings Ltd"),
        # a ministry with a remit: the body of that state, named without it
        ("The Ministry of Energy of Kazakhstan signed the memorandum.", "Ministry of Energy"),
    ],
)
def test_other_bodies_still_drop_the_state(text: str, expected: str) -> None:
    assert expected in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "(a) How many were ordered?\n(b) At what cost?\n(c) Yes, Sir. The Army placed it.",
        "(b) The price.\n(c) What arrangements have been made for the supply of gas?",
        "(c) Supervision will be carried out by the Ministry.",
    ],
)
def test_a_list_item_c_names_no_publisher(text: str) -> None:
    assert not {"Yes", "What", "Supervision"} & _orgs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unsubscribe | Manage preferences\n© 2026 Isthmus & Islands Media",
            "Isthmus & Islands Media",
        ),
        ("(c) 2026 Apia Daily Mail. All rights reserved.", "Apia Daily Mail"),
        ("Copyright (c) Warta Harian 2026", "Warta Harian"),
        ("Kestrel Gold won the tender.\n(c) Agence Kestrel-Presse", "Agence Kestrel-Presse"),
    ],
)
def test_copyright_holders(text: str, expected: str) -> None:
    assert expected in _orgs(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("© 2026 Government of the Republic of Fiji. All rights reserved.", "Government"),
        ("Kestrel Gold won.\n\n© 2026 Ministry of Finance of Ruritania", "Ministry"),
        (
            "Unsubscribe | Manage preferences\n© 2026 Isthmus & Islands Media",
            "Isthmus",
        ),
    ],
)
def test_a_holder_that_goes_on_with_of_is_no_outlet(text: str, unwanted: str) -> None:
    assert unwanted not in _orgs(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("RUVALIA NAVY TO RECEIVE TWO LOCALLY BUILT PATROL VESSELS\n\nThe navy said.", "NAVY"),
        ("GAS TERMINAL AT KESTREL POINT: CANCELLATION OF CONTRACT\n\nText.", "TERMINAL"),
        ("KESTREL AND MARLOW BOARDS APPROVE FINANCING FOR ROADS\n\nText.", "BOARDS"),
        ("MARLOW GROUP SIGNS DEAL WITH PORT AUTHORITY\n\nText.", "GROUP"),
        ("NATIONAL ASSEMBLY\nOF THE FIRST SESSION OF THE NINTH PARLIAMENT OF RUVALIA\n", "OF THE"),
        ("STATEMENT\nBY THE PORTFOLIO COMMITTEE ON TRADE AND INDUSTRY ON STEEL\n", "BY THE"),
    ],
)
def test_a_headline_in_capitals_names_no_body(text: str, unwanted: str) -> None:
    assert not any(unwanted in name for name in _orgs(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KESTREL NAVY TO RECEIVE TWO VESSELS\n\nThe Kestrel Navy will receive two vessels.",
            "Kestrel Navy",
        ),
        (
            "The contract was signed with Marlow Engineering Group on Monday.",
            "Marlow Engineering Group",
        ),
    ],
)
def test_names_outside_headlines_stay(text: str, expected: str) -> None:
    assert expected in _orgs(text)


def test_a_headline_still_names_its_states() -> None:
    text = "RUVALIA NAVY TO RECEIVE TWO PATROL VESSELS FROM SOUTH KOREA\n\nThe order was signed."
    assert {"South Korea"} <= _states(text)
    assert not _orgs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry granted a licence to Minera Kestrel Dorado, S.R.L., a subsidiary.",
            "Minera Kestrel Dorado, S.R.L.",
        ),
        (
            "Edenorte signed a supply agreement with Solaris Marlow, S.A.S. for the output.",
            "Solaris Marlow, S.A.S.",
        ),
        (
            "The works go to Pune-based Kestrel Civil Works Pvt. Ltd., under a contract.",
            "Kestrel Civil Works Pvt. Ltd.",
        ),
        ("The contract was signed by Marlowinženiring d.d. from Velenje.", "Marlowinženiring d.d."),
        (
            "The estimate was published by Kestrel Projekt d.o.o. last year.",
            "Kestrel Projekt d.o.o.",
        ),
        ("Tindall Namenska a.d. of Kraljevo will assemble the units.", "Tindall Namenska a.d."),
    ],
)
def test_a_firm_runs_on_to_its_legal_form(text: str, expected: str) -> None:
    assert expected in _orgs(text)


def test_the_town_after_a_lower_case_form_is_a_place() -> None:
    found = extract_text("Tindall Namenska a.d. of Kraljevo will assemble the units.")
    assert "Kraljevo" in {p.name for p in found.places}
    assert "Kraljevo" not in {a.name for a in found.actors}


@pytest.mark.parametrize(
    "text",
    [
        "The meeting ran to 5 p.m. on Friday.",
        "Kestrel Holdings said the deal, etc. was final.",
    ],
)
def test_no_firm_without_a_legal_form(text: str) -> None:
    assert not any(name.endswith((" p.m.", " etc.")) for name in _orgs(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[Translation provided by the Linguistic Services Unit of the Ministry of Ports.]",
            "Ministry of Ports",
        ),
        (
            "The Project Implementation Unit of the Ministry of Works will manage the loan.",
            "Ministry of Works",
        ),
        (
            "PAPERS\nAnnual Report of the Public Utilities Commission of Sri Lanka for 2025.",
            "Public Utilities Commission of Sri Lanka",
        ),
        (
            "Annual Report of the Kestrel Heritage and Stabilisation Fund for the year 2025.",
            "Kestrel Heritage and Stabilisation Fund",
        ),
        (
            "Ms. Anna Kowal, President of the Management Board of Baltyk Gas Trading, attended.",
            "Baltyk Gas Trading",
        ),
        ("The Board of Investment of Sri Lanka approved the project.", "Board of Investment"),
        ("The Board of Directors of the AIIB approved the loan.", "AIIB"),
    ],
)
def test_the_body_a_unit_or_report_belongs_to(text: str, expected: str) -> None:
    found = {a.name for a in extract_text(text).actors if a.type.value.endswith("organization")}
    assert expected in found
    assert not any(
        name.startswith(("Annual Report", "Management Board", "Linguistic")) for name in found
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The appeal still needs $4.2 billion, according to KHRO.", "KHRO"),
        ("Kurosawa: KSPA awarded us the launch of its technology satellite.", "KSPA"),
        ("READ MORE: RUVELEC signs turbine maintenance deal", "RUVELEC"),
        ("The chief executive told MNR the order keeps the line full.", "MNR"),
        ("A KDFA spokesperson declined to comment on the loan.", "KDFA"),
    ],
)
def test_an_acronym_named_as_a_source_is_a_body(text: str, expected: str) -> None:
    assert expected in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The price was $40 a tonne, according to the PPA.",
        "The tariff is fixed, according to the EPC terms.",
        "KESTREL SIGNS the deal.",
    ],
)
def test_a_business_acronym_as_a_source_is_no_body(text: str) -> None:
    assert not {"PPA", "EPC", "SIGNS"} & _orgs(text)


def test_an_acronym_before_its_expansion_is_one_body() -> None:
    text = (
        "The vice-president told KPW only that the order was large.\n\n"
        "ABOUT KPW: Kestrel & Naval Procurement Weekly (KPW) covers defence acquisition."
    )
    assert _orgs(text) == {"Kestrel & Naval Procurement Weekly"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Australian start-up Kestrel Launch has yet to reach orbit.", "Kestrel Launch"),
        ("Its main rival, US start-up Marlow Orbital, cancelled its booking.", "Marlow Orbital"),
        (
            "said Pieter Smit, head of research at Rotterdam shipbroker Tindall Chartering.",
            "Tindall Chartering",
        ),
        ("Vietnam also bought imagery from French provider Astrel Imaging.", "Astrel Imaging"),
        ("It denied a report in the Belgrade daily Dnevna Vest on Monday.", "Dnevna Vest"),
    ],
)
def test_an_origin_and_a_noun_before_a_name_make_a_body(text: str, expected: str) -> None:
    assert expected in _orgs(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Australian analyst Kestrel Marlow said prices would fall.", "Kestrel Marlow"),
        ("Norway pledged NOK 150 million for the project.", "NOK"),
        ("Indonesia extends Kestrelpasa programme to 2030.", "Kestrelpasa"),
        ("French businessman John Tindall bought the stake.", "John Tindall"),
    ],
)
def test_a_title_a_verb_or_a_given_name_makes_no_body(text: str, unwanted: str) -> None:
    assert unwanted not in _orgs(text)
