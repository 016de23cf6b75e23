"""Tables read out of data packages and kept in the user cache folder (round 23): read back
equal, rebuilt when stale or broken, and a folder that cannot be written costs only time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefdesk import table_cache, world
from briefdesk.world import ROWS_FILE, country_rows, read_rows


def _small(name: str, key: dict[str, Any], built: list[int]) -> list[int]:
    def build() -> list[int]:
        built.append(1)
        return [1, 2, 3]

    return table_cache.cached(name, key, build, list, lambda data: [int(n) for n in data])


def test_a_table_is_built_once_then_read() -> None:
    built: list[int] = []
    assert _small("small.json", {"format": 1}, built) == [1, 2, 3]
    assert _small("small.json", {"format": 1}, built) == [1, 2, 3]
    assert len(built) == 1


def test_a_stale_or_broken_file_is_rebuilt() -> None:
    built: list[int] = []
    _small("small.json", {"format": 1}, built)
    _small("small.json", {"format": 2}, built)  # another format or package version
    path = table_cache.cache_file("small.json")
    assert path is not None
    path.write_text('{"key": {"format": 2}, "data": ["x"]}', encoding="utf-8")  # edited
    assert _small("small.json", {"format": 2}, built) == [1, 2, 3]
    path.write_text('{"key": ', encoding="utf-8")  # half-written
    assert _small("small.json", {"format": 2}, built) == [1, 2, 3]
    assert len(built) == 4
    assert json.loads(path.read_text(encoding="utf-8"))["data"] == [1, 2, 3]


def test_no_cache_folder_costs_only_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_cache, "cache_file", lambda name: None)
    built: list[int] = []
    assert _small("small.json", {}, built) == _small("small.json", {}, built) == [1, 2, 3]
    assert len(built) == 2


def test_an_unwritable_folder_leaves_nothing(tmp_path: Path) -> None:
    table_cache.write_atomically(tmp_path / "no such folder" / "t.json", "[]")
    assert list(tmp_path.iterdir()) == []


def test_the_world_rows_read_back_as_countryinfo_has_them() -> None:
    rows = read_rows()
    assert country_rows() == rows  # built and saved
    assert table_cache.cache_file(ROWS_FILE) is not None
    assert country_rows() == rows  # read back from the file
    assert rows[0][0] == "CN" and any(row[1] == "Kenya" for row in rows)  # most populous first


def test_the_world_from_the_cached_rows_is_the_world_from_the_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from_file = world.world.__wrapped__()  # type: ignore[attr-defined]
    monkeypatch.setattr(world, "country_rows", read_rows)
    from_package = world.world.__wrapped__()  # type: ignore[attr-defined]
    assert from_file == from_package
    assert list(from_file.names) == list(from_package.names)  # same order: first name wins
    assert from_file.capitals["Nairobi"] == "KE"
