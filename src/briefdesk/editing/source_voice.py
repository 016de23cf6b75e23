"""Which side of a deal the source speaks for: its title and BLUF lead with that side.

A defence agency's page announcing that it awarded a contract was drafted "Kestrel Marine
Systems Ltd to sell offshore patrol vessels to Defence Materiel Directorate" (newcomer17
N17-09): the house order (the seller of a sale, the lender of a loan) put the contractor first
on the buyer's own announcement. One rule for every kind now: the side the source speaks for
leads — the body (or, for a state, its ministry or government) that is the source's outlet or
author, else the side the deal's own sentence makes the one that "awarded", "selected",
"ordered" or "announced" it. Neither found: the house order, as before. Whether the deal was
*awarded* is said too, so the buyer's title reads "X awards Y contract for …" rather than
"X orders …".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefdesk.model import Brief, Deal, Source

BUYER = "buyer"
SELLER = "seller"

_ACTED = (
    r"\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:awarded|awards|selected|selects|ordered|orders|announced|announces)\b"
)
_AWARDED = re.compile(r"\baward(?:ed|s|ing)?\b", re.IGNORECASE)
_GOVERNMENT = re.compile(r"\b(?:ministry|ministries|government|department|cabinet)\b", re.I)
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class Voice:
    """The side that leads ("buyer", "seller" or "" for the house order), and whether the
    deal's own words say it was awarded."""

    side: str = ""
    awarded: bool = False


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _is_speaker(name: str, speakers: list[str]) -> bool:
    """``name`` is the outlet or author ("Defence Materiel Directorate (Estonia)", "Press
    Office, Defence Materiel Directorate"), or a state whose ministry or government it is."""
    folded = _fold(name)
    if len(folded) < 3:
        return False
    for speaker in speakers:
        core = _fold(_PARENTHESIS.sub("", speaker))
        if not core:
            continue
        named = re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", _fold(speaker))
        # A one-word name (a state) speaks only through its ministry or government.
        if named and (len(folded.split()) > 1 or _GOVERNMENT.search(core) or core == folded):
            return True
        if len(core.split()) > 1 and re.search(rf"(?<!\w){re.escape(core)}(?!\w)", folded):
            return True  # the outlet "Directorate of X" inside "the Directorate of X (Y)"
    return False


def _acts_in(name: str, sentence: str) -> bool:
    """``name`` (or "the <its last word>": "the Directorate") awarded, selected, ordered or
    announced in ``sentence``."""
    words = name.split()
    if not words:
        return False
    forms = [re.escape(name)]
    if len(words) > 1 and words[-1][:1].isupper():
        forms.append(rf"[Tt]he\s+{re.escape(words[-1])}")
    return re.search(rf"(?<!\w)(?:{'|'.join(forms)}){_ACTED}", sentence) is not None


def voice_of_parts(buyer: str, seller: str, speakers: list[str], sentence: str) -> Voice:
    """The voice of a deal from its two names, the source's outlet and author, and the deal's
    own words."""
    awarded = bool(_AWARDED.search(sentence))
    if not (buyer and seller):
        return Voice("", awarded)  # one side is the only one to lead with anyway
    spoken = [s for s in speakers if s.strip()]
    by_source = [
        side for side, name in ((BUYER, buyer), (SELLER, seller)) if _is_speaker(name, spoken)
    ]
    if len(by_source) == 1:
        return Voice(by_source[0], awarded)
    acting = [side for side, name in ((BUYER, buyer), (SELLER, seller)) if _acts_in(name, sentence)]
    return Voice(acting[0] if len(acting) == 1 else "", awarded)


def source_voice(
    buyer: str, seller: str, source: Source | None, spans: list[tuple[int, int]]
) -> Voice:
    """The voice of a suggested deal read from ``source`` (its evidence ``spans``)."""
    if source is None:
        return voice_of_parts(buyer, seller, [], "")
    sentence = " ".join(source.text[s:e] for s, e in spans if 0 <= s <= e <= len(source.text))
    return voice_of_parts(buyer, seller, [source.outlet, source.author], sentence)


def deal_voice(brief: Brief, deal: Deal, buyer: str, seller: str) -> Voice:
    """The voice of a brief's deal: the source its own words cite, and those words."""
    cited = [span for span in deal.evidence if brief.source(span.source_id) is not None]
    if not cited:
        return voice_of_parts(buyer, seller, [], "")
    source = brief.source(cited[0].source_id)
    speakers = [source.outlet, source.author] if source is not None else []
    sentence = " ".join(span.quote for span in cited)
    return voice_of_parts(buyer, seller, speakers, sentence)


# Kinds whose buyer's announcement of an award reads "X awards Y contract for …".
_AWARDABLE = frozenset({"arms_sale", "energy_supply", "other", "procurement"})
_ORDERABLE = frozenset({"arms_sale", "energy_supply", "other"})


def voiced_title(kind: str, what: str, buyer: str, seller: str, voice: Voice) -> str:
    """The brief's title led by the side ``voice`` names, when that is not the house order
    already; "" otherwise (the caller's house title stands)."""
    from briefdesk.editing.deal_sentence import is_stake
    from briefdesk.works_words import CONTRACT

    b, s = buyer, seller
    if voice.side == BUYER:
        if kind == "construction" and CONTRACT.search(what):
            return f"{b} awards {s} {what}"
        if kind == "construction" or (voice.awarded and kind in _AWARDABLE):
            return f"{b} awards {s} contract for {what}"
        if kind in _ORDERABLE:
            return f"{b} orders {what} from {s}"
        if kind in ("loan", "grant"):
            return f"{b} secures {kind} from {s}"
        if kind == "concession":
            return f"{b} wins {what} from {s}"
        if kind == "acquisition":
            return f"{b} to buy {what} from {s}"
    if voice.side == SELLER:
        if kind == "acquisition" and not is_stake(what):
            return f"{s} to sell {what} to {b}"
        if kind == "procurement":
            return f"{s} to supply {what} to {b}"
        if kind == "construction":
            return f"{s} wins contract for {what} from {b}"
    return ""
