"""A byline without "By" that sets the date off by a bar gives the writer (round 20, newcomer20
N20-08: "Dr Ilse Vantongeren, Senior Fellow | 2 November 2026" gave the date only, and the
writer was offered as an organisation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.editing.suggested import from_extraction
from briefdesk.extract import extract_text
from briefdesk.sources.api import import_file
from briefdesk.sources.label_head import label_head

LABEL = "NORDIC CENTRE FOR SEA POWER — COMMENTARY"
HEADLINE = "Ruritania buys a launch, and Ostia pays for it"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Dr Ilse Vantongeren, Senior Fellow | 2 November 2026", "Ilse Vantongeren"),
        ("Marta Kellerman, Research Analyst | November 2, 2026", "Marta Kellerman"),
        ("Prof Jan van Dijk, Chair of Naval Studies | 3 May 2026", "Jan van Dijk"),
    ],
)
def test_a_dated_byline_gives_the_writer(byline: str, author: str) -> None:
    found = label_head(f"{LABEL}\n{HEADLINE}\n{byline}\n\nText.", LABEL)
    assert found is not None
    assert found.author == author
    assert found.outlet == "Nordic Centre for Sea Power"


@pytest.mark.parametrize(
    "line",
    [
        "Ministry of Defence, Press Office | 2 November 2026",  # a body, no title or post
        "Harbour Works, Valletta | 2 November 2026",  # a firm and a town
        "Dr Ilse Vantongeren, Senior Fellow",  # no date after a bar: not this form
    ],
)
def test_other_dated_lines_give_no_writer(line: str) -> None:
    found = label_head(f"{LABEL}\n{HEADLINE}\n{line}\n\nText.", LABEL)
    assert found is not None and found.author == ""


def test_the_writer_and_outlet_are_not_suggested(tmp_path: Path) -> None:
    """Through the .txt door: the writer read, neither the writer nor the outlet (also cut to
    "Nordic Centre" in the copyright line) offered as an actor; the deal's sides are."""
    path = tmp_path / "commentary.txt"
    path.write_text(
        f"{LABEL}\n\n{HEADLINE}\n\nDr Ilse Vantongeren, Senior Fellow | 2 November 2026\n\n"
        "On 14 October 2026 the Ruritanian Space Agency signed a US$185 million contract with "
        "Arvelle Launch Services to put two satellites into orbit.\n\n"
        "The views expressed are the author's own. © Nordic Centre for Sea Power, 2026.\n",
        encoding="utf-8",
    )
    source = import_file(path)
    assert source.author == "Ilse Vantongeren"
    offered = {s.name for s in from_extraction(extract_text(source.text), source)}
    assert "Arvelle Launch Services" in offered
    assert not {n for n in offered if "Vantongeren" in n or "Nordic Centre" in n.title()}
