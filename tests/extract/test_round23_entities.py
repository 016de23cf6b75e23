"""Round 23, organisations and places on writers the rules were not built on (issue 10):
a committee, administration, court, railway or association keeps its "of <state>" tail;
a section heading in the header ("THE LEDGER | PEOPLE & MARKETS") is no body; "and" inside
one body's name ("the Shipping and Logistics Services Enterprise") is not cut; the towns of a
roundup's item datelines ("TETE, Aug 15 (ZNA) -") are places; a one-word name read as a body
by its context alone is the place when the gazetteer knows it or it ends like a region's name;
the paper's name in capitals over its date line ("THE X EVENING STAR" / "Karachi, June 3, 2027");
a French body's name with "et" before its acronym ("Office National des X et des Y (ONXY)").
Made-up sentences only; every positive fails at round23-start, every negative passes at both."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def bodies(text: str) -> set[str]:
    return {
        a.name
        for a in extract_text(text).actors
        if a.type.value in ("organization", "international_organization")
    }


def states(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type.value == "state"}


# --- a body's official name keeps its "of <state>" tail ----------------------------------------
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Antitrust Committee of Ukraine cleared the purchase on Monday.",
            "Antitrust Committee of Ukraine",
        ),
        (
            "The Roads Administration of Montenegro signed the contract in May.",
            "Roads Administration of Montenegro",
        ),
        (
            "A ruling by the Supreme Court of Kenya halted the tender last week.",
            "Supreme Court of Kenya",
        ),
        (
            "The National Railways of Zambia agreed to buy six locomotives.",
            "National Railways of Zambia",
        ),
        (
            "The Shipbuilders Association of Bangladesh welcomed the order.",
            "Shipbuilders Association of Bangladesh",
        ),
    ],
)
def test_a_body_keeps_its_state_tail(text: str, body: str) -> None:
    found = bodies(text)
    assert body in found
    assert body.rsplit(" of ", 1)[0] not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Transport of Ukraine signed the contract.",
        "Hanwa Rail Ltd of Korea will deliver the locomotives.",
    ],
)
def test_a_ministry_or_a_firm_still_loses_the_tail(text: str) -> None:
    found = bodies(text)
    assert not any(name.endswith(("of Ukraine", "of Korea")) for name in found)
    assert states(text)


# --- a section heading in the header is no body ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "section"),
    [
        (
            "THE HARBOUR LEDGER | PEOPLE & MARKETS | Monday, 3 May 2027\n\n"
            "Tarvo Lines Ltd bought two feeder ships from Kesh Marine Ltd on Monday.",
            "PEOPLE & MARKETS",
        ),
        (
            "ARCTIC DEFENCE MONITOR\nIssue 12/2027 | Sea & Air Programmes | 4 June 2027\n\n"
            "The navy ordered three patrol boats from Vesterhav Yard AS.",
            "Sea & Air Programmes",
        ),
        (
            "THE ISLAND TIMES\n\nMONEY & PEOPLE\n\n"
            "Coral Power Ltd signed a fuel contract with Pelican Energy Ltd.",
            "MONEY & PEOPLE",
        ),
    ],
)
def test_a_section_heading_is_no_body(text: str, section: str) -> None:
    assert section not in bodies(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the masthead: the text's first part
        (
            "COMET & LAUNCH | Africa | Earth Observation\nPublished 12 May 2026\n\n"
            "The agency signed a deal with Kesh Marine Ltd.",
            "COMET & LAUNCH",
        ),
        # an outlet's word
        (
            "View in browser | Share\n\nREEFS & HARBOURS DEAL BRIEF\n\nThe port signed a deal.",
            "REEFS & HARBOURS DEAL BRIEF",
        ),
        # in the body, a firm
        (
            "THE HARBOUR LEDGER | Monday, 3 May 2027\n\n"
            "Talma Ports & Logistics bought a crane from Kesh Marine Ltd.",
            "Talma Ports & Logistics",
        ),
    ],
)
def test_a_masthead_or_a_firm_with_an_ampersand_stays(text: str, body: str) -> None:
    assert body in bodies(text)


# --- "and" inside one body's name ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Approval is needed from the Fair Trading and Consumer Affairs Commission and "
            "from the Ministry of Mines.",
            "Fair Trading and Consumer Affairs Commission",
        ),
        (
            "The Rail Bank for Recovery and Development and the Andean Credit Bank will "
            "co-finance the line.",
            "Rail Bank for Recovery and Development",
        ),
        (
            "The contract went to the Somali Shipping and Logistics Services Enterprise on Monday.",
            "Somali Shipping and Logistics Services Enterprise",
        ),
        (
            "The National Defence Logistics and Procurement Centre signed the order.",
            "National Defence Logistics and Procurement Centre",
        ),
    ],
)
def test_and_inside_one_body(text: str, body: str) -> None:
    assert body in bodies(text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Orlen Shipping and Baltic Ferry Services signed the charter.",
            {"Orlen Shipping", "Baltic Ferry Services"},
        ),
        (
            "ADB will administer a grant from the Pacific Fund for Clean and Resilient Asia "
            "and the Pacific.",
            {"Pacific Fund for Clean and Resilient Asia and the Pacific"},
        ),
    ],
)
def test_two_firms_or_a_region_at_the_end_stay_as_they_were(text: str, parts: set[str]) -> None:
    assert parts <= bodies(text)


def places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


# --- the datelines of a roundup's items --------------------------------------------------------
_ROUNDUP = (
    "ZAMBEZI WIRE SERVICE (ZWS) — REGIONAL BUSINESS ROUNDUP\n"
    "Tuesday 17 August 2027\n\n"
    "MALAWI: FERTILISER CREDIT AGREED\n\n"
    "LILONGWE, Aug 17 (ZWS) - The finance ministry said on Monday it had agreed a credit line.\n\n"
    "MOZAMBIQUE: COAL LINE STUDY\n\n"
    "TETE, Aug 15 (ZWS) - A study of a new coal railway was approved by the board.\n"
)
_NUMBERED = (
    "AID DESK DAILY\n\n"
    "1. NAIROBI - Wheat ship docks\nA vessel carrying wheat docked on Friday.\n\n"
    "2. BRUSSELS - New aid package\nThe Commission released a new package.\n"
)


@pytest.mark.parametrize(
    ("text", "towns"),
    [(_ROUNDUP, {"Lilongwe", "Tete"}), (_NUMBERED, {"Nairobi", "Brussels"})],
)
def test_the_towns_of_a_roundups_item_datelines_are_places(text: str, towns: set[str]) -> None:
    assert towns <= places(text)


def test_a_masthead_with_its_acronym_is_no_dateline_town() -> None:
    assert "Zambezi Wire Service" not in places(_ROUNDUP)


@pytest.mark.parametrize(
    "text",
    [
        # one such line only: the dateline component's business, and "PEOPLE" is no town
        "WEEKLY DIGEST\n\nPEOPLE - Ana Ruiz joins the board.\n\nMOVES - Two directors left.\n",
        # a town the gazetteer does not know
        "DIGEST\n\nThe week in brief.\n\nKARVOLA - A port deal was signed.\n\n"
        "MERTANI - A rail deal was signed.\n",
    ],
)
def test_no_town_without_a_known_name(text: str) -> None:
    assert not places(text) & {"People", "Moves", "Karvola", "Mertani"}


# --- a one-word name taken as a body by its context alone, when it names a place -----------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Valencia has waited two years for the new berth, the port director said.", "Valencia"),
        ("Voronistan is a hard test for the locomotives, the vice-president said.", "Voronistan"),
        ("Tolkistan is a hard test for the trains.", "Tolkistan"),
    ],
)
def test_a_known_town_or_a_region_by_its_ending_is_a_place(text: str, place: str) -> None:
    assert place in places(text)
    assert place not in bodies(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Korvana said on Tuesday that it considered the termination unfounded.", "Korvana"),
        ("Maersk said on Tuesday that it would add two ships.", "Maersk"),
        # A name ending like a region that signs or buys is a party, not a place (merging round 23).
        ("Norland signed a contract to buy 18 K9 howitzers from Kessler Arms.", "Norland"),
        ("Vireland has ordered four patrol boats from Kessler Marine.", "Vireland"),
    ],
)
def test_a_firm_by_its_context_stays_a_firm(text: str, name: str) -> None:
    assert name not in places(text)


# --- the paper's name over its date line ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "paper"),
    [
        (
            "THE KORLAND EVENING STAR\nKarachi, Thursday, June 3, 2027\n\n"
            "Talvo Power Ltd signed a supply deal with Kesh Gas Ltd.",
            "KORLAND EVENING STAR",
        ),
        (
            "EL DIARIO DEL VALLE — Economía\nCali, jueves 26 de noviembre de 2026\n\n"
            "The port signed a deal with Kesh Marine Ltd.",
            "EL DIARIO DEL VALLE",
        ),
    ],
)
def test_the_papers_name_over_its_date_line(text: str, paper: str) -> None:
    assert paper in bodies(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("ASX ANNOUNCEMENT\n15 March 2027\n\nTalvo Mining Ltd signed a deal.", "ASX ANNOUNCEMENT"),
        ("LAND SYSTEMS\n15 March 2027\n\nTalvo Mining Ltd signed a deal.", "LAND SYSTEMS"),
        ("KORLAND EVENING STAR\nA paper about ports.\n\nTalvo Mining Ltd signed.", "KORLAND"),
    ],
)
def test_a_label_or_a_name_without_a_date_line_is_left(text: str, label: str) -> None:
    assert not any(name.startswith(label) for name in bodies(text))


# --- a French body's name with "et", then its acronym --------------------------------------------
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Office National de l'Eau et de l'Assainissement du Sahel (ONEAS) signed it.",
            "Office National de l'Eau et de l'Assainissement du Sahel",
        ),
        (
            "The Office National des Carburants et des Mines (ONCAM) granted the permit.",
            "Office National des Carburants et des Mines",
        ),
        (
            "Approval came from the Agence Routière, Fluviale et Lacustre (ARFL) on Monday.",
            "Agence Routière, Fluviale et Lacustre",
        ),
    ],
)
def test_a_french_body_with_et_before_its_acronym_is_whole(text: str, body: str) -> None:
    actors = extract_text(text).actors
    match = next((a for a in actors if a.name == body), None)
    assert match is not None
    assert text[text.index("(") + 1 : text.index(")")] in match.aliases


@pytest.mark.parametrize(
    "text",
    [
        # the acronym's letters are not in the name
        "The Office National des Carburants et des Mines (XQZ) granted the permit.",
        # no foreign body's head word
        "Ports et Rivières (PR) said on Monday that it would appeal.",
    ],
)
def test_no_whole_name_without_its_letters_or_a_head(text: str) -> None:
    assert not any(" et " in name for name in bodies(text))
