"""Component: a city standing alone on its line in capitals heads a section of a roundup
("CAIRO", "BUENOS AIRES" before each item of a digest), as a dateline heads a wire story
(round 7). Only a capital or a city the gazetteer counts above 300,000 people is read, so a
heading word ("WATCH", "NEXT WEEK", "NICE") never becomes a place."""

from __future__ import annotations

from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.scans import LineLed

# A line of one to three words in capitals (led by the newline: see ``LineLed``).
_ALONE = LineLed(r"[ \t]*([A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,2})[ \t]*")


def section_towns(res: Resolver) -> None:
    text = res.text
    for line in _ALONE.finditer(text):
        caps = line.group(1)
        name = " ".join(w.capitalize() for w in caps.split())
        code = res.gaz.capitals.get(name, "")
        city = res.gaz.cities.get(name)
        if not code and city and city[1] > 300_000:
            code = city[0]
        if not code or res.country_of(name) or is_common_word(name):  # "NICE", "READING"
            continue
        start = line.start(1)
        res.rule = "place.section-town"
        res.place(name, start, start + len(caps), code)
        res.claim(start, start + len(caps))
