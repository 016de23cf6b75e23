"""Signing denied, put off or made conditional (round 16): "nothing has been signed", "without
signing", "stopped short of signing", "before any contract is signed", "would be signed if
parliament approves". Read by ``status_grammar`` on the lower-cased sentence: the cue such a
phrase holds is blanked (offsets kept), and a deal the sentence says is unsigned, with no other
status, is still proposed."""

from __future__ import annotations

import re

_AUX = r"(?:has|have|had|was|were|is|are)"
# Each match's group "cue" is the status word the phrase holds, blanked by ``blank_unsigned``.
_DENIED = re.compile(
    # "nothing has been signed", "none was signed yet", "nothing is agreed"
    rf"\b(?:nothing|none)\s+{_AUX}\s+(?:yet\s+|so\s+far\s+|still\s+)?(?:been\s+)?"
    r"(?P<cue>signed|agreed|approved|finali[sz]ed|concluded)\b"
    # "without signing a contract", "stopped short of signing", "refused to sign off"
    r"|\b(?:without|stopped\s+short\s+of|stops\s+short\s+of|stop\s+short\s+of)\s+"
    r"(?:(?:formally|actually|first)\s+)?(?:having\s+)?(?P<cue2>signing|signed|approving|"
    r"approved|ordering|agreeing)\b"
    # "before any contract is signed", "until a deal is signed", "once the agreement is ratified"
    # (a past "once the contract was signed" is what happened: not read)
    r"|\b(?:before|until|unless|till|once|if)\s+(?:any|a|an|the|this|that|such\s+an?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:contract|agreement|deal|order|accord|loan|purchase)s?\s+"
    r"(?:is|are|will\s+be|can\s+be|gets|get|has\s+been|have\s+been)\s+(?:formally\s+)?"
    r"(?P<cue3>signed|approved|ratified|concluded|finali[sz]ed)\b"
    # a condition's own verb: "if parliament approves the budget", "unless the cabinet agrees"
    r"|\b(?:if|unless|provided\s+(?:that\s+)?)(?:\s+[\w-]+){1,4}?\s+"
    r"(?P<cue4>approves|agrees|clears|ratifies|signs)\b"
)
_CUES = ("cue", "cue2", "cue3", "cue4")
# What says the deal is not signed yet, read after the blanking ("xxxxxx" is a blanked
# "signed"): the status it leaves is still a proposal.
_UNSIGNED = re.compile(
    r"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:signed|xxxxxx)\b"
    r"|\b(?:has|have|is|are)\s+yet\s+to\s+(?:be\s+)?(?:sign|signed|xxxxxx)\b"
    r"|\b(?:nothing|none|no\s+(?:[\w-]+\s+)?(?:contract|agreement|deal)s?)\s+"
    r"(?:has|have|had|was|were|is|are)\s+(?:yet\s+|so\s+far\s+|still\s+)?(?:been\s+)?xxxxxx\b"
    r"|\b(?:without|short\s+of)\s+(?:[\w-]+\s+)?(?:having\s+)?x{6,7}\b"
    r"|\b(?:would|will|could)\s+(?:only\s+)?be\s+signed\s+(?:only\s+)?(?:if|unless|once|when)\b"
)
_HINTS = (
    "nothing",
    "none",
    "without",
    "short of",
    "before",
    "until",
    "unless",
    "till",
    "once",
    "if ",
    "provided",
)


def _blanked(match: re.Match[str]) -> str:
    name = next(group for group in _CUES if match.group(group))
    start, end = match.span(name)
    at, to = start - match.start(), end - match.start()
    whole = match.group()
    return whole[:at] + "x" * (to - at) + whole[to:]


def blank_unsigned(lowered: str) -> str:
    """``lowered`` with each denied, put-off or conditional status cue blanked."""
    if not any(hint in lowered for hint in _HINTS):
        return lowered
    return _DENIED.sub(_blanked, lowered)


def says_unsigned(lowered: str) -> bool:
    """Whether the (blanked) sentence says its deal is not signed yet."""
    return ("sign" in lowered or "xxxxxx" in lowered) and bool(_UNSIGNED.search(lowered))
