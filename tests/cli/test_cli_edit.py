"""draft, set, check, remove-source: the CLI builds the same brief the window does."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads
from tests.docx_text import docx_text

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "jf17_sale.txt"


def _brief(tmp_path: Path) -> Path:
    path = tmp_path / "jets.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(ARTICLE), "--title", "Jets for Azerbaijan"]) == 0
    return path


def test_the_cli_builds_an_exportable_brief(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    assert loads(path.read_bytes()).sources[0].title == "Jets for Azerbaijan"
    assert main(["draft", str(path)]) == 0
    brief = loads(path.read_bytes())
    assert sorted(a.name for a in brief.actors) == [
        "Azerbaijan",
        "Hikmet Hajiyev",
        "Khalil Hashmi",
        "Pakistan",
    ]
    assert brief.sources[0].title == "Jets for Azerbaijan"  # a given title is kept
    assert brief.deals[0].value is not None
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    assert "still BriefDesk's draft" in capsys.readouterr().out
    bluf = "Pakistan will sell JF-17C jets to Azerbaijan for $1.6 billion."
    assert (
        main(
            [
                "set",
                str(path),
                f"bluf={bluf}",
                "marking=TLP:AMBER",
                "source[1].grade=B2",
                "from=A. Analyst",
            ]
        )
        == 0
    )
    brief = loads(path.read_bytes())
    assert brief.marking.label == "TLP:AMBER" and brief.sources[0].grade == "B2"
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    assert "ready for export" in capsys.readouterr().out
    out = tmp_path / "jets.docx"
    assert main(["export", str(path), "-t", "standard", "-o", str(out)]) == 0
    text = docx_text(out)
    assert bluf in text and "Hikmet Hajiyev" in text
    assert "warning" not in capsys.readouterr().err  # a ready brief exports without a word


def test_export_of_an_unfinished_brief_warns_with_what_check_would_say(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    assert (
        main(["set", str(path), "kind=decision", "bluf=Approve the sale.", "marking=TLP:AMBER"])
        == 0
    )
    capsys.readouterr()
    out = tmp_path / "decision.docx"
    assert main(["export", str(path), "-t", "standard", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert out.exists()  # a draft may still go out for comment, but never silently
    assert f"warning: {path}: a decision brief needs a recommendation" in err


def test_check_fails_on_an_empty_brief(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.brief"
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "error: the BLUF is empty" in out and "bluf:" not in out


def test_set_refuses_unknown_fields_and_bad_values_without_saving(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    before = path.read_bytes()
    assert main(["set", str(path), "title=Fine", "blurf=x"]) == 1
    assert "unknown field 'blurf'" in capsys.readouterr().err
    assert main(["set", str(path), "date=tomorrow"]) == 1
    assert "date: 'tomorrow' is not a date" in capsys.readouterr().err
    assert main(["set", str(path), "source[9].grade=B2"]) == 1
    assert main(["set", str(path), "marking=TLP:BLUE"]) == 1
    assert main(["set", str(path), "from-email=sam.okafor@"]) == 1
    assert "from-email: 'sam.okafor@' is not an email address" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_remove_source_drops_its_citations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    assert main(["draft", str(path)]) == 0
    source_id = loads(path.read_bytes()).sources[0].id
    assert main(["remove-source", str(path), source_id]) == 0
    brief = loads(path.read_bytes())
    assert brief.sources == [] and all(not a.evidence for a in brief.actors)
    assert main(["remove-source", str(path), "src-nope"]) == 1
    assert "no source 'src-nope'" in capsys.readouterr().err


def test_remove_source_by_number_as_set_and_cite_take_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _brief(tmp_path)
    source_id = loads(path.read_bytes()).sources[0].id
    assert main(["remove-source", str(path), "2"]) == 1
    err = capsys.readouterr().err
    assert "no source '2'" in err and "or 1, 2, …" in err
    assert main(["remove-source", str(path), "1"]) == 0
    assert f"removed {source_id}" in capsys.readouterr().out
    assert loads(path.read_bytes()).sources == []


def test_new_takes_the_author_email_from_settings(tmp_path: Path) -> None:
    from briefdesk.settings import load_settings, save_settings

    settings = load_settings()
    settings.author.name = "Sam Okafor"
    settings.author.email = "sam.okafor@desk.example.org"
    save_settings(settings)
    path = tmp_path / "new.brief"
    assert main(["new", str(path)]) == 0
    sender = loads(path.read_bytes()).header.from_
    assert (sender.name, sender.email) == ("Sam Okafor", "sam.okafor@desk.example.org")


@pytest.mark.parametrize("command", ["draft", "extract"])
def test_source_options_take_the_number_cite_and_show_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """N11-15: ``--source 1`` is the first source, for every command that takes ``--source``."""
    path = _brief(tmp_path)
    assert main([command, str(path), "--source", "1"]) == 0
    assert main([command, str(path), "--source", "3"]) == 1
    err = capsys.readouterr().err
    assert "no source '3'" in err and "or 1, 2, …" in err
