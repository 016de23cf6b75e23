"""The Suggestions list leaves out a state named only as a body's home ("X BV of the
Netherlands"), which stood beside that body as a duplicate (round 23, newcomer22's leftover 3).
Made-up sentences; the state named on its own, or a side of a deal, is still offered."""

from __future__ import annotations

import pytest

from briefdesk.editing.suggested import from_extraction
from briefdesk.extract import extract_text
from briefdesk.model import Source

_HEAD = "Port news\n\nPraia, 3 March 2026 - "


def _listed(text: str) -> list[str]:
    source = Source(title="Made up", text=_HEAD + text + "\n")
    listed = from_extraction(extract_text(source.text), source)
    return [s.name for s in listed if s.kind == "actors"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The ministry granted a fishing licence to Kuiper Pelagic Trawlers BV of the "
            "Netherlands for two trawlers.",
            "Kuiper Pelagic Trawlers BV",
        ),
        (
            "The port signed a lease with Dravik Tug Services of Norway on Tuesday.",
            "Dravik Tug Services",
        ),
    ],
)
def test_a_state_named_only_as_a_body_s_home_is_not_listed(text: str, body: str) -> None:
    listed = _listed(text)
    assert body in listed
    assert "Netherlands" not in listed and "Norway" not in listed


@pytest.mark.parametrize(
    "more",
    [
        " The Netherlands will also lend Cabo Verde EUR 12 million.",  # named on its own
        " The Dutch government welcomed the licence.",  # by its demonym
    ],
)
def test_the_state_named_on_its_own_too_is_listed(more: str) -> None:
    listed = _listed(
        "The ministry granted a fishing licence to Kuiper Pelagic Trawlers BV of the "
        "Netherlands for two trawlers." + more
    )
    assert "Netherlands" in listed


def test_a_state_that_is_a_deal_side_is_listed() -> None:
    text = _HEAD + "Kenya signed a deal to buy two patrol boats from the Netherlands.\n"
    source = Source(title="Made up", text=text)
    listed = [s.name for s in from_extraction(extract_text(text), source)]
    assert "Netherlands" in listed
