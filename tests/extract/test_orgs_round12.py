"""Round 12, organisations (issue 10): general mechanisms, each proved with made-up sentences
in several wordings and with negatives that must not change.

- a date before "the" ends a run: "On 28 October the Ministry of Finance" names the ministry
  (the run "28 October the Ministry of Finance" was deferred as a designation and lost);
- a body named by its remit runs to the end of its comma/"and" list ("the Ministry of Mines
  and Minerals Development", "the Ministry of Petroleum, Mines and Energy of Mauritania and
  the Ministry of ..."), also with the list before the head ("the Defence, Internal Affairs
  and Corruption Prevention Committee"); a state, a coined word, a name or a title after the
  "and" ends the list before it.
"""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _orgs(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type == "organization"}


def _states(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type == "state"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 28 October the Ministry of Finance approved the loan.", "Ministry of Finance"),
        (
            "On 3 March 2026 the Kestrel Shipping Authority opened bids.",
            "Kestrel Shipping Authority",
        ),
        ("By Friday 14 June the Central Bank had cut rates.", "Central Bank"),
        ("In 2024 the Ministry of Finance approved the loan.", "Ministry of Finance"),
        (
            "In Q3 2025 the Kestrel Shipping Authority approved the lease.",
            "Kestrel Shipping Authority",
        ),
    ],
)
def test_a_date_before_the_ends_the_run(text: str, expected: str) -> None:
    assert expected in _orgs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Licences were granted, the Ministry of Mines and Minerals Development said.",
            {"Ministry of Mines and Minerals Development"},
        ),
        (
            "The Ministry of Petroleum, Mines and Energy of Mauritania and the Ministry of "
            "Energy Transition and Sustainable Development of Morocco signed a memorandum.",
            {
                "Ministry of Petroleum, Mines and Energy",
                "Ministry of Energy Transition and Sustainable Development",
            },
        ),
        (
            "An accord between the Ministry of Water, Sanitation and Housing of the Republic of "
            "Kenya and the Department of Fisheries and Ocean Resources of Fiji was signed.",
            {
                "Ministry of Water, Sanitation and Housing",
                "Department of Fisheries and Ocean Resources",
            },
        ),
        (
            "The Public Authority for Special Economic Zones and Free Zones (PAZ) approved it.",
            {"Public Authority for Special Economic Zones and Free Zones"},
        ),
        (
            "Members of the Budget, Finance and Audit Committee of the Senate questioned him.",
            {"Budget, Finance and Audit Committee", "Senate"},
        ),
        (
            "Tenders go through the Acquisition, Technology & Logistics Agency (ATLA) now.",
            {"Acquisition, Technology & Logistics Agency"},
        ),
        (
            "The German Federal Ministry for Economic Cooperation and Development pledged aid.",
            {"Federal Ministry for Economic Cooperation and Development"},
        ),
    ],
)
def test_a_body_runs_to_the_end_of_its_remit_list(text: str, expected: set[str]) -> None:
    orgs = _orgs(text)
    assert expected <= orgs
    # no fragment of the list is a body of its own
    assert not {o for o in orgs if o not in expected and o in " ".join(expected)}


def test_the_remit_lists_state_and_acronym() -> None:
    text = (
        "The Ministry of Energy, Water and Housing of the State of Kuwait (MEWH) signed. "
        "MEWH will pay."
    )
    ex = extract_text(text)
    body = next(a for a in ex.actors if a.name == "Ministry of Energy, Water and Housing")
    assert "MEWH" in body.aliases and body.affiliation == "Kuwait"
    assert "Kuwait" in _states(text)
    assert "Germany" in _states("The German Federal Ministry for Trade and Energy said so.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a coined word after "and": a second name, never a remit
        ("The Ministry of Trade and Kopa Resources signed the deal.", "Ministry of Trade and Kopa"),
        # a state after "and"
        ("The Ministry of Energy and Kenya Power signed.", "Ministry of Energy and Kenya Power"),
        # "and the" starts a second body
        (
            "The Ministry of Finance and the Central Bank agreed.",
            "Ministry of Finance and the Central Bank",
        ),
        # another body's head after "and"
        (
            "The Department of Energy and Power Company met.",
            "Department of Energy and Power Company",
        ),
        # a title after the list: the chunk rules read the title and its person
        (
            "The Ministry of Trade and Industry Permanent Secretary Ama Owusu spoke.",
            "Ministry of Trade and Industry Permanent Secretary",
        ),
    ],
)
def test_what_ends_a_remit_list(text: str, absent: str) -> None:
    assert not {o for o in _orgs(text) if o.startswith(absent)}


