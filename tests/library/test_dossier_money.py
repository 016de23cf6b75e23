"""A dossier prints every deal's value in one money format, the brief's own: currency code and
amount, the source's words after them only when they say more (newcomer25 N25-19: "12.5
billion peso" as typed beside "USD 600 million"); a library indexed before is read again."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

from briefdesk.library.render import dossier_text
from briefdesk.library.sqlbase import SqlBase
from briefdesk.library.sqlite import SqliteLibrary
from briefdesk.model import Money
from tests.library.factory import make_brief, write_brief


def _priced(number: int, money: Money):  # type: ignore[no-untyped-def]
    brief = make_brief(number)
    brief.deals[0].value = money
    return brief


WORDS = Money(amount=Decimal("12500000000"), currency="PHP", as_stated="12.5 billion pesos")
PLAIN = Money(amount=Decimal("600000000"), currency="USD")


def test_typed_words_and_a_bare_figure_print_alike(lib: SqlBase, tmp_path: Path) -> None:
    worded = _priced(1, WORDS)
    write_brief(tmp_path, worded)
    lib.index([tmp_path])
    text = dossier_text(lib.dossier(worded.actors[1].name))  # type: ignore[arg-type]
    assert "PHP 12.5 billion" in text
    assert "· 12.5 billion pesos" not in text


def test_a_figure_without_words_has_its_code(lib: SqlBase, tmp_path: Path) -> None:
    plain = _priced(2, PLAIN)
    write_brief(tmp_path, plain)
    lib.index([tmp_path])
    text = dossier_text(lib.dossier(plain.actors[1].name))  # type: ignore[arg-type]
    assert "USD 600 million" in text
    assert "600000000 USD" not in text


def test_a_library_indexed_before_gets_the_format_at_its_next_index(tmp_path: Path) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    worded = _priced(3, WORDS)
    write_brief(folder, worded)
    path = tmp_path / "old.sqlite3"
    lib = SqliteLibrary(path)
    lib.index([folder])
    lib.close()
    db = sqlite3.connect(path)  # as version 4 stored it: the typed words
    db.execute("UPDATE deals SET value = '12.5 billion pesos'")
    db.execute("DELETE FROM schema_version WHERE version >= 5")
    db.commit()
    db.close()
    lib = SqliteLibrary(path)
    try:
        report = lib.index([folder])
        assert report.updated == 1  # read again, though the file did not change
        text = dossier_text(lib.dossier(worded.actors[1].name))  # type: ignore[arg-type]
        assert "PHP 12.5 billion" in text
    finally:
        lib.close()
