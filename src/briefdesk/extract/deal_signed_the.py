"""A named contract signed: "signed the engine supply contract with X" (round 25, issue 10).

The unpriced veto reads "the <words> contract" as the priced deal told again. When that
phrase is the object of "signed" and is named by what it is (a supply, financing, licence or
exchange agreement), the sentence tells a signing of its own: the readable sets lose such deals
in six sets (the corpus, fresh-2, -11, -12, -20, -21; docs "Round 25: deals not found"). A bare
"signed the contract" and "signed the same agreement" still point back; a told-again deal whose
sides a found deal holds is dropped after by the learned pass ("sides already in a found deal").
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
