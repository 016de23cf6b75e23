"""The tables extraction keeps between processes: read back equal, rebuilt when stale or broken."""

from __future__ import annotations

import json

import pytest

from briefdesk import paths
from briefdesk.extract import data_cache
from briefdesk.extract.data_cache import Tables

SMALL = Tables(
    cities={"Kourou": ("GF", 25_000), "Tulsa": ("US", 400_000)},
    subdivisions=[("Apurímac", "PE"), ("Sulawesi Tengah", "ID")],
    common_words=frozenset({"financing", "launch"}),
)


def _through_json(tables: Tables) -> Tables:
    return data_cache._decode(json.loads(json.dumps(data_cache._encode(tables))))


def test_tables_round_trip_through_the_file_format() -> None:
    assert _through_json(SMALL) == SMALL


def test_the_real_tables_read_back_equal() -> None:
    built = data_cache.tables()  # built (or read) once per process
    assert _through_json(built) == built
    assert built.cities["Tulsa"][0] == "US"
    assert "launch" in built.common_words


def test_the_file_is_written_once_then_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # BRIEFDESK_HOME is a temporary folder in every test (tests/conftest.py).
    path = paths.cache_dir() / data_cache.FILE_NAME
    path.unlink(missing_ok=True)
    builds: list[int] = []

    def small() -> Tables:
        builds.append(1)
        return SMALL

    monkeypatch.setattr(data_cache, "build", small)
    data_cache.tables.cache_clear()
    try:
        assert data_cache.tables() == SMALL
        data_cache.tables.cache_clear()
        assert data_cache.tables() == SMALL
    finally:
        data_cache.tables.cache_clear()
    assert builds == [1]  # the second process-equivalent read the file
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["key"] == data_cache._key()
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".extract-tables-")]


def test_a_stale_or_broken_file_is_rebuilt(monkeypatch: pytest.MonkeyPatch) -> None:
    path = paths.cache_dir() / data_cache.FILE_NAME
    monkeypatch.setattr(data_cache, "build", lambda: SMALL)
    good = {"key": data_cache._key(), "data": data_cache._encode(SMALL)}
    stale = {**good, "key": {**data_cache._key(), "format": -1}}
    uneven = json.loads(json.dumps(good))
    uneven["data"]["cities"]["codes"].pop()  # columns of different lengths
    no_names = json.loads(json.dumps(good))
    del no_names["data"]["given_names"]  # an older file without given names
    for broken in (json.dumps(stale), json.dumps(uneven), json.dumps(no_names), '{"key": '):
        path.write_text(broken, encoding="utf-8")
        data_cache.tables.cache_clear()
        try:
            assert data_cache.tables() == SMALL
        finally:
            data_cache.tables.cache_clear()
        assert json.loads(path.read_text(encoding="utf-8")) == good  # rewritten whole


def test_the_decoder_refuses_what_is_not_its_tables() -> None:
    data = data_cache._encode(SMALL)
    data["subdivisions"]["codes"].pop()
    with pytest.raises(ValueError):
        data_cache._decode(data)
    with pytest.raises(KeyError):
        data_cache._decode({"cities": {}})


def test_the_file_lives_in_the_user_cache_folder() -> None:
    # (the file handling is table_cache's since round 24: the tables' name in its folder)
    from briefdesk.table_cache import cache_file

    assert cache_file(data_cache.FILE_NAME) == paths.cache_dir() / data_cache.FILE_NAME


def test_given_names_come_from_the_cache_as_the_package_has_them() -> None:
    # Round 23: gender-guesser's dictionary is parsed once, not in every process.
    from briefdesk.extract.firstnames import first_names

    cached = data_cache.tables().given_names
    assert cached == data_cache._given_names()
    assert {"maria", "mohammed", "will"} <= cached
    assert "maria" in first_names() and "will" not in first_names()  # the filters stay
