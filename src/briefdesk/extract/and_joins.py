"""Where "and" inside a run of capitals joins one body's name rather than two names (round 23,
read on writers the rules were not built on):

- "the Competition and Consumer Protection Commission and of the Ministry of Mines", "the
  European Bank for Reconstruction and Development and the Asian Development Bank": a second
  "and" followed by "the" or "of" starts the second name, so the run is cut there first and
  the first "and" stays inside the first name;
- "the Ethiopian Shipping and Logistics Services Enterprise", "the State Defence Logistics and
  Procurement Centre": two trades joined by "and", then plain words ending in a body's head
  word, are one body's remit, not two bodies."""

from __future__ import annotations

from collections.abc import Sequence

from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.lexicon import HEAD_WORDS
from briefdesk.extract.text import Token
from briefdesk.extract.words import word_list

_TRADES = word_list("business_heads")
_NEW_NAME = frozenset({"the", "of"})
_OWN_NAME = frozenset({"of", "for"})  # a body named with its remit
_FIELD_ENDS = ("ment", "tion", "sion", "ance", "ence", "ics", "ity")


def later_name_start(words: Sequence[str]) -> int:
    """The index of a second "and" that starts a new name ("... and the X"), or -1; only
    when the first "and" does not itself start one."""
    if words.count("and") != 2:
        return -1
    first = words.index("and")
    second = words.index("and", first + 1)
    if words[first + 1] in _NEW_NAME or second + 1 >= len(words):
        return -1
    return second if words[second + 1] in _NEW_NAME else -1


def one_trade_name(left: Sequence[Token], right: Sequence[Token]) -> bool:
    """ "Shipping and Logistics Services Enterprise": the left part ends in a trade (or in a
    plain word that is no head), the right part is plain words ending in a head word."""
    if len(left) < 2 or len(right) < 2:
        return False
    last = left[-1].text.lower()
    if not is_common_word(left[-1].text) or (last in HEAD_WORDS and last not in _TRADES):
        return False
    if any(t.text.lower() in _OWN_NAME for t in left):
        return False  # "the Department of Energy and Power Company": a body, then another
    return right[-1].text.lower() in HEAD_WORDS and all(_plain(t.text) for t in right)


def _plain(word: str) -> bool:
    """A capitalised plain word: common, a head word, or a field noun ("Procurement")."""
    return word[:1].isupper() and (
        is_common_word(word) or word.lower() in HEAD_WORDS or word.endswith(_FIELD_ENDS)
    )
