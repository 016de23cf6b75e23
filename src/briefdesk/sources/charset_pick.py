"""The one place a legacy file's code page is picked, from charset-normalizer's first guess.

charset-normalizer (``decode._pick``) ranks code pages by byte statistics, which cannot tell
pages apart that read a short text into equally common letters. Three checks revisit its pick,
in this order, each weighing readings of the same bytes rated once (``charset_reading``):

1. letters (``_settle``): among the Latin Windows pages (1252, 1250, 1257, 1254), or among the
   Latin Mac pages when a Mac page was picked, the one whose accented letters one language
   writes; Hungarian "ő, ű" read in 1252 become "õ, û" beside "á, é, ö", which no language
   writes together. The text's language, when langdetect is sure, settles it first.
   A near tie keeps the pick and names the other page as its rival.
2. script (``_prefer_usual``): a rare page (Windows-1258 for Czech ISO-8859-2, ISO-8859-7 for
   Greek Windows-1253) gives way to the page its script is usually written in unless it reads
   clearly better or the text is in its language; the reading breaking fewer words wins.
3. symbols (``_repick``): a page that leaves signs inside words ("Pol¶ka", ISO-8859-2 "ś" read
   in Windows-1250) gives way to a related page that reads the bytes with none.

A rival, when one is left, is named to the user: the guess is unsure, and the user can tell.
Measured in benchmarks/bench_charset_guess.py.
"""

from __future__ import annotations

import codecs
from collections import Counter
from dataclasses import dataclass

from briefdesk.sources.charset_letters import ALPHABETS_BY_LANGUAGE, LATIN_PAGES
from briefdesk.sources.charset_reading import Reading, Readings
from briefdesk.sources.charset_symbols import misread_words

# The pages each script's press and mail really come in, in the order a tie keeps.
_USUAL = {
    "LATIN": ("cp1252", "cp1250", "iso8859_2", "iso8859_15", "cp1257", "cp1254"),
    "GREEK": ("cp1253", "iso8859_7"),
    "CYRILLIC": ("cp1251", "koi8_r", "iso8859_5", "koi8_u"),
}
# Rare pages kept when the text is in the language they were made for (langdetect's code).
_LANGUAGE_PAGES = {"vi": "cp1258"}
# Pages tried when the pick leaves signs inside words, in the order a tie keeps.
_ALTERNATIVES = ("cp1250", "iso8859_2", "cp1252", "iso8859_15", "cp1257", "iso8859_13")
# A page wins outright when one language holds all its letters and not all of the picked
# page's; the pick stays, sure, when it reads this much better; in between, it is unsure.
# A rare page needs the same lead in letter fit to be kept over its script's usual page.
_MARGIN = 0.1
_WHOLE = 0.999
# The Latin Mac pages weighed against each other when charset-normalizer picks one of them: it
# often names Mac OS Central European for Western Mac OS Roman text (N12-22: "€45" read "Ř45").
_MAC_LATIN_PAGES = ("mac_roman", "mac_latin2", "mac_turkish")


@dataclass(frozen=True)
class Choice:
    """The page to read a file in, the whole text read in it, and another page that reads it
    about as plausibly into other letters (None when the pick is clear)."""

    page: str
    text: str
    rival: str | None


def choose(data: bytes, first: str | None, fallback: str) -> Choice:
    """The code page for ``data`` after all three checks. ``first``: charset-normalizer's pick
    after BriefDesk's rules (``decode._pick``); when it has none, ``fallback`` is read, and only
    the symbols check revisits it."""
    readings = Readings(data)
    page, rival = rank(readings, first) if first is not None else (fallback, None)
    text = data.decode(page, errors="replace")
    page, text, replaced = _repick(readings, data, page, text)
    return Choice(page, text, _readable(readings, replaced or rival))


def _readable(readings: Readings, rival: str | None) -> str | None:
    """The rival, when it reads the bytes without control codes; a page the import would then
    refuse as "not text in it" is no choice to offer the user (N12-22)."""
    if rival is None:
        return None
    reading = readings.of(rival)
    return rival if reading is not None and not reading.controls else None


def rank(readings: Readings, first: str) -> tuple[str, str | None]:
    """(page, rival) after the letters and script checks (the symbols check needs the text).
    UTF-16 and UTF-32 have no rival: their zero bytes read as control codes in any single-byte
    page, so naming one ("unsure between UTF-16-LE and Windows-1252") only misleads."""
    if first.startswith(("utf_16", "utf_32")):
        return first, None
    return _prefer_usual(readings, *_settle(readings, first))


def settle(data: bytes, chosen: str) -> tuple[str, str | None]:
    """(page, rival) after the letters check alone; only a Latin Windows page is revisited."""
    return _settle(Readings(data), chosen)


