"""A bare "$" in a text about Canada, Australia or New Zealand is that state's dollar.

Their governments, parliaments and home press write their own dollar as "$" ("a $1.9 billion
contract awarded to ...", "valued at $186.4 million (GST inclusive)") and the US one as "US$";
the wires (Reuters, Bloomberg, AP, AFP) write "$" for US dollars wherever they file from. So a
deal's bare "$" takes the home dollar only when the state the text names most is one of the
three and no wire's credit stands in the text. Applied to the deals' values at the end, so
every rule that compares amounts compares them as read."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from briefdesk.extract.deal_kinds import DealBuild

_HOME_DOLLARS = {"CA": "CAD", "AU": "AUD", "NZ": "NZD"}
_BARE = re.compile(r"(?:about\s+|around\s+|some\s+|nearly\s+|up\s+to\s+)?\$\s?\d")
_WIRE = re.compile(
    r"\((?:Reuters|AP|AFP|Bloomberg|AAP|CP)\)|\bReuters\b|\bBloomberg\b|Associated Press|"
    r"Agence France"
)


def home_currency(text: str, countries: Counter[str]) -> str:
    """The home dollar's code, or "" when a bare "$" stays the US dollar."""
    if "$" not in text:
        return ""
    ranked = countries.most_common(2)
    if not ranked or ranked[0][0] not in _HOME_DOLLARS:
        return ""
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ""  # two states named as often: no home
    if _WIRE.search(text):
        return ""
    return _HOME_DOLLARS[ranked[0][0]]


def home_dollars(text: str, deals: list[DealBuild], countries: Counter[str]) -> None:
    """Give each deal whose value is a bare "$" amount the home dollar (see the module)."""
    code = home_currency(text, countries)
    if not code:
        return
    for deal in deals:
        value = deal.value
        if value and value.currency == "USD" and _BARE.match(value.as_stated):
            deal.value = dataclasses.replace(value, currency=code)
