"""A firm, then the state it is from: "Erdem Boru Sanayi A.S. of Turkiye", "Hanseong
Engineering & Construction of Korea", "Kvitberg Defence AS of Norway" (round 7). The firm ends
at its legal form (or is an ampersand name) and the state after "of" is the state, not part of
the name. Official names that keep their state stay whole: they end in a body's word, not a
legal form ("National Oil Corporation of Kenya", "Export-Import Bank of Korea"). A state's
embassy is a body named with its state ("the Russian Embassy").

A firm without a legal form whose last word is a trade ("Hanam Defence of South Korea", "Orlen
Shipbuilding of Poland") is read the same way (newcomer14 N14-33), unless its first word marks an
official body ("National Aerospace of X", "State Oil of X")."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.legal_tails import ends_in_form
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import is_legal_form
from briefdesk.extract.words import word_list

# A trade that ends a firm's name (business heads, and "Defence" of a defence firm).
_TRADES = word_list("business_heads") | {"defence", "defense"}
_OFFICIAL_FIRST = word_list("official_name_openers")
_FIRM_OF = re.compile(r"^(.+?)\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})$")


def firm_of_state(res: Resolver, v: View) -> str:
    """The firm and its state, both proposed, when the chunk is "<firm> of <state>"."""
    bare, chunk = v.bare, v.chunk
    if " of " not in bare:
        return NEXT
    match = _FIRM_OF.match(bare)
    if not match:
        return NEXT
    firm, state = match.group(1), match.group(2)
    words = firm.split()
    code = res.country_of(state)
    if not code or len(words) < 2:
        return NEXT
    formed = ends_in_form(words) or is_legal_form(words[-1]) or " & " in firm
    if not formed and not _trade(res, words):
        return NEXT
    res.rule = "org.legal-form" if formed else "org.head-word"
    res.org(firm, chunk.start, chunk.start + len(firm), code)
    at = chunk.start + match.start(2)
    res.state(code, state, at, at + len(state))
    return CLAIM


def _trade(res: Resolver, words: list[str]) -> bool:
    """ "Hanam Defence": a short name ending in a trade, opened by no official or state word."""
    return (
        len(words) <= 3
        and words[-1].lower() in _TRADES
        and words[0] not in _OFFICIAL_FIRST
        and not any(res.country_of(w) for w in words)
    )


def state_embassy(res: Resolver, v: View) -> str:
    """ "The Russian Embassy in La Paz", "the US Embassy": a state's embassy is a body, and
    names its state (a lone "the Embassy" stays no body)."""
    words = v.words
    if len(words) != 2 or words[1] not in {"Embassy", "High Commission"}:
        return NEXT
    code = res.country_of(words[0])
    if not code:
        return NEXT
    chunk = v.chunk
    res.state(code, words[0], chunk.start, chunk.start + len(words[0]))
    res.rule = "org.head-word"
    res.org(v.bare, chunk.start, chunk.start + len(v.bare), code)
    return CLAIM