def test_a_title_with_a_remit_list_is_no_body() -> None:
    text = "Minister of Trade and Industry Hiroko Tanabe visited Accra."
    ex = extract_text(text)
    assert not {a.name for a in ex.actors if a.type == "organization"}
    assert any(a.name == "Hiroko Tanabe" for a in ex.actors)


def test_a_remit_name_alone_on_its_line_is_left_to_the_heading_rules() -> None:
    text = "Office of Press and Image\n\nThe ministry said the tender was open."
    assert "Office of Press and Image" not in _orgs(text)


def test_a_title_its_remit_body_and_the_holder_keep_the_holders_title() -> None:
    text = (
        "The loan was signed by the Deputy Secretary in the Department of Lands and Survey, "
        "Mele Tupou, on Friday."
    )
    ex = extract_text(text)
    assert "Department of Lands and Survey" in _orgs(text)
    assert any(a.name == "Mele Tupou" and a.role == "Deputy Secretary" for a in ex.actors)


# --- the outlet that publishes the text -------------------------------------------------------

_BODY = "\n\nThe ministry signed a loan with the bank on Monday, officials said.\n"


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        ("PACIFIC TRADE WEEKLY", "PACIFIC TRADE WEEKLY"),
        ("ANDES GRID BRIEFING — Power & water, week 12", "ANDES GRID BRIEFING"),
        ("KORAL DIGITAL REVIEW — THE INTERVIEW", "KORAL DIGITAL REVIEW"),
        ("LA VOZ ANDINA – English edition", "LA VOZ ANDINA"),
        ("THE PORT SHEET | Global edition", "PORT SHEET"),
        ("The Harbour Ledger | Business", "Harbour Ledger"),
        ("MARITIME INDUSTRY WEEKLY  |  Ports  |  Asia-Pacific", "MARITIME INDUSTRY WEEKLY"),
    ],
)
def test_a_first_line_masthead_names_the_outlet(first_line: str, expected: str) -> None:
    assert expected in _orgs(first_line + _BODY)


@pytest.mark.parametrize(
    "first_line",
    [
        "PRESS RELEASE",
        "OPINION | ENERGY",
        "NEWS RELEASE",
        "OPEN LETTER",
        "DAILY BRIEFING",
        "NAVAL SHIPBUILDING | LATIN AMERICA",
        "JOINT STATEMENT BY THE NORDIC PRIME MINISTERS",
    ],
)
def test_a_section_label_is_no_masthead(first_line: str) -> None:
    assert not _orgs(first_line + _BODY)


def test_an_upper_case_masthead_takes_the_casing_the_text_gives_it() -> None:
    text = (
        "ORBIT LEDGER — The week in European space business\n\nThe agency signed on Monday."
        "\n\nYou are receiving this because you subscribed to Orbit Ledger.\n"
        "© 2026 Orbit Ledger Media Ltd, 22 Rue du Marché, Luxembourg\n"
    )
    ex = extract_text(text)
    outlet = next(a for a in ex.actors if a.name == "Orbit Ledger Media Ltd")
    assert "Orbit Ledger" in outlet.aliases
    assert not {a.name for a in ex.actors} & {"ORBIT LEDGER", "Orbit Ledger"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The yard will deliver.\n\n© 2026 The Harbour Ledger. All rights reserved.",
            "Harbour Ledger",
        ),
        (
            "Its chief, Anil Rao, told The Coastal Courier that the yard would deliver.",
            "Coastal Courier",
        ),
        ("Officials told the Island Ledger that no offer had been received.", "Island Ledger"),
        ("The deal is done, according to the Kestrel Gazette.", "Kestrel Gazette"),
    ],
)
def test_a_paper_named_by_its_periodicals_noun(text: str, expected: str) -> None:
    assert expected in _orgs(text)


def test_told_a_person_is_no_outlet() -> None:
    text = "She told Prime Minister Ana Costa that the talks would go on."
    assert not _orgs(text)


def test_the_masthead_is_never_a_deal_party() -> None:
    text = (
        "HARBOUR BUSINESS REVIEW\nTbilisi | 21 March 2026\n\n"
        "The Georgian government and the Kolkhida Port Consortium on Thursday signed a revised "
        "investment agreement worth $620 million, raising the state's stake in the port "
        "company to 51 per cent.\n"
    )
    ex = extract_text(text)
    assert "HARBOUR BUSINESS REVIEW" in _orgs(text)
    assert all("REVIEW" not in (d.buyer + d.seller) for d in ex.deals)
