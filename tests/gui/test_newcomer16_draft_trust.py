"""The window's Ctrl+D drafts no person whose country the words give to another owner, and the
Checks panel flags such a person once in the brief (newcomer16 N16-02)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefdesk.model import Actor, Span
from briefdesk.model.codes import ActorType

from .conftest import wait_idle

ARTICLE = (
    "Ostravia buys Turkish-made radars\n\n"
    "KARST, May 4 (Harbour Wire) - The government of Ostravia signed a 200 million euro "
    "contract to buy six radars from Turkish manufacturer Aselsan, Ostravia's Defence Minister "
    "Pavel Rusk told reporters on Tuesday.\n"
)


def test_draft_and_checks_on_a_minister_the_text_gives_to_another_state(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window.add_source_text(ARTICLE)
    wait_idle(qtbot, window)
    window.draft_from_source()
    wait_idle(qtbot, window)
    brief = window.doc.brief
    assert brief.deals  # the draft ran
    assert not any(a.country == "TR" for a in brief.actors if a.type == ActorType.PERSON)
    assert not any(a.country == "TR" for a in brief.actors if a.name == "Ostravia")
    # Accepted by hand with the guessed country: the Checks panel says whose the words make him.
    source = brief.sources[0]
    start = ARTICLE.index("Pavel Rusk")
    span = Span(source_id=source.id, start=start, end=start + 10, quote="Pavel Rusk")
    rusk = next((i for i, a in enumerate(brief.actors) if a.name == "Pavel Rusk"), None)
    if rusk is None:
        window.doc.insert_record(
            "actors",
            Actor(
                name="Pavel Rusk", type=ActorType.PERSON, role="Defence Minister", evidence=[span]
            ),
        )
        rusk = len(window.doc.brief.actors) - 1
    window.doc.set_value(f"actors[{rusk}].country", "TR")
    window.checks.refresh()
    said = dict(window.checks.findings())
    assert "but the sources make them Ostravia's" in said[f"actors[{rusk}].country"]
    from briefdesk.gui.app import _select_tabs

    assert _select_tabs(window, "Actors", "Checks") == ""
    window.grab().save(str(tmp_path / "checks-country.png"))
