"""Older documents are upgraded step by step; every shipped format version keeps a fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.model import FORMAT_VERSION, migrations
from briefdesk.model.fileformat import loads

DATA = Path(__file__).parents[1] / "data"


@pytest.mark.parametrize("version", range(1, FORMAT_VERSION + 1))
def test_fixture_of_every_format_version_still_loads(version: int) -> None:
    brief = loads((DATA / f"format-v{version}.brief").read_bytes())
    assert brief.version == FORMAT_VERSION
    assert brief.header.title


def test_migrate_applies_each_step_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def step(n: int) -> migrations.Migration:
        def run(document: migrations.Document) -> migrations.Document:
            calls.append(n)
            return {**document, f"seen_{n}": True}

        return run

    monkeypatch.setattr(migrations, "MIGRATIONS", {1: step(1), 2: step(2)})
    result = migrations.migrate({"version": 1}, target=3)
    assert calls == [1, 2]
    assert result == {"version": 3, "seen_1": True, "seen_2": True}


def test_missing_migration_step_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    with pytest.raises(LookupError, match="no migration from format version 1"):
        migrations.migrate({"version": 1}, target=2)


def test_version_1_sources_get_an_empty_dismissed_list() -> None:
    brief = loads((DATA / "format-v1.brief").read_bytes())
    assert brief.sources and all(source.dismissed == [] for source in brief.sources)


def test_dismissed_suggestion_keys_survive_a_round_trip() -> None:
    from briefdesk.model.fileformat import dumps

    brief = loads((DATA / "format-v2.brief").read_bytes())
    assert brief.sources[0].dismissed == ["actor:person:hikmet hajiyev"]
    assert loads(dumps(brief).encode()).sources[0].dismissed == brief.sources[0].dismissed


@pytest.mark.parametrize(
    ("old", "url", "note"),
    [
        ("https://example.org/a", "https://example.org/a", ""),
        ("example.org/news/a", "https://example.org/news/a", ""),
        ("mailto:press@example.org", "", "mailto:press@example.org"),
        ("javascript:alert(1)", "", "javascript:alert(1)"),
        ("file:///C:/briefs/a.html", "", "file:///C:/briefs/a.html"),
    ],
)
def test_version_1_addresses_that_are_not_web_addresses_are_kept_in_notes(
    old: str, url: str, note: str
) -> None:
    """Version 2 takes only http(s) addresses; an older brief still opens and loses nothing."""
    import json

    document = json.loads((DATA / "format-v1.brief").read_text(encoding="utf-8"))
    document["sources"][0]["url"] = old
    document["sources"][0]["notes"] = "graded by the desk"
    source = loads(json.dumps(document).encode()).sources[0]
    assert source.url == url
    assert source.notes.startswith("graded by the desk")
    assert (note in source.notes) if note else source.notes == "graded by the desk"
