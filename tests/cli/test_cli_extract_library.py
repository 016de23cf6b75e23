"""``briefdesk extract --library``: the configured library's confirmed actors help extraction."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.extractrun import shutdown
from tests.library.factory import PEOPLE, write_many


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A DSN in the developer's shell must not be read by tests."""
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)
    yield
    shutdown()


def _actors(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, dict]:
    assert main(["extract", *argv, "--json"]) == 0
    return {a["name"]: a for a in json.loads(capsys.readouterr().out)["actors"]}


def test_library_fills_a_role_the_text_does_not_give(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = tmp_path / "desk"
    write_many(desk, 12)
    assert main(["library", "index", "--folder", str(desk)]) == 0
    capsys.readouterr()
    name, role, _country = PEOPLE[0]
    article = tmp_path / "article.txt"
    article.write_text(f"Officials said {name} met the delegation on Monday.\n", "utf-8")

    plain = _actors(capsys, str(article))
    assert plain[name]["role"] == ""
    known = _actors(capsys, str(article), "--library")
    assert known[name]["role"] == role
    assert any(
        w["rule"] == "actor.known-to-library" and f"{name!r} ({role})" in w["text"]
        for w in known[name]["why"]
    )


def test_library_that_cannot_open_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BRIEFDESK_LIBRARY_DSN", "postgresql://nobody@127.0.0.1:1/none")
    article = tmp_path / "article.txt"
    article.write_text("Officials met on Monday.\n", "utf-8")
    assert main(["extract", str(article), "--library"]) == 1
    err = capsys.readouterr().err
    assert "--library:" in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_draft_uses_the_configured_library_as_the_window_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """N19-14: "…, Adeyemi told reporters" gave nothing, and `draft` had no library at all."""
    from briefdesk.store import open_brief

    desk = tmp_path / "desk"
    write_many(desk, 12)
    assert main(["library", "index", "--folder", str(desk)]) == 0
    capsys.readouterr()
    name, role, _country = PEOPLE[2]
    article = tmp_path / "article.txt"
    article.write_text(
        "The air force will buy four trainers for $80 million, Adeyemi told reporters on "
        "Monday in a brief statement.\n",
        "utf-8",
    )
    known = _actors(capsys, str(article), "--library")
    assert known[name]["role"] == role and known[name]["aliases"] == ["Adeyemi"]
    for argv, wanted in ((["--no-library"], False), ([], True)):
        path = tmp_path / f"deal{len(argv)}.brief"
        assert main(["new", str(path)]) == 0
        assert main(["add-source", str(path), str(article)]) == 0
        assert main(["draft", str(path), *argv]) == 0
        drafted = [a.name for a in open_brief(path).brief.actors]
        capsys.readouterr()
        assert (name in drafted) is wanted, (argv, drafted)
