"""A contract with a named side put on hold: "Kenya's contract with Norinco is on hold",
"Ghana froze its contract with X", "the deal with X has been frozen since May".

Such a sentence is a (suspended) deal of its own even though it names the contract as one
already known ("its contract") and only one side by its role: the side after "with".
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.scans import Gated

_NOUN = r"(?:contract|deal|agreement|order|concession|lease|offtake)"
# (read only where a word of its state or of its verb occurs: scans.Gated)
_HELD = Gated(
    ("hold", "froz", "freez", "paus", "ice", "suspended", "halt", "put"),
    rf"\b{_NOUN}\s+with\s+[^.;]{{3,60}}?\s(?:is|was|were|has\s+been|have\s+been|remains?|"
    r"had\s+been)\s+(?:now\s+|since\s+|also\s+)?(?:put\s+)?(?:on\s+hold|frozen|paused|"
    r"on\s+ice|suspended|halted)\b|"
    r"\b(?:froze|freezes|freeze|frozen|paused|pauses|halted|halts|put|puts)\s+(?:a|an|the|its|"
    rf"their|his|her)\s+(?:[\w$€£.,-]+\s+){{0,4}}?{_NOUN}\s+with\b"
    r"(?:[^.;]{3,60}?\s+on\s+hold\b)?",
    re.IGNORECASE,
    caseless=True,
)
_PUT = re.compile(r"\bputs?\s+(?:a|an|the|its|their|his|her)\b", re.IGNORECASE)
_HOLD = re.compile(r"\bon\s+(?:hold|ice)\b", re.IGNORECASE)


def held(sentence: str) -> bool:
    """Whether the sentence puts a contract with a named side on hold."""
    found = _HELD.search(sentence)
    if not found:
        return False
    # "put its contract with X" means nothing unless it is put on hold (or on ice)
    return not _PUT.match(found.group()) or bool(_HOLD.search(found.group()))
