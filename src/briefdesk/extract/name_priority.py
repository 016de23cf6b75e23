"""How the resolver weighs two forms of one actor: a leading part of a longer company name,
and a role's priority (none < a bare rank < a function). Pure functions of the words."""

from __future__ import annotations

from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.lexicon import LEGAL_SUFFIXES, ORG_HEADS
from briefdesk.extract.vocab import BUSINESS_WORDS, RANKS


def leading_part(name: str, other: str) -> bool:
    """ "Karoo Defence" after "Karoo Defence Systems": the name without its business word;
    "Birchmount" after "Birchmount Gold Inc": the leading words of a name with a legal form."""
    tail = other[len(name) + 1 :] if other.startswith(name + " ") else ""
    coined = " " in name or not (len(name) < 4 or is_common_word(name))  # round 8: "Northgate"
    if tail.lower() in BUSINESS_WORDS and coined:  # (after "Northgate Minerals")
        return True
    if " " in name and tail.startswith("for ") and name.rsplit(None, 1)[-1].lower() in ORG_HEADS:
        return True  # "OPEC Fund" after "OPEC Fund for International Development"
    last = tail.split()[-1].lower() if tail else ""
    return (last.rstrip(".") in LEGAL_SUFFIXES or last in LEGAL_SUFFIXES) and not (
        " " not in name and (len(name) < 4 or is_common_word(name))
    )


# Words of ranks, and the words that grade or retire them ("Senior Lieutenant", "Brigadier
# (Rtd)", "First Admiral"): a role made of these alone is a rank (round 9).
_RANK_WORDS = frozenset(w for rank in RANKS for w in rank.split()) - {"air", "chief", "field"}
_RANK_WORDS |= {"first", "second", "senior", "junior", "retired", "rtd", "r", "ret"}


def is_rank(role: str) -> bool:
    """A military rank, graded or retired ("Colonel", "Senior Lieutenant", "Brigadier (Rtd)")."""
    low = role.lower().rstrip(".")
    words = low.replace("(", " ").replace(")", " ").replace(".", " ").split()
    return bool(words) and (low in RANKS or all(w in _RANK_WORDS for w in words))


def role_priority(role: str) -> int:
    """Roles are proposals the resolver compares: none < a bare rank < a function."""
    if not role:
        return 0
    return 1 if is_rank(role) else 2
