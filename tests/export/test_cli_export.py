"""``briefdesk export`` and ``briefdesk templates``: stdout results, one-line errors, exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from briefdesk.cli.main import main
from briefdesk.samples import sample_bytes


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.brief"
    path.write_bytes(sample_bytes())
    return path


def test_export_docx_then_refuse_then_force(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "note.docx"
    assert main(["export", str(sample), "-t", "bluf", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert docx.Document(str(out)).paragraphs[0].text == "MEMORANDUM"
    assert main(["export", str(sample), "-t", "bluf", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("briefdesk export: ") and "--force" in err and err.count("\n") == 1
    assert main(["export", str(sample), "-t", "bluf", "-o", str(out), "--force"]) == 0


def test_export_markdown(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "note.md"
    assert main(["export", str(sample), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("**TLP:AMBER**")


def test_export_errors(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(sample), "-t", "nope", "-o", str(tmp_path / "x.docx")]) == 1
    assert "unknown template 'nope'" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "missing.brief"), "-o", str(tmp_path / "x.docx")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert main(["export", str(sample), str(sample), "-o", str(tmp_path / "x.docx")]) == 1
    assert "use -d" in capsys.readouterr().err
    assert main(["export", str(sample), "-o", str(tmp_path / "x.txt")]) == 1
    assert ".docx, .pdf or .md" in capsys.readouterr().err
    assert not list(tmp_path.glob("x.*"))


def test_batch_export_in_parallel(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    briefs = []
    for n in range(4):
        path = tmp_path / f"b{n}.brief"
        path.write_bytes(sample.read_bytes())
        briefs.append(str(path))
    broken = tmp_path / "broken.brief"
    broken.write_text("{not json")
    outdir = tmp_path / "out"
    outdir.mkdir()
    code = main(["export", *briefs, str(broken), "-t", "deal-sheet", "-d", str(outdir), "-j", "2"])
    captured = capsys.readouterr()
    assert code == 1
    assert sorted(p.name for p in outdir.iterdir()) == ["b0.docx", "b1.docx", "b2.docx", "b3.docx"]
    assert "4 of 5 exported" in captured.out
    assert "broken.brief" in captured.err


def test_templates_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == [
        "standard\tStandard briefing note\tbuilt-in\talso: standard-note",
        "bluf\tOne-page BLUF memo\tbuilt-in\talso: memo, bluf-memo",
        "deal-sheet\tDeal sheet\tbuilt-in",
    ]


def test_unknown_template_names_the_aliases_that_work(capsys: pytest.CaptureFixture[str]) -> None:
    """newcomer18 N18-15: "-t memo" works, so the refusal lists it among the known names."""
    assert main(["templates", "check", "nosuch"]) == 1
    err = capsys.readouterr().err
    assert "known: standard (also standard-note), bluf (also memo, bluf-memo), deal-sheet" in err
    assert main(["templates", "check", "memo"]) == 0


def test_templates_check(
    make_template: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["templates", "check", "standard"]) == 0
    assert capsys.readouterr().out == "standard: ok\n"
    bad = make_template("{{ titel }}", "{{ header.nope }}")
    assert main(["templates", "check", str(bad)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{bad}: unknown variable 'titel'; did you mean 'title'? "
        f"""(word/document.xml, paragraph "{{{{ titel }}}}")""",
        f"{bad}: header has no field 'nope'; its fields: cleared_by, critical_date, "
        "critical_date_long, critical_label, critical_reason, date, date_long, file_number, "
        "kind, kind_label, sender, status, status_label, subject, through, title, to "
        f"""(word/document.xml, paragraph "{{{{ header.nope }}}}")""",
        f"{bad}: note: briefdesk templates fields lists every variable and field a template "
        "may use",
    ]


def test_templates_context_prints_json(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "context", str(sample)]) == 0
    context = json.loads(capsys.readouterr().out)
    assert context["marking"]["label"] == "TLP:AMBER"
    assert context["deals"][0]["value"]["short"] == "USD 1.1 billion"


def test_batch_with_pdf(sample: Path, tmp_path: Path) -> None:
    import shutil

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed; --pdf cannot be tested")
    outdir = tmp_path / "out"
    outdir.mkdir()
    assert main(["export", str(sample), "-t", "bluf", "-d", str(outdir), "--pdf"]) == 0
    assert sorted(p.name for p in outdir.iterdir()) == ["sample.docx", "sample.pdf"]


def test_a_refused_template_exits_1_with_one_line_and_no_file(
    sample: Path,
    make_template: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    evil = make_template("{{ ''.__class__.__mro__[1].__subclasses__() }}")
    out = tmp_path / "evil.docx"
    assert main(["export", str(sample), "-t", str(evil), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not allowed" in err
    assert not out.exists()


def test_a_missing_output_folder_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """newcomer8 F13: `export a.brief -d out/many` refused "no such folder" (-o makes it)."""
    brief = tmp_path / "a.brief"
    brief.write_bytes(sample_bytes())
    outdir = tmp_path / "out" / "many"
    assert main(["export", str(brief), "-t", "bluf", "-d", str(outdir)]) == 0
    assert (outdir / "a.docx").is_file()
    (tmp_path / "file").write_text("x")
    assert main(["export", str(brief), "-d", str(tmp_path / "file")]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err


def test_export_with_a_template_that_has_no_tags_is_refused_unless_allowed(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """newcomer16 N16-12: an article saved as .docx, given as the template, exported its own
    text with rc 0 and no word, while ``templates check`` warned about it; newcomer17 N17-13:
    the warning alone still left exit 0 and a file holding none of the brief."""
    article = docx.Document()
    article.add_paragraph("Valdoria Development Bank lends $640 million to a port operator.")
    template = tmp_path / "article.docx"
    article.save(str(template))
    # N19-16: the check fails it as export refuses it, unless allowed as export allows it
    assert main(["templates", "check", str(template)]) == 1
    checked = capsys.readouterr().out
    assert "the document has no tags" in checked
    assert "not a template: export refuses an ordinary document" in checked
    assert main(["templates", "check", str(template), "--allow-no-tags"]) == 0
    assert "not a template" not in capsys.readouterr().out
    out = tmp_path / "o.docx"
    assert main(["export", str(sample), "-t", str(template), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"briefdesk export: {template}: warning: the document has no tags" in err
    assert "exported brief rather than a template" in err
    assert err.count("the document has no tags") == 1
    assert "nothing exported: it is an ordinary document, not a template" in err
    assert "--allow-no-tags" in err
    assert not out.exists()
    assert main(["export", str(sample), "-d", str(tmp_path / "many"), "-t", str(template)]) == 1
    capsys.readouterr()
    allowed = ["export", str(sample), "-t", str(template), "-o", str(out), "--allow-no-tags"]
    assert main(allowed) == 0
    assert "no tags" in capsys.readouterr().err and out.exists()  # still said, then exported
    assert main(["export", str(sample), "-t", "standard", "-o", str(tmp_path / "s.docx")]) == 0
    assert "no tags" not in capsys.readouterr().err
