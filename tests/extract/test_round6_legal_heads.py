"""Round 6 (continued), tuning articles 144-163: legal forms standing apart from a firm's run
of capitals ("(Pty) Ltd", "del Sur S.A.C.", "W.L.L.", "UAB", "Co., Ltd." in a copyright line);
a state's word that is part of a body's name stays ("the Finnish Defence Forces Logistics
Command", "the US International Development Finance Corporation"); a press service and a
heading in capitals are no bodies. Made-up sentences, with negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _orgs(text: str) -> set[str]:
    return {
        a.name
        for a in extract_text(text).actors
        if a.type.value in {"organization", "international_organization"}
    }


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "The EPC went to Drakenvale Process Engineering (Pty) Ltd of Johannesburg.",
            "Drakenvale Process Engineering (Pty) Ltd",
        ),
        (
            "The works went to the Peruvian firm Obras Serranas del Sur S.A.C., which won.",
            "Obras Serranas del Sur S.A.C.",
        ),
        (
            "The EPC contract went to Lusaila Power Contracting W.L.L. in May.",
            "Lusaila Power Contracting W.L.L.",
        ),
        ("Handling at Baltica Bulk Terminal UAB stopped.", "Baltica Bulk Terminal UAB"),
        ("(c) 2026 Bangkon Ledger Co., Ltd. All rights reserved.", "Bangkon Ledger Co., Ltd."),
    ],
)
def test_legal_forms_apart_from_the_run(text: str, firm: str) -> None:
    assert firm in _orgs(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The contract with the Finnish Defence Forces Logistics Command was signed.",
            "Finnish Defence Forces Logistics Command",
        ),
        (
            "The US International Development Finance Corporation (DFC) may lend.",
            "US International Development Finance Corporation",
        ),
        # Negatives: an office keeps its usual name; a coined firm loses the adjective.
        (
            "The United States Office of Foreign Assets Control listed it.",
            "Office of Foreign Assets Control",
        ),
        ("The Canadian Northgate Copper Corp. signed.", "Northgate Copper Corp"),
    ],
)
def test_a_states_word_in_a_bodys_name(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_a_press_service_names_the_body_it_serves() -> None:
    orgs = _orgs("Press Service of the Ministry of Economy and Finance\nUzbekistan signed.")
    assert orgs == {"Ministry of Economy and Finance"}


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        (
            "NAVAL SHIPBUILDING | LATIN AMERICA\nColombia ordered a shipbuilding run.",
            "NAVAL SHIPBUILDING",
        ),
        ("NEWS RELEASE\nAntigua signed the concession.", "NEWS RELEASE"),
        ("6. WATCH | Vanuatu\nVanuatu signed.", "WATCH"),
    ],
)
def test_a_heading_in_capitals_is_no_body(text: str, heading: str) -> None:
    assert heading not in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "NAVAL FORCES DIGEST\nBangladesh ordered corvettes.",  # a masthead stays
        "OPEC agreed to cut output.",
    ],
)
def test_capitals_that_name_a_body_stay(text: str) -> None:
    assert _orgs(text)


def test_a_caps_heading_with_the_states_formal_name_is_the_ministry() -> None:
    orgs = _orgs(
        "MINISTRY OF ECONOMY AND FINANCE OF THE REPUBLIC OF UZBEKISTAN\n"
        "Tashkent signed. The Ministry of Economy and Finance said so."
    )
    assert len(orgs) == 1


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "She is a researcher at the Centro de Estudos do Lurio in Maputo.",
            "Centro de Estudos do Lurio",
        ),
        (
            "The works went to Consorcio Vial Yungas Sur, a joint venture.",
            "Consorcio Vial Yungas Sur",
        ),
    ],
)
def test_bodies_named_in_portuguese_or_spanish(text: str, body: str) -> None:
    assert body in _orgs(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The bill goes to Parliament next week.", "Parliament"),
        ("Centro Sur is a district of the city.", "Centro Sur"),
    ],
)
def test_a_bare_parliament_and_a_district_are_no_bodies(text: str, body: str) -> None:
    assert body not in _orgs(text)


def test_a_label_in_capitals_before_a_name() -> None:
    assert "Leeward Gate Airport Partners Ltd" in _orgs("SOURCE Leeward Gate Airport Partners Ltd.")


def test_a_place_opening_with_sa_is_no_firm() -> None:
    extraction = extract_text("Cambodia border: army rotates units in Sa Kaeo")
    assert "Sa Kaeo" in {p.name for p in extraction.places}
    assert "Sa Kaeo" not in _orgs("Cambodia border: army rotates units in Sa Kaeo")


@pytest.mark.parametrize("firm", ["Petrobras SA", "Banco Santander SA"])
def test_sa_in_capitals_still_ends_a_firm(firm: str) -> None:
    assert firm in _orgs(f"{firm} said profits rose.")
