"""A symbol inside a word is a sure sign of a wrong code page: "Pol¶ka" is ISO-8859-2 "ś" read
as Windows-1250 "¶". Latin-2 pages and mails differ from Windows-1250 in a dozen letters
(ą ś ź Ą Ś Ź ť ľ ...), which the Windows page reads as signs (¹ ¶ Ľ ¦ ...). When the guessed
page puts signs inside words and a related page reads the same bytes with none, that page is
taken; when every page leaves some, the import says so with the words, so a garbled source is
never added without a word (newcomer9 N9-10).
"""

from __future__ import annotations

import re
import unicodedata

# Pages tried when the guess leaves signs inside words, in the order a tie keeps.
_ALTERNATIVES = ("cp1250", "iso8859_2", "cp1252", "iso8859_15", "cp1257", "iso8859_13")
# Characters that sit inside words in real text: apostrophes, hyphens, middle dot.
_IN_WORD = frozenset("’'‘-‐‑·\u00ad")
# Latin-script letters only: CJK text runs punctuation ("。") between its characters.
_LATIN = r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"
_WORD = re.compile(rf"{_LATIN}+[^\s\w]+{_LATIN}+")
_SAMPLE = 65_536


def misread_words(text: str, limit: int = 3) -> list[str]:
    """Up to ``limit`` words holding a non-ASCII sign between two letters ("Pol¶ka")."""
    found: list[str] = []
    for match in _WORD.finditer(text[:_SAMPLE]):
        word = match.group()
        inner = [ch for ch in word if not ch.isalnum() and ch not in _IN_WORD]
        if inner and all(ord(ch) > 0x7F and _sign(ch) for ch in inner) and word not in found:
            found.append(word)
            if len(found) >= limit:
                break
    return found


def repick(data: bytes, codec: str, text: str) -> tuple[str, str, str | None]:
    """(codec, text, the first page's name when it was replaced): another single-byte page
    when ``codec`` puts signs inside words and that page reads the bytes with none."""
    if not misread_words(text, 1):
        return codec, text, None
    sample = data[:_SAMPLE]
    for page in _ALTERNATIVES:
        if page == codec:
            continue
        try:
            trial = sample.decode(page)
        except UnicodeDecodeError:
            continue
        if not misread_words(trial, 1) and not _controls(trial):
            return page, data.decode(page, errors="replace"), codec
    return codec, text, None


def garbled_note(text: str) -> str:
    """ "" or one line naming words with signs inside them, for the import's warnings."""
    words = misread_words(text)
    if not words:
        return ""
    shown = ", ".join(f"“{w}”" for w in words)
    return (
        f"some words hold signs inside them ({shown}): the character encoding may be wrong; "
        "import it again with --encoding (iso-8859-2, cp1250, cp1252 ...) if letters look wrong"
    )


def _sign(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "SP" or unicodedata.category(ch) == "No"


def _controls(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f" for ch in text)
