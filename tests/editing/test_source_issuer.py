"""The draft offers an official text's issuing body as its source's outlet (newcomer16 N16-20):
a ministry's letterhead line under the headline, or the body a release's lead says announced
it. A news story, a given outlet and a text whose issuer is not a body found are left alone."""

from __future__ import annotations

import pytest

from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.editing.source_issuer import issuer_outlet
from briefdesk.extract import extract_source
from briefdesk.model import Brief, Source
from briefdesk.model.codes import SourceKind

READOUT = (
    "Readout of the Talks between the Presidents of Ostravia and Velmora\n\n"
    "Ministry of Foreign Affairs of Velmora\n"
    "Karst, 4 March 2026\n\n"
    "President Lena Dovic received President Arno Kell of Ostravia in Karst today. The two "
    "governments signed a memorandum on rail links.\n"
)
RELEASE = (
    "Harbour Credit Bank lends $90 million to Nessa Ferries\n\n"
    "PRESS RELEASE\n"
    "Varn, 2 May 2026 — The Harbour Credit Bank (HCB) has signed a $90 million loan with Nessa "
    "Ferries Ltd, the bank announced on Tuesday.\n\n"
    '"The ferries will be built locally," said Ivo Strand, chief executive of Nessa Ferries Ltd.\n'
)
NEWS = (
    "Harbour Credit Bank lends $90 million to Nessa Ferries\n\n"
    "VARN, May 2 - The Harbour Credit Bank has signed a $90 million loan with Nessa Ferries "
    "Ltd, the bank announced on Tuesday.\n"
)
PLAIN = (
    "Statement on the ferry loan\n\n"
    "Varn, 2 May 2026\n\n"
    "A $90 million loan for new ferries was signed on Tuesday, officials told reporters.\n"
)


def _source(
    text: str, kind: SourceKind = SourceKind.OFFICIAL_STATEMENT, outlet: str = ""
) -> Source:
    return Source(title=text.splitlines()[0], text=text, kind=kind, outlet=outlet)


@pytest.mark.parametrize(
    ("text", "kind", "outlet", "expected"),
    [
        (READOUT, SourceKind.OFFICIAL_STATEMENT, "", "Ministry of Foreign Affairs of Velmora"),
        (READOUT, SourceKind.GOVERNMENT_DOCUMENT, "", "Ministry of Foreign Affairs of Velmora"),
        (RELEASE, SourceKind.OFFICIAL_STATEMENT, "", "Harbour Credit Bank"),
        (NEWS, SourceKind.NEWS, "", ""),  # a news story's outlet is its own, not the bank
        (RELEASE, SourceKind.OFFICIAL_STATEMENT, "HCB newsroom", ""),  # a given outlet is kept
        (PLAIN, SourceKind.OFFICIAL_STATEMENT, "", ""),  # no body named: nothing made up
    ],
)
def test_the_issuer_of_an_official_text(
    text: str, kind: SourceKind, outlet: str, expected: str
) -> None:
    source = _source(text, kind, outlet)
    assert issuer_outlet(source, extract_source(source)) == expected


def test_the_draft_fills_the_outlet_and_keeps_one_given() -> None:
    for outlet, expected in (("", "Harbour Credit Bank"), ("HCB newsroom", "HCB newsroom")):
        source = _source(RELEASE, outlet=outlet)
        brief = Brief(sources=[source])
        drafted = apply_edits(brief, draft(brief, source.id, extract_source(source)))
        assert drafted.sources[0].outlet == expected
