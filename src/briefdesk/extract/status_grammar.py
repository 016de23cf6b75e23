"""Deal status by grammar the phrase lists miss (round 9): words that cancel a cue, a pending
approval that holds a deal back a step, and wins of a contract said in a headline.

Read by ``deal_status`` on the lower-cased sentence before and after its cue scan:
- ``prepared`` rewrites what would mislead a cue scan, keeping every offset: a negated cue
  ("were not delivered", "had never been disbursed") is blanked; "signed off" is an approval
  ("okayed off"); "received a letter of support", "signed a mandate letter" are no delivery or
  signature (the letter itself is a proposal cue); "will also provide" is read as "will provide".
- ``grammar_cues`` finds what a fixed phrase cannot: "wins THB 7.8 billion 5G radio contract",
  "completed the third review" (an IMF board's approval).
- ``held_back`` steps a status down one place when the deal still waits for an approval
  ("subject to the approval of its Board", "pending parliamentary approval"): signed is
  approved, approved (or nothing said) is proposed.
"""

from __future__ import annotations

import re

from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.status_governed import blank_needed, decided_stops, waits
from briefdesk.extract.status_unsigned import blank_unsigned, says_unsigned
from briefdesk.extract.status_verbs import verb_cues
from briefdesk.extract.words import word_list

# Phrase cues by status, as data (extract/data/status_<status>.txt).
MORE_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("cancelled", word_list("status_cancelled")),
    ("signed", word_list("status_signed")),
    ("approved", word_list("status_approved")),
    ("proposed", word_list("status_proposed")),
)

# "not delivered", "had never been disbursed", "is yet to be signed", "has not yet been
# ratified": the cue word after the negation states no status.
_NEGATED = re.compile(
    r"\b(?:not|never|n't|yet\s+to\s+be|no\s+longer)\s+(?:yet\s+)?(?:been\s+|be\s+)?"
    r"(?P<verb>(?!decided\b)[a-z-]+ed)\b"
    # round 13: a deal noun denied ("no contract has been signed", "no agreement was reached")
    r"|\bno\s+(?:final\s+|formal\s+|binding\s+)?(?:contract|agreement|deal|order|accord|"
    r"term\s+sheet|loan|lease|licen[cs]e|memorandum)s?\s+"  # (round 22: "no term sheet has")
    r"(?:has|have|had|was|were|is|are)\s+(?:yet\s+|so\s+far\s+)?(?:been\s+)?"
    r"(?P<denied>[a-z-]+ed)\b"
)
# Round 13: a preliminary paper signed ("signed heads of terms", "signed a term sheet"): the
# terms are agreed, the binding contract is not signed yet; the verb is read as "agreed".
_PRELIMINARY = re.compile(
    r"\b(?P<verb>signed|initialled|initialed)\s+(?=(?:a\s+|an\s+|the\s+|non-binding\s+)*"
    r"(?:heads\s+of\s+terms?|term\s+sheets?|heads\s+of\s+agreement)\b)"
)
# "received a letter of support", "signed a mandate letter", "issued a letter of interest".
_LETTER_VERB = lazy(
    r"\b(?P<verb>signed|received|receives|issued|sent)\s+(?=(?:a|an|the)\s+(?:mandate\s+)?"
    r"letter\b)"
)
# "will also provide", "would now consider": the modal and its verb read as one cue.
_ADVERB_AFTER_MODAL = re.compile(
    r"\b(will|would|shall|to)\s+(?:also|now|further|then|additionally|still|soon)\s+"
)


# Round 13: bids or offers received are a tender's step, no delivery ("bids received on 3 March",
# "received five offers").
_BIDS_RECEIVED = re.compile(
    r"\b(?:bids?|offers?|tenders?|proposals?|applications?|quotations?)\s+(?P<verb>received)\b"
    r"|\b(?P<verb2>received|receives)\s+(?:[\w-]+\s+){0,2}?(?:bids?|offers?|tenders?|proposals?|"
    r"applications?|quotations?)\b"
)


def _bids_blank(match: re.Match[str]) -> str:
    return _blank(match, "verb" if match.group("verb") else "verb2")


def _negated_blank(match: re.Match[str]) -> str:
    return _blank(match, "verb" if match.group("verb") else "denied")


def _as_agreed(match: re.Match[str]) -> str:
    """The verb before a preliminary paper read as "agreed" (offsets kept)."""
    return "agreed" + " " * (len(match.group()) - 6)


_ADVERBS = ("also", "now", "further", "then", "additionally", "still", "soon")


def _blank(match: re.Match[str], group: str) -> str:
    start, end = match.span(group)
    whole = match.group()
    at, to = start - match.start(), end - match.start()
    return whole[:at] + "x" * (to - at) + whole[to:]


