"""A body described and then named in an apposition: "from a Dutch yard, Damstra BV, for"
(round 14, news).

News introduces a side by what it is and names it after a comma: "bought two patrol boats from
a Dutch yard, Damstra Shipbuilding BV, for KSh 900 million", "sold the stake to a local
developer, Kivu Estates Ltd.". The preposition governs the description, so the side rules,
which read the party right after "from"/"to"/"by"/"with", found nobody there. The description
becomes one more mention of the body named in the apposition, which must follow the comma at
once and be closed by a comma, a full stop or the sentence's end. Head nouns:
``apposed_heads``.
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Found
from briefdesk.extract.words import word_list

Mention = tuple[int, int, str]

_HEADS = word_list("apposed_heads")
_DESCRIBED = re.compile(
    r"\b(?:from|to|by|with|for)\s+(?P<np>(?:a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(_HEADS, key=len, reverse=True))
    + r"))\s*,\s+"
)
_CLOSE = re.compile(r"\s*(?:[,.;)]|$)")
_BACK = 80  # characters before the head where the preposition and article may stand


def _body_at(found: Found, mentions: list[Mention], start: int) -> tuple[int, str] | None:
    """(end, key) of the longest body mention starting at ``start`` (mentions are sorted)."""
    best = None
    for m_start, m_end, key in mentions[bisect.bisect_left(mentions, (start, -1, "")) :]:
        if m_start != start:
            break
        if found.actors[key].type != "person" and (best is None or m_end > best[0]):
            best = (m_end, key)
    return best


def apposed_mentions(text: str, found: Found, mentions: list[Mention]) -> list[Mention]:
    """The mentions with one added for each described body an apposition names."""
    added = []
    comma = text.find(", ")
    while comma >= 0:
        head_start = text.rfind(" ", 0, comma) + 1
        after = comma + 2
        comma = text.find(", ", after)
        if text[head_start : after - 2].lower() not in _HEADS:
            continue  # (most commas: one look at the word before)
        while after < len(text) and text[after] in " \t":
            after += 1
        window = _DESCRIBED.finditer(text, max(0, head_start - _BACK), after)
        match = next((m for m in window if m.end() == after), None)
        if match is None:
            continue
        named = _body_at(found, mentions, after)
        if named and _CLOSE.match(text, named[0]):
            added.append((match.start("np"), match.end("np"), named[1]))
    return sorted(mentions + added) if added else mentions
