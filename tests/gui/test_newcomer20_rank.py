"""N20-14 in the window: accepting a person's suggestion keeps the rank the source puts before
the name ("Admiral, commander of the Kelvorian Navy", was "commander"), as the draft does.
Made-up article."""

from __future__ import annotations

from typing import Any

from .conftest import wait_idle

ARTICLE = (
    "Kelvoria cancels submarine refit\n\n"
    "TARVO, 25 November 2026 — The commander of the Kelvorian Navy, Admiral Tomas Varga Ruiz, "
    "warned that the two boats would stay in port. The refit was cancelled on Tuesday.\n"
)


def test_an_accepted_person_keeps_the_rank_before_the_name(window: Any, qtbot: Any) -> None:
    window.add_source_text(ARTICLE)
    wait_idle(qtbot, window)
    [person] = [s for s in window.open_suggestions() if s.kind == "actors" and "Varga" in s.label]
    assert person.raw.role == "commander"  # the suggestion: the extraction's role
    window.accept_suggestions([person])
    [actor] = [a for a in window.doc.brief.actors if a.name == "Tomas Varga Ruiz"]
    assert actor.role == "Admiral, commander of the Kelvorian Navy"
