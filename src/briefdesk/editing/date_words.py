"""What the words around a date say it dates (newcomer21 N21-05).

Three readings went wrong for a desk officer:

- "signed a barter agreement on 24 November … under which TSGC will deliver …": one sentence
  with a signing and a delivery; the date went to Delivery because any delivery word in the
  sentence won. The verb nearest before the date says what it dates.
- "Bergvik, 1 December 2026" above "This morning Northfjord Energi signed an agreement": the
  dateline's date was Announced, though the text says the signing was that very day. A
  dateline dates the text; it dates a signing only when the text says the signing was today.
- "the first aircraft would arrive in March 2027" is a delivery, in words the Delivery field
  (free text) takes; and "from January to June 2027" is one delivery period, not "from
  January".
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
# The verbs nearest before a date: "signed … on 24 November" vs "will deliver … from January".
_CUES = re.compile(
    r"\b(?P<signed>sign(?:ed|ing|s)?|inked|concluded|awarded|granted)\b"
    r"|\b(?P<delivery>deliver(?:y|ies|ed|s)?|hand(?:ed)?\s+over|in\s+service|arriv(?:e|es|al|als)"
    r")\b",
    re.IGNORECASE,
)
# "would arrive", "is due to arrive", "the first arrivals": a delivery to come.
ARRIVAL = re.compile(
    r"\b(?:will|would|shall|should|to|due\s+to)\s+arrive\b|\barrivals?\s+of\b", re.IGNORECASE
)
# "SAN IGNACIO, Dec 1 (CPA) -", "Bergvik, 1 December 2026", "KHERLAN, 25 November 2026 —".
_DATELINE_BEFORE = re.compile(r"^[A-Z][\w .'’/-]{1,40},\s*$")
_DATELINE_AFTER = re.compile(r"^[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:[—–-]|\n|$)")
# "This morning Northfjord Energi signed", "signed … earlier today"; not "said today it had
# signed", which dates the saying.
_TODAY = r"(?:this\s+morning|this\s+afternoon|this\s+evening|earlier\s+today|today|tonight)"
_SIGNED_TODAY = re.compile(
    rf"\b{_TODAY}\b,?(?P<a>[^.;\n]{{0,100}}?)\b(?:signed|inked|concluded)\b"
    rf"|\b(?:signed|inked|concluded)\b(?P<b>[^.;\n]{{0,100}}?)\b{_TODAY}\b",
    re.IGNORECASE,
)
_SAID = re.compile(r"\b(?:announc\w*|said|says|told|reported|stated)\b", re.IGNORECASE)
_FRAMES = re.compile(r"\b(?:after|since|before|until|when|once|because|while|ago)\b", re.I)
_RANGE_END = re.compile(
    rf"\s*(?:to|until|till|through)\s+(?:(?:early|mid|late|end)[- ](?:of\s+)?)?"
    rf"(?:{_MONTH}(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def nearest_cue(before: str) -> str:
    """ "signed" or "delivery": what the last cue in ``before`` (the sentence up to the date)
    is; "" when it holds none."""
    cues = list(_CUES.finditer(before))
    if not cues:
        return ""
    last = cues[-1]
    if last.group("delivery") and last.group().lower().startswith("arriv"):
        near = before[max(0, last.start() - 12) : last.end() + 4]
        return "delivery" if ARRIVAL.search(near) else ""
    return "signed" if last.group("signed") else "delivery"


def is_dateline(text: str, start: int, end: int) -> bool:
    """The date at ``text[start:end]`` is a dateline's: "PLACE, date" opening its line, then a
    dash, an agency in brackets or the end of the line."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_DATELINE_BEFORE.match(text[line_start:start])) and bool(
        _DATELINE_AFTER.match(text[end : end + 50])
    )


def signed_today(text: str, within: list[tuple[int, int]] | None = None) -> bool:
    """The text says a signing happened on the day it was written ("This morning X signed"),
    in one of the spans ``within`` when given; a saying between does not count."""
    for found in _SIGNED_TODAY.finditer(text):
        between = found.group("a") or found.group("b") or ""
        said_before = text[max(0, found.start() - 20) : found.start()]  # "said today it had"
        framed = _FRAMES.search(between)  # "Today, a year after the Government signed"
        if (
            framed
            or _SAID.search(between)
            or (found.group("a") is not None and _SAID.search(said_before))
        ):
            continue
        if within is None or any(s < found.end() and found.start() < e for s, e in within):
            return True
    return False


def range_end(text: str, end: int) -> int:
    """Where a period the date at ``text[…:end]`` opens ends: past "to June 2027" in "from
    January to June 2027"; ``end`` when none follows."""
    found = _RANGE_END.match(text, end)
    return found.end() if found else end
