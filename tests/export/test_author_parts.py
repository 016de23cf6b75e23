"""A user template's customXml items, glossary and document variables never reach an export
(newcomer8 F20: an owner's name, an internal case name, a reviewer's phone extension)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from briefdesk.export.render import export_docx
from briefdesk.samples import load_sample
from tests.export.conftest import build_template

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CUSTOM = "<Owner>Jane Template-Author</Owner><CaseRef>OP-NIGHTJAR-2026</CaseRef>"
_GLOSSARY = (
    '<w:glossaryDocument xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:docParts><w:docPart><w:docPartBody><w:p><w:r><w:t>GLOSSARYSECRET 07700 900123</w:t>"
    "</w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>"
)
_GLOSSARY_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"
)


def _with_author_parts(path: Path) -> Path:
    """Add to a template what Word and SharePoint leave in one, as they write it."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    rels = parts["word/_rels/document.xml.rels"].decode()
    extra = (
        f'<Relationship Id="rIdX1" Type="{_REL}customXml" Target="../customXml/item1.xml"/>'
        f'<Relationship Id="rIdX2" Type="{_REL}glossaryDocument" Target="glossary/document.xml"/>'
    )
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", extra + "</Relationships>"
    ).encode()
    parts["customXml/item1.xml"] = f"<r>{_CUSTOM}</r>".encode()
    parts["word/glossary/document.xml"] = _GLOSSARY.encode()
    types = (
        parts["[Content_Types].xml"]
        .decode()
        .replace(
            "</Types>",
            '<Override PartName="/word/glossary/document.xml" '
            f'ContentType="{_GLOSSARY_TYPE}"/></Types>',
        )
    )
    parts["[Content_Types].xml"] = types.encode()
    settings = parts["word/settings.xml"].decode()
    at = settings.index(">", settings.index("<w:settings")) + 1
    variable = '<w:docVar w:name="Reviewer" w:val="Jane Template-Author, ext 5512"/>'
    variables = f"<w:docVars>{variable}</w:docVars>"
    parts["word/settings.xml"] = (settings[:at] + variables + settings[at:]).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_template_author_parts_are_not_exported(tmp_path: Path) -> None:
    template = _with_author_parts(build_template(tmp_path / "t.docx", "Title: {{ title }}"))
    out = export_docx(load_sample(), template, tmp_path / "out.docx")
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        text = b"".join(archive.read(n) for n in names).decode("utf-8", "replace")
        body = archive.read("word/document.xml").decode()
    assert "Title: Chile buys 18 Korean FA-50" in re.sub(r"<[^>]+>", "", body)  # rendered
    for leak in ("Jane Template-Author", "OP-NIGHTJAR", "GLOSSARYSECRET", "5512", "docVar"):
        assert leak not in text, leak
    assert not any(n.startswith("customXml/") or "glossary" in n for n in names)
