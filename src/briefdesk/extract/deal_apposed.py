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


def apposed_mentions(text: str, found: Found, mentions: list[Mention]) -> list[Mention]:
    """The mentions with one added for each described body an apposition names."""
    if ", " not in text:
        return mentions
    starts: dict[int, tuple[int, str]] = {}
    for start, end, key in mentions:
        if found.actors[key].type != "person" and end > starts.get(start, (0, ""))[0]:
            starts[start] = (end, key)
    added = []
    for match in _DESCRIBED.finditer(text):
        named = starts.get(match.end())
        if named and _CLOSE.match(text, named[0]):
            added.append((match.start("np"), match.end("np"), named[1]))
    return sorted(mentions + added) if added else mentions
