"""A named contract signed or awarded: "signed the engine supply contract with X" (round 25,
issue 10), "has awarded the contract for the quay to X" (round 26).

The unpriced veto reads "the <words> contract" as the priced deal told again. When that
phrase is the object of "signed" and is named by what it is (a supply, financing, licence or
exchange agreement), the sentence tells a signing of its own: the readable sets lose such deals
in six sets (the corpus, fresh-2, -11, -12, -20, -21; docs "Round 25: deals not found"). A bare
"signed the contract" and "signed the same agreement" still point back; a told-again deal whose
sides a found deal holds is dropped after by the learned pass ("sides already in a found deal").

Round 26 (docs "Round 26: deals not found"): "the contract" that is the object of an active
"awarded" and goes "to <Name>" is an award told for the first time, not the priced deal again —
lost in fresh-21 (Z04) and fresh-22 (A21); vetoed too in the corpus (179, its price read back
into it) and fresh-23 (B20, "awarded us the contract", whose client is not read). A passive
"was awarded the contract", "has not awarded" and a contract "to the lowest bidder" still point
back (or tell nothing).
"""

from __future__ import annotations

import re

# "signed the financing agreement for", "had signed on Friday the annual coal sale contract":
# one to three lower-case words naming the contract (so not a bare "the contract"), not a
# back-pointing one ("same", "said", "original"), and the contract not the subject of a verb.
_SIGNED_THE = re.compile(
    r"\bsigned\s+(?:[\w-]+\s+){0,4}?the\s+"
    r"(?!(?:same|said|above|original|existing|previous|former|earlier|deal|new)\b)"
    r"(?:[a-z][\w-]*\s+){1,3}?(?:contract|agreement)s?\b"
    r"(?!\s+(?:was|were|is|had|has|signed|of\s+(?:19|20)\d\d)\b)"
)


def signed_the(sentence: str) -> bool:
    """Whether ``sentence`` signs a contract it names by its object ("the supply contract")."""
    return "signed" in sentence and bool(_SIGNED_THE.search(sentence))


# "has awarded the contract for the dry-docking, hull survey and overhaul of X to Y": the contract
# is the object of an active award to a name, so it is defined by what follows, not by a deal
# told before.
_AWARDED_THE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bnot\s)(?<!\byet\s)(?<!\bnever\s)\bawarded\s+"
    r"the\s+(?!(?:same|said|above|original|existing|previous|former|earlier)\b)"
    r"(?:[\w-]+\s+){0,3}?(?:contract|order)\s+(?:(?:for|to)\s+[^.;:]{3,200}?\s)?"
    r"to\s+(?:the\s+)?[A-Z]"
)


def awarded_the(sentence: str) -> bool:
    """Whether ``sentence`` awards "the contract" to a name ("has awarded the contract for the
    quay to X")."""
    return "awarded" in sentence and bool(_AWARDED_THE.search(sentence))
