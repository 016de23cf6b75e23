"""Name a render problem's place by table, row and cell even when docxtpl reshaped the row.

Why: with ``{%tr for %}``/``{%tr endfor %}`` rows, docxtpl removes those rows and glues their
tags onto the neighbouring cell's paragraph, so a render error quoted a paragraph the author
never typed — ``paragraph "{{ d.valeu.text }}{% endfor %}"`` — instead of "table 1, row 2,
cell 2" (newcomer9 N9-13). The ``{{ … }}`` expressions in the quoted text are the author's own:
the one table paragraph holding them all is the place.
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r'^(?P<part>[^,]+), paragraph "(?P<text>.*)"$', re.DOTALL)
_EXPRESSION = re.compile(r"\{\{.*?\}\}", re.DOTALL)


def place_of(where: str, places: dict[str, str]) -> str:
    """``where`` in table terms: the exact paragraph first, else the single table paragraph of
    the same part that holds every ``{{ … }}`` expression the quoted text holds."""
    if where in places:
        return places[where]
    match = _QUOTED.match(where)
    if not match:
        return where
    wanted = [" ".join(e.split()) for e in _EXPRESSION.findall(match["text"])]
    if not wanted:
        return where
    found = []
    for key, place in places.items():
        other = _QUOTED.match(key)
        if other is None or other["part"] != match["part"]:
            continue
        held = {" ".join(e.split()) for e in _EXPRESSION.findall(other["text"])}
        if all(w in held for w in wanted):
            found.append(place)
    return found[0] if len(found) == 1 else where
