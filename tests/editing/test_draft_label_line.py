"""A PDF's label line is not the brief title when the import read a real headline as the
source title (newcomer20 N20-04: "Halden centre for space security — commentary")."""

from __future__ import annotations

from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.extract import extract_text
from briefdesk.model import Brief, Source

BODY = (
    "On 14 October 2026 the Zamundan Space Agency signed a US$185 million contract with Arvelle "
    "Launch Services SA, officials said.\n"
)
HEADLINE = "Zamunda buys a launch, and Paris pays for it"


def _title(text: str, title: str, outlet: str) -> str:
    source = Source(id="src-1", text=text, title=title, outlet=outlet)
    brief = Brief(sources=[source])
    return apply_edits(brief, draft(brief, "src-1", extract_text(text))).header.title


def test_the_label_line_gives_way_to_the_headline_the_import_read() -> None:
    text = f"NORVIK CENTRE FOR SPACE SECURITY — COMMENTARY\n\n{HEADLINE}\n\n{BODY}"
    assert _title(text, HEADLINE, "Norvik Centre for Space Security") == HEADLINE


def test_a_first_line_not_naming_the_outlet_is_still_the_headline() -> None:
    text = f"Zamunda signs for two launches\n\n{HEADLINE}\n\n{BODY}"
    assert _title(text, HEADLINE, "Norvik Centre") == "Zamunda signs for two launches"
    # a title that is no line of the text (a mail's Subject) does not replace the first line
    label = f"NORVIK CENTRE — COMMENTARY\n\n{BODY}"
    assert _title(label, "Fwd: launch", "Norvik Centre") != "Fwd: launch"
