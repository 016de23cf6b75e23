"""A sentence that brings in a deal of its own (issue 10, round 15).

English brings a new thing in with an indefinite article and points back to a known one with a
definite one or a pronoun: after "Ruritania's navy signed a $40 million contract with Harlan
Marine for two patrol boats.", "A lease of the old fish wharf to Coral Bulk Handlers was signed
on Monday" tells a second deal, while "The contract was signed on Monday" or "It includes
training" tells the same one. A sentence after a deal's own that opens on a new deal noun
("A lease of ...", "Another contract ...", "Separately, a loan of ...") lends the deal none of
its sides.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.frame_lexicon import REPORTING, noun_frames
from briefdesk.extract.words import word_list

# The sentence's opening words up to its first noun of a deal: an indefinite article (or
# "another", "a separate", "a second"), at most four describing words, then the noun.
_OPENING = re.compile(
    r"^\W*(?:(?:Separately|Meanwhile|Elsewhere|In\s+a\s+separate\s+deal),\s+)?"
    r"(?:[Aa]n?|[Aa]nother)\s+((?:[\w$.%-]+\s+){0,4}[\w-]+)"
)
# Where the noun phrase has ended: its head comes before these.
# (a verb or "the": "A spokesman said the lease was signed" opens on a person, not a deal)
_ENDS = (
    frozenset({"of", "to", "from", "for", "with", "by", "in", "on", "at", "that", "which", "the"})
    | word_list("clause_verbs")
    | REPORTING
)


def introduces_deal(sentence: str) -> bool:
    """Whether ``sentence`` opens on a deal noun brought in as new ("A lease of the wharf to
    X was signed", "Another contract, worth ...", "Separately, a $5 million grant ...")."""
    opening = _OPENING.match(sentence)
    if opening is None:
        return False
    nouns = noun_frames()
    for word in opening.group(1).split():
        if word in _ENDS:
            return False
        if word in nouns:
            return True
    return False
