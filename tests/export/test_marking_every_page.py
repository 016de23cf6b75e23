"""Every page kind of an export carries the marking (checker9 C9-1..C9-4).

A marking only in the first-page header, the odd-page header, section 1's header, the body, a
hidden/white/tiny run or as the bare level used to pass as "shown": pages 2+ left unmarked with
``templates check`` saying ok. These build the templates with python-docx and go through the CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from briefdesk.cli.main import main
from briefdesk.export.marking_context import UNSHOWN_MESSAGE
from briefdesk.samples import sample_bytes

Builder = Callable[[docx.document.Document], None]


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.brief"
    path.write_bytes(sample_bytes())  # marked TLP:AMBER
    return path


def _template(tmp_path: Path, name: str, build: Builder, pages: int = 3) -> Path:
    document = docx.Document()
    document.add_paragraph("{{ title }}")
    document.add_paragraph("{{ bluf }}")
    for number in range(2, pages + 1):
        document.add_page_break()
        document.add_paragraph(f"Page body {number}")
    build(document)
    path = tmp_path / f"{name}.docx"
    document.save(str(path))
    return path


def _check(template: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["templates", "check", str(template)]) == 0
    return capsys.readouterr().out


def _export(
    sample: Path, template: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[docx.document.Document, list[str]]:
    out = template.with_name(template.stem + "-out.docx")
    capsys.readouterr()
    assert main(["export", str(sample), "-t", str(template), "-o", str(out)]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if "marking" in line]
    return docx.Document(str(out)), notes


def _texts(part: docx.section._Header) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in part._element.iter(qn("w:p"))]


def _first_only(document: docx.document.Document) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "{{ marking }}"
    section.header.paragraphs[0].text = "Running header"


def _odd_only(document: docx.document.Document) -> None:
    document.settings.odd_and_even_pages_header_footer = True
    document.sections[0].header.paragraphs[0].text = "{{ marking }}"
    document.sections[0].even_page_header.paragraphs[0].text = "Even header"


def _section_one_only(document: docx.document.Document) -> None:
    document.sections[0].header.paragraphs[0].text = "{{ marking }} Section one"
    annex = document.add_section(WD_SECTION.NEW_PAGE)
    annex.header.is_linked_to_previous = False
    annex.header.paragraphs[0].text = "Annex header"
    document.add_paragraph("Annex body")


def test_a_marking_on_some_page_kinds_only_is_warned_and_stamped_on_the_others(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """C9-1: cover-only, odd-only and section-1-only markings left the other pages unmarked."""
    first = _template(tmp_path, "first", _first_only)
    out = _check(first, capsys)
    assert out.count("\n") == 1 and "warning" in out and "section 1 running pages" in out
    document, notes = _export(sample, first, capsys)
    assert len(notes) == 1 and "section 1 running pages" in notes[0], notes
    section = document.sections[0]
    assert _texts(section.header)[:2] == ["TLP:AMBER", "Running header"]
    assert _texts(section.footer)[-1] == "TLP:AMBER"
    assert _texts(section.first_page_header) == ["TLP:AMBER"]  # already marked: left alone

    odd = _template(tmp_path, "odd", _odd_only, pages=4)
    assert "section 1 even pages" in _check(odd, capsys)
    document, notes = _export(sample, odd, capsys)
    assert len(notes) == 1 and "section 1 even pages" in notes[0]
    section = document.sections[0]
    assert _texts(section.even_page_header)[:2] == ["TLP:AMBER", "Even header"]
    assert _texts(section.even_page_footer)[-1] == "TLP:AMBER"
    assert _texts(section.header) == ["TLP:AMBER"]

    annexed = _template(tmp_path, "annexed", _section_one_only, pages=2)
    out = _check(annexed, capsys)
    assert "section 2 running pages" in out and "section 1" not in out
    document, notes = _export(sample, annexed, capsys)
    assert len(notes) == 1 and "section 2 running pages" in notes[0]
    assert _texts(document.sections[0].header) == ["TLP:AMBER Section one"]
    assert _texts(document.sections[1].header)[:2] == ["TLP:AMBER", "Annex header"]


def test_a_marking_in_every_used_header_passes_untouched(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Linked headers are inherited: section 2 with no header of its own shows section 1's."""

    def build(document: docx.document.Document) -> None:
        _first_only(document)
        document.sections[0].footer.paragraphs[0].text = "{{ marking }}"
        document.add_section(WD_SECTION.NEW_PAGE)  # linked: inherits first page + running

    template = _template(tmp_path, "linked", build)
    assert _check(template, capsys) == f"{template}: ok\n"
    document, notes = _export(sample, template, capsys)
    assert notes == []
    assert _texts(document.sections[0].header) == ["Running header"]


