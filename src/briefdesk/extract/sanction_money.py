"""Amounts a sanction takes, in every word order: frozen, seized, blocked, confiscated or fined
("froze €38.5 million in assets of", "seized $12 million held by", "blocked £20 million of
property", "confiscated CHF 5 million from", "fined X €2 million for selling"). Such an amount is
the penalty, never a deal's worth: priced at it, the sale it punishes would read as a deal."""

from __future__ import annotations

from functools import cache

from briefdesk.extract import rx as re
from briefdesk.extract.words import word_list


def sanction_taken(sentence: str, start: int, end: int) -> bool:
    """Whether the amount at ``start:end`` of ``sentence`` is what a sanction froze, seized or
    fined. The verb stands just before the amount (a few words apart) and what follows says
    whose money it was, or the money itself "was frozen"; a deal noun after the amount keeps
    it a deal's worth: "froze the $2 billion sale" is a suspended deal, not frozen money."""
    before = sentence[max(0, start - 80) : start].lower()
    after = sentence[end : end + 90].lower()
    if _DEAL_AFTER.match(after):
        return False
    patterns = _patterns()
    if patterns.fined.search(before) or _PENALTY_AFTER.match(after):
        return True  # "fined Balkan Trident Logistics €2 million", "a €2 million penalty"
    if patterns.seized_before.search(before) or patterns.seized_after.match(after):
        return True  # "seized a yacht worth €80 million", "a $300 million superyacht was seized"
    if patterns.designated.search(sentence[:start].lower()):
        return True  # "designated 12 companies that supplied $80 million of drone parts"
    if patterns.taken_before.search(before):
        # What was taken is money someone held ("€38.5 million in assets of", "$12 million
        # held by"); "froze a $60 million lease of two aircraft" froze a deal.
        return bool(_HELD_AFTER.match(after))
    return bool(patterns.taken_after.match(after))  # "€5 million in assets was frozen"


class _Patterns:
    def __init__(self) -> None:
        taken = "|".join(sorted(word_list("sanction_verbs"), key=len, reverse=True))
        fined = "|".join(sorted(word_list("fine_verbs"), key=len, reverse=True))
        seize = "|".join(sorted(word_list("seize_verbs"), key=len, reverse=True))
        designate = "|".join(sorted(word_list("designate_verbs"), key=len, reverse=True))
        # A thing seized with its worth, the verb first: "seized a yacht worth €80 million",
        # "ordered the forfeiture of a $300 million superyacht", "confiscated a $100 million
        # arms shipment". No clause break between: "seized the port, then signed a $1bn deal".
        self.seized_before = re.compile(
            rf"\b(?:{seize})\b(?![^,;:]*\b(?:and|but|while|after|before|then|when)\b)[^,;:]{{0,70}}$"
        )
        # The verb after: "a yacht worth €80 million was seized", "…, seized by Italy".
        self.seized_after = re.compile(
            r"^[^.;]{0,60}?\b(?:(?:were|was|have\s+been|has\s+been|had\s+been|is|are|being)\s+"
            rf"(?:\w+ly\s+)?(?:{seize})|(?:{seize})\s+by)\b"
        )
        # A sanctions designation tells what the designated did: never a deal of its own.
        # "designated 12 companies", "blacklisted three Chinese firms": a sanctions listing;
        # "designated the Durjoy II class" names a ship class.
        targets = "|".join(sorted(word_list("designated_targets"), key=len, reverse=True))
        self.designated = re.compile(rf"\b(?:{designate})\s+(?:[\w'-]+\s+){{0,3}}?(?:{targets})\b")
        # "froze €38.5 million", "seized an estimated $12 million", "confiscated some CHF 5m"
        self.taken_before = re.compile(rf"\b({taken})\s+(?:[\w'-]+\s+){{0,2}}$")
        # "fined Balkan Trident Logistics d.o.o. €2 million": the one fined may be a long name
        self.fined = re.compile(rf"\b(?:{fined})\s+(?:[\w'.&-]+\s+){{0,7}}$")
        self.taken_after = re.compile(
            rf"^\s+(?:(?:in|of)\s+(?:[\w'-]+\s+){{0,2}}?{_PROPERTY}\b[^.;]{{0,60}}?)?"
            r"(?:were|was|have\s+been|has\s+been|had\s+been|is|are|being)\s+"
            rf"(?:\w+ly\s+)?(?:{taken})\b"
        )


@cache
def _patterns() -> _Patterns:
    return _Patterns()


# What a deal's amount is followed by: "froze the $2 billion arms deal", "blocked a $500m sale".
_DEAL_AFTER = re.compile(
    r"^[\s-]*(?:[\w'-]+\s+){0,3}?(?:deal|deals|contract|contracts|sale|sales|agreement|order|"
    r"orders|purchase|loan|loans|package|grant|credit|programme|program|tender|project)\b"
)
_PENALTY_AFTER = re.compile(r"^[\s-]*(?:fine|penalty|civil\s+penalty)\b")
# What was blocked was held by someone: "blocked £20 million of property owned by".
_PROPERTY = (
    r"(?:assets|funds|accounts|deposits|reserves|property|properties|holdings|cash|shares|"
    r"savings|bank\s+accounts)"
)
_HELD_AFTER = re.compile(
    rf"^(?:\s+(?:(?:in|of|worth\s+of)\s+(?:[\w'-]+\s+){{0,2}}?{_PROPERTY}\b|"
    r"(?:held|owned|kept|deposited|hidden)\s+(?:by|in|at|with)\b|belonging\s+to\b|"
    r"linked\s+to\b|from\b)|\s*(?:[,;.]|$))"
)
