"""A render problem inside a ``{%tr for %}`` table row is named by table, row and cell, not by
a paragraph docxtpl glued together (newcomer9 N9-13)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from briefdesk.cli.main import main


def test_a_misspelt_field_in_a_tr_row_names_its_table_row_and_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = docx.Document()
    document.add_paragraph("{{ title }}")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "{%tr for d in deals %}"
    table.cell(1, 0).text = "{{ d.title }}"
    table.cell(1, 1).text = "{{ d.valeu.text }}"
    table.cell(2, 0).text = "{%tr endfor %}"
    template = tmp_path / "desk_note_typo.docx"
    document.save(str(template))
    assert main(["templates", "check", str(template)]) == 1
    out = capsys.readouterr().out
    assert "deals[] has no field 'valeu'; did you mean 'value'?" in out
    assert '(word/document.xml, table 1, row 2, cell 2, paragraph "{{ d.valeu.text }}")' in out
    assert "{% endfor %}" not in out
