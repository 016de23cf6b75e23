"""The Library panel's "Add to brief": a past brief's actor into the open brief (round 22,
newcomer21 N21-16). The core (``editing.library_actor``) builds the actor; this only pushes it
as one undo step and says what happened."""

from __future__ import annotations

from typing import Any


def add_from_library(window: Any, dossier: Any) -> None:
    """The dossier's actor into the window's brief, one undo step; the core builds it."""
    from briefdesk.editing.library_actor import actor_from_dossier
    from briefdesk.editing.records import RecordError

    try:
        actor = actor_from_dossier(window.doc.brief, dossier)
    except RecordError as exc:
        window.show_status(f"Not added: {exc}", 6000)
        return
    window.doc.insert_record("actors", actor, text=f"Add {actor.name} from the library")
    window.show_status(f"Added {actor.name} from the library (Ctrl+Z takes it out)", 6000)
