"""The "Swap sides" command in the window: Edit menu, deal list context menu, a button beside
the parties and Ctrl+Alt+W, one undo step (the Qt-free part: editing/deal_swap.py)."""

from __future__ import annotations

import re
from typing import Any

SHORTCUT = "Ctrl+Alt+W"


def install(window: Any) -> Any:
    """Create the action and put it where a user looks for it; returns it for the Edit menu."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    action = window._action(
        "S&wap deal sides",
        lambda: swap_selected(window),
        SHORTCUT,
        "Turn the selected deal's sides over: buyer ⇄ seller, lender ⇄ borrower, grantor ⇄ "
        "concessionaire, payer ⇄ payee, imposing party ⇄ target",
    )
    for name in ("deals", "deals.parties"):
        table = window.editor.lists[name].table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addAction(action)
    parties = window.editor.lists["deals.parties"]
    button = QPushButton("Swap sides")
    button.setObjectName("swap-sides")
    button.setAutoDefault(False)
    button.setToolTip(f"Swap the deal's two sides in one step ({SHORTCUT}; Ctrl+Z undoes it)")
    button.clicked.connect(lambda _checked=False: swap_selected(window))
    row = parties.layout().itemAt(1).layout()  # the Add / Remove / Up / Down row
    row.insertWidget(row.count() - 1, button)
    window.swap_button = button
    return action


def _deal_index(window: Any) -> int | None:
    """The deal selected (or whose party is), else the only deal of the brief."""
    deals = window.doc.brief.deals
    for path in (window.editor.selected_record(), window.editor.lists["deals"].current_path()):
        match = re.match(r"deals\[(\d+)\]", path or "")
        if match and int(match.group(1)) < len(deals):
            return int(match.group(1))
    return 0 if len(deals) == 1 else None


def swap_selected(window: Any) -> bool:
    from briefdesk.editing.deal_swap import swap_edits, swap_summary

    index = _deal_index(window)
    if index is None:
        window.show_status("Select a deal on the Deals tab first, then swap its sides.")
        return False
    deal = window.doc.brief.deals[index]
    name = f"“{deal.title}”" if deal.title.strip() else "the deal"
    edits = swap_edits(window.doc.brief, index)
    if not edits:
        window.show_status(f"{name} has no buyer, seller, lender or borrower to swap.")
        return False
    with window.doc.macro("Swap deal sides"):
        for edit in edits:
            window.doc.set_value(edit.path, edit.value, f"Swap deal sides: {edit.what}")
    summary = swap_summary(window.doc.brief, edits[0].value, deal.kind)
    followed = [e.what for e in edits[1:] if e.what in ("deal title", "brief title", "BLUF")]
    said = f" ({' and '.join(followed)} followed)" if followed else ""
    window.show_status(
        f"Swapped the sides of {name}: now {summary}{said}. Check the title and the BLUF; "
        "Ctrl+Z undoes it.",
        15000,
    )
    return True
