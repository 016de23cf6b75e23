"""newcomer13 N13-26: on the team library a second desk's hit named the first desk's local path
and nothing else. The hit now says which login indexed the file and, when the file cannot be
opened from here, says so in one line. Two logins on a real throw-away PostgreSQL cluster."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefdesk.library.markings import NO_CEILING
from briefdesk.library.postgres import PostgresLibrary
from briefdesk.library.whose import unreachable_line, with_desks
from briefdesk.model import Brief
from tests.library.factory import make_brief, write_brief

LOGINS = ("n13_desk_a", "n13_desk_b")


def _logins(pg_dsn: str) -> tuple[str, str]:
    """Two desk logins sharing the tables through the role that owns them."""
    import psycopg

    owner = PostgresLibrary(pg_dsn, ceiling=NO_CEILING)  # tables made by the owner
    owner.close()
    with psycopg.connect(pg_dsn, autocommit=True) as admin:
        for role in LOGINS:
            if admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
                admin.execute(f"DROP OWNED BY {role}")
            else:
                admin.execute(f"CREATE ROLE {role} LOGIN")
            admin.execute(f"GRANT briefdesk TO {role}")
    first, second = (pg_dsn.replace("user=briefdesk", f"user={r}") for r in LOGINS)
    assert first != pg_dsn
    return first, second


def test_a_hit_names_the_desk_that_indexed_it_and_an_unreachable_file(
    pg_dsn: str, tmp_path: Path
) -> None:
    first, second = _logins(pg_dsn)
    folder = tmp_path / "desk_a_home"
    path = str(write_brief(folder, make_brief(1)))
    desk_a = PostgresLibrary(first, ceiling=NO_CEILING)
    desk_b = PostgresLibrary(second, ceiling=NO_CEILING)
    try:
        assert desk_a.index([folder]).added == 1
        [hit] = with_desks(desk_b, desk_b.search("buy"))
        assert (hit.path, hit.desk, hit.reachable) == (path, LOGINS[0], True)
        assert unreachable_line(hit) == ""
        shutil.rmtree(folder)  # as on desk B's own computer: desk A's folder is not there
        [hit] = with_desks(desk_b, desk_b.search("buy"))
        assert not hit.reachable
        line = unreachable_line(hit)
        assert line.startswith(f"not openable here: {path} is in {LOGINS[0]}'s folder")
        assert "ask n13_desk_a for the file" in line and "one share path" in line
    finally:
        desk_a.close()
        desk_b.close()


def test_the_desk_that_reindexes_a_shared_path_is_named(pg_dsn: str, tmp_path: Path) -> None:
    first, second = _logins(pg_dsn)
    share = tmp_path / "share"
    write_brief(share, make_brief(1))
    desk_a = PostgresLibrary(first, ceiling=NO_CEILING)
    desk_b = PostgresLibrary(second, ceiling=NO_CEILING)
    try:
        desk_a.index([share])
        write_brief(share, _edited())  # desk B saves an edit into the shared folder
        desk_b.index([share])
        [hit] = with_desks(desk_a, desk_a.search("buy"))
        assert hit.desk == LOGINS[1]
    finally:
        desk_a.close()
        desk_b.close()


def _edited() -> Brief:
    brief = make_brief(1)
    brief.header.title = brief.header.title + " (revised)"
    return brief


def test_this_desks_own_files_name_no_desk(pg_dsn: str, tmp_path: Path) -> None:
    first, _second = _logins(pg_dsn)
    write_brief(tmp_path / "mine", make_brief(1))
    desk_a = PostgresLibrary(first, ceiling=NO_CEILING)
    try:
        desk_a.index([tmp_path / "mine"])
        [hit] = with_desks(desk_a, desk_a.search("buy"))
        assert (hit.desk, hit.reachable) == ("", True)
    finally:
        desk_a.close()
