"""One house style across the three built-ins: header labels in one case, an implication's
domain printed with a capital (newcomer14 N14-17, N14-31)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from briefdesk.export.markdown import render_markdown
from briefdesk.export.render import export_docx
from briefdesk.model.brief import Implication
from briefdesk.samples import load_sample

BUILT_INS = ("standard", "bluf", "deal-sheet")


def _header_labels(path: Path) -> list[str]:
    document = docx.Document(str(path))
    table = document.tables[0]  # the header block under the title
    return [row.cells[0].text.strip() for row in table.rows]


@pytest.mark.parametrize("template", BUILT_INS)
def test_header_labels_are_in_sentence_case(tmp_path: Path, template: str) -> None:
    brief = load_sample()
    brief.header.subject = "A subject other than the title"
    labels = _header_labels(export_docx(brief, template, tmp_path / f"{template}.docx"))
    assert "Date" in labels
    assert labels and all(label[:1].isupper() and not label.isupper() for label in labels)


def test_the_memo_labels_read_as_the_other_notes_do(tmp_path: Path) -> None:
    brief = load_sample()
    labels = _header_labels(export_docx(brief, "bluf", tmp_path / "memo.docx"))
    assert labels[:3] == ["Memo for", "From", "Date"]
    assert "| Memo for |" in render_markdown(brief, "bluf")


def test_an_implications_domain_prints_with_a_capital(tmp_path: Path) -> None:
    brief = load_sample()
    brief.significance.implications = [
        Implication(domain="economic", text="Copper supply may slip a year."),
        Implication(domain="EU trade", text="Quotas may be reviewed."),
    ]
    out = export_docx(brief, "standard", tmp_path / "note.docx")
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Economic: Copper supply may slip a year." in texts
    assert "EU trade: Quotas may be reviewed." in texts
    assert "**Economic:**" in render_markdown(brief, "standard")
