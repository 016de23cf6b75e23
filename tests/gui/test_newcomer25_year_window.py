"""Accepting "2023" on a deal in the window: the deal's note, not Current status (N25-06)."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from briefdesk.extract.results import DateSuggestion
from briefdesk.gui.suggestions import Suggestion
from briefdesk.model import Deal, Source, Span

TEXT = (
    "Separately, the navy said on Tuesday it had cancelled a 4 billion crown contract signed in "
    "2023 with Ostwerk Marine for six patrol boats, after the first two arrived late.\n"
)


def _year(words: str) -> Suggestion:
    start = TEXT.index(words)
    raw = DateSuggestion(words, dt.date(int(words), 1, 1), "year", [(start, start + len(words))])
    span = Span(source_id="src-1", start=start, end=start + len(words), quote=words)
    return Suggestion("dates", raw.label, "src-1", [span], raw, name=words)


def test_accepting_a_signing_year_notes_it_on_the_deal_and_says_so(window: Any) -> None:
    window.doc.insert_record("sources", Source(id="src-1", title="Wire", text=TEXT))
    window.doc.insert_record("deals", Deal(title="Patrol boats"))
    window.editor.lists["deals"].select_row(0)
    window.accept_suggestions([_year("2023")])
    assert window.doc.brief.deals[0].note == "Signed in 2023."
    assert window.doc.brief.current_status == ""
    message = window.statusBar().currentMessage()
    assert "noted on Patrol boats as “Signed in 2023.”" in message
    assert "printed in the export" in message
    shot = os.environ.get("BRIEFDESK_SHOT_DIR")
    if shot:  # a look at the result for the round's notes, never a user folder
        window.grab().save(os.path.join(shot, "n25_06_year_note.png"))
    window.doc.undo_stack.undo()
    assert window.doc.brief.deals[0].note == ""
