"""A contract the text says was awarded, and nowhere signed, is accepted as awarded (N18-09).

"a $1.05 billion construction contract that Uganda Railways Corporation awarded in September
to … Yaprak Insaat" was accepted as Signed, with no date. The model has the word: for a
construction or a procurement contract, "awarded" is the approved step of the scale
(``model.status_words``: the award decision comes before the signature). So a deal of a kind
with that word, suggested reported or signed, whose own sentences (or one taking it up: "The
contract, signed …", as :mod:`draft_dates` reads them) say "awarded" and none says signed, is
accepted as awarded. The award's month or year, which no deal date field takes (they need a
day), goes into the deal's empty note in the source's words: "Awarded in September 2026."
Only the accepted record changes; the extraction's own status is not touched.
"""

from __future__ import annotations

import re

from briefdesk.editing.draft_dates import deals_sentence
from briefdesk.extract.results import DealSuggestion, Extraction
from briefdesk.model import Deal
from briefdesk.model.codes import DealStatus
from briefdesk.model.status_words import status_for_words

_AWARDED = re.compile(r"\b(?:awarded|awards)\b", re.I)
_SIGNED = re.compile(r"\b(?:signed|signs|signing|inked|concluded|sealed)\b", re.I)
# "awarded in September", "awarded last March to", "awarded in 2025": the award's own date.
_AWARD_DATE = re.compile(r"\bawarded\s+(?:in|on|last)\s+$", re.I)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for stop in re.finditer(r"\. |\n", text):
        spans.append((start, stop.start()))
        start = stop.end()
    spans.append((start, len(text)))
    return spans


def _own(deal: DealSuggestion, extraction: Extraction | None, text: str) -> list[tuple[int, int]]:
    """The deal's sentences: the ones its evidence is in, or (with its extraction) the ones
    :func:`draft_dates.deals_sentence` gives it."""
    spans = [(int(s), int(e)) for s, e in deal.evidence]
    return [
        (left, right)
        for left, right in _sentences(text)
        if any(s < right and left < e for s, e in spans)
        or (extraction is not None and deals_sentence(deal, extraction, text, left, right))
    ]


def awarded(
    deal: Deal, suggestion: DealSuggestion, extraction: Extraction | None, text: str
) -> Deal:
    """``deal`` (just made from ``suggestion``) as awarded, with its award month or year in an
    empty note, when its sentences say awarded and never signed; else ``deal`` unchanged."""
    approved = status_for_words(deal.kind, "awarded")
    if approved is None or deal.status not in (DealStatus.REPORTED, DealStatus.SIGNED):
        return deal
    own = _own(suggestion, extraction, text)
    if not any(_AWARDED.search(text, left, right) for left, right in own):
        return deal
    if any(_SIGNED.search(text, left, right) for left, right in own):
        return deal
    update: dict[str, object] = {"status": approved}
    note = _award_note(extraction, text, own)
    if note and not deal.note.strip():
        update["note"] = note
    return deal.model_copy(update=update)


def _award_note(extraction: Extraction | None, text: str, own: list[tuple[int, int]]) -> str:
    """ "Awarded in September 2026." from a month or year date right after "awarded in"."""
    if extraction is None:
        return ""
    for date in extraction.dates:
        if date.precision not in ("month", "year") or date.resolved is None or not date.evidence:
            continue
        start, _end = (int(x) for x in date.evidence[0])
        inside = any(left <= start < right for left, right in own)
        if inside and _AWARD_DATE.search(text[max(0, start - 30) : start]):
            when = date.resolved
            words = when.strftime("%B %Y") if date.precision == "month" else str(when.year)
            return f"Awarded in {words}."
    return ""
