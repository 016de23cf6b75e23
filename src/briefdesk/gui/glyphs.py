"""Characters no installed font can draw, named when a source comes in (newcomer15 N15-27).

A copied thread's "🧵" showed as an empty box in the article view on a machine with no emoji
font, and nothing said why. The text keeps every character (search, quotes and exports use
it); the status line names the ones shown as boxes, so the user knows nothing is damaged.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_SHOWN = 5  # named in the line; more are counted


@cache
def _fonts() -> tuple[object, ...]:
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    raws = (QRawFont.fromFont(QFont(family)) for family in QFontDatabase.families())
    return tuple(raw for raw in raws if raw.isValid())


@cache
def _drawable(char: str) -> bool:
    code = ord(char)
    return any(raw.supportsCharacter(code) for raw in _fonts())  # type: ignore[attr-defined]


# Beyond the Latin letters every font has (found at C speed: a source may be 40 MB of text).
_BEYOND_LATIN = re.compile(r"[^\x00-\u024f]")
_INVISIBLE = frozenset({"Cf", "Mn", "Zs", "Zl", "Zp", "Cc"})  # joiners, selectors, spaces


def undrawable(text: str) -> list[str]:
    """The distinct characters of ``text`` that no installed font has, in reading order
    (none when no GUI is running: the fonts are the window's)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        return []
    found = {c for c in _BEYOND_LATIN.findall(text) if unicodedata.category(c) not in _INVISIBLE}
    missing = [c for c in found if not _drawable(c)]
    return sorted(missing, key=text.index)


def boxes_note(text: str) -> str:
    """ "1 character has no font on this computer and shows as a box: 🧵 (the text keeps
    it)", or "" when every character can be drawn."""
    missing = undrawable(text)
    if not missing:
        return ""
    named = " ".join(missing[:_SHOWN])
    if len(missing) > _SHOWN:
        named += f" and {len(missing) - _SHOWN} more"
    one = len(missing) == 1
    return (
        f"{len(missing)} character{'' if one else 's'} {'has' if one else 'have'} no font on "
        f"this computer and {'shows as a box' if one else 'show as boxes'}: {named} "
        f"(the text keeps {'it' if one else 'them'})"
    )
