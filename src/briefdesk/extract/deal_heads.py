"""What an amount is, from the words right after it, and the few shapes of a sentence that
name a deal's kind outright ("a 70:30 venture between A and B")."""

from __future__ import annotations

import re

from briefdesk.extract.pattern_cues import cued

# What the amount itself is, from the nouns right after it: "a 4 billion yen grant",
# "a EUR150 million credit line", "$7bn refinery joint venture". This outranks the sentence's
# other words ("radars ... under a 4 billion yen grant" is a grant, not an arms sale).
HEAD_KINDS = (
    # "A$30 million in budget support", "$5 million of aid": money given.
    (
        "grant",
        re.compile(
            r"^(?:\s*\([^)]{0,40}\))?\s+(?:[\w-]+\s+){0,2}"
            r"(?:grants?|(?:budget|financial|fiscal)\s+support|aid|assistance|donations?)\b"
        ),
    ),
    (
        "loan",
        re.compile(
            r"^(?:\s*\([^)]{0,40}\))?\s+(?:[\w-]+\s+){0,2}"
            r"(?:loans?|credit\s+lines?|lines?\s+of\s+credit|(?:credit\s+)?facility|"
            r"financing|bailout)\b"
        ),
    ),
    ("joint_venture", re.compile(r"^(?:\s*\([^)]{0,40}\))?\s+(?:[\w-]+\s+){0,3}joint\s+venture")),
)


def head_kind(after_amount: str) -> str:
    """The deal kind named by the noun right after an amount, or ""."""
    for kind, pattern in HEAD_KINDS:
        if pattern.match(after_amount.lower()):
            return kind
    return ""


# "an XCD2.4 million design contract with X, financed from a CDB facility": the amount is the
# contract's; the financing behind it makes it no loan.
CONTRACT_HEAD = re.compile(
    r"(?:\s*\([^)]{0,40}\))?\s+(?:[\w-]+\s+){0,2}(?:contract|subcontract|order)s?\b", re.I
)
# "the $3.7bn refinery, a 70:30 venture between A and B": a venture told by its shares.
# (round 23: a headline's "set up $540 mln hydro venture", "form $2bn copper venture"; not
# "venture capital")
VENTURE = cued(
    r"\b\d{1,2}(?::|-|/)\d{1,2}\s+(?:joint\s+)?venture\b|\bventure\s+between\b"
    r"|\b(?:set(?:s|ting)?\s+up|forms?|formed|forming)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:[\w$€£¥.,-]+\s+){0,4}?venture\b(?!\s+capital)"
)
