"""Which Windows code page a short Latin-script text is in, told by its accented letters.

charset-normalizer ties Windows-1250, -1252 and -1257 on a sentence or two of Hungarian, Czech
or Lithuanian (they share most letters, and its letter-frequency tables only hold each
language's commonest letters). Read in the wrong page, the text's accented letters stop
belonging to any one language: Hungarian "ő, ű" become "õ, û" beside "á, é, ö" (no language
writes all five), Czech "č, ř, ě" become "è, ø, ì". So each code page that reads the bytes is
scored by the largest share of the text's accented letters one language's alphabet holds;
a clear winner is taken, a near tie is reported to the user as one (``settle``).
Measured in benchmarks/bench_charset_guess.py.
"""

from __future__ import annotations

import re
from collections import Counter

# Lower-case letters beyond ASCII that each language writes (its own, plus the loan-word
# accents its press commonly prints). Only languages written in these code pages.
_ALPHABETS = {
    "english": "éèêëïôçöüàáñíóúâî",
    "french": "àâæçéèêëîïôœùûüÿ",
    "german": "äöüßé",
    "spanish": "áéíñóúü",
    "portuguese": "áâãàçéêíóôõúü",
    "italian": "àèéìíîòóùú",
    "catalan": "àçèéíïòóúü·",
    "dutch": "áéíóúëïöüèàäê",
    "danish_norwegian": "æøåéóô",
    "swedish_finnish": "åäöéüšž",
    "icelandic": "áðéíóúýþæö",
    "estonian": "õäöüšž",
    "albanian": "çë",
    "czech": "áčďéěíňóřšťúůýž",
    "slovak": "áäčďéíĺľňóôŕšťúýž",
    "polish": "ąćęłńóśźż",
    "hungarian": "áéíóöőúüű",
    "slovene_croatian": "čćđšž",
    "romanian": "ăâîșțşţ",
    "lithuanian": "ąčęėįšųūž",
    "latvian": "āčēģīķļņšūž",
    "turkish": "çğıöşüâîû",
}
_ALPHABET_SETS = {name: frozenset(letters) for name, letters in _ALPHABETS.items()}
# langdetect's language codes → the alphabet its press writes in.
_BY_LANGUAGE = {
    "en": "english", "fr": "french", "de": "german", "es": "spanish", "pt": "portuguese",
    "it": "italian", "ca": "catalan", "nl": "dutch", "da": "danish_norwegian",
    "no": "danish_norwegian", "sv": "swedish_finnish", "fi": "swedish_finnish",
    "et": "estonian", "sq": "albanian", "cs": "czech", "sk": "slovak", "pl": "polish",
    "hu": "hungarian", "sl": "slovene_croatian", "hr": "slovene_croatian", "ro": "romanian",
    "lt": "lithuanian", "lv": "latvian", "tr": "turkish", "af": "dutch",
}  # fmt: skip
_LANGUAGE_SAMPLE = 4000  # characters: enough for langdetect, cheap on a long article
_SURE_LANGUAGE = 0.9  # langdetect's probability below which its answer is not used
# Pages compared, in the order a tie keeps: the one most legacy articles come in first.
LATIN_PAGES = ("cp1252", "cp1250", "cp1257", "cp1254")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_TAGS = re.compile(r"<[^>]*>|&[a-z#0-9]+;", re.I)
_SCRIPTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_SAMPLE = 65_536
# A page wins outright when one language holds all its letters and not all of the picked
# page's; the pick stays, sure, when it reads this much better; in between, it is unsure.
_MARGIN = 0.1
_WHOLE = 0.999


def letter_fit(text: str) -> float:
    """The largest share of the text's accented letters that one language writes (1.0 when it
    has none): how much the text reads like a single language."""
    letters = Counter(ch for ch in _NON_ASCII.findall(text.lower()) if ch.isalpha() or ch == "·")
    total = sum(letters.values())
    if not total:
        return 1.0
    return (
        max(
            sum(n for ch, n in letters.items() if ch in alphabet)
            for alphabet in _ALPHABET_SETS.values()
        )
        / total
    )


def settle(data: bytes, chosen: str) -> tuple[str, str | None]:
    """(code page, rival): the page to read ``data`` in, and another page that reads it as
    plausibly into different letters (None when none does). ``chosen`` is charset-normalizer's
    pick after BriefDesk's rules; only a choice among the Latin Windows pages is revisited."""
    if chosen not in LATIN_PAGES:
        return chosen, None
    sample = data[:_SAMPLE]
    texts: dict[str, str] = {}
    for page in LATIN_PAGES:
        try:
            texts[page] = sample.decode(page)
        except UnicodeDecodeError:
            continue
    if chosen not in texts:
        return chosen, None
    rivals = [page for page in texts if texts[page] != texts[chosen]]
    if not rivals:
        return chosen, None
    by_language = _by_language(sample, texts, chosen, rivals)
    if by_language is not None:
        return by_language
    fit = {page: letter_fit(texts[page]) for page in (chosen, *rivals)}
    best = max(rivals, key=lambda page: fit[page])  # ties: the earlier page in LATIN_PAGES
    if fit[best] >= _WHOLE > fit[chosen]:
        return best, chosen
    if fit[chosen] - fit[best] >= _MARGIN:
        return chosen, None
    return chosen, best


def _by_language(
    sample: bytes, texts: dict[str, str], chosen: str, rivals: list[str]
) -> tuple[str, str | None] | None:
    """Settled by the language the text is in (its plain words say it, whichever page reads
    the accents): the page whose differing letters that language writes. None when the
    language is unknown or no page is clearly better."""
    alphabet = _ALPHABET_SETS.get(_BY_LANGUAGE.get(language_of(texts[chosen]) or "", ""))
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


def language_of(text: str) -> str | None:
    """The language langdetect reads in the text (ISO 639-1), None when unsure or not text.
    Seeded: langdetect samples at random, and an import must read the same file the same way."""
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0
    # A page's tags and scripts are English-like words whatever the article's language.
    words = _SCRIPTS.sub(" ", text[: _LANGUAGE_SAMPLE * 8])
    words = _TAGS.sub(" ", words)[:_LANGUAGE_SAMPLE]
    try:
        found = detect_langs(words)
    except LangDetectException:
        return None
    if not found or found[0].prob < _SURE_LANGUAGE:
        return None
    return str(found[0].lang)
