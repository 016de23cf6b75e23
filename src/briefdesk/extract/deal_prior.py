"""An earlier deal named beside today's one (round 14, issue 10).

News sets a new deal against an earlier one in a background sentence: "The purchase follows
last year's order for six trainer aircraft from Brazil's X", "X, which delivered two survey
ships to the navy under a 2019 order, said ...", "the railway's 2024 contract with Russia's X
for 500 tank wagons was completed last month". Two things hid such deals from the unpriced
pass: "The purchase" reads as today's deal told again (a back reference), and the earlier deal
often has today's sides (same buyer, same yard), which made it look like a repetition. A deal
noun dated to an earlier time (a year, "last year's", "previous", "earlier") or introduced by
"follows"/"comes after" is a deal of its own; the buyer it leaves unnamed is the article's.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.pattern_cues import cued, cued_by

_NOUN = r"(?:order|contract|deal|purchase|agreement|lease|charter)s?\b"
# "last year's order", "a 2019 order", "the railway's 2024 contract", "its previous contract".
# Searched only where its dating words occur ("year's", "19", "20", "previous" ...: read from
# the pattern by ``cued_by``): its nouns are in every deal sentence, its dates in a fifth.
_DATED = cued_by(
    r"\b(?:(?i:last)\s+year['’]s|(?:(?i:a|an|the|its|their)|[A-Z][\w-]*['’]s|[a-z]+['’]s)\s+"
    r"(?:(?:19|20)\d\d|previous|earlier|former))",
    r"\s+(?:[\w-]+\s+){0,2}?" + _NOUN,
)
# "follows X's order for", "comes a year after its order for", "came weeks after an order for".
_FOLLOWS = cued(
    r"\b(?:follows|followed|comes|came)\s+(?:[\w-]+\s+){0,3}?(?:after\s+)?"
    r"(?:[A-Z][\w-]*['’]s|its|their|an?|last\s+year['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:order|contract|purchase|deal)\s+(?:for|with|of)\b"
)
_HINTS = re.compile(r"order|contract|deal|purchase|agreement|lease|charter")


def prior_deal(sentence: str) -> bool:
    """Whether the sentence names a deal of an earlier time beside today's."""
    if not _HINTS.search(sentence):
        return False
    return bool(_DATED.search(sentence) or _FOLLOWS.search(sentence))
