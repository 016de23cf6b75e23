"""Extraction results kept on disk (round 26): the same result back, keyed by everything the
extraction depends on, private files, a bounded folder, and nothing built but briefdesk's own
dataclasses and enums."""

from __future__ import annotations

import datetime as dt
import json
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk import extraction_cache
from briefdesk.extract import extract_source
from briefdesk.extract.known import KnownActor
from briefdesk.extract.never import NeverSuggest
from briefdesk.model import Source

ARTICLE = (
    "OSLEN, 2 December 2026 - Norvia's Ministry of Defence said on Tuesday it had signed a "
    "410 million euro contract with Kestrel Marine Systems of Denmark for six coastal patrol "
    "vessels. Defence Minister Arlo Pesk said deliveries would start in 2028."
)


def _entries() -> list[Path]:
    from briefdesk.paths import cache_dir

    return sorted((cache_dir() / extraction_cache.FOLDER).glob("*.json"))


def test_stored_extraction_comes_back_equal() -> None:
    source = Source(text=ARTICLE)
    found = extract_source(source)
    assert extraction_cache.load(source) is None
    extraction_cache.store(source, found)
    back = extraction_cache.load(source)
    assert back == found
    assert back.to_json() == found.to_json()
    assert back is not found


def test_key_follows_the_source_and_the_lists() -> None:
    source = Source(text=ARTICLE)
    base = extraction_cache.key(source)
    assert extraction_cache.key(Source.model_validate(source.model_dump())) == base
    assert extraction_cache.key(source.model_copy(update={"text": ARTICLE + " More."})) != base
    assert extraction_cache.key(source.model_copy(update={"title": "Boats"})) != base
    assert extraction_cache.key(source, never=(NeverSuggest("Arlo Pesk"),)) != base
    assert extraction_cache.key(source, known=(KnownActor("Arlo Pesk"),)) != base


def test_a_stored_result_is_not_used_for_other_lists() -> None:
    source = Source(text=ARTICLE)
    extraction_cache.store(source, extract_source(source))
    assert extraction_cache.load(source, never=(NeverSuggest("Arlo Pesk"),)) is None
    assert extraction_cache.load(source.model_copy(update={"text": ARTICLE + " X."})) is None


def test_changed_code_gives_new_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    source = Source(text=ARTICLE)
    before = extraction_cache.key(source)
    monkeypatch.setattr(extraction_cache, "code_fingerprint", lambda: "0123456789abcdef")
    assert extraction_cache.key(source) != before


def test_files_are_private_and_unreadable_ones_are_misses() -> None:
    source = Source(text=ARTICLE)
    extraction_cache.store(source, extract_source(source))
    (entry,) = _entries()
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(entry.parent.stat().st_mode) == 0o700
    entry.write_text("{not json", encoding="utf-8")
    assert extraction_cache.load(source) is None
    entry.write_text(json.dumps({"C": "os:system", "f": {}}), encoding="utf-8")
    assert extraction_cache.load(source) is None


def test_only_briefdesk_dataclasses_and_enums_are_built() -> None:
    for data in (
        {"C": "subprocess:Popen", "f": {}},
        {"C": "briefdesk.paths:cache_dir", "f": {}},
        {"C": "briefdesk.model.brief:Brief", "f": {}},  # a pydantic model, no dataclass
        {"E": "briefdesk.extract.results:Extraction", "v": 1},
    ):
        with pytest.raises((TypeError, AttributeError)):
            extraction_cache.decode(data)


def test_values_keep_their_types() -> None:
    value = [(1, "a"), {"k": Decimal("1.50")}, dt.date(2026, 12, 3), None, True, 2.5]
    assert extraction_cache.decode(json.loads(json.dumps(extraction_cache.encode(value)))) == value
    with pytest.raises(TypeError):
        extraction_cache.encode(object())


def test_the_folder_keeps_the_newest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extraction_cache, "KEEP", 3)
    found = extract_source(Source(text=ARTICLE))
    sources = [Source(text=f"{ARTICLE} {index}.") for index in range(5)]
    for source in sources:
        extraction_cache.store(source, found)
    assert len(_entries()) == 3
    assert extraction_cache.load(sources[-1]) is not None
