"""Briefs making the same key judgment are related, even with nothing else in common (N10-17)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefdesk.library.digest import statement_key
from briefdesk.library.history import related_to_brief
from briefdesk.library.same_judgments import cut_at_word
from briefdesk.library.sqlbase import SqlBase
from briefdesk.model import Actor, Brief, Header, KeyJudgment, Significance
from briefdesk.model.codes import ActorType
from tests.library.conftest import open_backend
from tests.library.factory import write_brief

SAID = "Lima is likely to delay the frigate order until 2027."


def _brief(number: int, state: str, code: str, statement: str) -> Brief:
    return Brief(
        id=f"brief-judged-{number}",
        header=Header(title=f"{state} note {number}", date=dt.date(2026, 3, number)),
        actors=[Actor(id="act-1", type=ActorType.STATE, name=state, country=code)],
        significance=Significance(judgments=[KeyJudgment(id="kj-1", statement=statement)]),
    )


def _desk(lib: SqlBase, folder: Path) -> Brief:
    """Three briefs on three states: one says ``SAID`` in other spelling, one something else."""
    mine = _brief(1, "Peru", "PE", SAID)
    write_brief(
        folder,
        _brief(2, "Ghana", "GH", "  LIMA is likely to delay the frigate order — until 2027 "),
    )
    write_brief(folder, _brief(3, "Chile", "CL", "Santiago is unlikely to buy the frigates."))
    assert lib.index([folder]).added == 2
    return mine


def test_the_same_judgment_relates_briefs_that_share_nothing_else(
    lib: SqlBase, tmp_path: Path
) -> None:
    related = related_to_brief(lib, _desk(lib, tmp_path))
    assert [r.brief.title for r in related] == ["Ghana note 2"]
    assert related[0].score == 4
    # In the other brief's own words, never ours passed off as theirs (N12-21).
    assert related[0].shared == (
        "judgment: LIMA is likely to delay the frigate order — until 2027",
    )


def test_a_long_statement_is_cut_in_the_shared_line(lib: SqlBase, tmp_path: Path) -> None:
    long = "Officials " + "in the capital " * 20 + "will approve the loan."
    write_brief(tmp_path, _brief(4, "Ghana", "GH", long))
    lib.index([tmp_path])
    related = related_to_brief(lib, _brief(5, "Peru", "PE", long))
    (line,) = related[0].shared
    assert line.startswith("judgment: Officials in the capital") and line.endswith("…")
    assert len(line) < 90


def test_the_shared_line_is_cut_at_a_word_end(lib: SqlBase, tmp_path: Path) -> None:
    said = "Turkey will sell armed drones to at least one more Central Asian state by 2028."
    write_brief(tmp_path, _brief(6, "Ghana", "GH", said))
    lib.index([tmp_path])
    (line,) = related_to_brief(lib, _brief(7, "Peru", "PE", said))[0].shared
    assert line == "judgment: Turkey will sell armed drones to at least one more Central Asian…"
    assert cut_at_word("Turkey will likely sell armed drones to at least one", 50) == (
        "Turkey will likely sell armed drones to at least…"
    )
    assert cut_at_word("short words", 50) == "short words"


def test_wording_not_subject_decides() -> None:
    assert statement_key("Lima will  delay, the ORDER.") == statement_key(
        "lima will delay the order"
    )
    assert statement_key("Lima will delay the order") != statement_key("Lima will sign the order")
    assert statement_key(" ...") == ""


def test_judgments_indexed_before_version_4_are_keyed_when_the_library_opens(
    lib: SqlBase, backend: str, tmp_path: Path
) -> None:
    mine = _desk(lib, tmp_path)
    with lib._tx():  # back to the version-3 schema, as an older BriefDesk left the library
        lib._run("DROP TABLE statement_keys")
        if lib.name == "postgresql":  # (its version 5: who indexed each file)
            lib._run("ALTER TABLE files DROP COLUMN desk")
        lib._run("DELETE FROM schema_version WHERE version >= 4")
    latest = 6 if lib.name == "postgresql" else 5
    lib.close()
    reopened = open_backend(backend)
    try:
        assert reopened._rows("SELECT max(version) FROM schema_version")[0][0] == latest
        assert [r.brief.title for r in related_to_brief(reopened, mine)] == ["Ghana note 2"]
    finally:
        reopened.close()


def test_the_window_never_calls_a_shared_judgment_a_suggestion() -> None:
    from briefdesk.gui.library_html import _marked

    own = frozenset({"peru"})
    assert _marked([f"judgment: {SAID}", "actor: Chile"], own) == (
        f"judgment: {SAID}, actor: Chile (suggested)"
    )


def test_the_same_judgment_made_earlier_is_found_by_its_wording_alone(
    lib: SqlBase, tmp_path: Path
) -> None:
    """N11-17: the follow-up holds no actor or item the statement names, yet its judgment is
    the earlier brief's, told with other estimative words: it is the earlier judgment."""
    from briefdesk.library.history import judgment_history
    from briefdesk.model.codes import Likelihood

    earlier = _brief(
        2, "Indonesia", "ID", "Jakarta will likely keep buying jets from two suppliers."
    )
    earlier.significance.judgments[0].likelihood = Likelihood.LIKELY
    write_brief(tmp_path, earlier)
    write_brief(tmp_path, _brief(1, "Chile", "CL", "Santiago is unlikely to buy the frigates."))
    lib.index([tmp_path])
    follow_up = Brief(
        id="brief-follow-up",
        header=Header(title="Follow-up", date=dt.date(2026, 3, 20)),
        significance=Significance(
            judgments=[
                KeyJudgment(
                    id="kj-9",
                    statement="Jakarta will almost certainly keep buying jets from two suppliers",
                    likelihood=Likelihood.ALMOST_CERTAIN,
                )
            ]
        ),
    )
    (prior,) = judgment_history(lib, follow_up)["kj-9"]
    assert prior.brief.title == "Indonesia note 2" and prior.same_question
    assert prior.likelihood == Likelihood.LIKELY.value
    assert statement_key("Jakarta will likely keep buying jets.") == statement_key(
        "We assess Jakarta will very likely keep buying jets"
    )
