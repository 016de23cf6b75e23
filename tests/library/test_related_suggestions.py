"""Related briefs for a source just added: from its suggestions, before anything is accepted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.extract import extract_source
from briefdesk.library.history import related_to_brief, suggested_subjects
from briefdesk.library.sqlbase import SqlBase
from briefdesk.model import Brief, Source
from tests.library.factory import write_many

ARTICLE = (
    "Bola Adeyemi, Nigeria's Chief of Air Staff, said on Monday that Nigeria would buy twelve "
    "K-8 trainer aircraft from China. The agreement was signed in Abuja, officials said."
)


def _new_brief() -> tuple[Brief, Source]:
    source = Source(id="src-new", title="Wire", outlet="Reuters", text=ARTICLE)
    return Brief(sources=[source]), source


def test_a_new_source_finds_related_briefs_from_its_suggestions(
    lib: SqlBase, tmp_path: Path
) -> None:
    write_many(tmp_path / "desk", 12)
    lib.index([tmp_path / "desk"])
    brief, source = _new_brief()
    extraction = extract_source(source)
    names = {a.name for a in extraction.actors}
    assert {"Bola Adeyemi", "Nigeria", "China"} <= names
    assert related_to_brief(lib, brief) == []  # nothing accepted yet

    related = related_to_brief(lib, brief, suggestions=[extraction])

    assert related
    shared = {s for r in related for s in r.shared}
    assert "actor: Bola Adeyemi" in shared and "actor: Nigeria" in shared
    # Briefs naming the minister and both states rank above those sharing one state.
    assert related[0].score > related[-1].score


def test_dismissed_suggestions_find_nothing(lib: SqlBase, tmp_path: Path) -> None:
    write_many(tmp_path / "desk", 12)
    lib.index([tmp_path / "desk"])
    brief, source = _new_brief()
    extraction = extract_source(source)
    found = [*extraction.actors, *extraction.deals, *extraction.places]
    keys = [s.key for s in found]
    brief.sources[0] = source.model_copy(update={"dismissed": keys})
    assert suggested_subjects(brief, [extraction]) == ([], [], [])
    assert related_to_brief(lib, brief, suggestions=[extraction]) == []


def test_the_cli_counts_suggestions_when_asked(
    backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefdesk.cli.main import main
    from briefdesk.model.fileformat import dumps
    from briefdesk.settings import load_settings, save_settings

    desk = tmp_path / "desk"
    write_many(desk, 12)
    settings = load_settings()
    kind, _, target = backend.partition(":")
    if kind == "postgresql":
        settings.library_dsn = target
    save_settings(settings)
    brief, _source = _new_brief()
    path = tmp_path / "new.brief"
    path.write_text(dumps(brief), encoding="utf-8")

    assert main(["library", "related", str(path), "--folder", str(desk)]) == 0
    assert "no related briefs" in capsys.readouterr().out
    assert main(["library", "related", str(path), "--suggestions", "--json"]) == 0
    related = json.loads(capsys.readouterr().out)["related"]
    assert related and any("actor: Nigeria" in r["shared"] for r in related)
