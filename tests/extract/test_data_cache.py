"""The tables extraction keeps between processes: read back equal, rebuilt when stale or broken."""

from __future__ import annotations

import json
from pathlib import Path

from briefdesk import paths
from briefdesk.extract import data_cache
from briefdesk.extract.data_cache import Tables

SMALL = Tables(
    cities={"Kourou": ("GF", 25_000), "Tulsa": ("US", 400_000)},
    subdivisions=[("Apurímac", "PE"), ("Sulawesi Tengah", "ID")],
    common_words=frozenset({"financing", "launch"}),
)


def test_tables_round_trip_through_the_cache_file(tmp_path: Path) -> None:
    path = tmp_path / "tables.json"
    key = data_cache._key()
    data_cache._write(path, key, SMALL)
    assert data_cache._read(path, key) == SMALL
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".extract-tables-")]


def test_the_real_tables_read_back_equal(tmp_path: Path) -> None:
    built = data_cache.tables()  # built (or read) once per process
    path = tmp_path / "tables.json"
    data_cache._write(path, data_cache._key(), built)
    assert data_cache._read(path, data_cache._key()) == built
    assert built.cities["Tulsa"][0] == "US"
    assert "launch" in built.common_words


def test_a_stale_or_broken_file_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "tables.json"
    key = data_cache._key()
    data_cache._write(path, key, SMALL)
    assert data_cache._read(path, {**key, "format": -1}) is None
    data = json.loads(path.read_text(encoding="utf-8"))
    data["cities"]["codes"].pop()  # columns of different lengths
    path.write_text(json.dumps(data), encoding="utf-8")
    assert data_cache._read(path, key) is None
    path.write_text('{"key": ', encoding="utf-8")  # half-written
    assert data_cache._read(path, key) is None
    assert data_cache._read(tmp_path / "missing.json", key) is None


def test_a_cache_that_cannot_be_written_costs_only_time(tmp_path: Path) -> None:
    data_cache._write(tmp_path / "no such folder" / "tables.json", data_cache._key(), SMALL)
    assert list(tmp_path.iterdir()) == []


def test_the_file_lives_in_the_user_cache_folder() -> None:
    # BRIEFDESK_HOME is a temporary folder in every test (tests/conftest.py).
    assert data_cache._cache_file() == paths.cache_dir() / data_cache.FILE_NAME


def test_given_names_come_from_the_cache_as_the_package_has_them() -> None:
    # Round 23: gender-guesser's dictionary is parsed once, not in every process.
    from briefdesk.extract.firstnames import first_names

    cached = data_cache.tables().given_names
    assert cached == data_cache._given_names()
    assert {"maria", "mohammed", "will"} <= cached
    assert "maria" in first_names() and "will" not in first_names()  # the filters stay


def test_an_older_file_without_given_names_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "tables.json"
    key = data_cache._key()
    data_cache._write(path, key, SMALL)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["given_names"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert data_cache._read(path, key) is None
