"""Local assembly under licence told beside an order: "Twenty of the vehicles will be assembled
under licence in Zarqa by Jordan Advanced Vehicle Industries". The assembler is the licensee
(it buys the licence), the maker of the order before it the licensor; no price is needed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.text import Sentence

Mention = tuple[int, int, str]

_ASSEMBLED_BY = re.compile(
    r"\b(?:assembled|built|produced|manufactured|made|co-produced)\s+(?:locally\s+)?under\s+"
    r"(?:a\s+)?licen[cs]e\b[^.;]{0,60}?\bby\s+(?:the\s+)?(?:[\w-]+-based\s+|local\s+)?$",
    re.IGNORECASE,
)

# The priced deal described again: its licensed share is part of it, not a deal of its own.
_PART_OF_DEAL = re.compile(
    r"^\W*The\s+(?:deal|contract|order|agreement|package)\b|\b(?:covers|includes|comprises)\b"
)


def licensed_assembly(
    text: str,
    sents: list[Sentence],
    deals: list[DealBuild],
    mentions_in: Callable[[Sentence], list[Mention]],
    name: Callable[[str], str],
) -> list[DealBuild]:
    """Licensed-production deals for "assembled under licence ... by X" after a priced order."""
    found: list[DealBuild] = []
    for deal in deals:
        if not deal.value or not deal.seller or deal.sentence_index < 0:
            continue
        for index in range(deal.sentence_index + 1, min(len(sents), deal.sentence_index + 4)):
            sentence = sents[index]
            if "licen" not in sentence.text or _PART_OF_DEAL.search(sentence.text):
                continue  # "The deal covers ... tanks to be produced under licence by X"
            licensee = next(
                (
                    key
                    for start, _end, key in mentions_in(sentence)
                    if _ASSEMBLED_BY.search(text, sentence.start, start)
                    and name(key) not in (deal.seller, deal.buyer)
                ),
                "",
            )
            if not licensee:
                continue
            made = DealBuild(
                "licensed_production", None, status=deal_status(sentence.text), rule="deal.unpriced"
            )
            made.buyer, made.buyer_why = name(licensee), "licensee: assembles it under licence"
            made.seller, made.seller_why = deal.seller, "licensor: the maker of the order before"
            made.item, made.item_span = deal.item, deal.item_span
            made.sentence_index = index
            made.evidence.append((sentence.start, sentence.end))
            found.append(made)
            break
    return found


# "a licence with/from X to assemble four boats": the licence names what it lets one make.
_TO_MAKE = r"\bto\s+(?:assemble|build|produce|manufacture|make)\b"
# A licence to make goods told as the deal's own noun phrase or act: "a licence and
# technology-transfer agreement", "a licence agreement with X for the assembly of", "under
# licence from X", "licensed the state arms maker to assemble", "will assemble the missiles under
# licence". The sentence's own words only: a licence beside an order does not make the order one.
_LICENCE_TOLD = re.compile(
    r"\blicen[cs](?:e|ing)\s+(?:and\s+(?:a\s+)?technology[- ]transfer\s+)?"
    r"(?:agreement|contract|deal|accord)s?\b"
    r"|\btechnology[- ]transfer\s+and\s+licen[cs](?:e|ing)\s+(?:agreement|contract|deal|accord)"
    r"|\bunder\s+(?:a\s+)?licen[cs]e\s+(?:from|of|granted\s+by)\s+(?:the\s+)?[A-Z]"
    r"|\blicen[cs]e\s+for\s+the\s+(?:local\s+)?(?:assembly|production|manufacture|"
    r"manufacturing|co-production)\b"
    r"|\blicensed\s+(?:the\s+)?[^.;]{1,80}?\bto\s+(?:assemble|build|produce|manufacture|make)\b"
    r"|\b(?:assemble|assembles|build|builds|produce|produces|manufacture|manufactures|fill|fills)"
    r"\s+[^.;]{1,60}?\bunder\s+(?:a\s+)?licen[cs]e\b"
    r"|\blicen[cs]e\s+(?:from|with)\s+[^.;]{1,80}?" + _TO_MAKE,  # (round 15: "a licence with X to")
    re.IGNORECASE,
)


def licence_kind(sentence: str) -> str:
    """ "licensed_production" when the sentence's own words tell a licence to make goods."""
    told = "licen" in sentence.lower() and _LICENCE_TOLD.search(sentence)
    return "licensed_production" if told else ""


# Who takes the licence: the licensee signs it "with" the licensor, makes goods "under licence
# from" it, or is "licensed ... to assemble" them; the licensee buys, the licensor sells.
_FROM_LICENSOR = lazy(
    r"\bunder\s+(?:a\s+)?licen[cs]e\s+(?:from|of|granted\s+by)\s+(?:the\s+)?(?=[A-Z])"
    r"|\blicen[cs](?:e|ing)\b[^.;]{0,60}?\b(?:agreement|contract|deal|accord)s?\b[^.;]{0,40}?"
    r"\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?=[A-Z])"
    r"|\blicen[cs]e\s+(?:from|with)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}?(?=[A-Z][^.;]{1,80}?"
    + _TO_MAKE
    + ")",
    re.IGNORECASE,
)
_LICENSED_TO = re.compile(
    r"\blicensed\s+(?:the\s+)?(?=[^.;]{1,80}?\bto\s+(?:assemble|build|produce|manufacture|make)\b)"
)


_OWNS = ("'s", "’s")


def licence_sides(body: str, start: int, mentions: list[Mention]) -> tuple[str, str, str] | None:
    """(licensee, licensor, why) from the sentence ``body`` starting at ``start``, or None."""
    if "licen" not in body.lower():
        return None
    found = _FROM_LICENSOR.search(body)
    licensed = None if found else _LICENSED_TO.search(body)
    match = found or licensed
    if match is None:
        return None
    reach = range(start + match.end(), start + match.end() + 61)
    after = next(  # "with Germany's Weser Werft": the company, not its state
        (k for b, e, k in mentions if b in reach and body[e - start : e - start + 2] not in _OWNS),
        "",
    )
    before = [k for _b, e, k in mentions if e <= start + match.start()]
    subject = before[-1] if before else ""
    if not (after and subject):
        return None
    if found:
        return subject, after, "is made under licence"
    return after, subject, "is made under licence"
