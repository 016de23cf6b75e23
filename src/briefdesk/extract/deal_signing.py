"""A signing told in the sentence is a deal of its own, even when only one side reads (round 15).

Unseen copy reports an unpriced agreement with a signing verb and one readable side: "A launch
services agreement was signed on 5 March with the Indian company X", "The Navy signed a
two-year bareboat charter for a vessel owned by X", "The Company has executed a binding offtake
agreement with Y". The unpriced pass asked for two sides unless a separate/awarded cue held; a
signing is itself the statement that a deal exists, so one new side is enough. Future, denied
and hoped-for signings ("is to be signed", "expects to sign", "no agreement was signed") are
not told as done and do not count.
"""

from __future__ import annotations

from briefdesk.extract import rx as re

# The verb of a completed signing, active or passive, then an agreement noun within a few words
# (either order: "signed a lease", "a lease was signed", "executed a term sheet").
_DONE = r"(?:signed|executed|inked|concluded|initialled|initialed|countersigned|entered\s+into)"
_NOUN = (
    r"(?:agreement|contract|subcontract|lease|charter|licen[cs]e|term\s+sheet|convention|"
    r"accord|deal)s?"
)
_SIGNED = re.compile(
    r"\b" + _DONE + r"\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,5}?" + _NOUN + r"\b|"
    r"\b"
    + _NOUN
    + r"\b[^.;]{0,80}?\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    + _DONE
    + r"\b"
)
# Not a signing done: told as future, hoped for, denied or reported as a rumour.
_NOT_DONE = re.compile(
    r"\b(?:to\s+be|will\s+be|would\s+be|yet\s+to\s+be|not\s+(?:yet\s+)?(?:been\s+)?|never\s+|"
    r"no\s+|expects?\s+to\s+|hopes?\s+to\s+|plans?\s+to\s+|could\s+be|may\s+be)"
    r"(?:be\s+)?"
    + _DONE
    + r"\b|\bno\s+(?:[\w-]+\s+){0,2}"
    + _NOUN
    + r"\b|\bnothing\s+is\s+signed\b",
    re.IGNORECASE,
)
_GATE = ("sign", "execut", "inked", "conclu", "initial", "entered")


def signing_told(sentence: str) -> bool:
    """Whether the sentence tells an agreement signed (done, not hoped for or denied)."""
    lowered = sentence.lower()
    if not any(g in lowered for g in _GATE):
        return False
    return bool(_SIGNED.search(lowered)) and not _NOT_DONE.search(lowered)
