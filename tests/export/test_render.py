"""Word, Markdown and PDF export: content, properties, special characters, safe file handling."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from briefdesk.export import ExportError
from briefdesk.export.render import export_docx, export_markdown, export_pdf, render_markdown
from briefdesk.model import Brief

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _plain(text: str) -> str:
    """Text as read, without the no-break characters that keep amounts on one line."""
    return text.replace("\u00a0", " ").replace("\u2060", "")


def _all_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return _plain("\n".join(parts))


def test_standard_export_reads_back_with_styles_tables_and_marking(
    brief: Brief, tmp_path: Path
) -> None:
    out = export_docx(brief, "standard", tmp_path / "note.docx")
    document = docx.Document(str(out))
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "List Bullet", "List Number"} <= styles
    assert all(t.style.name == "Table Grid" for t in document.tables)
    text = _all_text(document)
    assert "Karvonia buys 24 Falcon-7 fighters from Westmark" in text
    assert "USD 1.6 billion (stated as “$1.6 billion”)" in text
    assert "Likely (55–80%), moderate confidence." in text
    assert "Grade B2." in text
    assert "{{" not in text and "{%" not in text
    section = document.sections[0]
    assert "TLP:AMBER" in section.header.paragraphs[0].text
    footer_xml = section.footer._element.xml
    assert "TLP:AMBER" in footer_xml and " PAGE " in footer_xml and " NUMPAGES " in footer_xml
    assert 'w:color w:val="FFC000"' in section.header._element.xml


def test_bold_and_lists_are_real_formatting_not_asterisks(brief: Brief, tmp_path: Path) -> None:
    document = docx.Document(str(export_docx(brief, "standard", tmp_path / "n.docx")))
    bluf = next(p for p in document.paragraphs if p.text.startswith("Karvonia has signed"))
    assert [r.text for r in bluf.runs if r.bold] == ["USD\u00a01.6\u00a0billion"]
    assert [r.text for r in bluf.runs if r.italic] == ["likely"]
    assert "*" not in _all_text(document)
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert "Previous tender collapsed in 2024" in bullets


def test_each_numbered_list_restarts(brief: Brief, tmp_path: Path) -> None:
    twice = brief.model_copy(deep=True)
    twice.purpose = "1. alpha\n2. beta"
    twice.considerations = "1. gamma\n2. delta"
    document = docx.Document(str(export_docx(twice, "standard", tmp_path / "n.docx")))
    items = [p for p in document.paragraphs if p.text in ("alpha", "beta", "gamma", "delta")]
    ids = [p._p.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val") for p in items]
    assert ids[0] == ids[1] != ids[2] == ids[3]  # each list its own counter, all items on it
    num_ids = [ids[0], ids[2]]
    numbering = document.part.numbering_part.element
    for num_id in num_ids:
        num = next(n for n in numbering.iter(f"{W}num") if n.get(f"{W}numId") == num_id)
        assert num.find(f"{W}lvlOverride/{W}startOverride").get(f"{W}val") == "1"


def test_document_properties_are_set_directly_without_escaping(
    brief: Brief, tmp_path: Path
) -> None:
    amp = brief.model_copy(deep=True)
    amp.header.title = "Acme & Co <deal> \"quoted\" 'single'"
    amp.header.subject = "Subject & more"
    props = docx.Document(str(export_docx(amp, "bluf", tmp_path / "p.docx"))).core_properties
    assert props.title == "Acme & Co <deal> \"quoted\" 'single'"
    assert props.subject == "Subject & more"
    assert props.author == "A. Analyst"
    assert props.category == "TLP:AMBER"
    assert "Karvonia" in props.keywords and "Falcon-7" in props.keywords
    assert props.created == brief.created


SPECIAL = "& < > \" ' 🛩 مرحبا بالعالم Привет мир"


def test_special_characters_survive(brief: Brief, tmp_path: Path) -> None:
    odd = brief.model_copy(deep=True)
    odd.header.title = f"Title {SPECIAL}\x00\x07\x1b"
    odd.bluf = f"BLUF {SPECIAL}\x0b"
    odd.actors[0].name = f"Actor {SPECIAL}"
    for template in ("standard", "bluf", "deal-sheet"):
        document = docx.Document(str(export_docx(odd, template, tmp_path / f"{template}.docx")))
        text = _all_text(document)
        assert f"Actor {SPECIAL}" in text
        assert f"BLUF {SPECIAL}" in text
        if template != "bluf":
            assert f"Title {SPECIAL}" in text
        assert "&amp;" not in text and "\x00" not in text
        assert document.core_properties.title == f"Title {SPECIAL}"


def test_refuses_overwrite_without_force_and_overwrites_with_it(
    brief: Brief, tmp_path: Path
) -> None:
    out = tmp_path / "n.docx"
    out.write_bytes(b"old")
    with pytest.raises(ExportError, match="already exists; use --force"):
        export_docx(brief, "bluf", out)
    assert out.read_bytes() == b"old"
    export_docx(brief, "bluf", out, force=True)
    assert out.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize("lock_name", ["~$note.docx", "~$te.docx", ".~lock.note.docx#"])
def test_refuses_a_file_open_in_word_or_libreoffice(
    brief: Brief, tmp_path: Path, lock_name: str
) -> None:
    out = tmp_path / "note.docx"
    out.write_bytes(b"open elsewhere")
    (tmp_path / lock_name).write_text("lock")
    with pytest.raises(ExportError, match="open in Word or LibreOffice"):
        export_docx(brief, "standard", out, force=True)
    assert out.read_bytes() == b"open elsewhere"


def test_bad_inputs_give_one_line_reasons(brief: Brief, tmp_path: Path) -> None:
    cases = [
        (lambda: export_docx(brief, "nope", tmp_path / "a.docx"), "unknown template 'nope'"),
        (
            lambda: export_docx(brief, tmp_path / "missing.docx", tmp_path / "a.docx"),
            "template file not found",
        ),
        (lambda: export_docx(brief, "standard", tmp_path / "a.txt"), "must end in .docx"),
        (lambda: export_docx(brief, "standard", tmp_path / "no" / "a.docx"), "does not exist"),
    ]
    for call, expected in cases:
        with pytest.raises(ExportError, match=expected) as raised:
            call()
        assert "\n" not in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_broken_template_is_refused_with_its_location(
    brief: Brief, make_template: Callable[..., Path], tmp_path: Path
) -> None:
    template = make_template("Fine", "Broken {% if title %} never closed", "Also fine")
    with pytest.raises(ExportError, match="Broken") as raised:
        export_docx(brief, template, tmp_path / "x.docx")
    assert "syntax error" in str(raised.value)
    assert not (tmp_path / "x.docx").exists()


def test_markdown_export(brief: Brief, tmp_path: Path) -> None:
    text = render_markdown(brief)
    assert text.startswith(
        "**TLP:AMBER**\n\nBRIEFING NOTE FOR DECISION · DRAFT\n\n# Karvonia buys 24 Falcon-7"
    )
    assert "| To | Director General, Policy |" in text
    assert (
        "1. **Daltria will seek new air-defence systems within 12 months.** Likely (55–80%)" in text
    )
    assert "- \\[1\\] Harbour Times" in text and "\n\n\n" not in text
    out = export_markdown(brief, tmp_path / "n.md")
    assert out.read_text(encoding="utf-8") == text
    with pytest.raises(ExportError, match="already exists"):
        export_markdown(brief, out)


def test_pdf_export(brief: Brief, tmp_path: Path) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed; PDF export cannot be tested")
    out = export_pdf(brief, "bluf", tmp_path / "memo.pdf")
    assert out.read_bytes()[:5] == b"%PDF-"
    assert [p.name for p in tmp_path.iterdir()] == ["memo.pdf"]


def test_pdf_without_libreoffice_says_so(
    brief: Brief, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(ExportError, match="needs LibreOffice"):
        export_pdf(brief, "bluf", tmp_path / "memo.pdf")
    assert not (tmp_path / "memo.pdf").exists()


def test_pdf_export_on_a_full_disk_says_what_could_not_be_written(
    brief: Brief, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """newcomer12 N12-23: the temporary Word file of a PDF export hitting a file-size limit
    was "an unexpected internal problem"; the .docx export said "cannot write …"."""
    real = Path.write_bytes

    def too_large(self: Path, data: bytes) -> int:
        if self.suffix == ".docx":
            raise OSError(27, "File too large")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", too_large)
    with pytest.raises(ExportError) as caught:
        export_pdf(brief, "bluf", tmp_path / "memo.pdf")
    message = str(caught.value)
    assert message.startswith("cannot write the temporary Word file in ")
    assert message.endswith(": File too large (disk full?); nothing exported")
    assert not (tmp_path / "memo.pdf").exists()


def test_nested_bullets_use_the_second_level_style(brief: Brief, tmp_path: Path) -> None:
    nested = brief.model_copy(deep=True)
    nested.background = "- outer\n  - inner"
    document = docx.Document(str(export_docx(nested, "standard", tmp_path / "n.docx")))
    styles = {p.text: p.style.name for p in document.paragraphs if p.text in ("outer", "inner")}
    assert styles == {"outer": "List Bullet", "inner": "List Bullet 2"}


def test_the_shared_worker_can_be_warmed_up_and_reused(brief: Brief, tmp_path: Path) -> None:
    from briefdesk.export.worker import shared_worker, warm_up

    warm_up()
    pool = shared_worker()
    processes = [w._process for w in pool._idle]
    assert processes and all(p is not None and p.is_alive() for p in processes)
    export_docx(brief, "bluf", tmp_path / "a.docx")
    assert pool._idle[-1]._process is processes[-1]


def test_a_cell_emptied_by_the_template_still_holds_a_paragraph(
    brief: Brief, make_template: Callable[..., Path], tmp_path: Path
) -> None:
    rows = [["Notes", "{{p notes_paragraphs|word_paragraphs }}"]]
    empty = brief.model_copy(deep=True)
    empty.notes = ""
    out = export_docx(empty, make_template("x", table_rows=rows), tmp_path / "cells.docx")
    cells = docx.Document(str(out)).tables[0]._tbl.iter(f"{W}tc")
    assert all(cell.find(f"{W}p") is not None for cell in cells)
