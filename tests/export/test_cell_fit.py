"""newcomer12 N12-19: an amount bound with no-break spaces was wider than the Standard note's
Value column, so Word and LibreOffice cut it inside a word ("USD 418.6 millio / n"). In a table
cell the binding is loosened until it fits; elsewhere, and where it fits, it stays."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx

from briefdesk.export.render import export_docx
from briefdesk.export.text import NBSP, bind_amounts
from briefdesk.samples import load_sample


def test_a_bound_amount_is_loosened_only_as_far_as_the_line_needs() -> None:
    text = "USD 418.6 million (stated as “US$418.6 million”)"
    assert bind_amounts(text) == text.replace(" million", f"{NBSP}million").replace(
        "USD ", f"USD{NBSP}"
    )
    assert bind_amounts(text, fit=40) == bind_amounts(text)
    # 17 characters hold "USD 418.6 million" but not "“US$418.6 million”)" (19).
    assert bind_amounts(text, fit=17) == (
        f"USD{NBSP}418.6{NBSP}million (stated as “US$418.6 million”)"
    )
    # 15: the currency may leave its figure; the figure keeps its scale word.
    assert bind_amounts(text, fit=15).startswith(f"USD 418.6{NBSP}million ")
    assert NBSP not in bind_amounts(text, fit=8)
    assert bind_amounts("USD 120 million", fit=15) == f"USD{NBSP}120{NBSP}million"


def _value_cell(path: Path) -> str:
    document = docx.Document(str(path))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                if "stated as" in cell.text:
                    return cell.text
    raise AssertionError("no value cell")


def test_the_standard_notes_value_column_never_cuts_an_amount_inside_a_word(
    tmp_path: Path,
) -> None:
    brief = load_sample()
    # The sample's "USD 1.1 billion" fits its column: still one unbreakable unit.
    assert f"USD{NBSP}1.1{NBSP}billion" in _value_cell(
        export_docx(brief, "standard", tmp_path / "fits.docx")
    )
    value = brief.deals[0].value
    assert value is not None
    # (a bare "$" is quoted: "US$418.6 million" would say nothing the value does not, N20-14)
    value.amount, value.as_stated = Decimal("418600000"), "$418.6 million"
    cell = _value_cell(export_docx(brief, "standard", tmp_path / "wide.docx"))
    assert cell.replace(NBSP, " ") == "USD 418.6 million (stated as “$418.6 million”)"
    assert f"USD{NBSP}418.6" not in cell and f"418.6{NBSP}million”" not in cell
    # Outside the table (the BLUF, a full-width paragraph) amounts stay bound.
    body = "\n".join(p.text for p in docx.Document(str(tmp_path / "wide.docx")).paragraphs)
    assert NBSP in body
