"""``briefdesk library``: index, search, actor and related from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.settings import load_settings, save_settings
from tests.library.factory import make_brief, write_brief, write_many


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """A DSN in the developer's shell must not send test briefs to a real team database."""
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)


def test_index_search_actor_related(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    desk = tmp_path / "desk"
    write_many(desk, 8)
    assert main(["library", "index", "--folder", str(desk)]) == 0
    assert "sqlite: 8 added" in capsys.readouterr().out

    assert main(["library", "search", "squadron", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and "[squadron]" in hits[0]["snippet"].lower()

    assert main(["library", "actor", "Pakistan", "--json"]) == 0
    dossier = json.loads(capsys.readouterr().out)
    assert dossier["name"] == "Pakistan" and dossier["type"] == "state" and dossier["briefs"]

    assert main(["library", "actor", "pakistan"]) == 0
    assert "Pakistan (state, PK)" in capsys.readouterr().out

    brief = desk / "y00" / "brief-000003.brief"
    assert main(["library", "related", str(brief), "--json"]) == 0
    related = json.loads(capsys.readouterr().out)
    assert related["related"] and all(
        r["brief"]["brief_id"] != "brief-000003" for r in related["related"]
    )


def test_folders_from_settings_and_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["library", "index"]) == 1
    assert "no library folders" in capsys.readouterr().err
    settings = load_settings()
    settings.library_folders = [str(tmp_path / "gone")]
    save_settings(settings)
    assert main(["library", "index"]) == 0
    assert "library folder not found" in capsys.readouterr().out
    write_brief(tmp_path / "desk", make_brief(1))
    assert main(["library", "actor", "Nobody At All", "--folder", str(tmp_path / "desk")]) == 1
    assert "no actor matching 'Nobody At All'" in capsys.readouterr().err


def test_merge_and_unmerge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_many(tmp_path, 6)
    main(["library", "index", "--folder", str(tmp_path)])
    capsys.readouterr()
    main(["library", "actor", "Li Wei", "--merge-into", "Aisha Hashmi", "--json"])
    merged = json.loads(capsys.readouterr().out)
    main(["library", "actor", "Li Wei", "--unmerge", "--json"])
    alone = json.loads(capsys.readouterr().out)
    assert merged["merged_with"] == ["aisha hashmi"] and alone["merged_with"] == []
    assert len(merged["briefs"]) > len(alone["briefs"])


def test_related_proposes_the_outlets_last_grade(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_brief(tmp_path / "desk", make_brief(1))  # its source is graded B2
    outlet = make_brief(1).sources[0].outlet
    new = make_brief(2)
    new.sources[0].outlet, new.sources[0].reliability, new.sources[0].credibility = outlet, "F", 6
    path = write_brief(tmp_path / "new", new)
    assert main(["library", "related", str(path), "--folder", str(tmp_path / "desk")]) == 0
    assert f"proposed grade for src-1 ({outlet}): B2" in capsys.readouterr().out


def test_search_of_an_empty_library_says_nothing_is_indexed_not_no_match(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["library", "search", "jets"]) == 1
    out = capsys.readouterr()
    assert "no briefs indexed yet" in out.err and "--folder" in out.err
    assert "no brief matches" not in out.out
    write_many(tmp_path / "desk", 2)
    assert main(["library", "search", "zzzunknownword", "--folder", str(tmp_path / "desk")]) == 0
    out = capsys.readouterr()
    assert "no brief matches 'zzzunknownword'" in out.out and "indexed yet" not in out.err


def test_search_filters_read_as_everywhere_else_or_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = tmp_path / "desk"
    write_many(desk, 8)
    assert main(["library", "index", "--folder", str(desk)]) == 0
    capsys.readouterr()
    assert main(["library", "search", "squadron", "--deal-kind", "arms sale", "--json"]) == 0
    spaced = json.loads(capsys.readouterr().out)
    assert main(["library", "search", "squadron", "--deal-kind", "arms_sale", "--json"]) == 0
    assert spaced and spaced == json.loads(capsys.readouterr().out)
    assert main(["library", "search", "squadron", "--country", "pakistan", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)
    for flag, value, said in (
        ("--marking", "GREEN", "did you mean TLP:GREEN"),
        ("--kind", "nonsense", "use one of: information, decision"),
        ("--deal-kind", "arms sales deal", "use one of:"),
        ("--country", "Narnia", "is not an ISO 3166-1 alpha-2 code"),
    ):
        assert main(["library", "search", "squadron", flag, value]) == 1
        err = capsys.readouterr().err
        assert said in err and len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize("limit", ["-1", "0", "many"])
def test_a_limit_below_one_is_refused_by_the_parser(
    limit: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["library", "search", "squadron", "--limit", limit])
    assert stop.value.code == 2
    assert "is not a whole number of 1 or more" in capsys.readouterr().err
