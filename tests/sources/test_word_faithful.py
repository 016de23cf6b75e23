"""Word files read as Word shows them: every kind of text container, built here as raw XML."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.sources import ImportLimits, ImportRefused, import_file, import_file_all

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
INLINE = ImportLimits(isolate=False)


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*inner: str) -> str:
    return "<w:p>" + "".join(inner) + "</w:p>"


def docx_with_body(
    tmp_path: Path,
    body: str,
    *,
    name: str = "article.docx",
    title: str = "",
    extra: dict[str, bytes] | None = None,
    main_type: str = "",
) -> Path:
    """A real python-docx package whose body is replaced by ``body`` (raw WordprocessingML)."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.add_paragraph("placeholder")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename in (extra or {}):
                continue
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = f"<w:document {NS}><w:body>{body}</w:body></w:document>".encode()
            elif info.filename == "[Content_Types].xml" and main_type:
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml."
                    b"document.main+xml",
                    main_type.encode(),
                )
            out.writestr(info, data)
        for part, data in (extra or {}).items():
            out.writestr(part, data)
    return path


def test_tracked_changes_accepted(tmp_path: Path) -> None:
    body = (
        para(
            run("Poland "),
            '<w:del w:id="1" w:author="E"><w:r><w:delText>denied</w:delText></w:r></w:del>',
            '<w:ins w:id="2" w:author="E">' + run("confirmed") + "</w:ins>",
            run(" it will buy 180 "),
            '<w:ins w:id="3" w:author="E">' + run("K2 ") + "</w:ins>",
            run("tanks."),
        )
        + para('<w:moveTo w:id="4">' + run("Moved here.") + "</w:moveTo>")
        + para('<w:moveFrom w:id="5">' + run("Moved away.") + "</w:moveFrom>")
    )
    text = import_file(docx_with_body(tmp_path, body), limits=INLINE).text
    assert "Poland confirmed it will buy 180 K2 tanks." in text
    assert "Moved here." in text
    assert "denied" not in text and "Moved away" not in text


def test_content_controls_fields_tags_links_and_custom_xml(tmp_path: Path) -> None:
    body = (
        # block-level content control
        '<w:sdt><w:sdtPr><w:alias w:val="Summary"/></w:sdtPr><w:sdtContent>'
        + para(run("Block control text."))
        + "</w:sdtContent></w:sdt>"
        # inline control, smart tag, hyperlink, custom XML in one paragraph
        + para(
            run("The buyer is "),
            "<w:sdt><w:sdtPr/><w:sdtContent>" + run("Poland") + "</w:sdtContent></w:sdt>",
            run(", the seller "),
            '<w:smartTag w:uri="urn:x" w:element="place">' + run("Seoul") + "</w:smartTag>",
            run(", see "),
            '<w:hyperlink r:id="rIdNone">' + run("the release") + "</w:hyperlink>",
            run(" by "),
            '<w:customXml w:element="org">' + run("Hyundai Rotem") + "</w:customXml>",
            run("."),
        )
        # simple field and complex field: the result is text, the instruction is not
        + para(
            run("Signed on "),
            '<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; ">'
            + run("3 March 2026")
            + "</w:fldSimple>",
            run(" in "),
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY City </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            run("Warsaw"),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            run("."),
        )
        # block-level custom XML
        + '<w:customXml w:element="note">'
        + para(run("Custom block text."))
        + "</w:customXml>"
    )
    text = import_file(docx_with_body(tmp_path, body), limits=INLINE).text
    assert "Block control text." in text
    assert "The buyer is Poland, the seller Seoul, see the release by Hyundai Rotem." in text
    assert "Signed on 3 March 2026 in Warsaw." in text
    assert "DOCPROPERTY" not in text and "DATE" not in text
    assert "Custom block text." in text


def test_placeholders_and_hidden_text_are_not_text(tmp_path: Path) -> None:
    body = para(
        run("Signed by "),
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        + run("Click or tap here to enter text.")
        + "</w:sdtContent></w:sdt>",
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>secret note</w:t></w:r>",
        run("the minister."),
    )
    assert import_file(docx_with_body(tmp_path, body), limits=INLINE).text == (
        "Signed by the minister."
    )


def test_text_boxes_once_and_after_their_paragraph(tmp_path: Path) -> None:
    box = para(run("Box: deliveries start in 2027."))
    body = para(
        run("Anchor paragraph."),
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
        f"<w:txbxContent>{box}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:textbox>"
        f"<w:txbxContent>{box}</w:txbxContent></v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>",
    ) + para(run("Next paragraph."))
    text = import_file(docx_with_body(tmp_path, body), limits=INLINE).text
    assert text.count("Box: deliveries start in 2027.") == 1
    assert text.index("Anchor") < text.index("Box:") < text.index("Next paragraph")


