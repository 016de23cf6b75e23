"""Who only announces a deal, and what the next sentence says a side does (newcomer24, N24-11).

"The Ministry of Energy announces that Moldenergo Trading, the state trading company, today
signed a gas supply agreement with CSOC": the ministry reports the deal; the that-clause's
subject signed it, so the "with" guess must start from the clause's subject, not from the
announcer. "Under the agreement, CSOC will deliver up to 1.5 bcm … to Moldova": the sentence
after a signing names the side that delivers (the seller) or pays (the buyer).
"""

from __future__ import annotations

from briefdesk.extract import deal_guess
from briefdesk.extract import rx as re
from briefdesk.extract.deal_guess import GUESS
from briefdesk.extract.resolver import Found

# "X announces that", "X said on Tuesday that", "X confirmed today that": a report of what
# another body did.
_ANNOUNCES = re.compile(
    r"\s+(?:announce[sd]?|said|says|confirm(?:s|ed)|report(?:s|ed)|state[sd]|note[sd]?)\s+"
    r"(?:(?:on|this|last)\s+\w+\s+|today\s+|yesterday\s+)?that\s+"
)


_LOCATIVE = re.compile(r"\b(?:in|at|from|via|near)\s+$")


def first_signer(text: str, mentions: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The first side in subject position: not a place after "in/from" ("will be built in
    France …, after BSCL signed a contract with X"), not the announcer of a that-clause."""
    return next(
        (
            m
            for m in mentions
            if not _LOCATIVE.search(text, max(0, m[0] - 6), m[0])
            and not announcer(text, m, mentions)
        ),
        None,
    )


def grounded(
    text: str, found: Found, candidates: list[str], mentions: list[tuple[int, int, str]]
) -> tuple[str, str, str]:
    """deal_guess.grounded's readings of the sentence, then the next sentence's "Under the
    agreement, X will deliver"."""
    buyer, seller, ground = deal_guess.grounded(text, found, candidates, mentions)
    if ground or not mentions:
        return buyer, seller, ground
    return under_the_deal(text, found, candidates, mentions[-1][1])


def announcer(
    text: str, mention: tuple[int, int, str], mentions: list[tuple[int, int, str]]
) -> bool:
    """Whether ``mention`` is the subject of "announces|said … that" whose clause opens with
    another side's name (that side did the deal; "announced that it had signed" keeps it)."""
    match = _ANNOUNCES.match(text, mention[1])
    if match is None:
        return False
    clause = match.end()
    return any(
        text[clause:start] in {"", "the ", "The "} and key != mention[2]
        for start, _end, key in mentions
    )


# "Under the agreement, CSOC will deliver", "Under the deal, X is to supply": what one side does
# under the deal just signed.
_UNDER = re.compile(r"\s*Under\s+(?:the|this)\s+(?:agreement|contract|deal|accord),\s+(?:the\s+)?")
_ACTS = re.compile(
    r"(?:\s*\([^)]{1,40}\))?\s+(?:will|would|is\s+to|shall|agreed\s+to)\s+"
    r"(?:also\s+)?(?P<verb>deliver|supply|provide|sell|ship|export|build|pay|buy|purchase|import)\b"
)
_SELLS = frozenset({"deliver", "supply", "provide", "sell", "ship", "export", "build"})
_END = re.compile(r"[.!?]\s+")


def under_the_deal(
    text: str, found: Found, candidates: list[str], after: int
) -> tuple[str, str, str]:
    """(buyer, seller, ground) when the sentence after the one whose last side ends at
    ``after`` opens "Under the agreement, <one of two sides> will deliver|pay …"; ('', '', '')
    otherwise."""
    if len(candidates) != 2 or "Under " not in text[after : after + 400]:
        return "", "", ""
    stop = _END.search(text, after, after + 400)
    lead = _UNDER.match(text, stop.end()) if stop else None
    if not lead:
        return "", "", ""
    for start, end, key in found.mentions:
        if start != lead.end():
            continue
        acts = _ACTS.match(text, end)
        if not acts or key not in candidates:
            return "", "", ""
        other = next(k for k in candidates if k != key)
        ground = f"{GUESS}: the side that, under the deal, will {acts.group('verb')!r}"
        return (other, key, ground) if acts.group("verb") in _SELLS else (key, other, ground)
    return "", "", ""
