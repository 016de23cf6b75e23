"""The Standard note prints the analyst's note on a deal under the Deals table (round 13 left it
to the deal sheet, so the note a manager reads dropped what the analyst wrote)."""

from __future__ import annotations

from pathlib import Path

import docx

from briefdesk.export.markdown import render_markdown
from briefdesk.export.preview import render_html
from briefdesk.export.render import export_docx
from briefdesk.samples import load_sample

NOTE = "Quantity not reported; the ministry would not confirm the second batch."


def test_the_standard_note_prints_a_deal_note_under_a_label_naming_the_deal(
    tmp_path: Path,
) -> None:
    brief = load_sample()
    brief.deals[0].note = NOTE
    out = export_docx(brief, "standard", tmp_path / "note.docx")
    paragraphs = [(p.style.name, p.text.strip()) for p in docx.Document(str(out)).paragraphs]
    # The sample's one deal, named as the Deals table names it, in bold before the note.
    assert ("Table Text", f"Note on Arms sale: Chile's FA-50 purchase: {NOTE}") in paragraphs
    lead = next(p for p in docx.Document(str(out)).paragraphs if p.text.endswith(NOTE)).runs[0]
    assert lead.bold and lead.text.strip() == "Note on Arms sale: Chile's FA-50 purchase:"


def test_deals_without_a_note_add_nothing(tmp_path: Path) -> None:
    brief = load_sample()
    for deal in brief.deals:
        deal.note = ""
    out = export_docx(brief, "standard", tmp_path / "note.docx")
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert not [t for t in texts if t.startswith("Note on ")]


def test_markdown_and_preview_carry_the_deal_note_too(tmp_path: Path) -> None:
    brief = load_sample()
    brief.deals[0].note = NOTE
    assert NOTE in render_markdown(brief, "standard")
    assert NOTE in render_html(brief, "standard")
