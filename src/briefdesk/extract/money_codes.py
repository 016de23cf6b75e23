"""Which three capitals are a currency code (round 13: from pycountry's ISO 4217 data, no
longer a hand list in money.py), and which codes are also everyday words ("TOP 10")."""

from __future__ import annotations

import functools
import re
from collections import Counter

# The renminbi's usual abbreviation (no ISO code), and codes withdrawn lately that texts about
# earlier years still write (pycountry keeps current codes only): the old leone, the lev.
ISO_EXTRA = frozenset({"BGN", "RMB", "SLL"})


@functools.cache
def iso_codes() -> frozenset[str]:
    """ISO 4217 codes a text may write before or after a number (round 13: from pycountry, no
    longer a hand list): every current code whose first two letters are a current state's
    (ISO 4217 builds codes so), and the shared codes states use (XOF, XAF, XCD, XPF)."""
    import pycountry

    from briefdesk.extract.gazetteer import gazetteer

    states = gazetteer().countries
    used = {code for country in states.values() for code in country.currency_codes}
    return frozenset(
        code
        for code in (str(currency.alpha_3) for currency in pycountry.currencies)
        if code[:2] in states or code in used
    )


def word_code(symbol: str) -> bool:
    """Whether ``symbol`` is an ISO code that is also an everyday word ("TOP", "ALL", "MAD")."""
    from briefdesk.extract.common_words import is_common_word

    return len(symbol) == 3 and symbol.isupper() and is_common_word(symbol)


_CAPITALISED = re.compile(r"[A-Z][a-z]+")


def near_context(text: str, start: int, word: str, context: Counter[str]) -> Counter[str]:
    """The states that decide a currency word several states share: for "crowns" (Norway,
    Sweden, Denmark, Iceland, the Czech Republic) the states named around the amount come
    before the text's most-named state ("the Czech firm X ... worth 3.4 billion crowns")."""
    if word[:5].lower() != "crown":
        return context
    from briefdesk.extract.gazetteer import gazetteer

    gaz = gazetteer()
    near: Counter[str] = Counter()
    for name in _CAPITALISED.findall(text, max(0, start - 250), start + 80):
        code = gaz.adjectives.get(name) or gaz.names.get(name)
        if code:
            near[code] += 100
    return near + context if near else context
