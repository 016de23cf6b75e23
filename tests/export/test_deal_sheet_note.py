"""The deal sheet labels a deal's note; it once sat unnamed right under the Parties table."""

from __future__ import annotations

from pathlib import Path

import docx

from briefdesk.export.render import export_docx
from briefdesk.samples import load_sample


def test_a_deal_note_has_its_own_heading(tmp_path: Path) -> None:
    brief = load_sample()
    deal = brief.deals[0]
    deal.note = "Quantity not reported."
    out = export_docx(brief, "deal-sheet", tmp_path / "sheet.docx")
    paragraphs = [(p.style.name, p.text.strip()) for p in docx.Document(str(out)).paragraphs]
    at = paragraphs.index(next(p for p in paragraphs if p[1] == "Quantity not reported."))
    assert paragraphs[at - 1] == ("Heading 2", "Note")
