"""An official text's body is cited once: a state-first letterhead reads "Ministry of X (State)",
and an author that only repeats the outlet gives way to the "Issued by:" unit (newcomer22
N22-18)."""

from __future__ import annotations

import pytest

from briefdesk.sources.issuer_author import author_beside_outlet
from briefdesk.sources.outlet_name import cited_outlet

TEXT = (
    "Ostia and Vireland sign a fisheries agreement.\n\n"
    "Issued by: Communications Office, Ministry of Maritime Economy, Praia\n"
)


@pytest.mark.parametrize(
    ("letterhead", "cited"),
    [
        (
            "Republic of Cabo Verde, Ministry of Maritime Economy",
            "Ministry of Maritime Economy (Cabo Verde)",
        ),
        ("REPUBLIC OF GHANA, MINISTRY OF ENERGY", "Ministry of Energy (Ghana)"),
        ("Kingdom of Morocco, Ministry of Agriculture", "Ministry of Agriculture (Morocco)"),
        (
            "Republic of Ruritania, Ministry of Defence",
            "Republic of Ruritania, Ministry of Defence",
        ),  # no such state
        (
            "Ministry of Energy and Water of the Republic of Ghana",
            "Ministry of Energy and Water (Ghana)",
        ),
        ("Harbour Works Ltd, Valletta", "Harbour Works Ltd"),
    ],
)
def test_a_state_first_letterhead_is_cited_body_then_state(letterhead: str, cited: str) -> None:
    assert cited_outlet(letterhead) == cited


def test_an_author_repeating_the_outlet_gives_way_to_the_issuing_unit() -> None:
    outlet = "Ministry of Maritime Economy (Cabo Verde)"
    assert (
        author_beside_outlet("Ministry of Maritime Economy", outlet, TEXT)
        == "Communications Office"
    )
    # No "Issued by" line: the repeat is dropped, not replaced.
    assert author_beside_outlet("Ministry of Maritime Economy", outlet, "Text.") == ""
    # A writer of their own, or an issuing line of another body, is left alone.
    assert author_beside_outlet("Ana Berg", outlet, TEXT) == "Ana Berg"
    other = TEXT.replace("Ministry of Maritime Economy", "Ministry of Finance")
    assert author_beside_outlet("Ministry of Maritime Economy", outlet, other) == ""