def prepared(lowered: str) -> str:
    """``lowered`` with negated cues blanked, "signed off" read as an approval, and a letter's
    verb blanked; offsets are kept except where a modal's adverb is dropped (after it, cue
    positions are compared only within this text)."""
    if "n" in lowered and (
        "not" in lowered or "never" in lowered or "yet to" in lowered or "no " in lowered
    ):
        lowered = _NEGATED.sub(_negated_blank, lowered)
    lowered = blank_unsigned(lowered)  # "nothing has been signed", "without signing" (round 16)
    lowered = blank_needed(lowered)  # "needs approval by", "must approve" (round 19, N19-03)
    if " of terms" in lowered or "term sheet" in lowered or "heads of agreement" in lowered:
        lowered = _PRELIMINARY.sub(_as_agreed, lowered)
    if "receive" in lowered and _BIDS_RECEIVED.search(lowered):
        lowered = _BIDS_RECEIVED.sub(_bids_blank, lowered)
    if "signed off" in lowered:
        lowered = lowered.replace("signed off", "okayed off")
    if "letter" in lowered:
        lowered = _LETTER_VERB.sub(lambda m: _blank(m, "verb"), lowered)
    if any(adverb in lowered for adverb in _ADVERBS):  # (a cheap test first: "to " is everywhere)
        lowered = _ADVERB_AFTER_MODAL.sub(r"\1 ", lowered)
    return lowered


# A side wins (lands, bags, secures) a contract or an order: "Tampere Radio Networks wins THB
# 7.8 billion 5G radio contract", "Geoje Ocean Wins $1.4 Billion Taiwan Boxship Order".
_WON = re.compile(
    r"\b(?:wins?|won|winning|secures|secured|bags|bagged|lands|landed|clinche[sd])\s+"
    r"(?:[\w$€£¥.,/-]+\s+){0,7}?(?:sub)?(?:contract|order|deal)s?\b"
)
# An IMF-style board review completed: its disbursement is approved.
_REVIEW = re.compile(r"\bcompleted\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}?review\b")
# A formal document's signing: "has entered into a binding share sale agreement with",
# "executed a definitive merger agreement" (a plan to enter into one says "enter", no cue).
_ENTERED = re.compile(
    r"\b(?:entered\s+into|executed)\s+(?:a|an|the|two|three|its)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:agreements?|contracts?|deeds?|deal|lease|charter|facility|facilities|"
    r"loans?|credits?|financing)\b"  # (round 24: "entered into a syndicated term loan")
)
# Round 24: a purchase or financing completed or closed is done, as a filing or an annual report
# says it ("completed the acquisition of a 51 percent interest", "The deal, valued at US$148
# million, closed on 31 March", "the sale was completed in May"); a tender, an offer period or a
# plant that closed is no deal.
_TRANSACTION = r"(?:acquisition|purchase|sale|takeover|merger|buyout|transaction|deal|refinancing)"
_COMPLETED = re.compile(
    rf"\bcompleted\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){{0,3}}?{_TRANSACTION}\b"
    rf"|\b{_TRANSACTION}\b(?:\s+(?:of|for|with|by)\s[^,.;]{{1,60}}?|,[^,.;]{{1,60}},)?"
    r"\s+(?:has\s+|have\s+|was\s+|were\s+)?"
    r"(?:been\s+)?(?:closed|completed)\b"
)
# A stop's noun with its time between it and the deal (newcomer18 N18-01): "the cancellation
# on 14 October of the EUR1.9 billion programme", "its termination last year of the contract".
_STOPPED_WHEN = re.compile(
    r"\b(?:cancellation|termination)\s+(?:on|in|last|this|earlier|early|late)\b[^.;,]{0,25}?"
    r"\s+of\b"
)
GRAMMAR_CUES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("cancelled", "cancellation", _STOPPED_WHEN),
    ("cancelled", "termination", _STOPPED_WHEN),
    ("signed", "entered into", _ENTERED),
    ("signed", "executed", _ENTERED),
    ("signed", "completed", _COMPLETED),
    ("signed", "closed", _COMPLETED),
    ("signed", "contract", _WON),
    ("signed", "order", _WON),
    ("signed", "deal", _WON),
    ("approved", "review", _REVIEW),
)


def grammar_cues(lowered: str) -> list[tuple[str, int, int]]:
    """(status, start, end) of each grammar cue in ``lowered``."""
    found = decided_stops(lowered)  # "voted to suspend the contract" (round 19, N19-05)
    found.extend(verb_cues(lowered))  # "took a $120 million loan", "eyes a purchase" (round 22)
    for status, hint, pattern in GRAMMAR_CUES:
        if hint in lowered:
            found.extend(
                (status, m.start(), m.end())
                for m in pattern.finditer(lowered)
                if (status, m.start(), m.end()) not in found
            )
    return found


