"""Template authors meet Word's reality: the handed template cases and their whole kinds."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.export.checks import check_template
from briefdesk.export.marking_context import is_unshown_warning
from briefdesk.export.registry import builtin_dir, list_templates
from briefdesk.export.render import export_docx
from briefdesk.samples import load_sample, sample_bytes

DATA = Path(__file__).resolve().parents[1] / "data" / "templates"


def _read(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def test_hyperlink_address_tag_gives_one_relationship_per_rendered_link(tmp_path: Path) -> None:
    """t17: a link whose address is {{ s.url }} inside a {%tr %} loop over sources."""
    template = DATA / "t17_hyperlink_tag.docx"
    found = check_template(template)
    assert not [p for p in found if not is_unshown_warning(p)]  # it shows no marking: aside
    brief = load_sample()
    out = export_docx(brief, template, tmp_path / "x.docx")
    rels = _read(out, "word/_rels/document.xml.rels")
    document = _read(out, "word/document.xml")
    for source in brief.sources:
        assert rels.count(f'Target="{source.url}"') == 1
    assert "%7b%7b" not in rels.lower() and "{{" not in rels
    assert document.count("<w:hyperlink ") == len(brief.sources)
    assert "briefdesk-url" not in document


def test_unsafe_link_addresses_are_printed_not_linked(tmp_path: Path) -> None:
    brief = load_sample()
    brief.sources[0].url = "javascript:alert(1)"
    out = export_docx(brief, DATA / "t17_hyperlink_tag.docx", tmp_path / "x.docx")
    rels = _read(out, "word/_rels/document.xml.rels")
    assert "javascript" not in rels
    assert _read(out, "word/document.xml").count("<w:hyperlink ") == 1


def test_tr_tags_beside_other_text_are_named_by_table_and_row() -> None:
    """t3b: {%tr for %} and {%tr endfor %} typed inside the data row."""
    problems = [str(p) for p in check_template(DATA / "t3b_tr_in_data_row.docx")]
    assert problems == [
        "table 1, row 2: each {%tr %} tag must stand alone in its own row (word/document.xml)"
    ]


def test_a_misplaced_row_tag_does_not_hide_the_other_mistakes(
    make_template: Callable[..., Path],
) -> None:
    """N11-12: the row problem and every other mistake of the template, in one check."""
    template = make_template(
        "{{ header.titel }}",
        "{{ bluf }",
        "{{ title }}",
        table_rows=[["Name"], ["{%tr for a in actors %} {{ a.name }}"], ["{%tr endfor %}"]],
    )
    problems = [str(p) for p in check_template(template)]
    assert problems[0] == (
        "table 1, row 2: each {%tr %} tag must stand alone in its own row (word/document.xml)"
    )
    assert any(p.startswith('syntax error: the tag "{{ bluf }" is not closed') for p in problems)
    assert any(p.startswith("header has no field 'titel'") for p in problems)


def test_tc_and_p_misuse_is_named_in_words(make_template: Callable[..., Path]) -> None:
    template = make_template(
        "Intro",
        "{%p if bluf %} BLUF follows",
        "{%p endif %}",
        table_rows=[["Head", "Other"], ["{%tc if x %} text", "{{ title }}"]],
    )
    problems = [str(p) for p in check_template(template)]
    assert any(
        p.startswith("table 1, row 2, cell 1: each {%tc %} tag must stand alone") for p in problems
    )
    assert any(
        p.startswith("paragraph 2 (“{%p if bluf %} BLUF follows”): each {%p %} tag")
        for p in problems
    )


def test_unknown_variable_names_part_and_paragraph(make_template: Callable[..., Path]) -> None:
    template = make_template("Hello", "To: {{ header.addressee }}", header="{{ nothing_here }}")
    problems = {p.message: p.where for p in check_template(template)}
    (addressee,) = [m for m in problems if m.startswith("header has no field 'addressee'; ")]
    assert problems[addressee] == 'word/document.xml, paragraph "To: {{ header.addressee }}"'
    assert "its fields: cleared_by, critical_date" in addressee
    assert problems["unknown variable 'nothing_here'"].startswith("word/header")


def test_deleted_tracked_tag_is_not_read(tmp_path: Path) -> None:
    """t10b: the deleted {{ header.addressee }} must not count; the inserted tag must."""
    found = check_template(DATA / "t10b_tracked_del.docx")
    assert not [p for p in found if not is_unshown_warning(p)]  # it shows no marking: aside


def test_dotx_works_by_path_and_from_the_templates_folder(tmp_path: Path) -> None:
    """t8: a Word Template (.dotx); the export is a .docx."""
    from briefdesk import paths

    template = DATA / "t8_template.dotx"
    found = check_template(template)
    assert not [p for p in found if not is_unshown_warning(p)]  # it shows no marking: aside
    out = export_docx(load_sample(), template, tmp_path / "x.docx")
    types = _read(out, "[Content_Types].xml")
    assert "wordprocessingml.document.main+xml" in types and "template.main" not in types
    shutil.copy(template, paths.templates_dir() / "memo-template.dotx")
    assert "memo-template" in [t.id for t in list_templates()]
    export_docx(load_sample(), "memo-template", tmp_path / "y.docx")


def test_docm_macros_are_dropped(tmp_path: Path) -> None:
    source = builtin_dir() / "bluf.docx"
    docm = tmp_path / "macro.docm"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(docm, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    b".main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                )
                data = data.replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                    b"</Types>",
                )
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/'
                    b'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
                )
            dst.writestr(info, data)
        dst.writestr("word/vbaProject.bin", b"\x00macro")
    assert check_template(docm) == []
    out = export_docx(load_sample(), docm, tmp_path / "x.docx")
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert "word/vbaProject.bin" not in names
        assert b"vbaProject" not in archive.read("word/_rels/document.xml.rels")
        assert b"macroEnabled" not in archive.read("[Content_Types].xml")


def test_a_docx_with_no_tags_gets_a_warning_and_exports_only_when_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = export_docx(load_sample(), "standard", tmp_path / "exported.docx")
    problems = check_template(exported)
    assert len(problems) == 1 and problems[0].warning
    assert str(problems[0]).startswith("warning: the document has no tags")
    assert main(["templates", "check", str(exported)]) == 1  # as export refuses it (N19-16)
    assert "warning: the document has no tags" in capsys.readouterr().out
    assert main(["templates", "check", str(exported), "--allow-no-tags"]) == 0
    brief = tmp_path / "s.brief"
    brief.write_bytes(sample_bytes())
    again = ["export", str(brief), "-t", str(exported), "-o", str(tmp_path / "o.docx")]
    assert main(again) == 1  # an exported brief as template: refused (newcomer17 N17-13)
    assert main([*again, "--allow-no-tags"]) == 0


def test_no_revision_marks_reach_an_export(tmp_path: Path) -> None:
    out = export_docx(load_sample(), DATA / "t10b_tracked_del.docx", tmp_path / "x.docx")
    with zipfile.ZipFile(io.BytesIO(out.read_bytes())) as archive:
        for name in archive.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                xml = archive.read(name)
                assert b"<w:ins " not in xml and b"<w:del " not in xml, name
