"""newcomer7 F10: every built-in prints a deal value one way. The deal sheet printed every digit
("USD 1,100,000,000") under a title and BLUF saying "$1.1 billion", while the standard note and
the memo said "USD 1.1 billion"; now all say the short form with the source's words, and a
rounded short form carries the exact digits beside it, so nothing is lost."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk.export.render import export_docx, render_markdown
from briefdesk.samples import load_sample
from tests.docx_text import docx_text

SAMPLE = "USD 1.1 billion (stated as “$1.1 billion”)"


@pytest.mark.parametrize("template", ["standard", "deal-sheet"])
def test_the_value_cell_reads_the_same_in_the_note_and_the_deal_sheet(
    tmp_path: Path, template: str
) -> None:
    text = docx_text(export_docx(load_sample(), template, tmp_path / f"{template}.docx"))
    assert SAMPLE in text
    assert "1,100,000,000" not in text


def test_the_memo_has_no_every_digit_form(tmp_path: Path) -> None:
    text = docx_text(export_docx(load_sample(), "bluf", tmp_path / "bluf.docx"))
    assert "USD 1.1 billion" in text and "1,100,000,000" not in text


def test_a_rounded_amount_keeps_its_digits_in_every_built_in(tmp_path: Path) -> None:
    brief = load_sample()
    value = brief.deals[0].value
    assert value is not None
    value.amount = Decimal("1123456789")
    value.as_stated = "$1,123,456,789"
    # The words as stated are that same figure: printed once (N15-19), the digits kept.
    wanted = "about USD 1.12 billion (USD 1,123,456,789)"
    for template in ("standard", "deal-sheet"):
        assert wanted in docx_text(export_docx(brief, template, tmp_path / f"{template}.docx"))
    assert wanted in render_markdown(brief, "deal-sheet")
