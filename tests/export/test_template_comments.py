"""newcomer8 F20: a Word comment on a user template (its reviewer's name and an internal remark)
was copied into every export, and `templates check` said ok. Comments are dropped with the
template's other authoring metadata: no comment part, anchor, reviewer list or relationship."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx

from briefdesk.export.checks import check_template
from briefdesk.export.render import export_docx
from briefdesk.samples import load_sample

REMARK = "INTERNAL: legal has not cleared this layout"


def _template(path: Path) -> Path:
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "{{ marking.label }}"
    paragraph = doc.add_paragraph("Title: {{ title }}")
    doc.add_comment(paragraph.runs, text=REMARK, author="Jane Template-Author", initials="JT")
    doc.add_paragraph("{{ bluf }}")
    doc.save(str(path))
    with zipfile.ZipFile(path) as archive:
        assert "word/comments.xml" in archive.namelist()  # the case as Word writes it
    return path


def test_an_export_carries_no_comment_of_the_template(tmp_path: Path) -> None:
    template = _template(tmp_path / "reviewed.docx")
    out = export_docx(load_sample(), template, tmp_path / "note.docx")
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        every = b"".join(archive.read(n) for n in names)
    assert not [n for n in names if "comment" in n.lower() or n.endswith("people.xml")]
    assert b"Template-Author" not in every and REMARK.encode() not in every
    assert b"commentReference" not in every and b"commentRangeStart" not in every
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Title: Chile buys 18 Korean FA-50" in text  # the commented words themselves stay


def test_the_check_of_a_commented_template_is_clean(tmp_path: Path) -> None:
    template = _template(tmp_path / "reviewed.docx")
    problems = [p for p in check_template(template) if "warning" not in str(p)]
    assert problems == []
