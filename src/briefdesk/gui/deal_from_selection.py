"""*New deal from selection* (Ctrl+Alt+N): the selected sentences become a deal, one undo step.

The window's half of :mod:`briefdesk.editing.deal_from_text`: the actors the words name that the
brief lacks and the deal are added in one macro, the deal's editor is shown for checking, and
the status line says what was filled and which side is still to find (newcomer16: a deal the
draft missed took 14 to 31 actions to build by hand).
"""

from __future__ import annotations

from typing import Any

SHORTCUT = "Ctrl+Alt+N"
TEXT = "&New deal from selection"


def new_deal_from_selection(window: Any) -> int | None:
    """Add the deal ``window``'s article selection tells; its index, or None when no words
    are selected."""
    from briefdesk.editing.deal_from_text import deal_from_selection
    from briefdesk.gui.memory import never_list

    span = window.sources_pane.article.selected_span()
    shown = window.sources_pane.article.source
    # the brief's own copy: its dismissed keys are the user's latest decisions
    source = window.doc.brief.source(shown.id) or shown if shown is not None else None
    if span is None or source is None:
        window.show_status("Select the sentences that tell the deal in the article first.")
        return None
    extraction = window.extractions.get(source.id)
    made = deal_from_selection(  # what the user dismissed or never wants stays out (N18-04)
        window.doc.brief,
        source,
        span.start,
        span.end,
        extraction=extraction,
        never=never_list(window),
    )
    with window.doc.macro(f"New deal from “{_short(span.quote)}”"):
        for actor in made.new_actors:
            window.doc.insert_record("actors", actor, text="Add actor")
        index = int(window.doc.insert_record("deals", made.deal, text="Add deal"))
    window.editor.focus_path(f"deals[{index}]")
    window.editor.lists["deals"].select_row(index)
    added = f"; added {len(made.new_actors)} actor(s)" if made.new_actors else ""
    window.show_status(
        f"New deal “{made.deal.title}”: {made.summary()}{added} (Ctrl+Z undoes).", 15000
    )
    return index


def _short(words: str, limit: int = 40) -> str:
    line = " ".join(words.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
