"""Template checks find problems before a real brief meets them, and say where they sit."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from briefdesk.export.checks import check_template
from briefdesk.export.marking_context import is_unshown_warning
from briefdesk.export.registry import BUILTIN_IDS, resolve_template


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_builtin_templates_pass(template_id: str) -> None:
    assert check_template(resolve_template(template_id).path) == []


def test_syntax_error_names_its_paragraph(make_template: Callable[..., Path]) -> None:
    (problem,) = check_template(make_template("Intro", "Value: {{ title }", "Outro"))
    text = str(problem)
    # docxtpl joins a tag left open with the following text, so the paragraph shown starts there.
    assert "syntax error" in text and 'paragraph "Value: {{ title }' in text
    assert "word/document.xml" in text and "\n" not in text


def test_unknown_filter_is_a_located_error(make_template: Callable[..., Path]) -> None:
    (problem,) = check_template(make_template("{{ title|shout }}"))
    assert "shout" in str(problem) and "{{ title|shout }}" in str(problem)


def test_unknown_variables_at_any_depth(make_template: Callable[..., Path]) -> None:
    template = make_template(
        "{{ titel }}",
        "{{ header.sender.nmae }}",
        "{% for d in deals %}{{ d.value.shrt }}{% endfor %}",
        "{{ title }} {{ header.subject }}",
    )
    problems = [str(p) for p in check_template(template)]
    assert problems == [
        "unknown variable 'titel'; did you mean 'title'? "
        """(word/document.xml, paragraph "{{ titel }}")""",
        "header.sender has no field 'nmae'; did you mean 'name'? "
        """(word/document.xml, paragraph "{{ header.sender.nmae }}")""",
        "deals[].value has no field 'shrt'; did you mean 'short'? (word/document.xml, paragraph "
        """"{% for d in deals %}{{ d.value.shrt }}{% endfor %}")""",
    ]


def test_the_brief_name_of_a_renamed_field_says_the_template_name(
    make_template: Callable[..., Path],
) -> None:
    """N11-13: the window and the .brief say 'from'; a template says 'sender'."""
    problems = [str(p) for p in check_template(make_template("{{ header.from.name }}"))]
    assert problems == [
        "header has no field 'from': the brief's 'from' is called 'sender' in templates "
        """({{ header.sender.name }}) (word/document.xml, paragraph "{{ header.from.name }}")"""
    ]


def test_runtime_error_in_the_empty_brief_is_found(make_template: Callable[..., Path]) -> None:
    problems = check_template(
        make_template("{{ (deals|first).title|upper }}", "{{ 1 // (judgments|length) }}")
    )
    assert [str(p) for p in problems] == [
        "template error: integer division or modulo by zero "
        '(word/document.xml, paragraph "{{ 1 // (judgments|length) }}")'
    ]


def test_misplaced_table_row_tag(make_template: Callable[..., Path]) -> None:
    problems = [
        str(p) for p in check_template(make_template("{%tr for a in actors %}", "{%tr endfor %}"))
    ]
    assert any(
        "table-row tag outside a table row" in p and "{%tr for a in actors %}" in p
        for p in problems
    )


def test_table_row_tags_in_a_table_are_fine(make_template: Callable[..., Path]) -> None:
    rows = [
        ["{%tr for a in actors %}", ""],
        ["{{ a.name }}", "{{ a.type_label }}"],
        ["{%tr endfor %}", ""],
    ]
    found = check_template(make_template("Actors", table_rows=rows))
    assert not [p for p in found if not is_unshown_warning(p)]  # it shows no marking: aside


def test_output_that_is_not_valid_xml(make_template: Callable[..., Path]) -> None:
    # An "if" opened in a paragraph and closed inside a table cell cuts the table's XML apart.
    template = make_template("{% if false %}", table_rows=[["{% endif %}", "x"]])
    problems = [str(p) for p in check_template(template)]
    assert len(problems) == 1 and problems[0].startswith("output is not valid XML: ")


def test_header_problems_are_found_too(make_template: Callable[..., Path]) -> None:
    problems = [str(p) for p in check_template(make_template("Body", header="{{ marking.lable }}"))]
    assert problems == [
        "marking has no field 'lable'; did you mean 'label'? "
        """(word/header1.xml, paragraph "{{ marking.lable }}")"""
    ]


def test_not_a_docx_and_zip_bomb(tmp_path: Path) -> None:
    text = tmp_path / "notes.docx"
    text.write_text("plain text")
    assert [str(p) for p in check_template(text)] == [
        "is not a Word file: save the template from Word as .docx (or .dotx)"
    ]
    bomb = tmp_path / "bomb.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<x/>")
        archive.writestr("word/media/huge.bin", b"\0" * 210_000_000)
    bomb.write_bytes(buffer.getvalue())
    assert "zip bomb" in str(check_template(bomb)[0])
    assert "cannot read" in str(check_template(tmp_path / "missing.docx")[0])


def test_external_resources_are_reported(
    make_template: Callable[..., Path], tmp_path: Path
) -> None:
    source = make_template("{{ title }}")
    patched = tmp_path / "external.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/'
                    b'2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" '
                    b'TargetMode="External"/></Relationships>',
                )
            dst.writestr(item, data)
    problems = [str(p) for p in check_template(patched)]
    assert problems == [
        "links to an external resource 'http://evil.example/t.dotm' that Word would fetch "
        "(word/_rels/document.xml.rels)"
    ]


def test_text_outside_a_run_is_refused(make_template: Callable[..., Path]) -> None:
    problems = [str(p) for p in check_template(make_template("{{r title }}"))]
    assert len(problems) == 1 and "text outside a run" in problems[0]


def test_fields_that_fetch_are_refused(make_template: Callable[..., Path], tmp_path: Path) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    path = make_template("Logo: ")
    document = docx.Document(str(path))
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), ' INCLUDEPICTURE "http://tracker.example/pixel.png" \\d ')
    document.paragraphs[0]._p.append(simple)
    document.save(str(path))
    (problem,) = check_template(path)
    assert "INCLUDEPICTURE field would make Word fetch" in str(problem)
    assert "tracker.example" in str(problem)


def test_a_word_file_cut_short_gets_one_message_as_template_and_as_source(tmp_path: Path) -> None:
    """newcomer17 N17-12: as a template it was "not a .docx file (not a zip archive)"."""
    from briefdesk.sources import ImportRefused, import_file_all

    document = docx.Document()
    document.add_paragraph("{{ title }} " + "Made-up words for a made-up note. " * 40)
    whole = tmp_path / "whole.docx"
    document.save(str(whole))
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole.read_bytes()[:3000])
    as_template = [str(p) for p in check_template(cut)]
    with pytest.raises(ImportRefused) as refused:
        import_file_all(cut)
    assert as_template == [refused.value.reason]
    assert as_template[0].startswith("is a damaged or incomplete Word file (cut short")
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    assert [str(p) for p in check_template(empty)] == ["is empty"]
