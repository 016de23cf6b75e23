"""Two readings the letters check let through (newcomer15 N15-42, round 16).

Mac OS Roman keeps its accented letters at 0x80-0x9F, where Windows-1252 and Latin-1 keep
quotes, dashes and a few rare letters: German "für Österreich" read in Windows-1252 is
"fŸr …sterreich", every accented character a letter of some language (Ÿ is French), so the
letters check found nothing and charset-normalizer named Shift JIS or Central European. Such
text is Mac OS Roman when that reading spells one language cleanly and the Windows reading
does not: a sign inside a word, or letters the text's own language never writes.

Short Hungarian in ISO-8859-2 under a Western label reads "szerzõdést" (ő as õ): õ is a
Portuguese and Estonian letter, so the reading "fits one language" and was kept in silence.
langdetect still knows the words are Hungarian, and Hungarian writes no õ.
"""

from __future__ import annotations

import re

from briefdesk.sources.charset_letters import ALPHABETS_BY_LANGUAGE, language_of, letter_fit
from briefdesk.sources.charset_symbols import misread_words

_WHOLE = 0.999
_SAMPLE = 65_536
# Letters Windows-1252 cannot write: a language needing one is never spelt whole in it.
_WESTERN = "cp1252"
# Windows-1252 signs that rightly sit between two letters or digits.
_JOINERS = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'"})
_LONE_LETTER = re.compile(r"(?<!\w)[^\W\d_\x00-\x7f](?!\w)")


def foreign_letters(text: str, *, western_only: bool = True) -> list[str]:
    """Accented letters of ``text`` that its language (when langdetect is sure) never writes;
    with ``western_only``, only for a language Windows-1252 cannot spell (Hungarian "ő"), so
    a French name in a German article is no alarm."""
    sample = text[:_SAMPLE]
    language = language_of(sample)
    alphabet = ALPHABETS_BY_LANGUAGE.get(language or "")
    if alphabet is None:
        return []
    if western_only and all(_writable(letter) for letter in alphabet):
        return []
    seen = {ch for ch in sample.lower() if ord(ch) > 0x7F and ch.isalpha()}
    return sorted(seen - alphabet)


def _writable(letter: str) -> bool:
    try:
        letter.encode(_WESTERN)
    except UnicodeEncodeError:
        return False
    return True


def reads_as_mac_roman(data: bytes) -> bool:
    """The bytes are Mac OS Roman: letters at 0x80-0x9F that read cleanly as one language in
    it (never a letter standing alone, as a Windows dash read in Mac OS Roman is), and in
    Windows-1252 as a sign inside a word or as letters the language never writes ("fŸr")."""
    head = data[:_SAMPLE]
    if not any(0x80 <= byte <= 0x9F for byte in head):
        return False
    mac = head.decode("mac_roman")
    if misread_words(mac) or letter_fit(mac) < _WHOLE or _LONE_LETTER.search(mac):
        return False  # _LONE_LETTER: " ó ", Windows' "—" between two words
    if foreign_letters(mac, western_only=False):  # langdetect last: the slowest check
        return False
    try:
        windows = head.decode(_WESTERN)
    except UnicodeDecodeError:
        return True
    if misread_words(windows.translate(_JOINERS)):  # "2021–2024", "don’t" are right there
        return True
    low = {bytes([b]).decode(_WESTERN, errors="replace").lower() for b in head if 0x80 <= b <= 0x9F}
    return bool(set(foreign_letters(windows, western_only=False)) & low)
