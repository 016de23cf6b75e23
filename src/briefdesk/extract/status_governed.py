"""Status words governed by another verb (newcomer19 N19-03, N19-05): what a deal still needs is
not its status, and what a body voted or decided to do to it is.

- **needed**: "The $50 million loan needs approval by the board", "requires the go-ahead of
  parliament", "the ministry seeks cabinet approval for", "awaits the green light", "Parliament
  must approve the contract", "once the board approves it", "asked parliament to ratify":
  the approval (or signature) is still to come, so its word is blanked before the cue scan and
  names no status; after a needing verb ``waits`` then tells ``held_back`` that the deal
  waits for it (a step down, as "subject to Board approval" always did); after "once" or "if"
  it only names no status (the gold reads "a staff-level agreement ... Once approved, ..." as
  agreed). A cue that stands on its own ("signed once the board had approved it") is left.
- **decided stop**: "the National Assembly voted 131 to 87 to suspend the contract", "the
  cabinet decided to cancel", "the board agreed to suspend the loan", "moved to freeze": the
  vote or decision is the stop itself. "Wants to suspend", "threatened to cancel", "whether to
  suspend", "plans to cancel" decide nothing and stay as they were.
"""

from __future__ import annotations

import re

# Status words an approval is said with (lower-case), and a signature's.
_APPROVAL = (
    r"(?:approv\w*|go-ahead|green[- ]light\w*|clear(?:s|ed|ance)?|ratif\w*|sign-off|"
    r"sign(?:s|ed)?\s+off|okay\w*|endors\w*|authori[sz]\w*|rubber-stamp\w*)"
)
_CUE = rf"(?:{_APPROVAL}|sign(?:s|ed|ature|ing)?)"
# Words that may stand between the governing verb and its cue: "needs the board's final",
# "requires formal parliamentary", "asked parliament to".
_FILL = (
    r"(?:(?!(?:and|but|or|no|not|without|was|were|had|has|is|are|which|that|who|after|when|before)\b)"
    r"[\w'’-]+\s+){0,3}?"
)
_NEEDING = re.compile(
    r"\b(?:needs?|needed|needing|requires?|required|requiring|seeks?|sought|seeking|awaits?|"
    r"awaiting|pending|subject\s+to|conditional\s+on|contingent\s+on|depends\s+on)"
    rf"\s+{_FILL}(?P<cue>{_CUE})\b"
    # "Parliament must approve", "must still be signed", "asked parliament to ratify"
    r"|\b(?:(?:asked|asks|asking|urged|urges|called\s+on|wants?|wanted)\s+(?:[\w'’-]+\s+){1,3}?to|"
    r"must|has\s+to|have\s+to|needs?\s+to|will\s+need\s+to)"
    rf"\s+{_FILL}(?P<cue4>{_CUE})\b"
)
# "once the board approves it", "until parliament ratifies", "if approved", "once it is signed":
# a present or bare participle after a subordinator is still to come ("until it was signed"
# happened, and is left).
_UNTIL = re.compile(
    r"\b(?:once|until|unless|if)\s+(?:(?:the\s+|its\s+)?[\w'’-]+\s+){0,3}?"
    r"(?:(?P<cue>approves|ratifies|signs|clears|endorses)|"
    r"(?:is|are|gets|get)\s+(?P<cue2>approved|ratified|signed|cleared|endorsed))\b"
    r"|\b(?:once|until|unless|if)\s+(?P<cue3>approved|ratified|signed|cleared|endorsed)\b"
)
_NEED_HINTS: tuple[str, ...] = ("need", "requir", "seek", "sought", "await", "pending", "must")
_NEED_HINTS += ("subject to", "has to", "have to", "conditional", "contingent", "depends")
_NEED_HINTS += ("ask", "urge", "want", "called on")
_UNTIL_HINTS = ("once", "until", "unless", "if ")

# After blanking: the governing verb before a blanked approval ("needs xxxxxxxx by the board").
_WAITS = re.compile(
    r"\b(?:needs?|requires?|seeks?|seeking|awaits?|awaiting|pending|subject\s+to|"
    rf"conditional\s+on|contingent\s+on)\s+{_FILL}x{{4,}}"
)


def _blank(match: re.Match[str]) -> str:
    group = next(g for g in ("cue", "cue2", "cue3", "cue4") if match.groupdict().get(g) is not None)
    start, end = match.span(group)
    whole = match.group()
    at, to = start - match.start(), end - match.start()
    # An approval is blanked with "x" (``waits`` reads it), a signature with "q": waiting to
    # be signed is no step down ("approved, subject to the signature of a contract").
    mark = "q" if _SIGNATURE.fullmatch(match.group(group)) else "x"
    return whole[:at] + mark * (to - at) + whole[to:]


_SIGNATURE = re.compile(r"sign(?:s|ed|ature|ing)?")


def blank_needed(lowered: str) -> str:
    """``lowered`` with every status word that a needing verb or a subordinator governs blanked
    (offsets kept)."""
    if any(hint in lowered for hint in _NEED_HINTS):
        lowered = _NEEDING.sub(_blank, lowered)
    if any(hint in lowered for hint in _UNTIL_HINTS):
        lowered = _UNTIL.sub(_blank, lowered)
    return lowered


def waits(lowered: str) -> bool:
    """Whether ``lowered`` (after ``blank_needed``) says the deal still needs an approval."""
    return "xxxx" in lowered and _WAITS.search(lowered) is not None


# "voted (131 to 87) to suspend", "decided to cancel", "agreed to freeze", "moved to block",
# "ordered the ministry to suspend", "resolved to terminate".
DECIDED_STOP = re.compile(
    r"\b(?:voted|votes|decided|decides|agreed|agrees|moved|moves|resolved|resolves|ordered|"
    r"orders|opted|opts|chose|chooses)\s+(?:[\w'’-]+\s+){0,4}?to\s+"
    r"(?P<verb>suspend|freeze|halt|pause|block|shelve|cancel|terminate|scrap|annul|rescind|"
    r"revoke|void)\b"
)
_STOP_OF = {
    "suspend": "suspended",
    "freeze": "suspended",
    "halt": "suspended",
    "pause": "suspended",
    "block": "suspended",
    "shelve": "suspended",
}


def decided_stops(lowered: str) -> list[tuple[str, int, int]]:
    """(status, start, end) of each stop a vote or decision makes in ``lowered``."""
    if " to " not in lowered:
        return []
    return [
        (_STOP_OF.get(m.group("verb"), "cancelled"), m.start(), m.end())
        for m in DECIDED_STOP.finditer(lowered)
    ]
