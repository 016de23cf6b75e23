"""How high a handling marking is, on one scale for both schemes.

TLP 2.0 and UK levels keep their order from ``model.codes`` (lowest first); both map onto one
shared scale so a marking in one scheme can be judged against the other (the library's marking
ceiling) and a source's marking against its brief's (the draft). A custom marking cannot be
placed on the scale, so it counts as above every level: never sent or lowered by mistake.
"""

from __future__ import annotations

from briefdesk.model.brief import Marking
from briefdesk.model.codes import TLP_LEVELS, UK_LEVELS, MarkingScheme

UNMARKED = 0
# Above every level any ceiling can name: custom text we cannot rank.
UNRANKED = 99

# Shared scale: CLEAR 1 · GREEN/OFFICIAL 2 · AMBER/OFFICIAL-SENSITIVE 3 · AMBER+STRICT 4 ·
# RED/SECRET 5 · TOP SECRET 6. TLP:RED and SECRET both mean "named recipients only".
TLP_RANK = {level: i + 1 for i, level in enumerate(TLP_LEVELS)}
UK_RANK = {"OFFICIAL": 2, "OFFICIAL-SENSITIVE": 3, "SECRET": 5, "TOP SECRET": 6}
assert set(UK_RANK) == set(UK_LEVELS), "every UK level needs a place on the shared scale"


def marking_rank(marking: Marking) -> int:
    """Position of a marking on the shared scale (0 for unmarked)."""
    if marking.scheme is MarkingScheme.NONE:
        return UNMARKED
    if marking.scheme is MarkingScheme.TLP:
        return TLP_RANK.get(marking.level, UNRANKED)
    if marking.scheme is MarkingScheme.UK:
        return UK_RANK.get(marking.level, UNRANKED)
    return UNRANKED
