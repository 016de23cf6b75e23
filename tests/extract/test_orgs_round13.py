"""Round 13, organisations (issue 10): general mechanisms, each proved with made-up sentences
in several wordings and with negatives that must not change.

- an office, a grid operator or a coast guard named with its state after "of" keeps the state
  in its name, like an authority or a bank ("the National Statistics Office of Ruritania" is
  one body, and the state is named too);
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
