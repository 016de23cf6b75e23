"""Sides named as a deal's signatories: "The contract was signed by the director of X, Name,
and by the representative of Y, Name" (round 22, issue 10; docs/extraction.md "Round 22:
sides").

News and releases often tell who signed instead of who buys: "The contract was signed at the
show by Kenya Air Force commander Major General Otieno and Aurelia's chief commercial officer",
"The agreement was signed by Mozambique's Minister of Transport, Name, and Kestrel Quay chief
executive Name". The bodies the signers stand for were read, but no side was: the "with" guess
(``deal_sides.with_pattern``) takes only a body joined by "with", "between ... and" or "A and
B". A body named inside a "signed (...) by A ... and (by) B" clause is now joined the same way,
so the house guess gives the pair its sides. The signer named first is the client as often as
not ("signed by the Minister of Defence and by the chief executive of the yard"), so of two
companies the first-named one buys (``client_signs_first``). A clause ends at "in the presence
of" or "witnessed by": the witnesses are no side. A clause whose sentence opens with "The
contract" right after a sentence naming two sides restates a deal told there ("X signed a
contract with Y. The contract, worth ..., was signed by X's director and Y's"): the sides are
that sentence's, read by the other readers (``told_before``).
"""

from __future__ import annotations

import itertools

from briefdesk.extract import rx as re

Mention = tuple[int, int, str]

# "signed by", "was signed on Monday at the show by", "initialled in Baku by".
_SIGNED_BY = re.compile(
    r"\b(?:signed|initialled|initialed|countersigned)\b(?:\s+(?!by\b|and\b)[\w'’.,-]+){0,6}?"
    r"\s+by\s+"
)
# What ends the signers: the witnesses, a reporting clause, another clause.
_CLAUSE_END = re.compile(
    r"\bin\s+the\s+presence\s+of\b|\bwitnessed\s+by\b|\bon\s+behalf\s+of\s+the\s+government\b|"
    r";|:|\bwhich\b|\bwho\b|\bwhile\b|\bafter\b|\b(?:said|says|told|added)\b|\bcovers\b|"
    # a finite verb after the signers opens the main clause ("signed by A, was welcomed by B")
    r"\b(?:was|were|is|are|has|have|had|will|would)\b"
)
# The signers are two: "A ... and (by) B" (a name's own "and" is inside a mention, not here).
_AND = re.compile(r"\band\b")
# Lower-case words only between two names: the first describes the second.
_DESCRIBES = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+")
# "will be signed by", "still has to be signed by", "is expected to be signed by": not signed.
_NOT_YET = re.compile(r"\b(?:be|been\s+expected\s+to\s+be)\s+$")


def signatory_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions of ``mentions`` that stand in one "signed ... by A and B" clause of the
    sentence, when the clause names two sides or more; [] otherwise."""
    if not mentions:
        return []
    start = max(0, mentions[0][0] - 240)
    end = mentions[-1][1] + 1
    for signed in _SIGNED_BY.finditer(text, start, end):
        if _NOT_YET.search(text, max(0, signed.start() - 12), signed.start()):
            continue  # a signature to come names who must sign, not who did
        stop = _CLAUSE_END.search(text, signed.end(), end + 200)
        until = stop.start() if stop else end
        inside = [m for m in mentions if signed.end() <= m[0] and m[1] <= until]
        # "the Slovenian company Termotehna": a word that describes the name after it
        inside = [
            m
            for m, nxt in zip(inside, [*inside[1:], None], strict=False)
            if nxt is None or not _DESCRIBES.fullmatch(text, m[1], nxt[0])
        ]
        keys = list(dict.fromkeys(m[2] for m in inside))
        if len(keys) < 2:
            continue
        # the "and" that joins the signers stands between the first and the last one named
        if any(_AND.search(text, a[1], b[0]) for a, b in itertools.pairwise(inside)):
            return inside
    return []


def client_signs_first(text: str, mentions: list[Mention], firms: list[str]) -> bool:
    """Whether two companies ``firms`` (in the order named) are the signers of one "signed by
    A and B" clause, the first named first: the client that orders signs first."""
    if len(firms) != 2:
        return False
    inside = signatory_mentions(text, mentions)
    order = list(dict.fromkeys(m[2] for m in inside))
    return firms[0] in order and firms[1] in order and order.index(firms[0]) < order.index(firms[1])


# A sentence that opens with the deal told just before: "The contract, worth ...".
_THE_DEAL = re.compile(r"\W*The\s+(?:[\w-]+\s+)?(?:contract|deal|agreement|order)\b(?!s)")
_BOUNDARY = re.compile(r"[.!?]\s|\n")


def _sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in _BOUNDARY.finditer(text, max(0, at - 600), at)]
    return ends[-1] if ends else max(0, at - 600)


def told_before(text: str, inside: list[Mention], sides_at: list[Mention]) -> bool:
    """Whether the signers ``inside`` stand in a sentence that opens with "The contract" right
    after one naming two sides or more (``sides_at``: every mention of a possible side)."""
    start = _sentence_start(text, inside[0][0])
    if not _THE_DEAL.match(text, start):
        return False
    before = _sentence_start(text, max(0, start - 2))
    return len({k for s, _e, k in sides_at if before <= s < start}) >= 2
