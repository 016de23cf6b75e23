"""newcomer12 N12-20: a second desk's own database login was refused the tables the first desk's
login had made, and docs/library.md said nothing of how a team shares them. The SQL lines that
docs/library.md gives are run here as written, on a throw-away PostgreSQL cluster."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefdesk.library.api import LibraryError
from briefdesk.library.markings import NO_CEILING
from briefdesk.library.postgres import PostgresLibrary
from tests.library.factory import make_brief, write_brief

DOC = Path(__file__).resolve().parents[2] / "docs" / "library.md"


def _doc_blocks() -> list[list[str]]:
    """The SQL statements of the 'A team of desks' section, block by block."""
    section = DOC.read_text("utf-8").split("### A team of desks", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sql\n(.*?)```", section, re.S)
    return [[s.strip() for s in block.split(";") if s.strip()] for block in blocks]


def test_two_desk_logins_share_the_library_with_the_documented_team_role(
    pg_dsn: str, tmp_path: Path
) -> None:
    import psycopg

    once, after_first_index = _doc_blocks()
    with psycopg.connect(pg_dsn, autocommit=True) as admin:
        for role in ("briefdesk_team", "desk1", "desk2"):  # left by an earlier run
            if _exists(admin, role):
                admin.execute(f"DROP OWNED BY {role}")
                admin.execute(f"DROP ROLE {role}")
        admin.execute("CREATE ROLE desk1 LOGIN")
        admin.execute("CREATE ROLE desk2 LOGIN")
        admin.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    desk1 = pg_dsn.replace("user=briefdesk", "user=desk1")
    desk2 = pg_dsn.replace("user=briefdesk", "user=desk2")
    assert desk1 != pg_dsn

    with psycopg.connect(pg_dsn, autocommit=True) as admin:
        for statement in once:
            admin.execute(statement)
    write_brief(tmp_path / "one", make_brief(1))
    first = PostgresLibrary(desk1, ceiling=NO_CEILING)
    try:
        assert first.index([tmp_path / "one"]).added == 1
    finally:
        first.close()

    # Before the tables are handed over, the second login is refused, named in the message.
    with pytest.raises(LibraryError) as refused:
        PostgresLibrary(desk2, ceiling=NO_CEILING).index([tmp_path / "one"])
    assert "its database user, desk2, must be able to create" in str(refused.value)
    assert "'A team of desks' in docs/library.md" in str(refused.value)

    with psycopg.connect(pg_dsn, autocommit=True) as admin:
        for statement in after_first_index:
            admin.execute(statement)
    write_brief(tmp_path / "two", make_brief(2))
    second = PostgresLibrary(desk2, ceiling=NO_CEILING)
    try:
        assert second.index([tmp_path / "two"]).added == 1
        assert {h.brief_id for h in second.search("buy")} >= {"brief-000001", "brief-000002"}
    finally:
        second.close()


def _exists(admin: object, role: str) -> bool:
    row = admin.execute(  # type: ignore[attr-defined]
        "SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)
    ).fetchone()
    return row is not None
