"""A drafted person's employer is drafted with him (newcomer24 N24-01): "X, chief executive of
Y" where the reading found Y as a body; the outlet and bodies no drafted person works for are
not. Made-up names."""

from __future__ import annotations

from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.extract import extract_text
from briefdesk.model import Brief, Source

TEXT = (
    "Vilnor signs credit line with Osterland lender\n\n"
    "ASTRAVA, 2 December 2026 - The Vilnor Development Bank and the Osterland Export Credit "
    "Agency signed a credit line agreement worth USD 400 million on Tuesday.\n\n"
    "Separately, Brannock Engineering & Construction will be the first foreign contractor to "
    "build a power plant in Vilnor. Its chief executive, Tomas Reiter, said the company would "
    "hire 900 local workers.\n\n"
    "The Kessler Institute, a think tank, was not consulted.\n"
)


def _drafted(text: str) -> set[str]:
    source = Source(title="Made up", text=text)
    brief = Brief(sources=[source])
    done = apply_edits(brief, draft(brief, source.id, extract_text(text)))
    return {a.name for a in done.actors}


def test_the_chief_executive_brings_his_company() -> None:
    names = _drafted(TEXT)
    assert "Tomas Reiter" in names
    assert "Brannock Engineering & Construction" in names


def test_near_miss_a_body_no_drafted_person_works_for_stays_a_suggestion() -> None:
    assert "Kessler Institute" not in _drafted(TEXT)
