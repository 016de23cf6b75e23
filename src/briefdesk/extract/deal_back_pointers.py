"""Sides a deal's sentence names by pointers, and those of the sentence it points back to.

Round 15 (issue 10). News tells who signed in one sentence and the price in the next: "The
government has cancelled the contract with Delta Roadworks Ltd. The contract, signed in 2024,
was worth $40 million." The value sentence names nobody, so its sides are read from the
sentence before; that sentence's names were read, but not its pointers ("the government",
"the ministry", "It", "The company"), which the deal's own sentence reads. The sentence a
value points back to is now read with the same pointer readers, and "the government" is read
as the subject of a reported clause too ("the minister said the government had cancelled").
"""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_members import awarded_member
from briefdesk.extract.deal_pointers import pointer_party, state_pointer
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.parties import subject_roles
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

# "the minister said (on Tuesday) (that) the government had cancelled the contract with X":
# the state named by a common noun as the subject of the clause a reporting verb opens.
_REPORTED_STATE = re.compile(
    r"\b(?:said|says|confirmed|announced|told\s+\w+|added)\s+(?:on\s+\w+\s+|last\s+\w+\s+)?"
    r"(?:that\s+)?(?:the\s+)?(?:government|authorities)\s+(?=[a-z])"
)
# (after a dateline's dash too: "LUSAKA, March 3 (Reuters) - The government has cancelled")
_STATE_START = lazy(
    r"^(?:[^\n]{0,60}?\s[-–—]\s)?\W*(?:The|the)\s+(?:government|authorities)\s+(?=[a-z])"
)
# What a buying government does to its supplier's contract ("had cancelled the contract with").
_CONTRACT_ACT = re.compile(
    r"(?:(?:has|had|have|also|then|later|now|formally)\s+)*(?:signed|cancell?ed|canceled|"
    r"terminated|suspended|concluded|rescinded|froze|placed|awarded)\b"
)


def pointer_sides(
    text: str,
    deal: DealBuild,
    sentence: Sentence,
    pointers: tuple[Found, Callable[[int], str], str],
    concession: bool,
    back: Sentence | None,
) -> None:
    """Pointers in the deal's own sentence ("It", "The company", "the ministry", "the kingdom",
    an award to a named member of a group), then in ``back``, the sentence a value sentence
    naming nobody points back to (``pointers``: the registry, the organisation named before a
    position, the article's state)."""
    found, org_before, home = pointers
    pointer_party(deal, sentence, subject_roles, org_before, found)
    awarded_member(text, found, deal, sentence, concession)
    state_pointer(deal, sentence, subject_roles, home)
    if back is None or (deal.buyer and deal.seller):
        return
    pointer_party(deal, back, subject_roles, org_before, found)
    state_pointer(deal, back, subject_roles, home)
    reported_state(deal, back, home)


def reported_state(deal: DealBuild, sentence: Sentence, home: str) -> None:
    """ "The government (the minister said) had cancelled the contract with X": the article's
    state buys from the company the deal already has as seller."""
    if deal.buyer or not deal.seller or not home or home == deal.seller:
        return
    if deal.kind in {"loan", "grant"}:
        return
    text = sentence.text
    match = _STATE_START.match(text) or _REPORTED_STATE.search(text)
    if not match or not _CONTRACT_ACT.match(text, match.end()):
        return
    deal.buyer = home
    deal.buyer_why = "'the government' signing the contract told before: the article's state"
