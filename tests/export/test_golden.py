"""Golden tests: the built-ins on the sample brief, compared part by part with tests/reference/.

Set BRIEFDESK_UPDATE_REFERENCE=1 to rewrite the reference files after an intended layout change
(then read the diff). Timestamps are left out of the comparison.
"""

from __future__ import annotations

import importlib.util
import io
import os
import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from briefdesk.export.registry import BUILTIN_IDS, builtin_dir
from briefdesk.export.render import docx_to_pdf, export_docx
from briefdesk.samples import load_sample

REFERENCE = Path(__file__).resolve().parent.parent / "reference"
ROOT = Path(__file__).resolve().parents[2]
PARTS = re.compile(r"word/(document|header\d*|footer\d*)\.xml|docProps/core\.xml")
TIMESTAMPS = re.compile(r"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")
PAGE_LIMITS = {"standard": 2, "bluf": 1, "deal-sheet": 2}


def _pretty_parts(data: bytes) -> dict[str, str]:
    parser = etree.XMLParser(remove_blank_text=True)
    parts = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in sorted(archive.namelist()):
            if PARTS.fullmatch(name):
                root = etree.fromstring(archive.read(name), parser)
                text = etree.tostring(root, pretty_print=True, encoding="unicode")
                parts[name.replace("/", "__")] = TIMESTAMPS.sub("", text)
    return parts


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_builtin_matches_reference(template_id: str, tmp_path: Path) -> None:
    out = export_docx(load_sample(), template_id, tmp_path / f"{template_id}.docx")
    parts = _pretty_parts(out.read_bytes())
    folder = REFERENCE / template_id
    assert {"word__document.xml", "word__header1.xml", "word__footer1.xml"} <= set(parts)
    if os.environ.get("BRIEFDESK_UPDATE_REFERENCE") == "1":
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for name, text in parts.items():
            (folder / name).write_text(text, encoding="utf-8")
    expected = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.xml"))}
    assert set(parts) == set(expected)
    for name, text in parts.items():
        assert text == expected[name], f"{template_id}/{name} differs from tests/reference"


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_builtin_reads_back_with_python_docx(template_id: str, tmp_path: Path) -> None:
    brief = load_sample()
    document = docx.Document(str(export_docx(brief, template_id, tmp_path / "x.docx")))
    section = document.sections[0]
    assert section.header.paragraphs[0].text.strip() == "TLP:AMBER"
    assert section.footer.paragraphs[0].text.strip() == "TLP:AMBER"
    assert brief.header.file_number in section.footer.paragraphs[1].text
    assert document.tables and all(t.style.name == "Table Grid" for t in document.tables)
    # Every built-in opens with its kind as a small label, then the brief's own title.
    assert document.paragraphs[1].style.name == "Title"
    assert document.paragraphs[1].text == brief.header.title.replace(" billion", "\u00a0billion")
    assert document.core_properties.category == "TLP:AMBER"
    assert document.core_properties.title == brief.header.title


def test_generator_is_reproducible(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "make_templates", ROOT / "resources" / "make_templates.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path)
    for template_id in BUILTIN_IDS:
        committed = (builtin_dir() / f"{template_id}.docx").read_bytes()
        assert (tmp_path / f"{template_id}.docx").read_bytes() == committed, (
            f"{template_id}.docx is stale: run python resources/make_templates.py"
        )


def _pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_sample_fits_the_page_limit_in_libreoffice(template_id: str, tmp_path: Path) -> None:
    if shutil.which("soffice") is None:
        print(
            "soffice not found: page limits need LibreOffice "
            "(apt-get install libreoffice-writer-nogui)"
        )
        pytest.skip("LibreOffice (soffice) is not installed")
    out = export_docx(load_sample(), template_id, tmp_path / f"{template_id}.docx")
    pages = _pdf_pages(docx_to_pdf(out, tmp_path).read_bytes())
    assert 1 <= pages <= PAGE_LIMITS[template_id]
