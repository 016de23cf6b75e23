"""newcomer21 N21-04: a transcript's label line ("TRANSCRIPT — PRESS CONFERENCE") was the brief
title though the import had read the real headline; and a deal with one side and no item was
titled by its guessed kind ("Energy supply from Tavria State Grain Corporation") over the
source's headline. Any label line in capitals gives way to the headline the import read, and a
deal title that would state a guess gives way to the headline."""

from __future__ import annotations

from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.extract import extract_text
from briefdesk.model import Brief, Source

SALE = (
    "MODERATOR: Welcome.\n\nASTRID HOLM: This morning Vennfjord Kraft signed an agreement to sell "
    "the Lysvik hydropower plant to Norrland Infrastructure Partners and Baltic Pension Capital "
    "for 1.1 billion euros.\n"
)
HEADLINE = "Sale of the Lysvik hydropower plant"


def _title(text: str, title: str, outlet: str = "") -> str:
    source = Source(id="src-1", text=text, title=title, outlet=outlet)
    brief = Brief(sources=[source])
    return apply_edits(brief, draft(brief, "src-1", extract_text(text))).header.title


def test_a_transcript_label_line_gives_way_to_the_headline_read() -> None:
    text = f"TRANSCRIPT — PRESS CONFERENCE\n{HEADLINE}\nOslo, 1 December 2026\n\n{SALE}"
    assert _title(text, HEADLINE) == HEADLINE
    release = f"PRESS RELEASE\n{HEADLINE}\n\n{SALE}"
    assert _title(release, HEADLINE) == HEADLINE


def test_a_headline_in_capitals_the_import_took_stays() -> None:
    """Only a title the import read from another line displaces the first line."""
    caps = "VENNFJORD KRAFT SELLS LYSVIK PLANT"
    text = f"{caps}\n\n{SALE}"
    assert _title(text, caps).casefold() == caps.casefold()  # written calmly, not replaced
    # a title that is no line of the text (a mail's Subject) does not replace the label
    assert _title(f"TRANSCRIPT — PRESS CONFERENCE\n\n{SALE}", "Fwd: sale") != "Fwd: sale"


ONE_SIDE = (
    "OSTRAVIN, 25 November 2026 — The Corvia State Grain Corporation (CSGC) signed a barter "
    "agreement on 24 November under which CSGC will deliver 600,000 tonnes of milling wheat in "
    "exchange for 250,000 tonnes of urea fertiliser. The exchange is valued at about US$180 "
    "million.\n"
)


def test_one_side_and_no_item_takes_the_headline() -> None:
    headline = "Corvia signs wheat-for-fertiliser barter"
    assert _title(f"{headline}\n\n{ONE_SIDE}", headline) == headline  # was "Energy supply from …"


def test_a_deal_with_its_item_keeps_its_own_title() -> None:
    both = (
        "Lysvik Defence signed a US$90 million contract with the Corvian Army on 3 May "
        "for 40 armoured vehicles.\n"
    )
    title = _title(f"Army buys vehicles\n\n{both}", "Army buys vehicles")
    assert title != "Army buys vehicles" and "armoured vehicles" in title.casefold()
