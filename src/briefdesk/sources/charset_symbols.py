"""A symbol inside a word is a sure sign of a wrong code page: "Pol¶ka" is ISO-8859-2 "ś" read
as Windows-1250 "¶". Latin-2 pages and mails differ from Windows-1250 in a dozen letters
(ą ś ź Ą Ś Ź ť ľ ...), which the Windows page reads as signs (¹ ¶ Ľ ¦ ...). The symbols check
of ``charset_pick`` takes a related page that reads the bytes with none; when every page leaves
some, the import says so with the words, so a garbled source is never added without a word
(newcomer9 N9-10).
"""

from __future__ import annotations

import re
import unicodedata

# Characters that sit inside words in real text: apostrophes, hyphens, middle dot.
_IN_WORD = frozenset("’'‘-‐‑·\u00ad")
# Latin-script letters only: CJK text runs punctuation ("。") between its characters.
_LATIN = r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"
# Latin-1's superscript digits and fractions count as signs: "\\w" takes them for digits.
_RAISED = "\u00b2\u00b3\u00b9\u00bc-\u00be"
_WORD = re.compile(rf"{_LATIN}+(?:(?:[^\s\w]|[{_RAISED}])+{_LATIN}+)+")
_SAMPLE = 65_536


# A Cyrillic or Greek letter between two Latin ones: "SociИtИ", "FranГaise" (Windows-1252
# "é", "ç" read through a KOI8-R label). No language writes one inside a Latin word.
_MIXED = re.compile(rf"\w*{_LATIN}[\u0370-\u03ff\u0400-\u04ff]+{_LATIN}\w*")


def misread_words(text: str, limit: int = 3) -> list[str]:
    """Up to ``limit`` words holding a non-ASCII sign between two letters ("Pol¶ka") or a
    letter of another script inside a Latin word ("SociИtИ")."""
    found: list[str] = []
    sample = text[:_SAMPLE]
    for match in _WORD.finditer(sample):
        word = match.group()
        # "³" is a digit to str.isalnum, but "W³adys³aw" is Polish "ł" read as Latin-1.
        inner = [ch for ch in word if (not ch.isalnum() or _raised(ch)) and ch not in _IN_WORD]
        if inner and all(ord(ch) > 0x7F and _sign(ch) for ch in inner) and word not in found:
            found.append(word)
            if len(found) >= limit:
                return found
    for match in _MIXED.finditer(sample):
        if match.group() not in found:
            found.append(match.group())
            if len(found) >= limit:
                break
    return found


def garbled_note(text: str) -> str:
    """ "" or one line naming words with signs inside them, for the import's warnings."""
    words = misread_words(text)
    if not words:
        return ""
    shown = ", ".join(f"“{w}”" for w in words)
    return (
        f"some words look misread ({shown}): the character encoding may be wrong; if letters "
        "look wrong, import it again in another encoding (File → Add source in encoding… in "
        "the window; --encoding iso-8859-2, cp1250, cp1252 … on the command line)"
    )


def _raised(ch: str) -> bool:
    """A superscript digit or a vulgar fraction ("³", "¼"): Latin-1 signs, never in a word."""
    return re.fullmatch(f"[{_RAISED}]", ch) is not None


def _sign(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "SP" or unicodedata.category(ch) == "No"


def has_controls(text: str) -> bool:
    """Control codes in text (not line breaks or tabs): bytes a code page leaves unassigned."""
    return any(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f" for ch in text)


# Words every note about misread letters holds (``garbled_note``, ``read_single_byte_label``).
MISREAD_MARKS = ("words look misread", "words read in it come out garbled")


def is_misread_note(note: str) -> bool:
    """Whether an import note says the letters may be misread: the window shows those in a box,
    not only in the status bar (newcomer10 N10-19)."""
    return any(mark in note for mark in MISREAD_MARKS)
