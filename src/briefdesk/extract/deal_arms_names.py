"""Arms words that open a company's name are no arms (newcomer15 N15-44).

"Brazil picks Rocket Lab rival for Alcantara launches": "Rocket" begins a name ("Rocket Lab"),
so it tells nothing about the goods. In a line written in sentence case, an arms word written
with a capital, not after another capitalised word and followed by one, opens a name; words
that name institutions ("Defence Ministry", "Arms Control Agency", "Patrol Command") are left
to the kind rules, which read them as before. A line in title case says nothing either way.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lexicon import ARMS_WORDS
from briefdesk.extract.words import word_list

_INSTITUTIONS = word_list("arms_institution_words")
_WORD = re.compile(r"[A-Za-z][\w-]*")
_LONG = 4  # words this long or longer decide whether a line is in sentence case


def name_openers(text: str, hits: frozenset[str]) -> frozenset[str]:
    """The words of ``hits`` (arms words of ``text``) that only ever open a capitalised name."""
    words = _WORD.findall(text)
    long = [w for w in words if len(w) >= _LONG]
    if sum(w[0].islower() for w in long) * 2 <= len(long):
        return frozenset()  # title case (or capitals): every word is capitalised
    openers = set()
    for hit in hits - _INSTITUTIONS:
        uses = [i for i, w in enumerate(words) if w.lower() == hit]
        if uses and all(_opens_name(words, i) for i in uses):
            openers.add(hit)
    return frozenset(openers)


def _opens_name(words: list[str], i: int) -> bool:
    return (
        0 < i < len(words) - 1
        and words[i][0].isupper()
        and not words[i - 1][0].isupper()
        and words[i + 1][0].isupper()
    )


def arms_in(text: str, words: frozenset[str]) -> frozenset[str]:
    """The arms words of ``text`` (its lower-case ``words``) that speak of arms."""
    hits = words & ARMS_WORDS
    if hits and hits <= _AIRCRAFT and words & _CIVIL_AVIATION and not words & _MILITARY:
        return frozenset()  # an airline's jets, a lessor's aircraft (round 24)
    return hits - name_openers(text, hits) if hits else hits


# Round 24: aircraft of an airline or a lessor ("sold its only 787-9 to a lessor", "the
# airline's order for six turboprops") are no arms when no military word stands beside them
# (fresh-21 Z21, fresh-2 G09: the golds say other).
_AIRCRAFT = frozenset({"aircraft", "jet", "jets", "helicopter", "helicopters"})
_CIVIL_AVIATION = word_list("civil_aviation_words")
_MILITARY = word_list("military_context_words")
