"""Component (chunk rule): a title run that ends in an honorific before the name (round 10).

"Finance Minister Dr. Amina Yusuf": the stop after "Dr" splits the run, so "Finance Minister
Dr" comes alone and the organisation rules read it as a body ("Central Bank of X Governor Dr").
Claim it and propose nothing: the name's own rule reads the title back from the honorific
(``honorific_titles``).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.lexicon import ROLE_HEADS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import HONORIFIC_WORDS

# A stop, then a name of two capitalised words at least.
_NAME_AFTER = re.compile(r"\.\s[A-Z][\w'’-]+\s[A-Z]")


def title_before_honorific_run(res: Resolver, v: View) -> str:
    """Claim "<title> Dr" before ". <Name>" (see the module's docstring)."""
    lowered = v.lowered
    if (
        len(lowered) >= 2
        and lowered[-1] in HONORIFIC_WORDS
        and any(word in ROLE_HEADS for word in lowered[:-1])  # ("Secretary for the Navy Dr")
        and _NAME_AFTER.match(res.text, v.chunk.end)
    ):
        return CLAIM
    return NEXT