def test_tables_with_controls_and_deleted_rows(tmp_path: Path) -> None:
    cell = lambda t: f"<w:tc>{para(run(t))}</w:tc>"  # noqa: E731
    body = (
        "<w:tbl>"
        f"<w:tr>{cell('Item')}{cell('Quantity')}</w:tr>"
        f"<w:sdt><w:sdtContent><w:tr>{cell('K2 tank')}{cell('180')}</w:tr></w:sdtContent></w:sdt>"
        f'<w:tr><w:trPr><w:del w:id="9" w:author="E"/></w:trPr>{cell("Old row")}{cell("1")}</w:tr>'
        "</w:tbl>"
    )
    text = import_file(docx_with_body(tmp_path, body), limits=INLINE).text
    assert "Item | Quantity\nK2 tank | 180" in text
    assert "Old row" not in text


def test_title_from_cover_page_control(tmp_path: Path) -> None:
    body = (
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Cover Pages"/></w:docPartObj>'
        "</w:sdtPr><w:sdtContent>"
        '<w:sdt><w:sdtPr><w:alias w:val="Title"/></w:sdtPr><w:sdtContent>'
        + para(run("Annual procurement review"))
        + "</w:sdtContent></w:sdt></w:sdtContent></w:sdt>"
        + para(run("The review covers all contracts signed in 2026."))
    )
    source = import_file(docx_with_body(tmp_path, body, name="cover.docx"), limits=INLINE)
    assert source.title == "Annual procurement review"
    # The title the reader sees wins over a Title property that says otherwise (N9-08: a stale
    # "ADB press release" property was cited as the article's title), and a note says so.
    titled = docx_with_body(tmp_path, body, name="titled.docx", title="From properties")
    source = import_file(titled, limits=INLINE)
    assert source.title == "Annual procurement review"
    assert "its Title property says “From properties”" in source.notes


@pytest.mark.parametrize(
    ("suffix", "main_type"),
    [
        (".docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
        (
            ".dotx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        ),
        (".dotm", "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
    ],
)
def test_macro_enabled_and_templates_read_like_docx(
    tmp_path: Path, suffix: str, main_type: str
) -> None:
    body = para(run("Chile signed a $1.1 billion deal for 18 FA-50 jets."))
    path = docx_with_body(
        tmp_path,
        body,
        name=f"article{suffix}",
        main_type=main_type,
        extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 not really macros"},
    )
    assert (
        import_file(path, limits=INLINE).text
        == "Chile signed a $1.1 billion deal for 18 FA-50 jets."
    )


STRICT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
STRICT_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="r1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)


def test_strict_open_xml_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "strict.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", STRICT_TYPES)
        archive.writestr("_rels/.rels", STRICT_RELS)
        archive.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body/>'
            "</w:document>",
        )
    with pytest.raises(ImportRefused) as caught:
        import_file(path, limits=INLINE)
    message = str(caught.value)
    assert "Strict Open XML" in message and "Save As" in message
    assert "<" not in message and "object at" not in message


def test_skipped_parts_are_reported_in_notes_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("The ministry confirmed the order.")
    document.add_comment(paragraph.runs, text="check this", author="Ed")
    document.add_comment(paragraph.runs, text="and this", author="Ed")
    document.sections[0].header.paragraphs[0].text = "OFFICIAL"
    path = tmp_path / "commented.docx"
    document.save(str(path))
    [imported] = import_file_all(path, limits=INLINE)
    assert "2 comments not imported" in imported.warnings
    assert "headers and footers not imported" in imported.warnings
    assert "Import: 2 comments not imported" in imported.source.notes
    assert main(["import", str(path), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert "2 comments not imported" in shown["warnings"]


@pytest.mark.parametrize("codec", ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("part", ["word/main.dat", "word/styles.xml", "customXml/item9.bin"])
def test_dtd_in_any_part_any_encoding_is_refused(tmp_path: Path, codec: str, part: str) -> None:
    dtd = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>'.encode(codec)
    path = docx_with_body(tmp_path, para(run("text")), extra={part: dtd})
    with pytest.raises(ImportRefused, match="DTD"):
        import_file(path, limits=INLINE)


def test_handed_case_dtd_in_dat_part() -> None:
    handed = Path(__file__).parent.parent / "data" / "sources" / "cases"
    with pytest.raises(ImportRefused, match=r"DTD .*word/main\.dat"):
        import_file(handed / "docx_xxe_in_dat_part.docx", limits=INLINE)
