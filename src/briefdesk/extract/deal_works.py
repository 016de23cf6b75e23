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
from briefdesk.extract.words import word_list

_WORKS = re.compile(
    r"\b(?:construction|construct|build|building|built|rehabilitat\w*|epc|engineering,\s+procurement|"
    r"contractor|design\s+and|install\w*|works|unit\s+at|terminal\s+contract|to\s+handle|"
    r"handling|spillway|substation|transmission\s+line|kv\s+line|"
    # round 9: services on an energy asset ("the engineering contract for the pipeline tie-in",
    # "a contract to repair wells", "140 well workovers")
    r"engineering\s+contract|tie-in|repair\w*|workovers?|maintenance|oilfield\s+services|"
    # round 21: "a contract to drill twelve infill wells", "for gas compression", "to rebuild
    # the pipeline"
    r"drill|drilling|compression|rebuild\w*|"
    # round 25: a plant's builder or its works ("POWER PLANT CONTRACT WITH TURKISH BUILDER",
    # "for two new compressor stations", "the paving of the access road to the plant")
    r"builders?|plant\s+contract|compressor\s+stations?|paving)\b"
    # round 25: a contract for the plant itself, no fuel between: "signed a $1.1 billion
    # contract with X A.S. for a 1,200-megawatt combined-cycle plant" (a stop before a capital
    # ends the sentence; one inside a name does not)
    r"|\bcontract\b(?:(?!fuel|coal|diesel|gas\s+supply)(?:[^.;]|\.(?!\s+[A-Z]))){0,80}?"
    r"\bfor\s+(?:a|an|the|two|three|its)\s+(?:new\s+)?"
    r"(?:[\d,.]+[- ]?(?:megawatt|mw|gigawatt|gw)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:plant|station|park|farm)s?\b"
)
# Machinery bought for a plant is equipment, whatever verb buys it: "We bought two gas
# turbines from Siemens Energy", "to supply three steam turbines" (round 25).
_EQUIPMENT_BOUGHT = re.compile(
    r"\b(?:supply|supplies|buy|buys|bought|purchase[sd]?|deliver|delivers|delivered)\s+"
    r"(?:(?!to\b|for\b|of\b|with\b)[\w-]+\s+){0,3}?"  # ("supply gas to the turbines" is gas)
    r"(?:turbines|generators|transformers|boilers|compressors)\b"
)
_MACHINES = ("turbines", "generators", "transformers", "boilers", "compressors")
# Ships that carry energy are ships: "four LNG carriers", "three product tankers".
_ENERGY_VESSELS = re.compile(
    r"\b(?:lng|lpg|gas|oil|crude|product|chemical)\s+(?:carriers?|tankers?)\b"
)
_SUPPLY = re.compile(
    r"\b(?:supply|supplies|supplying|buy|buys|bought|purchase|purchases|sell|sells|sold|offtake|"
    r"deliver|delivers|delivered|cubic|barrels?|kwh|mwh|lng|tonnes\s+of|power\s+purchase)\b"
)


def built_works(lowered: str, sentence: str = "") -> bool:
    """Whether lower-cased text tells works on an energy asset and no supply of energy; with
    ``sentence`` (the amount's own, lower-cased), whether that sentence alone does: the energy
    of the sentences around it is then no supply either ("The plant's EPC contract, worth
    $540 million, has been signed")."""
    if sentence and built_works(sentence):
        return True
    if "carrier" in lowered or "tanker" in lowered:
        lowered = _ENERGY_VESSELS.sub("vessels built", lowered)
    if any(word in lowered for word in _MACHINES):
        lowered = _EQUIPMENT_BOUGHT.sub("equipment installed", lowered)
    return bool(_WORKS.search(lowered)) and not _SUPPLY.search(lowered)


# Goods sold by the tonne that are no energy: "9,000 tonnes a year of battery-grade carbonate",
# "12,000 tonnes of antimony concentrate", "four million tonnes a year" of coking coal to a
# steelmaker (round 21: the gold calls these sales "other"; "tonnes" is an energy word for
# LNG and coal for power).
_TONNES_GOODS = word_list("tonnes_goods")


def tonnes_of_goods(words: frozenset[str], energy: frozenset[str]) -> bool:
    """Whether the sentence's only energy word is "tonnes" and it names goods that are no
    energy (concentrate, ore, carbonate, wheat ...)."""
    return energy <= {"tonnes"} and not _TONNES_GOODS.isdisjoint(words)


# "awarded ... to a joint venture of A and B", "the Kauri-Viti Joint Venture, formed by": the
# venture is a side of a contract, not the deal's kind.
_VENTURE_SIDE = re.compile(
    r"\b(?:to|by|with|from)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?joint\s+venture\b|"
    r"\b[A-Z][\w-]*\s+Joint\s+Venture\b"
)


def venture_party(sentence: str) -> bool:
    """Whether the sentence's joint venture is a named side (awarded to it, formed by two
    firms under a name), so the deal itself is another kind."""
    return bool(_VENTURE_SIDE.search(sentence))
