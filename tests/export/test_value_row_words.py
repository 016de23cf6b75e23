"""The deal value as a manager reads it: a deal sheet with no price says so (N10-14), and the
source's words are printed only when they differ from the value (N10-24)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from briefdesk.export.render import export_docx, render_markdown
from briefdesk.model import Money
from briefdesk.samples import load_sample
from tests.docx_text import docx_text


def test_an_unpriced_deal_says_its_value_is_not_stated(tmp_path: Path) -> None:
    brief = load_sample()
    brief.deals[0].value = None
    text = docx_text(export_docx(brief, "deal-sheet", tmp_path / "sheet.docx"))
    assert "Value" in text and "not stated" in text
    assert "| Value | not stated |" in render_markdown(brief, "deal-sheet")


def test_stated_as_only_when_the_words_differ(tmp_path: Path) -> None:
    brief = load_sample()
    read = brief.deals[0].value
    assert read is not None and read.evidence  # words a source gave (N20-14: else unquoted)
    brief.deals[0].value = Money(
        amount=Decimal("550000000"),
        currency="AED",
        as_stated="AED 550  million",
        evidence=read.evidence,
    )
    text = docx_text(export_docx(brief, "deal-sheet", tmp_path / "sheet.docx"))
    assert "AED 550 million" in text and "stated as" not in text
    brief.deals[0].value.as_stated = "78 billion CFA francs"  # other words: still said
    brief.deals[0].value.amount, brief.deals[0].value.currency = Decimal("78e9"), "XOF"
    text = docx_text(export_docx(brief, "standard", tmp_path / "note.docx"))
    assert "XOF 78 billion (stated as “78 billion CFA francs”)" in text
