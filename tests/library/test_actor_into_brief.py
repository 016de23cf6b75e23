"""A past brief's actor pulled into a new brief (round 22, newcomer21 N21-16): ``actors add
--from-library`` on the command line, on both library back ends. Made-up names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model import Actor, Brief, Header
from briefdesk.model.codes import ActorType
from briefdesk.model.fileformat import dumps


def _past_brief(folder: Path) -> None:
    folder.mkdir()
    firm = Actor(name="Hollin State Grain Company", type=ActorType.ORGANIZATION, aliases=["HSGC"])
    chief = Actor(
        name="Marta Ilves",
        type=ActorType.PERSON,
        role="chief executive",
        affiliation="Hollin State Grain Company",
        affiliation_id=firm.id,
    )
    brief = Brief(
        header=Header(title="Hollin swaps maize for urea", date="2026-11-20"),
        actors=[firm, chief],
    )
    (folder / "past.brief").write_text(dumps(brief), "utf-8")


@pytest.fixture
def indexed(
    backend: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Path:
    """A desk whose library (SQLite from Settings, or the PostgreSQL database) knows one brief."""
    kind, _, target = backend.partition(":")
    if kind == "postgresql":
        monkeypatch.setenv("BRIEFDESK_LIBRARY_DSN", target)
    else:
        monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)
    _past_brief(tmp_path / "desk")
    assert main(["library", "index", "--folder", str(tmp_path / "desk")]) == 0
    new = tmp_path / "new.brief"
    assert main(["new", str(new)]) == 0
    capsys.readouterr()
    return new


def _actors(capsys: pytest.CaptureFixture[str], brief: Path) -> list[dict]:
    capsys.readouterr()
    assert main(["actors", "list", str(brief), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_an_actor_comes_from_the_library_with_aliases_role_and_its_brief(
    indexed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["actors", "add", str(indexed), "HSGC", "--from-library"]) == 0
    assert main(["actors", "add", str(indexed), "Marta Ilves", "--from-library"]) == 0
    firm, chief = _actors(capsys, indexed)
    assert firm["name"] == "Hollin State Grain Company" and firm["type"] == "organization"
    assert firm["aliases"] == ["HSGC"]
    assert "Hollin swaps maize for urea" in firm["note"] and "2026-11-20" in firm["note"]
    assert chief["role"] == "chief executive"
    assert chief["affiliation"] == "Hollin State Grain Company"
    assert chief["affiliation_id"] == firm["id"]  # linked to the actor just added


def test_options_given_win_and_a_second_add_fills_nothing_it_has(
    indexed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["actors", "add", str(indexed), "Marta Ilves", "--from-library"]
    assert main([*argv, "--role", "chair"]) == 0
    assert _actors(capsys, indexed)[0]["role"] == "chair"
    capsys.readouterr()
    assert main(argv) == 0  # newcomer23 N23-16: no longer refused
    assert "nothing to fill: actor 1 'Marta Ilves'" in capsys.readouterr().out
    assert len(_actors(capsys, indexed)) == 1


def test_an_actor_the_brief_has_gets_only_what_it_lacks(
    indexed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """N23-16: a drafted actor is filled from the library, never overwritten."""
    add = ["actors", "add", str(indexed)]
    assert main([*add, "Hollin State Grain Company", "-t", "organization"]) == 0
    assert main([*add, "Marta Ilves", "-t", "person"]) == 0
    capsys.readouterr()
    assert main([*add, "Hollin State Grain Company", "--from-library"]) == 0
    assert "filled actor 1 'Hollin State Grain Company' from the library: aliases" in (
        capsys.readouterr().out
    )
    assert main([*add, "Marta Ilves", "--from-library"]) == 0
    out = capsys.readouterr().out
    assert "filled actor 2 'Marta Ilves' from the library: role, affiliation" in out
    firm, chief = _actors(capsys, indexed)
    assert firm["aliases"] == ["HSGC"]
    assert (chief["role"], chief["affiliation"]) == (
        "chief executive",
        "Hollin State Grain Company",
    )
    assert chief["affiliation_id"] == firm["id"]
    assert "Hollin swaps maize for urea" in chief["note"]


def test_the_brief_s_own_role_is_kept(indexed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add = ["actors", "add", str(indexed), "Marta Ilves"]
    assert main([*add, "-t", "person", "--role", "board member"]) == 0
    capsys.readouterr()
    assert main([*add, "--from-library"]) == 0
    assert "nothing to fill: actor 1 'Marta Ilves'" in capsys.readouterr().out
    [chief] = _actors(capsys, indexed)
    assert (chief["role"], chief["affiliation"]) == ("board member", "")


def test_a_name_the_library_does_not_know_is_one_line_and_nothing_saved(
    indexed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = indexed.read_bytes()
    assert main(["actors", "add", str(indexed), "Rastel Fertilisers", "--from-library"]) == 1
    err = capsys.readouterr().err
    assert "no actor matching 'Rastel Fertilisers' in the library" in err
    assert len(err.strip().splitlines()) == 1 and indexed.read_bytes() == before
    assert main(["actors", "add", str(indexed), "Rastel Fertilisers"]) == 1
    assert "-t/--type" in capsys.readouterr().err
