"""A Word file saved by LibreOffice keeps its own properties, never python-docx's made-up
default "Word Document" (N11-06), and a release is titled by its headline, not its header."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx

from briefdesk.sources import ImportLimits, import_file

PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
VARIANT = (
    "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties"
)


def as_libreoffice_saves_it(path: Path, title: str = "") -> None:
    """Relate docProps/core.xml by the first-edition type, with an empty or given title."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    rels = parts["_rels/.rels"].decode()
    assert PACKAGE in rels
    parts["_rels/.rels"] = rels.replace(PACKAGE, VARIANT).encode()
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator></dc:creator>'
        f"<dc:language>en-US</dc:language><dc:title>{title}</dc:title></cp:coreProperties>"
    )
    parts["docProps/core.xml"] = core.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _word(path: Path, *lines: str) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_an_empty_title_property_is_none_and_the_first_line_titles(tmp_path: Path) -> None:
    path = _word(
        tmp_path / "wire.docx",
        "Province grants lithium concession to mining venture",
        "The provincial government granted a 30-year concession on Thursday.",
    )
    as_libreoffice_saves_it(path)
    source = import_file(path, limits=ImportLimits(isolate=False))
    assert source.title == "Province grants lithium concession to mining venture"
    assert "Word Document" not in source.title + source.notes
    assert "Title taken from the document's Title property" not in source.notes
    assert "last modified" not in source.notes  # the made-up part's "now" is no file date


def test_a_title_property_under_the_variant_type_is_read(tmp_path: Path) -> None:
    path = _word(tmp_path / "note.docx", "the ministry said on Monday it would sign.")
    as_libreoffice_saves_it(path, title="Frigate talks resume")
    source = import_file(path, limits=ImportLimits(isolate=False))
    assert source.title == "Frigate talks resume"


def test_a_release_under_a_two_line_letterhead_is_titled_by_its_headline(tmp_path: Path) -> None:
    path = _word(
        tmp_path / "release.docx",
        "MINISTRY OF WORKS",
        "REPUBLIC OF ERDAVIA",
        "PRESS RELEASE",
        "FOR IMMEDIATE RELEASE",
        "Portvale, 3 June 2026",
        "GOVERNMENT SIGNS BRIDGE LOAN WITH NORDBANK",
        "The Government signed a loan agreement today.",
    )
    as_libreoffice_saves_it(path)
    source = import_file(path, limits=ImportLimits(isolate=False))
    assert source.title == "GOVERNMENT SIGNS BRIDGE LOAN WITH NORDBANK"
    # the letterhead in capitals is cited in title case (N15-38)
    assert source.outlet == "Ministry of Works, Republic of Erdavia"
    assert "not “MINISTRY OF WORKS”" in source.notes