def _settle(readings: Readings, chosen: str) -> tuple[str, str | None]:
    """Letters: the Latin Windows (or Mac) page whose accented letters one language writes."""
    family = next(
        (pages for pages in (LATIN_PAGES, _MAC_LATIN_PAGES) if _member(chosen, pages)), ()
    )
    if not family:
        return chosen, None
    chosen = next(page for page in family if _member(chosen, (page,)))
    texts = readings.texts(family)
    if chosen not in texts:
        return chosen, None
    rivals = [page for page in texts if texts[page].text != texts[chosen].text]
    if not rivals:
        return chosen, None
    by_language = _by_language(readings.sample, texts, chosen, rivals)
    if by_language is not None:
        return by_language
    best = max(rivals, key=lambda page: texts[page].fit)  # ties: the earlier page in LATIN_PAGES
    if texts[best].fit >= _WHOLE > texts[chosen].fit:
        return best, chosen
    if texts[chosen].fit - texts[best].fit >= _MARGIN:
        return chosen, None
    return chosen, best


def _member(page: str, pages: tuple[str, ...]) -> bool:
    """``page`` is one of ``pages`` under any of its names (``mac_latin2``, ``mac-latin2``)."""
    try:
        name = codecs.lookup(page).name
    except LookupError:
        return False
    return any(codecs.lookup(other).name == name for other in pages)


def _by_language(
    sample: bytes, texts: dict[str, Reading], chosen: str, rivals: list[str]
) -> tuple[str, str | None] | None:
    """Settled by the language the text is in (its plain words say it, whichever page reads
    the accents): the page whose differing letters that language writes. None when the
    language is unknown or no page is clearly better."""
    alphabet = ALPHABETS_BY_LANGUAGE.get(texts[chosen].language or "")
    if alphabet is None:
        return None
    high = Counter(byte for byte in sample if byte > 127)
    score = {}
    for page in (chosen, *rivals):
        differing = [b for b in high if any(_char(b, page) != _char(b, r) for r in texts)]
        total = sum(high[b] for b in differing)
        good = sum(high[b] for b in differing if _char(b, page).lower() in alphabet)
        score[page] = good / total if total else 1.0
    best = max(rivals, key=lambda page: score[page])
    if score[chosen] - score[best] >= _MARGIN:
        return chosen, None
    if score[best] - score[chosen] >= _MARGIN:
        return best, chosen
    return None


def _char(byte: int, page: str) -> str:
    return bytes([byte]).decode(page, errors="replace")


def _prefer_usual(readings: Readings, picked: str, rival: str | None) -> tuple[str, str | None]:
    """Script: ``picked`` weighed against the pages its script is usually written in."""
    try:
        name = codecs.lookup(picked).name
    except LookupError:
        return picked, rival
    mine = readings.of(picked)
    if mine is None or mine.script not in _USUAL:
        return picked, rival
    script = mine.script
    usual = readings.texts(_USUAL[script])
    if not usual:
        return picked, rival
    score = {page: reading.score(script) for page, reading in usual.items()}
    best = max(usual, key=lambda page: score[page])  # ties: the earlier usual page
    own = mine.score(script)
    if all(codecs.lookup(page).name != name for page in _USUAL[script]):  # a rare page
        if _LANGUAGE_PAGES.get(mine.composed_language or "") == name:
            return picked, best  # Vietnamese in Windows-1258: kept, the usual page named
        if own[0] > score[best][0] or (
            own[0] == score[best][0] and own[1] - score[best][1] >= _MARGIN
        ):
            return picked, rival or best  # kept, unsure, naming its rival or the usual page
        return best, _close_rival(usual, score, best)
    if score[best] > own and usual[best].text != mine.text and score[best][0] > own[0]:
        return best, rival if rival != best else None
    return picked, rival


def _close_rival(
    usual: dict[str, Reading], score: dict[str, tuple[int, float]], best: str
) -> str | None:
    """Another usual page reading the bytes into other letters about as well as ``best``."""
    for page, reading in usual.items():
        if page == best or reading.text == usual[best].text:
            continue
        if score[page][0] == score[best][0] and score[best][1] - score[page][1] < _MARGIN:
            return page
    return None


def _repick(readings: Readings, data: bytes, codec: str, text: str) -> tuple[str, str, str | None]:
    """Symbols: another single-byte page when ``codec`` puts signs inside words and that page
    reads the bytes with none (nor control codes)."""
    if not misread_words(text, 1):
        return codec, text, None
    for page in _ALTERNATIVES:
        if page == codec:
            continue
        trial = readings.of(page)
        if trial is not None and not trial.misread and not trial.controls:
            return page, data.decode(page, errors="replace"), codec
    return codec, text, None
