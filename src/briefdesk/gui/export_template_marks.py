"""The Export dialog's template list marks the templates that cannot be used.

Why: a template with a typo or a hostile one was listed exactly like a good one; the user learnt
only after choosing it (newcomer9 N9-14). Each template of the user's folder is checked in the
background when the dialog opens (the export's own check, cached by content, so choosing it
later costs nothing) and its entry then reads "… — cannot be used".
"""

from __future__ import annotations

from functools import partial
from typing import Any

from briefdesk.gui import core
from briefdesk.gui.export_template_state import template_path

UNUSABLE = " — cannot be used"


def mark_unusable(combo: Any, runner: Any, builtin: set[str]) -> None:
    """Check every non-built-in entry of ``combo`` on ``runner``; mark those with errors."""
    for index in range(combo.count()):
        ident = str(combo.itemData(index) or "")
        if not ident or ident in builtin:
            continue
        runner.submit(
            "Checking templates",
            core.check_template,
            template_path(ident),
            on_done=partial(_mark, combo, ident),
            on_error=partial(_mark_failed, combo, ident),
        )


def _mark(combo: Any, ident: str, problems: object) -> None:
    found = [str(p) for p in problems] if isinstance(problems, list) else []
    errors = [p for p in found if not p.startswith("warning: ")]
    if errors:
        _mark_failed(combo, ident, errors[0])


def _mark_failed(combo: Any, ident: str, message: str) -> None:
    try:
        index = combo.findData(ident)
    except RuntimeError:  # the dialog closed meanwhile
        return
    if index >= 0 and not combo.itemText(index).endswith(UNUSABLE):
        combo.setItemText(index, combo.itemText(index) + UNUSABLE)
        combo.setItemData(index, message, 3)  # Qt.ToolTipRole: the first problem on hover
