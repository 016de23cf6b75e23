"""A lease's term in its deal's note (round 22, newcomer21 N21-02).

A manager reading a lease asks how long it runs and whether the aircraft can be bought at the
end. The option already goes into the deal's note (``draft_dates.option_note``); the term does
too, in the source's words: "leases two transports … for five years" → "Term: five years.",
"a 12-year bareboat charter" → "Term: 12 years.", "for 18 months" → "Term: 18 months.". The
model keeps no term field: a note is what the export prints beside the deal, and a term is
often stated loosely ("until 2031", "for the season"), which only words can keep.
"""

from __future__ import annotations

import re

from briefdesk.extract.number_words import NUMBER_ALT

_NUMBER = rf"(?:\d{{1,2}}|{NUMBER_ALT})"  # the project's numbers in words, not a list of our own
# "for five years", "for a year", "for 18 months" after a lease or charter word in the same
# sentence; "a five-year lease", "a 12-year bareboat charter" before it.
_FOR = re.compile(
    rf"\b(?:leas\w*|charter\w*|hire\w*)\b[^.;]{{0,80}}?\bfor\s+(?:a\s+(?:further\s+)?|"
    rf"(?P<n>{_NUMBER})\s+)(?P<unit>years?|months?)\b",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    rf"\b(?P<n>{_NUMBER})[- ](?P<unit>year|month)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:leases?|charters?|charter-party|hire)\b",
    re.IGNORECASE,
)


def lease_term(words: str) -> str:
    """ "Term: five years." from words that state how long a lease or charter runs; ""
    when they state none ("leased with an option to buy" alone, "a 25-year-old ship")."""
    found = _FOR.search(words) or _BEFORE.search(words)
    if found is None:
        return ""
    count = found.group("n") or "one"
    unit = found.group("unit").lower().rstrip("s")
    plural = "" if count.lower() in ("one", "1") else "s"
    return f"Term: {count.lower()} {unit}{plural}."


def with_term(note: str, words: str) -> str:
    """``note`` led by the lease's term read from ``words``, unless it already states one."""
    term = lease_term(words)
    if not term or note.startswith("Term:"):
        return note
    return f"{term} {note}".strip()
