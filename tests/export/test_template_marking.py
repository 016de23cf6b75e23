"""A user template and the handling marking: ``{{ marking }}`` prints the label, and a template
that never shows the marking is flagged by ``templates check`` and by ``export``."""

from __future__ import annotations

import io
import json
import pickle
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from briefdesk.cli.main import main
from briefdesk.export.context import build_context
from briefdesk.export.marking_context import UNSHOWN_MESSAGE
from briefdesk.samples import load_sample, sample_bytes
from tests.docx_text import docx_text


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.brief"
    path.write_bytes(sample_bytes())  # marked TLP:AMBER
    return path


def test_marking_prints_as_its_label_and_stays_plain_data() -> None:
    marking = build_context(load_sample())["marking"]
    assert str(marking) == "TLP:AMBER" == marking["label"]
    assert marking["is_tlp"] is True  # the documented parts are all still there
    assert json.loads(json.dumps(marking))["label"] == "TLP:AMBER"
    assert pickle.loads(pickle.dumps(marking)) == marking  # to the render worker and back


def test_marking_variable_renders_as_text_in_the_docx(
    sample: Path, tmp_path: Path, make_template: Callable[..., Path]
) -> None:
    template = make_template("Handling: {{ marking }}", "{{ title }}", header="{{ marking }}")
    out = tmp_path / "note.docx"
    assert main(["export", str(sample), "-t", str(template), "-o", str(out)]) == 0
    text = docx_text(out, headers=True)
    assert "Handling: TLP:AMBER" in text.splitlines()
    assert "scheme" not in text and "{" not in text


def test_template_without_the_marking_is_flagged_by_templates_check(
    make_template: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    bare = make_template("{{ title }}", "{{ bluf }}")
    assert main(["templates", "check", str(bare)]) == 0  # a warning, not a failure
    assert capsys.readouterr().out.splitlines() == [f"{bare}: warning: {UNSHOWN_MESSAGE}"]
    for shown in ("{{ marking.label }}", "{{ marking }}", "{{r marking|marking_run }}"):
        marked = make_template("{{ title }}", header=shown)
        assert main(["templates", "check", str(marked)]) == 0
        assert capsys.readouterr().out == f"{marked}: ok\n", shown
    assert main(["templates", "check", "standard"]) == 0
    assert capsys.readouterr().out == "standard: ok\n"


def test_export_through_an_unmarked_template_stamps_the_marking_and_says_so(
    sample: Path,
    tmp_path: Path,
    make_template: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """newcomer9 N9-06: a TLP:AMBER brief through a template with no marking tag left unmarked
    (exit 0, only a warning). The export now prints the marking in every header and footer."""
    bare = make_template("{{ title }}")
    out = tmp_path / "note.docx"
    capsys.readouterr()
    assert main(["export", str(sample), "-t", str(bare), "-o", str(out)]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if "marking" in line]
    assert notes == [
        f"briefdesk export: note: {sample} is marked TLP:AMBER and the template "
        f"{bare.name} shows the marking in no header or footer: BriefDesk printed TLP:AMBER in "
        "the header and footer of every page"
    ]
    document = docx.Document(str(out))
    for section in document.sections:
        assert section.header.paragraphs[0].text == "TLP:AMBER"
        assert section.footer.paragraphs[-1].text == "TLP:AMBER"
    run = document.sections[0].header.paragraphs[0].runs[0]
    assert run.bold and str(run.font.color.rgb) == "FFC000"
    # A template that shows the marking is left as its author made it: no second label.
    shown = make_template("{{ title }}", header="{{ marking }}")
    assert main(["export", str(sample), "-t", str(shown), "-o", str(out), "--force"]) == 0
    assert docx_text(out, headers=True).count("TLP:AMBER") == 1
    # A brief with no marking has nothing to stamp (the "no marking" warning instead).
    assert main(["set", str(sample), "marking=none"]) == 0
    capsys.readouterr()
    assert main(["export", str(sample), "-t", str(bare), "-o", str(out), "--force"]) == 0
    assert "shows the marking in no header" not in capsys.readouterr().err
    assert "TLP" not in docx_text(out, headers=True)


def test_a_header_already_holding_text_gets_the_label_above_it_and_pdf_path_too(
    sample: Path, tmp_path: Path, make_template: Callable[..., Path]
) -> None:
    from briefdesk.export.render import render_docx_bytes
    from briefdesk.store.files import open_brief

    template = make_template("{{ title }}", header="Ministry of Defence")
    data = render_docx_bytes(open_brief(sample).brief, str(template))
    header = docx.Document(io.BytesIO(data)).sections[0].header.paragraphs
    assert [p.text for p in header][:2] == ["TLP:AMBER", "Ministry of Defence"]


def test_a_marking_that_cannot_be_printed_refuses_the_export(
    sample: Path,
    tmp_path: Path,
    make_template: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Never silently unmarked: if the stamp cannot be added, the export is refused."""
    import briefdesk.export.marking_stamp as stamp

    def broken(data: bytes, marking: object) -> bytes:
        raise ValueError("not a Word document")

    monkeypatch.setattr(stamp, "stamp_marking", broken)
    bare = make_template("{{ title }}")
    out = tmp_path / "note.docx"
    assert main(["export", str(sample), "-t", str(bare), "-o", str(out)]) == 1
    assert "could not print TLP:AMBER into it (not a Word document)" in capsys.readouterr().err
    assert not out.exists()


def test_a_different_first_page_gets_the_marking_too(sample: Path, tmp_path: Path) -> None:
    from briefdesk.export.render import render_docx_bytes
    from briefdesk.store.files import open_brief

    document = docx.Document()
    document.add_paragraph("{{ title }}")
    document.sections[0].different_first_page_header_footer = True
    document.sections[0].first_page_header.paragraphs[0].text = "Cover"
    template = tmp_path / "cover.docx"
    document.save(str(template))
    data = render_docx_bytes(open_brief(sample).brief, str(template))
    section = docx.Document(io.BytesIO(data)).sections[0]
    assert [p.text for p in section.first_page_header.paragraphs] == ["TLP:AMBER", "Cover"]
    assert section.first_page_footer.paragraphs[-1].text == "TLP:AMBER"
    assert section.header.paragraphs[0].text == "TLP:AMBER"


def test_a_marking_in_the_body_only_is_told_as_not_in_a_header_or_footer(
    make_template: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """N10-22: ``{{ marking }}`` in a body paragraph was told "never shows the marking"."""
    body = make_template("{{ title }}", "Handling: {{ marking }}")
    assert main(["templates", "check", str(body)]) == 0
    out = capsys.readouterr().out
    assert "shows the handling marking in no header or footer" in out
    assert "in the body it marks one page only" in out and "never" not in out
