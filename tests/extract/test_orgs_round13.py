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
