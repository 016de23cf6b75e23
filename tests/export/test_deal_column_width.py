"""The Standard note's Deals table gives the Deal column room for a long word: at 2.4 cm it cut
"US$85m prepaymen / t from Hanseong" mid-word (newcomer14 N14-30)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from briefdesk.export.cell_fit import FontSizes, line_chars
from briefdesk.export.render import export_docx
from briefdesk.samples import load_sample

LONGEST_WORD = "concessionaire"  # a deal kind's role word, longer than "prepayment"


def test_the_deal_column_holds_a_long_word_on_one_line(tmp_path: Path) -> None:
    brief = load_sample()
    brief.deals[0].title = "US$85m prepayment from Hanseong"
    out = export_docx(brief, "standard", tmp_path / "note.docx")
    document = docx.Document(str(out))
    table = next(t for t in document.tables if t.rows[0].cells[0].text.strip() == "Deal")
    cell = table.rows[1].cells[0]
    assert "prepayment" in cell.text
    text = next(cell._tc.iter(qn("w:t")))
    holds = line_chars(text, FontSizes(document.styles.element))
    assert holds is not None and holds >= len(LONGEST_WORD) + 2
