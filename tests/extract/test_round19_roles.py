"""Round 19, people's roles and country (issue 10): a unit after a comma only for a bare office,
and the state of a government post in a text about one state. Made-up sentences only, with
negatives that must not change."""

from __future__ import annotations

import pytest

from tests.extract.people_of import people as _people


# --- a unit after the comma only when the title is a bare office -----------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the title has a remit of its own: the department after it is where the person sits
        (
            "Task manager: Aminata Mint Salem, Principal Water and Sanitation Engineer, Water "
            "Development and Sanitation Department\n",
            "Aminata Mint Salem",
            "Principal Water and Sanitation Engineer",
        ),
        (
            "Contact: Jonas Berg-Holm, Senior Transport Economist, Transport Policy Unit\n",
            "Jonas Berg-Holm",
            "Senior Transport Economist",
        ),
        # a bare office (grades and a head) still takes its unit
        (
            "Contact: Jonas Berg-Holm, Deputy Director, Transport Policy Unit\n",
            "Jonas Berg-Holm",
            "Deputy Director, Transport Policy Unit",
        ),
        (
            "Task manager: Aminata Mint Salem, Principal Engineer, Water Department\n",
            "Aminata Mint Salem",
            "Principal Engineer, Water Department",
        ),
    ],
)
def test_a_unit_is_added_only_to_a_bare_office(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role
