"""The team database's marking ceiling: a safe default, and a lowered ceiling takes out what
was sent before (newcomer7 F1, F5). Run on a real PostgreSQL cluster."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.library.markings import DEFAULT_TEAM_CEILING, NO_CEILING, ceiling_rank
from briefdesk.library.open import CEILING_ENV, DSN_ENV, open_library
from briefdesk.model import Marking
from briefdesk.model.codes import MarkingScheme
from tests.library.conftest import open_backend
from tests.library.factory import make_brief, write_brief

SECRET = Marking(scheme=MarkingScheme.UK, level="SECRET")
CUSTOM = Marking(scheme=MarkingScheme.CUSTOM, level="EYES ONLY DESK 4")
AMBER = Marking(scheme=MarkingScheme.TLP, level="AMBER")


def _shelf(folder: Path) -> None:
    write_brief(folder, make_brief(1, marking=AMBER))
    write_brief(folder, make_brief(2, marking=SECRET))
    write_brief(folder, make_brief(3, marking=CUSTOM))


def _ids(library: object) -> set[str]:
    return {h.brief_id for h in library.search("buy")}  # type: ignore[attr-defined]


def test_a_team_database_with_no_ceiling_chosen_gets_amber_at_most(
    pg_dsn: str, tmp_path: Path
) -> None:
    _shelf(tmp_path)
    library = open_backend(f"postgresql:{pg_dsn}")  # Settings left blank
    try:
        assert library.ceiling == DEFAULT_TEAM_CEILING == "TLP:AMBER"
        report = library.index([tmp_path])
        assert (report.added, report.withheld) == (1, 2)
        assert _ids(library) == {"brief-000001"}
    finally:
        library.close()


def test_no_ceiling_is_an_explicit_choice(pg_dsn: str, tmp_path: Path) -> None:
    _shelf(tmp_path)
    assert ceiling_rank(NO_CEILING) is None and ceiling_rank("any") is None
    library = open_backend(f"postgresql:{pg_dsn}", ceiling=NO_CEILING)
    try:
        assert library.index([tmp_path]).added == 3
    finally:
        library.close()


def test_a_lowered_ceiling_takes_out_unchanged_briefs_at_the_next_run(
    pg_dsn: str, tmp_path: Path
) -> None:
    _shelf(tmp_path)
    wide = open_backend(f"postgresql:{pg_dsn}", ceiling=NO_CEILING)
    try:
        assert wide.index([tmp_path]).added == 3
    finally:
        wide.close()
    narrow = open_backend(f"postgresql:{pg_dsn}", ceiling="TLP:GREEN")
    try:
        report = narrow.index([tmp_path])  # no file changed since
        assert (report.withdrawn, report.withheld, report.added) == (3, 0, 0)
        assert "3 taken out (now above the marking ceiling: " in report.summary()
        assert str(tmp_path) in report.summary()  # each removal named
        assert _ids(narrow) == set() and narrow.count() == 0
        again = narrow.index([tmp_path])
        assert (again.withdrawn, again.withheld) == (0, 3)  # stays out, said each run
    finally:
        narrow.close()
    amber = open_backend(f"postgresql:{pg_dsn}", ceiling="TLP:AMBER")
    try:
        assert amber.index([tmp_path]).added == 1  # raised again: the AMBER brief goes back
    finally:
        amber.close()


def test_the_environment_chooses_the_ceiling_as_it_chooses_the_database(
    pg_dsn: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DSN_ENV, pg_dsn)
    monkeypatch.setenv(CEILING_ENV, "OFFICIAL")
    library = open_library("", "TLP:RED")
    try:
        assert library.ceiling == "OFFICIAL"
    finally:
        library.close()
    monkeypatch.delenv(CEILING_ENV)
    library = open_library("", "")
    try:
        assert library.ceiling == "TLP:AMBER"
    finally:
        library.close()


def test_nothing_of_a_brief_above_the_ceiling_is_sent_as_search_terms(
    pg_dsn: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Related briefs, earlier judgments and outlet grades are looked up by the brief's names;
    for a SECRET brief under a TLP:GREEN ceiling no query may carry them (newcomer7 F22)."""
    from briefdesk.library import jobs
    from briefdesk.library.history import judgment_history, related_to_brief

    write_brief(tmp_path, make_brief(1, marking=Marking(scheme=MarkingScheme.TLP, level="GREEN")))
    secret = make_brief(2, marking=SECRET)
    secret.sources[0].outlet = "Desk Wire"
    library = open_backend(f"postgresql:{pg_dsn}", ceiling="TLP:GREEN")
    sent: list[object] = []
    real_rows = library._rows

    def spying(sql: str, params: object = ()) -> object:
        sent.append(params)
        return real_rows(sql, params)  # type: ignore[arg-type]

    try:
        library.index([tmp_path])
        monkeypatch.setattr(library, "_rows", spying)
        assert related_to_brief(library, secret) == []
        assert judgment_history(library, secret) == {}
        assert sent == []  # not one query
        monkeypatch.undo()
        # The same brief re-marked GREEN is looked up as before (the gate is the marking).
        secret.marking = Marking(scheme=MarkingScheme.TLP, level="GREEN")
        assert related_to_brief(library, secret)  # shares the factory's actors
    finally:
        library.close()
    secret.marking = SECRET
    where = jobs.Where(dsn=pg_dsn, ceiling="TLP:GREEN")
    context = jobs.context_job(where, secret, (), None)
    assert "above its ceiling (TLP:GREEN)" in context.not_asked
    assert context.related == [] and context.grades == {} and context.history == {}
    assert jobs.outlet_grade_job(where, "Desk Wire", SECRET, None) is None
    local = jobs.context_job(jobs.Where(), secret, (), None)  # this computer only: asked
    assert local.not_asked == ""


def test_a_database_user_without_create_rights_gets_one_line(pg_dsn: str) -> None:
    """A least-privilege account made by a DBA (newcomer7 F23): one line saying what rights
    are needed, not "an unexpected internal problem"."""
    import psycopg

    from briefdesk.library.api import LibraryError
    from briefdesk.library.postgres import PostgresLibrary

    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS clerk_f23")
        conn.execute("CREATE ROLE clerk_f23 LOGIN")
        conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    clerk = pg_dsn.replace("user=briefdesk", "user=clerk_f23")
    assert clerk != pg_dsn
    with pytest.raises(LibraryError) as refused:
        PostgresLibrary(clerk)
    message = str(refused.value)
    assert message.startswith("the team library refused: permission denied")
    assert "must be able to create" in message and "\n" not in message
