"""A desk's stock sentence relates no briefs by its words alone (newcomer15 N15-23: "The deal
will be completed on schedule." made an arbitration brief "related" to a vehicle deal, and its
judgment "earlier on" the same question)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefdesk.library.history import judgment_history, related_to_brief
from briefdesk.library.sqlbase import SqlBase
from briefdesk.model import Actor, Brief, Header, KeyJudgment, Place, Significance
from briefdesk.model.codes import ActorType, Likelihood
from tests.library.factory import write_brief

STOCK = "The deal will be completed on schedule."


def _brief(number: int, states: list[tuple[str, str]], statement: str) -> Brief:
    return Brief(
        id=f"brief-stock-{number}",
        header=Header(title=f"Note {number}", date=dt.date(2026, 3, number)),
        actors=[
            Actor(id=f"act-{i}", type=ActorType.STATE, name=name, country=code)
            for i, (name, code) in enumerate(states)
        ],
        significance=Significance(
            judgments=[KeyJudgment(id="kj-1", statement=statement, likelihood=Likelihood.LIKELY)]
        ),
    )


def test_stock_sentences_are_told_from_specific_ones() -> None:
    from briefdesk.library.stock_judgments import is_stock

    assert is_stock(STOCK)
    assert is_stock("It is likely that the loan will be approved by the board.")
    assert is_stock("We judge: the deal will hold.")
    # A name anywhere, a sentence opening with a name, or one of the brief's own names.
    assert not is_stock("The award will be paid by Bolivia.")
    assert not is_stock("Jakarta will keep buying jets from two suppliers.")
    assert is_stock("The patrol vessels will arrive late.", ["Latvia"])
    assert not is_stock("The patrol vessels will arrive late.", ["patrol vessels"])
    # A long sentence is written for its case.
    assert not is_stock(
        "The board will approve the second tranche only after the audit of the first one has"
        " been published and discussed."
    )


def test_a_stock_sentence_alone_relates_no_briefs(lib: SqlBase, tmp_path: Path) -> None:
    write_brief(tmp_path, _brief(1, [("Bolivia", "BO")], STOCK))
    write_brief(tmp_path, _brief(2, [("Kenya", "KE"), ("Romania", "RO")], STOCK))
    lib.index([tmp_path])
    mine = _brief(9, [("Romania", "RO")], STOCK)
    related = related_to_brief(lib, mine)
    assert [r.brief.title for r in related] == ["Note 2"]
    # With an actor in common the same words are the same judgment again, after the source.
    assert related[0].score == 3 + 4
    assert related[0].shared == (f"judgment: {STOCK}", "actor: Romania")


def test_a_shared_place_alone_does_not_lift_a_stock_sentence(lib: SqlBase, tmp_path: Path) -> None:
    other = _brief(1, [("Bolivia", "BO")], STOCK)
    other.places = [Place(id="plc-1", name="Geneva", country="CH")]
    write_brief(tmp_path, other)
    lib.index([tmp_path])
    mine = _brief(9, [("Romania", "RO")], STOCK)
    mine.places = [Place(id="plc-1", name="Geneva", country="CH")]
    (related,) = related_to_brief(lib, mine)
    assert related.score == 1 and related.shared == ("place: Geneva",)


def test_no_earlier_judgment_is_claimed_from_a_stock_sentence(lib: SqlBase, tmp_path: Path) -> None:
    write_brief(tmp_path, _brief(1, [("Bolivia", "BO")], STOCK))
    write_brief(tmp_path, _brief(2, [("Peru", "PE")], "Lima will delay the frigate order."))
    lib.index([tmp_path])
    assert judgment_history(lib, _brief(9, [("Romania", "RO")], STOCK)) == {"kj-1": []}
    # A specific sentence is still found by its words alone (N11-17).
    (prior,) = judgment_history(lib, _brief(9, [], "Lima will delay the frigate order."))["kj-1"]
    assert prior.brief.title == "Note 2" and prior.same_question
