"""F13: ``A OR B``, ``-word`` and folded letters in library search, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.library.search_text import (
    fold,
    fts5_excluded,
    fts5_query,
    parse,
    tsquery_excluded_sql,
    tsquery_sql,
    unsupported,
)
from briefdesk.library.sqlbase import SqlBase
from briefdesk.model import content_hash
from tests.library.conftest import open_backend
from tests.library.factory import make_brief, write_brief

TEXTS = {
    "Chile K9": "Chile ordered K9 howitzers from Hanwha after trials at Pozo Almonte.",
    "Chile FA-50": "Chile weighed the FA-50 trainer against offers from Korea and Italy.",
    "Norway K9": "Norway took delivery of K9 guns built in Changwon, Korea.",
    "Norway agency": "Agency director Gro Jære said the guns reached Rena from Łódź.",
}


@pytest.fixture
def shelf(lib: SqlBase, tmp_path: Path) -> SqlBase:
    for i, (title, text) in enumerate(TEXTS.items()):
        brief = make_brief(300 + i, words=5)
        brief.header.title = title
        brief.sources[0].text = text
        brief.sources[0].content_hash = content_hash(text)
        write_brief(tmp_path / "shelf", brief)
    assert lib.index([tmp_path / "shelf"]).added == len(TEXTS)
    return lib


def titles(lib: SqlBase, text: str) -> set[str]:
    return {hit.title for hit in lib.search(text)}


def test_or_finds_either_word(shelf: SqlBase) -> None:
    assert titles(shelf, "howitzers OR trainer") == {"Chile K9", "Chile FA-50"}
    assert titles(shelf, "Chile howitzers OR trainer") == {"Chile K9", "Chile FA-50"}
    assert titles(shelf, "Norway howitzers OR guns") == {"Norway K9"}


def test_minus_word_excludes(shelf: SqlBase) -> None:
    assert titles(shelf, "Chile -Korea") == {"Chile K9"}
    assert titles(shelf, "Korea -Italy -Norway") == set()
    assert titles(shelf, "-Korea") == set()
    assert titles(shelf, "Changwon OR Hanwha -Norway") == {"Chile K9"}


def test_letters_are_folded_on_both_sides(shelf: SqlBase) -> None:
    assert titles(shelf, "Jaere") == {"Norway agency"}
    assert titles(shelf, "Jære") == {"Norway agency"}
    assert titles(shelf, "jaere lodz") == {"Norway agency"}
    assert titles(shelf, "Lódz") == {"Norway agency"}
    assert titles(shelf, "guns -Jaere") == {"Norway K9"}
    [hit] = shelf.search("Jære")
    assert "Gro [Jære]" in hit.snippet_text()  # the original shown, the word marked


def test_parse_and_engine_queries() -> None:
    query = parse("K9 OR FA-50 Norway -Korea")
    assert query.groups == [["K9", "FA-50"], ["Norway"]] and query.excluded == ["Korea"]
    assert fts5_query("K9 OR FA-50 Chile -Korea") == '("K9" OR "FA-50") AND ("Chile")'
    assert fts5_excluded("K9 -Korea -Italy") == '"Korea" OR "Italy"'
    assert fts5_query("OR") == "" and fts5_query("-Korea") == ""
    sql, terms = tsquery_sql("K9 OR FA-50 -Korea")
    assert terms == ["K9", "FA-50"] and sql.count("?") == 2 and "||" in sql
    assert tsquery_excluded_sql("K9 -Korea")[1] == ["Korea"]
    assert parse("fighter OR").groups == [["fighter"]]
    assert unsupported("-Korea") and not unsupported("Chile -Korea OR x")
    assert "OR in capitals" in unsupported("rafale or leopard")
    assert not unsupported("rafale OR leopard or") and not unsupported("Oran corridor")
    assert parse("Jære OR Łódź").groups == [["Jære", "Jaere", "Łódź", "Lodz"]]
    assert fold("Gro Jære, Straße") == "Gro Jaere, Strasse" and fold("plain") == "plain"


def test_texts_indexed_before_folding_are_folded_when_the_library_opens(
    shelf: SqlBase, backend: str
) -> None:
    if not backend.startswith("postgresql"):
        return  # (SQLite folds old rows in its version-3 migration, test_index covers it)
    for sql in (  # back to the version-2 schema, as an older BriefDesk left the library
        "ALTER TABLE texts DROP COLUMN tsv",
        "ALTER TABLE texts DROP COLUMN folded",
        "ALTER TABLE texts ADD COLUMN tsv tsvector GENERATED ALWAYS AS"
        " (to_tsvector('simple', body)) STORED",
        "DROP TABLE statement_keys",  # (version 4)
        "ALTER TABLE files DROP COLUMN desk",  # (version 5)
        "DELETE FROM schema_version WHERE version >= 3",
    ):
        shelf._run(sql)
    assert titles(shelf, "Jaere") == set()
    reopened = open_backend(backend)
    try:
        assert titles(reopened, "Jaere") == {"Norway agency"}
    finally:
        reopened.close()


PHRASES = {
    "Lockheed prime": "Lockheed Martin will be the prime contractor for the F-35 package.",
    "Scattered": "The prime minister named a contractor for the bridge.",
    "Folded phrase": "Guns reached Rena from the Łódź depot on Monday.",
}


@pytest.fixture
def phrase_shelf(lib: SqlBase, tmp_path: Path) -> SqlBase:
    for i, (title, text) in enumerate(PHRASES.items()):
        brief = make_brief(400 + i, words=5)
        brief.header.title = title
        brief.sources[0].text = text
        brief.sources[0].content_hash = content_hash(text)
        write_brief(tmp_path / "phrases", brief)
    assert lib.index([tmp_path / "phrases"]).added == len(PHRASES)
    return lib


def test_quoted_phrase_finds_the_words_side_by_side_in_order(phrase_shelf: SqlBase) -> None:
    assert titles(phrase_shelf, "prime contractor") == {"Lockheed prime", "Scattered"}
    assert titles(phrase_shelf, '"prime contractor"') == {"Lockheed prime"}
    assert titles(phrase_shelf, '"contractor prime"') == set()
    assert titles(phrase_shelf, 'prime -"prime contractor"') == {"Scattered"}
    assert titles(phrase_shelf, '"prime contractor" OR bridge') == {"Lockheed prime", "Scattered"}
    assert titles(phrase_shelf, '"Lodz depot"') == {"Folded phrase"}
    assert titles(phrase_shelf, '"prime contractor') == {"Lockheed prime"}  # quote left open


def test_parse_quoted_phrases() -> None:
    query = parse('"prime contractor" OR K9 Norway -"F-35 package"')
    assert query.groups == [["prime contractor", "K9"], ["Norway"]]
    assert query.excluded == ["F-35 package"]
    assert fts5_query('"prime  contractor"') == '("prime contractor")'
    sql, terms = tsquery_sql('"prime contractor" OR K9')
    assert "phraseto_tsquery" in sql and "plainto_tsquery" in sql and terms[0] == "prime contractor"
    assert parse('""').groups == [] and parse('"Łódź depot"').groups == [
        ["Łódź depot", "Lodz depot"]
    ]


def test_snippets_mark_phrases_and_folded_hits_alike_on_both_back_ends(
    phrase_shelf: SqlBase,
) -> None:
    [hit] = phrase_shelf.search('"prime contractor"')
    assert "[prime contractor]" in hit.snippet_text()  # one mark, not "[prime] [contractor]"
    [hit] = phrase_shelf.search("Lodz")
    assert "[Łódź]" in hit.snippet_text()  # found through the folded copy, shown as written


def test_folded_snippet_and_framing() -> None:
    from briefdesk.library.api import HL_END, HL_START
    from briefdesk.library.search_text import folded_snippet, framed

    body = "Exports through Klaipėda port stopped. " + "More words follow here. " * 10
    snippet = folded_snippet(body, "klaipeda")
    assert f"{HL_START}Klaipėda{HL_END}" in snippet and snippet.endswith("…")
    assert not snippet.startswith("…")
    assert folded_snippet(body, "Vilnius") == ""
    assert framed(f"a {HL_START}b{HL_END} c", "x a b c y") == f"…a {HL_START}b{HL_END} c…"
    assert framed(f"a {HL_START}b{HL_END} c", "a b c.") == f"a {HL_START}b{HL_END} c"
