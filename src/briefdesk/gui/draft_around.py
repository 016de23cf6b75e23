"""The "Draft around this deal" command in the window: Edit menu, the deal list's context menu
and Ctrl+Alt+M, one undo step (the Qt-free part: editing/draft_around.py, newcomer26 N26-02)."""

from __future__ import annotations

from typing import Any

from briefdesk.editing.draft_around import SHORTCUT


def install(window: Any) -> Any:
    """Create the action and put it where a user looks for it; returns it for the Edit menu."""
    action = window._action(
        "Draft around this &deal",
        lambda: draft_around_selected(window),
        SHORTCUT,
        "Make the selected deal the brief's main deal (the first one): the title and BLUF are "
        "drafted from it again while they are still as BriefDesk drafted them",
    )
    window.editor.lists["deals"].table.addAction(action)  # its context menu (swap set it up)
    return action


def draft_around_selected(window: Any) -> bool:
    """Move the selected deal to the top and redraft the title and BLUF from it."""
    from briefdesk.editing.draft_around import around_edits, around_summary
    from briefdesk.gui.deal_swap import _deal_index

    index = _deal_index(window)
    if index is None:
        window.show_status("Select a deal on the Deals tab first, then draft around it.")
        return False
    edits = around_edits(window.doc.brief, index)
    if not edits:
        window.show_status("That deal is the main deal already, and the title and BLUF follow it.")
        return False
    with window.doc.macro("Draft around this deal"):
        for edit in edits:
            window.doc.set_value(edit.path, edit.value, f"Draft around this deal: {edit.what}")
    window.editor.lists["deals"].select_row(0)
    window.show_status(around_summary(window.doc.brief, edits), 15000)
    return True
