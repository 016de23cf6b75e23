"""Which Windows code page a short Latin-script text is in, told by its accented letters.

charset-normalizer ties Windows-1250, -1252 and -1257 on a sentence or two of Hungarian, Czech
or Lithuanian (they share most letters, and its letter-frequency tables only hold each
language's commonest letters). Read in the wrong page, the text's accented letters stop
belonging to any one language: Hungarian "ő, ű" become "õ, û" beside "á, é, ö" (no language
writes all five), Czech "č, ř, ě" become "è, ø, ì". So each code page that reads the bytes is
scored by the largest share of the text's accented letters one language's alphabet holds
(``letter_fit``); the letters check of ``charset_pick`` takes a clear winner and reports a
near tie to the user as one.
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
# langdetect's language code → the letters its press writes beyond ASCII.
ALPHABETS_BY_LANGUAGE = {code: _ALPHABET_SETS[name] for code, name in _BY_LANGUAGE.items()}
_LANGUAGE_SAMPLE = 4000  # characters: enough for langdetect, cheap on a long article
_SURE_LANGUAGE = 0.9  # langdetect's probability below which its answer is not used
# Pages compared, in the order a tie keeps: the one most legacy articles come in first.
LATIN_PAGES = ("cp1252", "cp1250", "cp1257", "cp1254")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_TAGS = re.compile(r"<[^>]*>|&[a-z#0-9]+;", re.I)
_SCRIPTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)


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
