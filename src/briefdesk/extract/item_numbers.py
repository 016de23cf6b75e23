"""Numbers inside an item's name that count nothing (round 16): a designation's ("FA-50 Block
20", "Type 209", "two Boeing 787 aircraft"), a calibre or a size ("155 mm", "5.56mm", "120-
millimetre", "87 m", "230 kV"), a model year ("2024 model year"). The item readers search a
copy of the sentence in which each is glued into one word at the same length, so it is read
as part of the name, never as the count: "2,000 155 mm artillery shells" counts 2,000."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.pattern_cues import cued

# A designation word and its number: "Block 20", "Mk 4", "Type 209", "Batch 2", "Flight III"
# (a roman numeral is a word already).
_DESIGNATION = re.compile(
    r"\b(?:Block|Batch|Mk|Series|Type|Flight|Tranche|Increment|Variant|Version|Standard|"
    r"Model|Class)\.?(?P<gap> )(?=\d)"
)
# A number and its unit: "155 mm", "5.56mm", "120-millimetre", "87 m", "230 kV", "8,000-TEU";
# "m" only before a word that is no preposition, never after money ("$12 m" is millions).
_UNIT = re.compile(
    r"(?<![\w.,$€£¥])(?P<number>\d+(?:[.,]\d+)*)(?P<gap>[ -]?)"
    r"(?:mm|millimet(?:re|er)s?|cm|centimet(?:re|er)s?|calibre|caliber|cal|"
    r"met(?:re|er)s?|km|kilomet(?:re|er)s?|kV|kilovolts?|MW|megawatts?|"
    r"tonnes?|tons?|t|TEU|dwt|kg|inch(?:es)?|ft|feet|knots?|"
    r"m(?=\s+[A-Za-z])(?!\s+(?:in|of|and|or|to|for|from|on|at|by|the|a|an)\b))\b"
)
_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|\b[A-Z]{3}|\bRs\.?|\bUS\$)\s*$")
# A model year: "2024 model year trucks", "2023-model buses".
_MODEL_YEAR = cued(r"\b(?:19|20)\d\d(?P<gap>[ -])model\b")
# A maker's or a type's name and its number after a count: "two Boeing 787 aircraft", "24
# Leopard 2 tanks", "two Vaktfalk 700 airborne early warning aircraft".
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)"
_NAME_NUMBER = re.compile(
    rf"(?i:\b{_COUNT})\s+(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*(?P<gap> )\d+[A-Za-z]?\s+[a-z]"
)

# What every ``_NAME_NUMBER`` match holds at its gap: a capitalised word, one space, a digit.
# Led by a class, it is scanned fast; the full pattern (its count case-blind, led by ``\b``)
# is tried at every position (round 17).
_NAME_NUMBER_GAP = re.compile(r"[A-Z][\w-]* \d")


def _glue(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for at in range(start, end):
            if not chars[at].isalnum():
                chars[at] = "_"
    return "".join(chars)


def item_text(text: str) -> str:
    """``text`` at the same length, each designation, calibre, size and model year glued into
    one word ("Block_20", "155_mm", "5_56mm") so that no item reader takes it for a count."""
    if not any(c.isdigit() for c in text):
        return text
    spans: list[tuple[int, int]] = []
    spans.extend(m.span("gap") for m in _DESIGNATION.finditer(text))
    for match in _UNIT.finditer(text):
        if not _MONEY_BEFORE.search(text, max(0, match.start() - 5), match.start()):
            spans.append((match.start(), match.end()))
    spans.extend(m.span("gap") for m in _MODEL_YEAR.finditer(text))
    if _NAME_NUMBER_GAP.search(text):  # (necessary; the full pattern costs ~25 us a sentence)
        spans.extend(m.span("gap") for m in _NAME_NUMBER.finditer(text))
    return _glue(text, spans)
