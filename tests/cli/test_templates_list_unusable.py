"""``templates list`` says which files in the templates folder cannot be used (newcomer7 F12)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from briefdesk import paths
from briefdesk.cli.main import main


def test_a_file_that_is_no_word_package_is_listed_as_not_usable(
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder: Path = paths.templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "zz-fake.docx").write_text("not a docx", "utf-8")
    good = docx.Document()
    good.add_paragraph("{{ title }}")
    good.save(str(folder / "desk-flash.docx"))
    assert main(["templates", "list"]) == 0
    lines = {line.split("\t")[0]: line for line in capsys.readouterr().out.splitlines()}
    assert lines["zz-fake"].endswith(
        "NOT USABLE: is not a Word file: save the template from Word as .docx (or .dotx)"
    )
    assert "NOT USABLE" not in lines["desk-flash"] and "NOT USABLE" not in lines["standard"]


def test_a_template_that_fails_its_check_is_listed_as_not_usable(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """newcomer9 N9-14: a typo or a hostile tag was listed exactly like a good template."""
    folder: Path = paths.templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (("typo", "{{ titel }}"), ("hostile", "{{ ''.__class__ }}")):
        document = docx.Document()
        document.add_paragraph(text)
        document.save(str(folder / f"{name}.docx"))
    good = docx.Document()
    good.add_paragraph("{{ title }}")
    good.save(str(folder / "desk-flash.docx"))
    assert main(["templates", "list"]) == 0
    lines = {line.split("\t")[0]: line for line in capsys.readouterr().out.splitlines()}
    assert "\tNOT USABLE: " in lines["typo"] and "did you mean 'title'" in lines["typo"]
    assert lines["typo"].endswith("run 'briefdesk templates check typo'")
    assert "\tNOT USABLE: " in lines["hostile"] and "__class__" in lines["hostile"]
    assert "NOT USABLE" not in lines["desk-flash"]


def test_the_command_templates_list_suggests_runs_as_printed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """N10-29: "run 'briefdesk templates check My memo.docx'" failed from any folder ("template
    file not found") and left the space unquoted."""
    folder: Path = paths.templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    document.add_paragraph("{{ titel }}")
    document.save(str(folder / "My memo.docx"))
    assert main(["templates", "list"]) == 0
    lines = {line.split("\t")[0]: line for line in capsys.readouterr().out.splitlines()}
    assert lines["My memo"].endswith("""run 'briefdesk templates check "My memo"'""")
    monkeypatch.chdir(tmp_path)  # another folder, as the desk officer ran it
    assert main(["templates", "check", "My memo"]) == 1
    assert "did you mean 'title'" in capsys.readouterr().out
    assert main(["templates", "check", "My memo.docx"]) == 1  # the file's name works too
    assert "did you mean 'title'" in capsys.readouterr().out
