"""Components: country words that name no single state actor ("US$", "Franco-Italian")."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import strip_possessive


def currency_word(res: Resolver, v: View) -> str:
    """ "US$33 million", "13 million US dollars": a country word inside a currency is no state."""
    if len(v.words) != 1 or not res.country_of(v.words[0]):
        return NEXT
    after = re.match(r"(\$)|\s+([a-z]+)", res.after(v.chunk.end, 16))
    # "US$33" with no space; "Kenya $200 million" is the state and an amount.
    word = (after.group(2) or "").removesuffix("s") if after else ""
    if after and (after.group(1) == "$" or word in res.gaz.currency_names):
        return CLAIM
    return NEXT


def joint_adjective(res: Resolver, v: View) -> str:
    """ "Franco-Italian", "Sino-Pakistani", "Russo-Indian": two states, not an organisation."""
    if len(v.words) != 1 or v.words[0].count("-") != 1:
        return NEXT
    word = strip_possessive(v.words[0])
    first, second = word.split("-")
    codes = [COMBINING_FORMS.get(first) or res.country_of(first), res.country_of(second)]
    if not all(codes):
        return NEXT
    res.rule = "state.demonym"
    at = v.chunk.start
    for part, code in zip((first, second), codes, strict=True):
        res.state(code, part, at, at + len(part))
        at += len(part) + 1
    return CLAIM


# The first half of a joint adjective ("Franco-", "Sino-") names a state too.
COMBINING_FORMS = {
    "Franco": "FR",
    "Sino": "CN",
    "Indo": "IN",
    "Anglo": "GB",
    "Russo": "RU",
    "Italo": "IT",
    "Turco": "TR",
    "Greco": "GR",
    "Nippo": "JP",
    "Germano": "DE",
    "Hispano": "ES",
    "Luso": "PT",
    "Austro": "AT",
    "Belgo": "BE",
}