def _hidden(document: docx.document.Document) -> None:
    document.sections[0].header.paragraphs[0].add_run("{{ marking }}").font.hidden = True


def _white_tiny(document: docx.document.Document) -> None:
    run = document.sections[0].header.paragraphs[0].add_run("{{ marking }}")
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    run.font.size = Pt(10)


def _tiny(document: docx.document.Document) -> None:
    document.sections[0].header.paragraphs[0].add_run("{{ marking }}").font.size = Pt(1)


def _hidden_style(document: docx.document.Document) -> None:
    """Hidden through a character style, tiny through a paragraph style (no direct format)."""
    from docx.enum.style import WD_STYLE_TYPE

    document.styles.add_style("Hush", WD_STYLE_TYPE.CHARACTER).font.hidden = True
    document.styles.add_style("Fine print", WD_STYLE_TYPE.PARAGRAPH).font.size = Pt(2)
    header = document.sections[0].header
    header.paragraphs[0].add_run("{{ marking }}").style = "Hush"
    header.add_paragraph("{{ marking }}", style="Fine print")


@pytest.mark.parametrize(
    "build",
    [_hidden, _white_tiny, _tiny, _hidden_style],
    ids=["hidden", "white", "1pt", "by-style"],
)
def test_an_invisible_marking_does_not_count(
    build: Builder, sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """C9-2: a hidden, white-on-white or 1 pt marking passed as shown."""
    template = _template(tmp_path, "invisible", build)
    assert _check(template, capsys) == f"{template}: warning: {UNSHOWN_MESSAGE}\n"
    document, notes = _export(sample, template, capsys)
    assert len(notes) == 1
    assert _texts(document.sections[0].header)[0] == "TLP:AMBER"
    assert document.sections[0].header.paragraphs[0].runs[0].font.hidden is None


def test_white_on_a_black_fill_is_visible(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """TLP:CLEAR prints white on black (the marking_run filter): that is shown, no warning."""
    assert main(["set", str(sample), "marking=TLP:CLEAR"]) == 0
    template = _template(
        tmp_path,
        "clear",
        lambda d: d.sections[0].header.paragraphs[0].add_run("{{r marking|marking_run }}"),
    )
    document, notes = _export(sample, template, capsys)
    assert notes == []
    assert [t.strip() for t in _texts(document.sections[0].header)] == ["TLP:CLEAR"]


def test_a_marking_in_the_body_or_the_level_alone_does_not_count(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """C9-3: printed once in the body marks page 1 only; "Class: AMBER" is not the label."""

    def body(document: docx.document.Document) -> None:
        first = document.paragraphs[0]
        first.insert_paragraph_before("{{ marking }}")

    def level(document: docx.document.Document) -> None:
        document.sections[0].header.paragraphs[0].text = "Class: {{ marking.level }}"
        document.sections[0].footer.paragraphs[0].text = "{{ marking.scheme }}"

    for build in (body, level):
        template = _template(tmp_path, build.__name__, build)
        assert _check(template, capsys) == f"{template}: warning: {UNSHOWN_MESSAGE}\n"
        document, notes = _export(sample, template, capsys)
        assert len(notes) == 1
        assert _texts(document.sections[0].header)[0] == "TLP:AMBER"
        assert _texts(document.sections[0].footer)[-1] == "TLP:AMBER"


def test_a_footer_holding_only_a_table_gets_the_stamp_below_it(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """C9-4: the stamp sat above the footer's table; it belongs at the bottom."""

    def build(document: docx.document.Document) -> None:
        footer = document.sections[0].footer
        footer._element.remove(footer.paragraphs[0]._p)
        footer.add_table(1, 1, document.sections[0].page_width).cell(0, 0).text = "cell"
        header = document.sections[0].header
        header._element.remove(header.paragraphs[0]._p)
        header.add_table(1, 1, document.sections[0].page_width).cell(0, 0).text = "top"

    template = _template(tmp_path, "tables", build)
    document, notes = _export(sample, template, capsys)
    assert len(notes) == 1
    footer = [c.tag for c in document.sections[0].footer._element if c.tag != qn("w:sectPr")]
    assert footer[-1] == qn("w:p") and qn("w:tbl") in footer[:-1]
    assert _texts(document.sections[0].footer)[-1] == "TLP:AMBER"
    header = [c.tag for c in document.sections[0].header._element]
    assert header[0] == qn("w:p") and header[1] == qn("w:tbl")
    assert _texts(document.sections[0].header)[0] == "TLP:AMBER"
