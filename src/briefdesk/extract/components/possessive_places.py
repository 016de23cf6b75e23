"""Component: a known place whose name holds a possessive — "Cox's Bazar", "Hawke's Bay",
"Governor's Harbour" (round 11). The chunk rules cut a run at "'s", so "Bazar" was read as a
firm and "Bay" as a place of its own; the gazetteer's whole name is read here first and
claimed."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver

# "Cox's Bazar", "Saint Paul's Bay": up to two words, a possessive, one more word.
_POSSESSIVE_NAME = re.compile(r"\b((?:[A-Z][\w.]*[ \t])?[A-Z][\w.]*)['’]s[ \t]([A-Z][\w]*)")


def possessive_places(res: Resolver) -> None:
    text = res.text
    if "'s " not in text and "’s " not in text:
        return
    gaz = res.gaz
    for match in _POSSESSIVE_NAME.finditer(text):
        starts = [match.start(1)]
        space = text.find(" ", match.start(1), match.end(1))
        if space > 0:
            starts.append(space + 1)  # "... Cox's Bazar" after another capitalised word
        for start in starts:
            name = f"{text[start : match.end(1)]}'s {match.group(2)}"
            code = gaz.provinces.get(name) or gaz.cities.get(name, ("", 0))[0]
            if code:
                res.place(text[start : match.end()], start, match.end(), code)
                res.claim(start, match.end())
                break
