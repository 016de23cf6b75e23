"""Component: a headline in Title Case ("Vietnam Utility Unit Signs 15-Year LNG Deal, Awards
Thi Vai Terminal") capitalises everyday words, so the chunk rules would read runs of them as
names. Such a line is claimed; only the states it names are read here (the body names its
people, bodies and places again, in ordinary case)."""

from __future__ import annotations

import re

from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.lexicon import HEAD_WORDS, TITLE_WORDS
from briefdesk.extract.resolver import Resolver

_LINE = re.compile(r"^[^\n]{12,200}$", re.M)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_VERB_LIKE = re.compile(r"[A-Z][a-z]+s")
_NAMES = HEAD_WORDS | TITLE_WORDS
# A form's field ("Address: St Petersburg, Russia", "2. Place of performance: Lusaka"): its
# label ends in a colon after one to four words; no headline opens so.
_FIELD = re.compile(r"\s*(?:\d{1,3}[.)]\s*)?[A-Z][a-z]+(?:\s[a-z]+){0,3}\s*:\s")
_SMALL = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"})


def headlines(res: Resolver) -> None:
    for line in _LINE.finditer(res.text[:1500]):  # headlines stand at the top
        text = line.group()
        if text.rstrip().endswith((".", '"', "”", ":")) or "(" in text or text.startswith("By "):
            continue  # a sentence, a speaker's label, a byline or a credit
        if any(w[:1].islower() and w not in _SMALL for w in text.split()):
            continue  # the cheap test first: a lower-case word that is no small word
        if ":" in text and _FIELD.match(text):
            continue  # a labelled field of a notice or a form
        words = [w.group() for w in _WORD.finditer(text)]
        long_words = [w for w in words if w.lower() not in _SMALL]
        if len(long_words) < 4 or any(w[0].islower() for w in long_words):
            continue
        if all(w.isupper() for w in long_words):
            continue  # an all-capitals line is a different shape ("JOINT STATEMENT BY ...")
        everyday = sum(1 for w in long_words if not w.isupper() and is_common_word(w))
        verbs = [w for w in long_words if _VERB_LIKE.fullmatch(w) and w.lower() not in _NAMES]
        if everyday < 2 or not any(is_common_word(w) for w in verbs):
            continue  # a headline says what happened: "Signs", "Awards", "Approves"
        for word in _WORD.finditer(text):
            code = res.country_of(word.group())
            if code:
                start = line.start() + word.start()
                res.state(code, word.group(), start, start + len(word.group()))
        res.claim(line.start(), line.end())
