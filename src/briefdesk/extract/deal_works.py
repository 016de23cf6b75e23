"""Works on an energy asset are no energy supply.

"awarded a EUR 34 million contract to rehabilitate the spillway of the Fierza dam", "the
contract for a new 300 MW unit at the Kakanj thermal power plant", "the engineering,
procurement and construction contract", "the construction of the 400 kV line", a terminal
contract "to handle" fertiliser: energy words name the asset built or served, not gas or power
sold. Only when the text says no supply of the energy itself ("will supply", "to buy",
"offtake", "per kWh", "cubic metres").
"""

from __future__ import annotations

from briefdesk.extract import rx as re

_WORKS = re.compile(
    r"\b(?:construction|construct|build|building|rehabilitat\w*|epc|engineering,\s+procurement|"
    r"contractor|design\s+and|install\w*|works|unit\s+at|terminal\s+contract|to\s+handle|"
    r"handling|spillway|substation|transmission\s+line|kv\s+line)\b"
)
_SUPPLY = re.compile(
    r"\b(?:supply|supplies|supplying|buy|buys|bought|purchase|purchases|sell|sells|sold|offtake|"
    r"deliver|delivers|delivered|cubic|barrels?|kwh|mwh|lng|tonnes\s+of|power\s+purchase)\b"
)


def built_works(lowered: str) -> bool:
    """Whether lower-cased text tells works on an energy asset and no supply of energy."""
    return bool(_WORKS.search(lowered)) and not _SUPPLY.search(lowered)
