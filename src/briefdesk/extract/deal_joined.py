"""Whether a sentence joins two named sides to one deal act, in any of English's usual frames.

Round 12 of issue 10: an unpriced deal is kept only with two sides, and the "with" guess of
their direction ran only after a narrow "signed a ... contract with" pattern. News puts more
between the act and its partner than that pattern allowed: a date or a place ("signed a
five-year LNG supply agreement on 10 November with X"), the goods ("placed an order for six
cranes with X", "signed for 18 howitzers with X"), a time ("We signed in August with X"); or
names the pair as the subject ("A and B, a Singapore retailer, signed a power purchase
agreement") or around the noun ("The contract between A and B was signed", "A's offtake
agreement with B"). This reader answers only "are two sides joined here"; which side buys is
still the guess the sides rules make (a government buys, the first-named company sells).
"""

from __future__ import annotations

from briefdesk.extract.deal_parties import PAIRED
from briefdesk.extract.scans import Gated

# The deal's nouns, as a noun phrase's head (plural too).
_NOUN = (
    r"(?i:contract|agreement|deal|order|offtake|off-take|lease|charter|time-charter|concession|"
    r"licen[cs]e|subcontract|PPA|SPA|PSA|PSC|EPC|heads\s+of\s+(?:agreement|terms))s?"
)
# A verb that makes or ends a deal, in the active past or present.
_ACT = (
    r"(?:signed|signs|inked|inks|sealed|seals|concluded|concludes|agreed|agrees|placed|places|"
    r"approved|approves|awarded|awards|renewed|renews|extended|extends|terminated|terminates|"
    r"cancelled|canceled|cancels|suspended|suspends|finali[sz]ed|finali[sz]es)"
)
# What may stand between the noun (or the verb) and "with": a date, a place, the goods; never
# another clause (no full stop, semicolon or "which"/"that"/"after").
_GAP = r"(?:(?!\b(?:which|that|after|before|while|but)\b)[^.;:])"
_FRAMES = Gated(
    (" with ", " between ", " and "),
    # "signed a five-year LNG supply agreement on 10 November with X"
    rf"\b{_ACT}\s+(?:an?\s+|the\s+|its\s+|their\s+)?{_GAP}{{0,60}}?\b{_NOUN}\b{_GAP}{{0,60}}?"
    r"\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?[A-Z]"
    # "We signed in August with X", "signed for 18 howitzers with X", "has agreed with X that"
    r"|\b(?:signed|inked|sealed|concluded|agreed)\s+(?:(?:in|on|last|this|for|yesterday|today)\b"
    rf"{_GAP}{{0,60}}?\b)?with\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?[A-Z]"
    # "The contract between A and B", "a launch services agreement between A and B"
    rf"|\b{_NOUN}\s+between\s+(?:the\s+)?[A-Z]{_GAP}{{0,80}}?\sand\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}?[A-Z]"
    # "A and B[, a Singapore power retailer,] signed a power purchase agreement"
    r"|\b[A-Z][\w.&-]*(?:\s+[\w.&()-]+){0,8}?\s+and\s+(?:the\s+)?[A-Z][^.;]{0,90}?\s"
    rf"(?:have\s+|has\s+|had\s+)?(?:signed|inked|sealed|concluded)\s+(?:an?\s+|the\s+)?"
    rf"{_GAP}{{0,40}}?\b{_NOUN}\b",
    caseless=False,
)


def joined_sides(sentence: str) -> bool:
    """Whether the sentence names a deal's two sides joined by "with", "between ... and" or
    a pair of subjects (see the module's note)."""
    return bool(PAIRED.search(sentence) or _FRAMES.search(sentence))
