"""A template saved by LibreOffice exports with one set of document properties (N11-06 kind):
python-docx did not see its core.xml and wrote a second one beside it."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import docx

from briefdesk.export.render import export_docx
from briefdesk.model.brief import Brief

PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
VARIANT = (
    "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties"
)


def test_one_core_part_in_the_export(
    brief: Brief, make_template: Callable[..., Path], tmp_path: Path
) -> None:
    template = make_template("{{ header.title }}")
    with zipfile.ZipFile(template) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(PACKAGE.encode(), VARIANT.encode())
    with zipfile.ZipFile(template, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    out = export_docx(brief, template, tmp_path / "out.docx")
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        rels = archive.read("_rels/.rels").decode()
    assert names.count("docProps/core.xml") == 1
    assert rels.count("metadata/core-properties") == 1 and PACKAGE in rels
    assert docx.Document(str(out)).core_properties.title == brief.header.title
