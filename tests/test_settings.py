"""Settings file: defaults, round trip, bad content tolerated, atomic write, recent files."""

from __future__ import annotations

import json
from pathlib import Path

from briefdesk import paths
from briefdesk.settings import MAX_RECENT, Settings, load_settings, save_settings, settings_path


def test_defaults_when_no_file() -> None:
    settings = load_settings()
    assert settings == Settings()
    assert settings.user_templates_dir() == paths.templates_dir()


def test_round_trip_lives_in_config_dir(briefdesk_home: Path) -> None:
    settings = Settings()
    settings.author.name = "Sam Okafor"
    settings.author.phone = "+44 20 7946 0123"
    settings.marking_scheme = "tlp"
    settings.marking_level = "AMBER"
    settings.set_blob("geometry", b"\x00\x01binary\xff")
    save_settings(settings)
    assert settings_path().parent == paths.config_dir()
    assert str(settings_path()).startswith(str(briefdesk_home))
    again = load_settings()
    assert again == settings
    assert again.blob("geometry") == b"\x00\x01binary\xff"
    assert list(settings_path().parent.glob("*.tmp")) == []


def test_bad_values_fall_back_to_defaults() -> None:
    settings_path().write_text(
        json.dumps(
            {
                "author": {"name": 5, "title": "Analyst"},
                "open_after_export": "yes",
                "recent_files": ["a.brief", 3],
                "window_state": {"geometry": "!!notbase64"},
            }
        ),
        encoding="utf-8",
    )
    settings = load_settings()
    assert settings.author.name == ""
    assert settings.author.title == "Analyst"
    assert settings.open_after_export is True
    assert settings.recent_files == ["a.brief"]
    assert settings.blob("geometry") is None


def test_garbage_file_gives_defaults() -> None:
    settings_path().write_bytes(b"\xff\xfe not json")
    assert load_settings() == Settings()
    settings_path().write_text("[1, 2]", encoding="utf-8")
    assert load_settings() == Settings()


def test_recent_files_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    settings = Settings()
    for index in range(MAX_RECENT + 3):
        settings.add_recent(tmp_path / f"{index}.brief")
    settings.add_recent(tmp_path / "5.brief")
    assert len(settings.recent_files) == MAX_RECENT
    assert settings.recent_files[0] == str((tmp_path / "5.brief").resolve())
    assert len(set(settings.recent_files)) == MAX_RECENT
    settings.remove_recent(tmp_path / "5.brief")
    assert str((tmp_path / "5.brief").resolve()) not in settings.recent_files


def test_never_suggest_list_round_trips_past_the_recent_limit(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(never_suggest=[f"Name {i}:person" for i in range(MAX_RECENT + 5)])
    save_settings(settings, path)
    assert load_settings(path).never_suggest == settings.never_suggest
    path.write_text(json.dumps({"never_suggest": ["Reuters", 3, None]}), "utf-8")
    assert load_settings(path).never_suggest == ["Reuters"]
