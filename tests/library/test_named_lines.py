"""Related briefs and dossiers say which actor and which brief (newcomer15 N15-24): a shared
actor by its name, not by the alias both briefs give it; a deal line held by several briefs
told once, with how many, and a single one with its brief."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefdesk.library.history import related_to_brief
from briefdesk.library.render import dossier_text
from briefdesk.library.sqlbase import SqlBase
from briefdesk.model import Actor
from briefdesk.model.codes import ActorType
from tests.library.factory import make_brief, write_brief


def _romania(number: int):  # type: ignore[no-untyped-def]
    brief = make_brief(number, words=5)
    brief.actors.append(
        Actor(
            id="act-ro",
            type=ActorType.STATE,
            name="Romania",
            country="RO",
            aliases=["Bucharest"],
        )
    )
    brief.deals, brief.places, brief.significance.judgments = [], [], []
    brief.actors = [a for a in brief.actors if a.id == "act-ro"]
    return brief


def test_a_shared_actor_is_named_not_its_alias(lib: SqlBase, tmp_path: Path) -> None:
    write_brief(tmp_path, _romania(1))
    lib.index([tmp_path])
    mine = _romania(2)
    mine.sources = []
    (related,) = related_to_brief(lib, mine)
    assert related.shared == ("actor: Romania",)


def test_one_deal_in_five_briefs_is_one_line_saying_so(lib: SqlBase, tmp_path: Path) -> None:
    same = make_brief(7)
    for n in range(5):
        copy = same.model_copy(deep=True)
        copy.id = f"brief-same-{n}"
        copy.header.title = f"Note {n} on the same article"
        copy.header.date = same.header.date + dt.timedelta(days=n)
        write_brief(tmp_path, copy)
    lonely = same.model_copy(deep=True)
    lonely.id, lonely.header.title = "brief-lonely", "Lonely note"
    lonely.deals[0].title = "Spare parts for the fleet"
    write_brief(tmp_path, lonely)
    lib.index([tmp_path])
    buyer = same.actors[1].name
    dossier = lib.dossier(buyer)
    assert dossier is not None
    text = dossier_text(dossier)
    deal_title = same.deals[0].title
    (line,) = [x for x in text.splitlines() if deal_title in x]
    assert line.endswith("(in 5 briefs, newest: Note 4 on the same article)")
    (line,) = [x for x in text.splitlines() if "Spare parts for the fleet" in x]
    assert line.endswith("(Lonely note)")

    from briefdesk.gui.library_html import dossier_html

    html = dossier_html(dossier, buyer)
    assert html.count(deal_title) == 1 and "in 5 briefs" in html
