"""A brief whose title holds every word searched for comes first, and its hit is the title
(newcomer15 N15-22: the brief retitled "Kestrel offtake (edited by desk1)" came third, shown by
its source's text, behind briefs that held the words only in a long source)."""

from __future__ import annotations

from pathlib import Path

from briefdesk.library.api import SearchFilters
from briefdesk.library.sqlbase import SqlBase
from briefdesk.model import Brief, content_hash
from tests.library.factory import make_brief, write_brief

FILLER = "the company said the agreement would strengthen cooperation across the industry "


def _brief(number: int, title: str, text: str) -> Brief:
    brief = make_brief(500 + number, words=5)
    brief.header.title = title
    source = brief.sources[0]
    source.title, source.text, source.content_hash = "Announcement", text, content_hash(text)
    return brief


def _desk(lib: SqlBase, folder: Path) -> None:
    # Short sources that repeat both words: they outscore the title on either engine's own
    # ranking (BM25 in SQLite, ts_rank in PostgreSQL).
    repeated = "Kestrel offtake update: Kestrel offtake signed, Kestrel offtake priced."
    for n in range(4):
        write_brief(folder, _brief(n, f"Brief {n} on the exchange filing", repeated))
    mine = FILLER * 30 + "Kestrel signed an offtake."
    write_brief(folder, _brief(9, "Kestrel offtake (edited by desk1)", mine))
    assert lib.index([folder]).added == 5


def test_a_title_holding_every_word_comes_first_shown_by_its_title(
    lib: SqlBase, tmp_path: Path
) -> None:
    _desk(lib, tmp_path)
    hits = lib.search("Kestrel offtake")
    assert len(hits) == 5
    assert hits[0].title == "Kestrel offtake (edited by desk1)"
    assert hits[0].field == "header.title"
    assert hits[0].snippet_text().startswith("[Kestrel offtake]")


def test_a_title_holding_one_word_only_is_ranked_as_before(lib: SqlBase, tmp_path: Path) -> None:
    _desk(lib, tmp_path)
    write_brief(tmp_path, _brief(10, "Kestrel board changes", FILLER * 3))
    lib.index([tmp_path])
    titles = [h.title for h in lib.search("Kestrel offtake")]
    assert titles[0] == "Kestrel offtake (edited by desk1)"
    assert "Kestrel board changes" not in titles  # it lacks "offtake" anywhere


def test_title_first_under_a_filter_too(lib: SqlBase, tmp_path: Path) -> None:
    _desk(lib, tmp_path)
    hits = lib.search("Kestrel offtake", SearchFilters(kind="information"))
    assert hits and hits[0].title == "Kestrel offtake (edited by desk1)"


def test_an_excluded_word_leaves_a_titled_brief_out(lib: SqlBase, tmp_path: Path) -> None:
    _desk(lib, tmp_path)
    titles = [h.title for h in lib.search("Kestrel offtake -desk1")]
    assert len(titles) == 4 and "Kestrel offtake (edited by desk1)" not in titles


def test_a_title_with_the_words_apart_or_inside_other_words_is_not_a_title_match(
    lib: SqlBase, tmp_path: Path
) -> None:
    _desk(lib, tmp_path)
    write_brief(tmp_path, _brief(11, "Kestrels and offtakes", "Kestrel offtake later."))
    lib.index([tmp_path])
    hits = lib.search('"Kestrel offtake"')
    assert hits[0].title == "Kestrel offtake (edited by desk1)"
    assert [h.field for h in hits if h.title == "Kestrels and offtakes"] == ["sources[0].text"]
