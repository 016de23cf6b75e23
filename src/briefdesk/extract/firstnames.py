"""Given names from many countries, to recognise a person named without any title or verb.

The list is the name dictionary shipped with gender-guesser (about 45,000 given names from
Europe, the Arab world, South and East Asia and Africa, compiled by Jörg Michael). It is read on
first use only, from the tables ``data_cache`` keeps between processes. Names that are also
common English words or place words are left out, because a capitalised "Will" or "Victoria"
at the start of a chunk says nothing about a person.
"""

from __future__ import annotations

from functools import lru_cache

from briefdesk.extract.data_cache import tables
from briefdesk.extract.words import word_list

_NOT_NAME_WORDS = """
will may grant mark bill rich hope faith joy summer april june august rose pearl ruby amber
iris lily ivy dawn sky king prince major general chase page ray guy art don jack pat sue bob
gene carol sunny golden honey star rock stone brook river glen dale cliff wood hunter miles
long young white black brown green gray grey north west south east jordan chad georgia israel
victoria florence sydney paris london austin dallas houston denver phoenix orlando santa san
saint st sao el al la le de del della van von bin new old great little big royal national
federal united central state air sea land army navy force union bank gas oil power energy
trade deal press news media said says christian muslim islam allah god ali-baba unity liberty
justice peace noble sterling ford lincoln jackson washington madison kennedy carter nelson
tesla mercedes porsche toyota honda boeing airbus"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-cased given names; empty if the data package is not installed."""
    names = set(tables().given_names)
    # Family names that open a name in Vietnamese, Chinese and Korean ("Tran Quoc Bao").
    names |= word_list("family_first")
    return frozenset(names - _NOT_NAMES)
