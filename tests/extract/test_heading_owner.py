"""A section heading line is never part of a title's owner (round 13, N13-09): "2. Financing"
on its own line above "Helvig Rohstoffe's chief executive, Dr. X," — the affiliation is the
firm, not "Financing\\nHelvig Rohstoffe". Made-up briefs, with the same sentence without a
heading."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _people(text: str) -> dict[str, tuple[str, str]]:
    return {
        a.name: (a.role, a.affiliation)
        for a in extract_text(text).actors
        if a.type.value == "person"
    }


@pytest.mark.parametrize(
    "heading",
    ["2. Financing", "Funding", "III. Outlook", "Risks"],
)
def test_a_heading_above_is_not_the_owner(heading: str) -> None:
    text = (
        "Policy brief\n\n"
        f"{heading}\n"
        "Orvento Minerals's chief executive, Dr. Ana Lisboa, told the authors the plant "
        "would open in 2029.\n"
    )
    assert _people(text)["Ana Lisboa"] == ("chief executive", "Orvento Minerals")


def test_the_owner_in_running_text_is_kept() -> None:
    text = "The talks ended. Vestfjord Havn's chief executive, Mr. Odd Rask, said it would grow."
    assert _people(text)["Odd Rask"] == ("chief executive", "Vestfjord Havn")
