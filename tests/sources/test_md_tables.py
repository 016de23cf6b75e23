"""Markdown tables read as the Word importer writes tables: a line per row, cells joined by
" | ", no delimiter row (newcomer22 N22-19)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.sources.api import import_file, import_text

NOTE = (
    "# Ostia leases patrol aircraft\n\n"
    "Ostia's Air Force will lease two patrol aircraft.\n\n"
    "| Item | Counterparty | Value |\n"
    "| --- | :---: | ---: |\n"
    "| 2 **patrol** aircraft | Harbour Aero Leasing | US$41m |\n"
    "| Loan | Tidewater Bank | US$50m |\n\n"
    "The first aircraft arrives in April.\n"
)
ROWS = (
    "Item | Counterparty | Value\n"
    "2 patrol aircraft | Harbour Aero Leasing | US$41m\n"
    "Loan | Tidewater Bank | US$50m\n"
)


@pytest.mark.parametrize("door", ["file", "paste"])
def test_a_table_becomes_rows_of_cells(tmp_path: Path, door: str) -> None:
    if door == "file":
        path = tmp_path / "note.md"
        path.write_text(NOTE, encoding="utf-8")
        text = import_file(path).text
    else:
        text = import_text(NOTE).text
    assert ROWS in text
    assert "---" not in text and "| Item" not in text
    assert text.endswith("The first aircraft arrives in April.")


def test_pipes_in_a_code_block_or_prose_are_left_as_written(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "# Notes\n\nUse a | b for either.\n\n```\n| a | b |\n| - | - |\n```\n", encoding="utf-8"
    )
    text = import_file(path).text
    assert "Use a | b for either." in text
    assert "| a | b |\n| - | - |" in text
