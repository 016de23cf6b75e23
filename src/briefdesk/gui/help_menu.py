"""The Help menu: the user guide and docs, every keyboard shortcut, About (newcomer14 N14-28).

A first-time user found File, Edit, Link and View but no Help: no list of keys (Enter and
Delete in Suggestions, the typed likelihood letters), no way to the README, no version.
"""

from __future__ import annotations

import platform
from pathlib import Path
from typing import Any

# Keys that belong to a list or field rather than to a menu command.
_FIELD_KEYS = (
    (
        "Suggestions list",
        "Enter accepts, F2 or Shift+Enter edits and accepts, Delete dismisses, Shift+F10 or "
        "the menu key opens its menu (Shift+arrows select several)",
    ),
    (
        "Likelihood and Confidence",
        "type a choice's first letter (again for the next: V very unlikely, VV very likely) "
        "or its number; the cursor stays until Tab or a letter the list has no choice for",
    ),
    ("Tables of actors, deals, parties", "Insert adds, Delete removes"),
)


def docs_folder() -> Path | None:
    """README.md and docs/ beside the package (a source checkout or an unpacked release)."""
    root = Path(__file__).resolve().parents[3]
    return root if (root / "README.md").is_file() else None


def install(window: Any, bar: Any) -> Any:
    """Add the Help menu to ``bar``; returns it."""
    # No Alt letter: H, E, L and P are taken (Header, Edit, Link, Options); F1 is its key.
    menu = bar.addMenu("Help")
    window.act_shortcuts = window._action(
        "&Keyboard shortcuts", lambda: show_shortcuts(window), "F1"
    )
    menu.addAction(window.act_shortcuts)
    menu.addAction(window._action("&User guide (README)", lambda: open_doc(window, "README.md")))
    for name, title in (("sources.md", "Sources and imports"), ("templates.md", "Templates")):
        menu.addAction(
            window._action(f"{title} (docs)", lambda n=name: open_doc(window, f"docs/{n}"))
        )
    menu.addSeparator()
    menu.addAction(window._action("&About BriefDesk", lambda: show_about(window)))
    return menu


def shortcut_text(window: Any) -> str:
    """Every menu command with its key, menu by menu, then the keys of lists and fields."""
    lines = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        keyed = [
            f"  {a.shortcut().toString()}\t{a.text().replace('&', '')}"
            for a in menu.actions()
            if not a.isSeparator() and not a.shortcut().isEmpty()
        ]
        if keyed:
            lines += [menu_action.text().replace("&", ""), *keyed]
    lines.append("In lists and fields")
    lines += [f"  {where}: {keys}" for where, keys in _FIELD_KEYS]
    return "\n".join(lines)


def show_shortcuts(window: Any) -> None:
    from briefdesk.gui import prompts

    prompts.show_info(window, "Keyboard shortcuts", shortcut_text(window))


def about_text() -> str:
    from PySide6 import __version__ as qt_version

    from briefdesk import __version__
    from briefdesk.paths import data_dir

    return (
        f"BriefDesk {__version__}\n"
        "Briefing notes from news and official sources: sources in, suggestions out, a note "
        "in house style to Word.\n\n"
        f"Python {platform.python_version()}, Qt for Python {qt_version}\n"
        f"Data folder: {data_dir()}"
    )


def show_about(window: Any) -> None:
    from briefdesk.gui import prompts

    prompts.show_info(window, "About BriefDesk", about_text())


def open_doc(window: Any, relative: str) -> bool:
    """Open a shipped document in the system's viewer, or say where the docs are."""
    from briefdesk.gui import prompts

    root = docs_folder()
    path = root / relative if root is not None else None
    if path is None or not path.is_file():
        prompts.show_info(
            window,
            "Documentation",
            f"{relative} is not installed with this copy of BriefDesk. Run `briefdesk --help` "
            "for the commands, and press F1 for the keyboard shortcuts.",
        )
        return False
    return open_url(path)


def open_url(path: Path) -> bool:
    """The system viewer (a seam tests replace: no window opens under test)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
