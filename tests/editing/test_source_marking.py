"""A marked source raises the brief's marking when drafted, and the checks say so (N14-27)."""

from __future__ import annotations

from briefdesk.editing.draft import draft, summary
from briefdesk.editing.edits import apply_edits
from briefdesk.editing.source_marking import source_marking
from briefdesk.extract.results import Extraction
from briefdesk.model import Brief, Marking, Source
from briefdesk.model.codes import MarkingScheme
from briefdesk.review import review_brief

READOUT = (
    "OFFICIAL\n\nReadout of the minister's call, 25 November 2026.\n1. The call lasted an hour."
)


def _marking(source: Source) -> str:
    found = source_marking(source)
    return found.label if found else ""


def test_printed_markings_are_read_and_prose_is_not() -> None:
    assert _marking(Source(text=READOUT)) == "OFFICIAL"
    assert _marking(Source(title="READOUT: call (OFFICIAL-SENSITIVE)", text="Text.")) == (
        "OFFICIAL-SENSITIVE"
    )
    assert _marking(Source(text="TLP:AMBER+STRICT\nBulletin.")) == "TLP:AMBER+STRICT"
    assert _marking(Source(text="An official said the SECRET talks went well.")) == ""
    assert _marking(Source(text="Official\nThe ministry said...")) == ""


def test_drafting_a_marked_source_raises_an_unmarked_brief_and_says_so() -> None:
    brief = Brief(sources=[Source(id="src-1", title="Readout", text=READOUT)])
    drafted = apply_edits(brief, draft(brief, "src-1", Extraction()))
    assert drafted.marking == Marking(scheme=MarkingScheme.UK, level="OFFICIAL")
    assert "marking OFFICIAL (the source's)" in summary(brief, drafted, ["marking"])


def test_a_lower_marking_of_the_same_scheme_is_raised_never_lowered() -> None:
    source = Source(id="src-1", title="Readout", text=READOUT)
    low = Brief(sources=[source], marking=Marking(scheme=MarkingScheme.UK, level="OFFICIAL"))
    high = low.model_copy(
        update={"marking": Marking(scheme=MarkingScheme.UK, level="SECRET")}, deep=True
    )
    sensitive = Source(id="src-2", title="Note (OFFICIAL-SENSITIVE)", text="Text.")
    low.sources.append(sensitive)
    assert apply_edits(low, draft(low, "src-2", Extraction())).marking.level == (
        "OFFICIAL-SENSITIVE"
    )
    assert apply_edits(high, draft(high, "src-1", Extraction())).marking.level == "SECRET"


def test_check_flags_a_brief_below_its_marked_source() -> None:
    brief = Brief(sources=[Source(id="src-1", title="Readout", text=READOUT)])
    found = [f for f in review_brief(brief, spelling=False) if f.path == "marking"]
    assert [f.message for f in found] == ["source [1] is marked OFFICIAL; the brief is unmarked"]
