"""Deals a speaker tells in the first person (round 22, issue 10): "We have a launch services
agreement with X, signed in October", "We have agreed with X on three radars", "We agreed terms
last week with X for two aircraft", "we signed a contract with X" in transcripts, interviews and
statements.

No pass read them: "we" is no party, so the parties patterns found one side at most and the
unpriced pass wants two (or a cue of one). Read here, after the other deals, in sentences no deal
cites: "we" (opening the sentence or after a speaker's label) signed, agreed or has a contract
noun *with a named party*. The named party sells (a bank lends), unless it is a public body and
the speaker supplies; "we" is the speaker's body where the readers of "we" (``deal_we``,
``deal_turns``: an interview's answers, a labelled speaker's turn, a quotation) name it, else
left empty. Not talks (``deal_talks``), a deal wished for, denied or to come, "with them" (no
name), a programme or a relationship.
"""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.deal_free_sentences import deals_in_free_sentences
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, DealBuild, deal_kind
from briefdesk.extract.deal_parties import is_government, lender_like
from briefdesk.extract.deal_turns import quoted_turns, transcript_turns
from briefdesk.extract.deal_we import first_person_mentions
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.party_near import Mention, party_named_at
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_NOUN = (
    r"(?:contract|agreement|deal|order|lease|licen[cs]e|charter|PPA|SPA|offtake|"
    r"heads\s+of\s+agreement|term\s+sheet)s?"
)
_WHAT = rf"(?:a|an|the|our)\s+(?:[\w-]+\s+){{0,5}}?{_NOUN}"
# "We have a 25-year purchase agreement with", "we signed a contract with", "We have agreed
# with", "We agreed terms last week with the Swedish operator X"
_WE = re.compile(
    r"(?:^|[:.]\s+|\b(?:and|but|so)\s+)(?P<we>[Ww]e)\s+"
    r"(?:have\s+|had\s+|also\s+|now\s+|already\s+)*"
    rf"(?:(?P<verb>signed|concluded|initialled|agreed)(?:\s+terms|\s+{_WHAT})?|{_WHAT})"
    r"(?:\s+(?:last|this|in|on)\s+[\w ]{1,20}?)?\s+with\s+(?=(?:the\s+)?[A-Z])"
)
_SELLS = re.compile(r"\b(?:supply|supplies|sell|sells|sale|deliver|export)\b", re.I)
# A deal wished for, to come, denied, or only talked about: none told.
_NOT_TOLD = re.compile(
    r"\b(?:hope|hopes|want|wants|will|would|could|may|might|plan|plans|if|whether|not|no|"
    r"never|talks|negotiat\w*|discuss\w*)\b|\?",
    re.IGNORECASE,
)
# A speaker's label opening a line: "A:", "AL-MUSAWI-KARIM:", "Minister Ter-Petrosyan:".
_LABEL = lazy(r"\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s*:\s")
_WHY = "told in the first person: {!r}"


def first_person_deals(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a deal for each first-person signing or contract with a named party."""
    if "We " not in text and "we " not in text:
        return deals
    speaker_at = we_reader(text, found)

    def read(found: Found, mentions: list[Mention], sentence: Sentence) -> DealBuild | None:
        return _told(found, mentions, sentence, speaker_at)

    return deals_in_free_sentences(found, sents, deals, read, _NOT_TOLD)


def we_reader(text: str, found: Found) -> Callable[[int], str]:
    """The key of the body each "we" speaks for, by its offset ("" when no reader of "we"
    names it); shared with round 23's bids told as talks (``deal_bid_talks``)."""
    mentions = sorted(found.mentions)
    spoken = first_person_mentions(text, found, mentions)  # (each "we" read as its body)
    spoken = quoted_turns(text, found, transcript_turns(text, found, spoken))
    we = {start: key for start, end, key in spoken if end - start == 2}
    return lambda at: _speaker(text, we, at)


def _speaker(text: str, we: dict[int, str], at: int) -> str:
    """The key of the body "we" at ``at`` speaks for: read there, or else the body of the last
    "we" read before it under the same speaker's label ("We have a contract" is no act the
    readers of "we" take, "We awarded ..." in the speaker's turn before is)."""
    if at in we:
        return we[at]
    label = _label(text, at)
    if not label:
        return ""
    earlier = [start for start in we if start < at and _label(text, start) == label]
    return we[max(earlier)] if earlier else ""


def _label(text: str, at: int) -> str:
    """The speaker's label opening the line of ``at`` ("A", "AL-MUSAWI-KARIM"), or ""."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    label = _LABEL.match(line)
    return label.group(1).lower() if label else ""


def _told(
    found: Found, mentions: list[Mention], sentence: Sentence, speaker_at: Callable[[int], str]
) -> DealBuild | None:
    """The deal one first-person sentence tells with a named party, or None."""
    said = sentence.text
    match = _WE.search(said)
    if match is None:
        return None
    other, _ = party_named_at(found, mentions, sentence, sentence.start + match.end())
    if not other:
        return None
    kind = deal_kind(said, said)
    if kind in NO_PARTY_KINDS:
        return None
    key = speaker_at(sentence.start + match.start("we"))
    speaker = found.actors[key].name if key in found.actors else ""
    actor = next((a for a in found.actors.values() if a.name == other), None)
    we_sell = actor is not None and (
        (is_government(actor) and _SELLS.search(said) is not None)
        or (kind == "loan" and not lender_like(actor))
    )
    buyer, seller = (other, speaker) if we_sell else (speaker, other)
    if buyer == seller:
        return None
    status = "approved" if match.group("verb") == "agreed" else "signed"
    deal = DealBuild(kind, None, status=status, buyer=buyer, seller=seller)
    words = " ".join(match.group().split())
    deal.rule, deal.rule_words = "deal.unpriced", _WHY.format(words)
    why = f"the side the speaker's deal is with ({words})"
    deal.buyer_why = why if buyer == other else ("the speaker's body" if buyer else "")
    deal.seller_why = why if seller == other else ("the speaker's body" if seller else "")
    return deal
