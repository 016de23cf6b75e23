"""A DTD (entity bomb, external entity) in any part of a template is refused, as in imports.

Why (newcomer8 F24): a template whose customXml part held a DTD passed ``templates check`` and
was copied verbatim into every export; ``--pdf`` then failed with no reason. Sources already
refuse the same content (case docx_xxe_in_dat_part); templates come from strangers too.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.export.checks import check_template
from briefdesk.export.registry import builtin_dir
from briefdesk.export.templatefile import unusable_reason

BOMB = (
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    '<!ENTITY x SYSTEM "file:///etc/hostname">]><r>&c;&x;</r>'
)
CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"


def _template(tmp_path: Path, name: str, part: str, content: bytes) -> Path:
    """The built-in standard template with ``part`` replaced, or added and related from the
    document."""
    out = tmp_path / name
    with (
        zipfile.ZipFile(builtin_dir() / "standard.docx") as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        present = part in src.namelist()
        for item in src.infolist():
            if item.filename == part:
                continue
            data = src.read(item)
            if item.filename == "word/_rels/document.xml.rels" and not present:
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdX1" Type="{CUSTOM_REL}" Target="../{part}"/>'
                    "</Relationships>".encode(),
                )
            dst.writestr(item, data)
        dst.writestr(part, content)
    return out


@pytest.mark.parametrize(
    ("part", "content"),
    [
        ("customXml/item1.xml", BOMB.encode()),
        ("customXml/item2.xml", BOMB.replace('"1.0"', '"1.0" encoding="UTF-16"').encode("utf-16")),
        ("word/extra.dat", b'<?xml version="1.0"?><!DOCTYPE r SYSTEM "http://127.0.0.1:9/x"><r/>'),
    ],
)
def test_a_dtd_in_any_template_part_is_refused_naming_it(
    tmp_path: Path, part: str, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _template(tmp_path, "t_xxe.docx", part, content)
    expected = (
        f"contains an XML DTD or entity declaration in {part} (XML bomb?); Word never writes one"
    )
    assert [str(p) for p in check_template(path)] == [expected]
    assert main(["templates", "check", str(path)]) == 1
    assert capsys.readouterr().out.strip() == f"{path}: {expected}"
    assert unusable_reason(path) == expected


def test_export_refuses_the_template_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _template(tmp_path, "t_xxe.docx", "customXml/item1.xml", BOMB.encode())
    brief = tmp_path / "b.brief"
    assert main(["sample", str(brief)]) == 0
    out = tmp_path / "out.docx"
    capsys.readouterr()
    assert main(["export", str(brief), "-t", str(path), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "contains an XML DTD or entity declaration in customXml/item1.xml" in err
    assert not out.exists() and not out.with_suffix(".pdf").exists()


def test_the_renderer_itself_refuses_it(tmp_path: Path) -> None:
    """The worker's own render (GUI export, previews) refuses too, not only the CLI's check."""
    from briefdesk.export.context import build_context
    from briefdesk.export.engine import TemplateFault, render_docx
    from briefdesk.export.probe import full_brief

    path = _template(tmp_path, "t_xxe.docx", "customXml/item1.xml", BOMB.encode())
    with pytest.raises(TemplateFault, match=r"customXml/item1\.xml"):
        render_docx(path.read_bytes(), build_context(full_brief()))


def test_an_ordinary_custom_xml_part_still_passes(tmp_path: Path) -> None:
    plain = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><r>plain</r>'
    path = _template(tmp_path, "t_ok.docx", "customXml/item1.xml", plain)
    assert [p for p in check_template(path) if not p.warning] == []
