"""Marking safety and document properties: unmarked briefs are flagged, exports carry only
BriefDesk's own properties, in the language chosen in Settings."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from briefdesk import __version__
from briefdesk.cli.main import main
from briefdesk.export.marking_context import is_unshown_warning
from briefdesk.export.render import export_docx
from briefdesk.model.brief import Brief, Marking
from briefdesk.model.codes import MarkingScheme
from briefdesk.model.fileformat import dumps, loads
from briefdesk.review import review_brief
from briefdesk.samples import load_sample
from briefdesk.settings import Settings, load_settings, save_settings

DATA = Path(__file__).resolve().parents[1] / "data" / "templates"


def _parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {
            n: archive.read(n).decode("utf-8", "replace")
            for n in archive.namelist()
            if n.endswith((".xml", ".rels"))
        } | {n: "" for n in archive.namelist() if not n.endswith((".xml", ".rels"))}


def test_review_flags_a_brief_with_no_handling_marking() -> None:
    assert "no handling marking" in [f.message for f in review_brief(Brief())]
    marked = Brief(marking=Marking(scheme=MarkingScheme.TLP, level="GREEN"))
    assert "no handling marking" not in [f.message for f in review_brief(marked)]


def test_export_warns_on_stderr_but_still_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = load_sample()
    brief.marking = Marking()
    path = tmp_path / "unmarked.brief"
    path.write_text(dumps(brief), encoding="utf-8")
    out = tmp_path / "unmarked.docx"
    assert main(["export", str(path), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert out.is_file() and captured.out.strip() == str(out)
    assert captured.err.count("\n") == 1 and "no handling marking" in captured.err
    assert main(["validate", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip().endswith("ok") and "no handling marking" in captured.err


def test_new_brief_takes_the_default_marking_from_settings(tmp_path: Path) -> None:
    settings = Settings(marking_scheme="tlp", marking_level="AMBER")
    settings.author.name = "Sam Okafor"
    save_settings(settings)
    out = tmp_path / "new.brief"
    assert main(["new", str(out), "--title", "A title"]) == 0
    brief = loads(out.read_bytes())
    assert brief.marking.label == "TLP:AMBER"
    assert brief.header.from_.name == "Sam Okafor" and brief.header.title == "A title"


def test_export_carries_only_briefdesk_properties(tmp_path: Path) -> None:
    """The handed case: a template with another document's Company, Manager, template path."""
    out = export_docx(load_sample(), DATA / "docprops-app-custom.docx", tmp_path / "x.docx")
    parts = _parts(out)
    app = parts["docProps/app.xml"]
    assert f"<Application>BriefDesk {__version__}</Application>" in app
    for leak in ("Stranger", "Company", "Manager", "<Template>", "evil", "Microsoft"):
        assert leak not in app
    assert not any("thumbnail" in n for n in parts)
    assert "docProps/custom.xml" not in parts
    assert (
        "thumbnail" not in parts["_rels/.rels"] and "thumbnail" not in parts["[Content_Types].xml"]
    )
    core = parts["docProps/core.xml"]
    assert "<dc:language>en-GB</dc:language>" in core
    assert "<cp:category>TLP:AMBER</cp:category>" in core


@pytest.mark.parametrize("template_id", ["standard", "bluf", "deal-sheet"])
def test_builtin_exports_are_british_english(template_id: str, tmp_path: Path) -> None:
    parts = _parts(export_docx(load_sample(), template_id, tmp_path / "x.docx"))
    langs = set(re.findall(r'<w:lang w:val="([^"]+)"', parts["word/styles.xml"]))
    assert langs == {"en-GB"}
    assert 'w:val="en-US"' not in parts["word/document.xml"]
    assert not any("thumbnail" in n for n in parts)
    assert "Microsoft" not in parts["docProps/app.xml"]


def test_language_comes_from_settings(tmp_path: Path) -> None:
    settings = load_settings()
    settings.document_language = "fr-FR"
    save_settings(settings)
    parts = _parts(export_docx(load_sample(), "standard", tmp_path / "x.docx"))
    assert set(re.findall(r'<w:lang w:val="([^"]+)"', parts["word/styles.xml"])) == {"fr-FR"}
    assert "<dc:language>fr-FR</dc:language>" in parts["docProps/core.xml"]


def test_tracked_changes_in_a_template_are_read_as_accepted(tmp_path: Path) -> None:
    """The handed case t10b: a deleted old tag, an inserted new one."""
    from briefdesk.export.checks import check_template

    template = DATA / "t10b_tracked_del.docx"
    found = check_template(template)
    assert not [p for p in found if not is_unshown_warning(p)]  # it shows no marking: aside
    out = export_docx(load_sample(), template, tmp_path / "x.docx")
    document = _parts(out)["word/document.xml"]
    assert "To: Director, Americas Division" in re.sub(r"<[^>]+>", "", document)
    assert "Old ref" not in document
    for mark in ("<w:ins ", "<w:del ", "w:delText", "rPrChange"):
        assert mark not in document
    with zipfile.ZipFile(io.BytesIO(out.read_bytes())) as archive:
        assert b"trackRevisions" not in archive.read("word/settings.xml")
