"""The clause a deal's value belongs to (issue 10, round 7), for the deal-frame reader.

A side is taken from the verb's own clause: a relative clause (", which bought ..."), an
apposition (", a Changsha-based trader,"), a bracket, and a clause after a semicolon or ",
while" say things about someone, not who trades in the value's clause. Those spans are "holes"
the reader skips; a value inside a relative clause makes that clause the one read, with the
name it hangs on as its subject.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from briefdesk.extract import rx as re

_BRACKET = re.compile(r"\([^()]{0,120}\)")
# ", which bought ...", ", who signed ...": to the next comma, semicolon or the end.
# (a comma before a list's "and" stays inside: ", which is to receive hull blocks, design data
# and training from X")
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s(?:[^,;]|,(?=\s[^,;]{1,40}\band\s))*")
# ", a Changsha-based trader,", ", the state utility,", ", a unit of X,": describes a name.
# (a capital may follow: ", the Istanbul shipbuilder behind Pakistan's newest corvettes,")
_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?!(?:deal|contract|order|agreement|loan|grant|sale|purchase)\b)"
    r"[A-Za-z][^,;()]{0,80}?(?=,)"
)
# Where a new clause with its own subject begins.
_CUT = re.compile(
    r";|\s[—–]\s|,\s+(?:while|whereas|but|although|though|after|before|as)\s"
    r"|,\s+and\s+(?=(?:the\s+)?[A-Z])|\s(?:while|whereas)\s|,?\s+according\s+to\s"
)


class Area(NamedTuple):
    """The text to read: [start, end) less its holes; ``subject`` is the start of the name a
    relative clause hangs on (-1 when none)."""

    start: int
    end: int
    holes: tuple[tuple[int, int], ...]
    subject: int = -1


def holes_in(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, relative?) of the sentence's brackets, relative clauses and appositions."""
    piece = text[start:end]
    found: list[tuple[int, int, bool]] = []
    if "(" in piece:
        found += [(start + m.start(), start + m.end(), False) for m in _BRACKET.finditer(piece)]
    if "wh" in piece:
        found += [(start + m.start(), start + m.end(), True) for m in _RELATIVE.finditer(piece)]
    if ", " in piece:
        found += [(start + m.start(), start + m.end(), False) for m in _APPOSITION.finditer(piece)]
    return sorted(found)


@lru_cache(maxsize=32)  # (frame_sides asks again for the same clause: an Area is immutable)
def area_of(text: str, start: int, end: int, anchor: int) -> Area:
    """The clause of the sentence [start, end) that holds ``anchor``; a relative clause holding
    it is read alone, its subject the name just before it."""
    holes = holes_in(text, start, end)
    for h_start, h_end, relative in holes:
        if h_start <= anchor < h_end:
            if relative:
                inner = tuple((s, e) for s, e, _r in holes if h_start < s and e <= h_end)
                return Area(h_start, h_end, inner, subject=h_start)
            holes = [h for h in holes if h[:2] != (h_start, h_end)]
            break
    # Cut at clause breaks outside the holes; keep the piece holding the anchor.
    lo, hi = start, end
    for match in _CUT.finditer(text, start, end):
        at = match.start()
        if any(s <= at < e for s, e, _r in holes):
            continue
        if at < anchor:
            lo = match.end()
        elif at >= anchor:
            hi = at
            break
    kept = tuple((s, e) for s, e, _r in holes if s >= lo and e <= hi)
    return Area(lo, hi, kept)
