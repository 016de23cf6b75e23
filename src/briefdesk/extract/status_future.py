"""A deal told in the future tense by the side that commits to it: agreed, not just reported.

Round 26 (issue 10): "Under the agreement the agency will sell the two ships to X for NOK 410
million", "The Kyrgyz Republic will receive a grant of $45,000,000", "The power will be bought
by the grid operator for about $27 million", "Atlas Cobalt will supply 3,000 t/yr ... under a
seven-year contract worth about $1.2 billion", "Sepik Highlands Gold will invest 1.2 billion
kina" — a side saying what it *will* do with the amount states a deal already agreed (the golds
of six readable sets say approved), where the status words ("will provide", "will lend") named
only two such verbs and the rest read "reported".

Read last, only for a deal still "reported" after its own sentence, the sentences before it
(a concession signed: "The concessionaire will invest" keeps signed) and the later ones: the
commitment is the fallback, not a cue that outranks what the text says elsewhere. "would",
"could", "plans to" and "is expected to" are no commitment; the verb must stand before the
amount in the amount's own clause. "shall pay" is left out: an arbitral award's "The Respondent
shall pay the Claimant US$ 87.4 million" orders damages, it agrees no deal.
"""

from __future__ import annotations

import re

# "will (also) sell", "will be bought by", "shall receive": a commitment verb under a plain
# future, up to the amount (no full stop, semicolon or second "will" clause between).
_WILL = re.compile(
    r"\b(?:will|shall)\s+(?:also\s+|now\s+|further\s+)?"
    r"(?:sell|supply|receive|invest|buy|acquire|purchase|add|finance|fund|build|deliver|"
    r"be\s+(?:bought|sold|supplied|financed|funded))\b"
    r"[^.;]{0,160}$",
    re.IGNORECASE,
)
# A condition or a hedge in the clause: no commitment yet ("if approved, X will buy").
_HEDGE = re.compile(
    r"\b(?:if|unless|once|when|could|might|may|would|plans?\s+to|hopes?\s+to|expected\s+to|"
    r"to\s+be\s+signed|proposal|proposed|bid|offer)\b",
    re.IGNORECASE,
)


def future_commitment(text: str, at: int, status: str) -> str:
    """``status``, or "approved" when it is "reported" and ``text`` (the amount's sentence, the
    amount at ``at``) commits a side in the future tense to the deal before the amount."""
    if status != "reported" or ("will" not in text and "shall" not in text):
        return status
    head = text[:at]
    match = _WILL.search(head)
    if match is None:
        return status
    if _HEDGE.search(text[max(0, match.start() - 80) :]):
        return status
    return "approved"
