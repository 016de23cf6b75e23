"""The library's marking ceiling: which briefs a team database may receive.

Markings are placed on the shared scale of ``model.marking_rank``, so a ceiling in one scheme
can judge a brief marked in the other; a custom marking counts as above every ceiling.
"""

from __future__ import annotations

from briefdesk.model.brief import Marking
from briefdesk.model.codes import TLP_LEVELS, UK_LEVELS
from briefdesk.model.marking_rank import TLP_RANK, UK_RANK, marking_rank

# What a team database receives when no ceiling was chosen: TLP:AMBER (= OFFICIAL-SENSITIVE),
# sharing inside the organisation. A team database is shared by people who were not named as
# recipients, so RED/SECRET, AMBER+STRICT and custom markings stay on the desk unless the user
# chooses otherwise. NO_CEILING is that explicit choice ("send every marking").
DEFAULT_TEAM_CEILING = "TLP:AMBER"
NO_CEILING = "ANY"


def team_ceiling(text: str) -> str:
    """The ceiling a team database works with: the chosen one, or :data:`DEFAULT_TEAM_CEILING`
    when none was chosen (blank)."""
    return text.strip() or DEFAULT_TEAM_CEILING


def ceiling_rank(text: str) -> int | None:
    """A ceiling as typed in Settings (``TLP:AMBER``, ``OFFICIAL-SENSITIVE``); None when blank
    (the local SQLite library: nothing leaves the machine) or :data:`NO_CEILING`.

    Raises ``ValueError`` naming the accepted words when the text is no known level.
    """
    words = text.strip().upper()
    if not words or words == NO_CEILING:
        return None
    if words.startswith("TLP:"):
        level = words[4:].strip()
        if level in TLP_RANK:
            return TLP_RANK[level]
    elif words in UK_RANK:
        return UK_RANK[words]
    known = [f"TLP:{t}" for t in TLP_LEVELS] + list(UK_LEVELS) + [NO_CEILING]
    raise ValueError(f"marking ceiling {text!r} is not one of: {', '.join(known)}")


def above_ceiling(marking: Marking, ceiling: str) -> bool:
    """True when a brief with this marking must not go to a database with this ceiling."""
    limit = ceiling_rank(ceiling)
    return limit is not None and marking_rank(marking) > limit


def not_asked(marking: Marking, ceiling: str) -> str:
    """Why nothing of a brief with this marking may be sent to a library with this ceiling,
    not even as search terms ("" when it may: below the ceiling, or the local SQLite file).

    Related briefs, earlier judgments and an outlet's last grade are looked up by the brief's
    names, items, places and outlets; for a brief above the ceiling those names must not reach
    the team server any more than its text does."""
    if not above_ceiling(marking, ceiling):
        return ""
    shown = marking.label or "a custom marking"
    return (
        f"not looked up in the team library: this brief is marked {shown}, above its ceiling"
        f" ({ceiling}), so nothing of it is sent, not even its names"
    )