# "subject to the approval of its Board", "subject to Board approval", "pending parliamentary
# approval", "awaiting cabinet approval", "still needs the approval of".
_PENDING = re.compile(
    r"\b(?:subject\s+to|pending|awaiting|awaits|still\s+needs?|still\s+requires?|yet\s+to\s+"
    r"(?:receive|get|obtain))\s+(?:the\s+|its\s+|their\s+|final\s+|formal\s+|[\w-]+\s+){0,3}?"
    r"(?:approval|ratification|clearance|sign-off)\b"
)
_STEP_DOWN = {"signed": "approved", "approved": "proposed", "reported": "proposed"}
# Round 13: awarded or agreed, the signature still to come ("has not yet been signed", "awarded
# but not yet signed", "is expected to be signed", "awaiting signature"): a signed cue in the
# same sentence is an approval, nothing more. (``prepared`` has blanked a negated "signed" to
# "xxxxxx" by then.)
_UNSIGNED = re.compile(
    r"\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:signed|xxxxxx)|(?:yet|still)\s+to\s+be\s+(?:signed|xxxxxx)|"
    r"(?:is|are)\s+(?:expected|due|scheduled)\s+to\s+be\s+signed|"
    r"(?:will|would|is\s+to|are\s+to)\s+be\s+signed|"
    r"(?:awaiting|pending|before)\s+(?:its\s+|the\s+|formal\s+)?(?:signature|signing))\b"
)


def held_back(lowered: str, status: str) -> str:
    """``status`` a step down when the sentence says the deal still waits for an approval."""
    if (
        status == "signed"
        and any(h in lowered for h in _UNSIGNED_HINTS)
        and _UNSIGNED.search(lowered)
    ):
        return "approved"
    hinted = any(hint in lowered for hint in _PENDING_HINTS)
    if status == "approved" and "agreed to" in lowered and _AGREED_SALE.search(lowered):
        return status  # the sides agreed; a regulator's approval to come (round 24)
    if status in _STEP_DOWN and ((hinted and _PENDING.search(lowered)) or waits(lowered)):
        return _STEP_DOWN[status]
    if status == "reported" and says_unsigned(lowered):
        return "proposed"  # "nothing has been signed yet on the purchase" (round 16)
    if status == "reported" and "be signed" in lowered and _SIGNING_AHEAD.search(lowered):
        return "approved"  # "The contract, worth €94 mln, is due to be signed in July" (round 23)
    return status


# Round 23: a signing set for later, with no other status in the sentence: the terms are agreed
# ("the contract is worth 9.8 billion francs and will be signed within the month", "is due to
# be signed in July"); a deal still in talks says so ("is negotiating ..., expected to be
# signed": proposed before this is read), a condition is a proposal (``says_unsigned``).
_SIGNING_AHEAD = re.compile(
    r"\b(?:will|is\s+to|are\s+to|(?:is|are)\s+(?:due|expected|scheduled|set|slated)\s+to)\s+"
    r"be\s+signed\b"
)


# Round 24: a purchase agreed between buyer and seller that waits for a regulator ("has agreed
# to buy a 40% stake ..., subject to approval by the Central Bank") is agreed, not a proposal:
# the golds say agreed or signed (fresh-21, fresh-18); a lender that "agreed in principle to
# finance ..., subject to the approval of its Board" still steps down.
_AGREED_SALE = re.compile(
    r"\bagreed\s+to\s+(?:buy|sell|acquire|purchase|take\s+over|merge\s+with|divest)\b"
)
_UNSIGNED_HINTS = ("xxxxxx", "to be signed", "signature", "signing")
_PENDING_HINTS = ("subject", "pending", "await", "still", "yet to")


# Round 13: a later sentence (or clause) whose subject is the deal says it is still unsigned ("The
# contract has not yet been signed", "the contract will be signed in May"): an award told before
# is approved.
_LATER_UNSIGNED = re.compile(
    r"(?:\b(?:the|this|that|its)\s+(?:[\w-]+\s+){0,3}?(?:contract|agreement|deal|award|order|"
    r"concession|licen[cs]e|lease|charter|subcontract|loan)s?\b[^.;]{0,40}?|"
    r"(?:^|[;,]\s+|\band\s+)it\s+)"
    r"\b(?:(?:has|have|had|is|are|was|were)\s+"
    r"(?:not\s+(?:yet\s+)?(?:been\s+)?|yet\s+to\s+be\s+|still\s+to\s+be\s+)|"
    # (round 23: "still has to be signed", "is due to be signed")
    r"(?:still\s+)?(?:has|have)\s+(?:still\s+)?to\s+be\s+|"
    r"(?:is|are)\s+(?:due|scheduled|set|slated)\s+to\s+be\s+|"
    r"(?:will|would|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+be\s+)signed\b"
)


def later_unsigned(lowered: str) -> bool:
    """Whether ``lowered`` (a later sentence) says the deal it names is not signed yet."""
    return "signed" in lowered and "t" in lowered and bool(_LATER_UNSIGNED.search(lowered))
