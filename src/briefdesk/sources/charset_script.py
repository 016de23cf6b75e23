"""The usual code page of a script over a rare one, and words kept in one script.

charset-normalizer sometimes ranks a rare legacy page first for a short mislabelled page:
Czech ISO-8859-2 read as Vietnamese Windows-1258 ("Èeská ... tankù ... øekla", every accented
letter wrong, its 0xEC a combining accent), Greek Windows-1253 read as ISO-8859-7, where 0xA2
is "’" rather than "Ά" ("’μυνας"). So the pick is compared with the pages its script is
usually written in: the reading with fewer words broken by a sign or a second script wins,
then the one whose accented letters one language writes (``letter_fit``); a rare page is kept
only when it reads clearly better or the text is in its language (Vietnamese for 1258), and
then the usual page is named as its rival so the user is told the guess is unsure (C9-15).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from briefdesk.sources.charset_letters import language_of, letter_fit

# The pages each script's press and mail really come in, in the order a tie keeps.
_USUAL = {
    "LATIN": ("cp1252", "cp1250", "iso8859_2", "iso8859_15", "cp1257", "cp1254"),
    "GREEK": ("cp1253", "iso8859_7"),
    "CYRILLIC": ("cp1251", "koi8_r", "iso8859_5", "koi8_u"),
}
# Rare pages kept when the text is in the language they were made for (langdetect's code).
_LANGUAGE_PAGES = {"vi": "cp1258"}
_MARGIN = 0.1  # letter_fit lead a rare page needs to be kept
_SAMPLE = 65_536
_TOKEN = re.compile(r"\S+")
_TAGS = re.compile(r"<[^>]*>|&[a-z#0-9]+;", re.I)
_APOSTROPHES = frozenset("’'‘ʼ")
_IN_WORD = frozenset("-‐‑·\u00ad") | _APOSTROPHES


def prefer_usual(data: bytes, picked: str, rival: str | None) -> tuple[str, str | None]:
    """(page, rival) after weighing ``picked`` against the usual pages of its script."""
    try:
        name = codecs.lookup(picked).name
    except LookupError:
        return picked, rival
    sample = data[:_SAMPLE]
    try:
        text = sample.decode(picked)
    except UnicodeDecodeError:
        return picked, rival
    script = main_script(text)
    usual = _USUAL.get(script or "")
    if usual is None:
        return picked, rival
    readings: dict[str, str] = {}
    for page in usual:
        try:
            readings[page] = sample.decode(page)
        except UnicodeDecodeError:
            continue
    if not readings:
        return picked, rival
    rare = all(codecs.lookup(page).name != name for page in usual)
    score = {page: _score(reading, script or "") for page, reading in readings.items()}
    best = max(readings, key=lambda page: score[page])  # ties: the earlier usual page
    mine = _score(text, script or "")
    if rare:
        if _LANGUAGE_PAGES.get(language_of(unicodedata.normalize("NFC", text)) or "") == name:
            return picked, best  # Vietnamese in Windows-1258: kept, the usual page named
        if mine[0] > score[best][0] or (
            mine[0] == score[best][0] and mine[1] - score[best][1] >= _MARGIN
        ):
            return picked, best  # kept, but said to be unsure, naming the usual page
        return best, _close_rival(readings, score, best)
    if score[best] > mine and readings[best] != text and score[best][0] > mine[0]:
        return best, rival if rival != best else None
    return picked, rival


def main_script(text: str) -> str | None:
    """The script most non-ASCII letters of the text belong to (LATIN, GREEK, CYRILLIC...)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch > "\x7f" and ch.isalpha():
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda s: counts[s])


def broken_words(text: str, script: str) -> int:
    """Words broken by the reading: letters of two scripts, a sign inside or before letters
    ("Pol¶ka", "’μυνας"), a lone combining accent (single-byte pages hold none in text), or a
    control character (a byte the page leaves unassigned in text)."""
    text = _TAGS.sub(" ", text)
    broken = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    for match in _TOKEN.finditer(text):
        word = match.group().strip('.,;:!?()[]{}"«»“”„<>/')
        letters = [ch for ch in word if ch.isalpha()]
        if not letters:
            continue
        scripts = {_script(ch) for ch in letters if ch > "\x7f"} | (
            {"LATIN"} if any(ch.isascii() for ch in letters) else set()
        )
        if len(scripts) > 1:
            broken += 1
            continue
        for i, ch in enumerate(word):
            if ch.isascii() or ch.isalnum():
                continue
            if unicodedata.combining(ch):
                broken += 1
                break
            if ch in _APOSTROPHES and script != "LATIN" and i == 0:
                broken += 1  # Greek and Cyrillic words never open with an apostrophe
                break
            beside = word[i - 1 : i] + word[i + 1 : i + 2]
            sign = ch not in _IN_WORD and unicodedata.category(ch)[0] in "SP"
            if sign and any(other.isalpha() for other in beside):
                broken += 1
                break
    return broken


def _score(text: str, script: str) -> tuple[int, float]:
    fit = letter_fit(text) if script == "LATIN" else 1.0
    return -broken_words(text, script), fit


def _close_rival(
    readings: dict[str, str], score: dict[str, tuple[int, float]], best: str
) -> str | None:
    """Another usual page reading the bytes into other letters about as well as ``best``."""
    for page, reading in readings.items():
        if page == best or reading == readings[best]:
            continue
        if score[page][0] == score[best][0] and score[best][1] - score[page][1] < _MARGIN:
            return page
    return None


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ")[0]
    except ValueError:
        return "UNKNOWN"
