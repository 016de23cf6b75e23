"""Component: a known place whose name holds a possessive — "Cox's Bazar", "Hawke's Bay",
"Governor's Harbour" (round 11). The chunk rules cut a run at "'s", so "Bazar" was read as a
firm and "Bay" as a place of its own; the gazetteer's whole name is read here first and
claimed."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver

# The possessive and the next word found first (one fast pass); the name read back from it.
_POSSESSIVE = re.compile(r"['’]s[ \t]([A-Z]\w*)")
# "Cox", "Saint Paul", "St. Paul": up to two capitalised words right before the possessive.
_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z][\w.]*[ \t])?[A-Z][\w.]*)$")


def possessive_places(res: Resolver) -> None:
    text = res.text
    if "s " not in text:
        return
    gaz = res.gaz
    for match in _POSSESSIVE.finditer(text):
        head = _BEFORE.search(text, max(0, match.start() - 30), match.start())
        if not head:
            continue
        starts = [head.start(1)]
        space = text.find(" ", head.start(1), match.start())
        if space > 0:
            starts.append(space + 1)  # "... Cox's Bazar" after another capitalised word
        for start in starts:
            name = f"{text[start : match.start()]}'s {match.group(1)}"
            code = gaz.provinces.get(name) or gaz.cities.get(name, ("", 0))[0]
            if code:
                res.place(text[start : match.end()], start, match.end(), code)
                res.claim(start, match.end())
                break
