"""The modules the main window and its parts use, each loaded on first use.

The window frame is shown before any of these is needed, so they are lazy at run time and real
modules for the type checker; declared once here for the window and all of its mixins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefdesk.gui.lazy import lazy

if TYPE_CHECKING:
    from briefdesk import model, store
    from briefdesk.gui import core, fieldpath, linking, prompts
    from briefdesk.gui import suggestions as suggestion_kit
    from briefdesk.model import codes
else:
    prompts = lazy("briefdesk.gui.prompts")
    store = lazy("briefdesk.store")
    model = lazy("briefdesk.model")
    codes = lazy("briefdesk.model.codes")
    core = lazy("briefdesk.gui.core")
    fieldpath = lazy("briefdesk.gui.fieldpath")
    linking = lazy("briefdesk.gui.linking")
    suggestion_kit = lazy("briefdesk.gui.suggestions")

__all__ = [
    "codes",
    "core",
    "fieldpath",
    "linking",
    "model",
    "prompts",
    "store",
    "suggestion_kit",
]
