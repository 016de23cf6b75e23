"""A capitalised direction word that is also a gazetteer place, used as an adjective.

"Western" is a Kenyan province and "Northern" a Ghanaian region, but "Western sanctions",
"Northern allies" and "Central bankers" name no place: the word modifies the common noun after
it. A real use names the place itself ("in Western Province", "the Western Cape", "floods hit
Western on Monday"): a longer name is a different chunk, and a function word after it is not a
noun being modified.
"""

from __future__ import annotations

import re

from briefdesk.extract.words import word_list

DIRECTION_WORDS = word_list("direction_words")

# A lower-case word after the direction word that is not a noun it modifies.
_NOT_A_NOUN = re.compile(
    r"(?:and|or|but|nor|on|in|at|to|of|for|from|with|by|as|is|was|were|are|has|had|have|"
    r"will|would|could|can|said|says|this|that|which|where|who|last|next|after|before)\b"
)


def modifies_noun(text: str, phrase: str, end: int) -> bool:
    """True when ``phrase`` (ending at ``end``) is one direction word before a common noun."""
    if phrase.lower() not in DIRECTION_WORDS or text[end : end + 1] != " ":
        return False
    nxt = text[end + 1 : end + 2]
    return nxt.isalpha() and nxt.islower() and not _NOT_A_NOUN.match(text, end + 1)
