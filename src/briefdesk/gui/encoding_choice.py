"""File → Add source in encoding…: read files in the encoding the user picks.

Why: a short Hungarian, Czech or Lithuanian text can read equally well in two Windows code
pages; the import then says it is unsure and names both, and this is where the user picks
the other one (the window's counterpart of ``briefdesk add-source --encoding``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QWidget

if TYPE_CHECKING:
    from briefdesk.gui.mainwindow import MainWindow

# (what the user reads, the codec); the code pages legacy articles come in, then the rest.
ENCODINGS = (
    ("Windows-1252 — Western European (English, French, German, Spanish…)", "cp1252"),
    ("Windows-1250 — Central European (Polish, Czech, Hungarian, Romanian…)", "cp1250"),
    ("Windows-1257 — Baltic (Lithuanian, Latvian, Estonian)", "cp1257"),
    ("Windows-1251 — Cyrillic (Russian, Ukrainian, Bulgarian…)", "cp1251"),
    ("Windows-1253 — Greek", "cp1253"),
    ("Windows-1254 — Turkish", "cp1254"),
    ("ISO-8859-2 — Central European (older web pages)", "iso8859-2"),
    ("ISO-8859-15 — Western European with €", "iso8859-15"),
    ("KOI8-R — Russian", "koi8-r"),
    ("Mac OS Roman", "mac-roman"),
    ("UTF-8", "utf-8"),
)


def choose_encoding(parent: QWidget | None) -> str | None:
    """The codec the user picks, None when cancelled."""
    labels = [label for label, _codec in ENCODINGS]
    label, ok = QInputDialog.getItem(
        parent,
        "Add source in encoding",
        "Read the files as (when an import said it was unsure, pick the other encoding it named):",
        labels,
        0,
        False,
    )
    if not ok:
        return None
    return dict(ENCODINGS).get(label)


def add_sources_in_encoding(window: MainWindow) -> None:
    """Files first (the usual file dialog), then their encoding; each imported as a source."""
    from briefdesk.gui import prompts

    paths = prompts.choose_source_files(window)
    if not paths:
        return
    codec = choose_encoding(window)
    if codec is not None:
        window.add_source_files(paths, encoding=codec)
