"""Component: a city standing alone on its line in capitals heads a section of a roundup
("CAIRO", "BUENOS AIRES" before each item of a digest), as a dateline heads a wire story
(round 7). Only a capital or a city the gazetteer counts above 300,000 people is read, so a
heading word ("WATCH", "NEXT WEEK", "NICE") never becomes a place.

Round 23: the items of an agency roundup open with their own datelines ("MAPUTO, Aug 17 (ZNA)
- ...", "TETE, Aug 15 (ZNA) - ...", "2. BRUSSELS - EU releases ..."); the dateline component
reads only the first. In a text with two or more such lines, each whose town the gazetteer
knows as a capital or a city is a place (fresh-16 and fresh-20: 13 of 13 in the golds)."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.scans import LineLed

# A line of one to three words in capitals (led by the newline: see ``LineLed``).
_ALONE = LineLed(r"[ \t]*([A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,2})[ \t]*")
# An item's dateline: a town in capitals at the head of a line (maybe after the item's
# number), maybe a short date, maybe the agency in brackets, then a dash.
_ITEM = re.compile(
    r"\n[ \t]*(?:\d{1,2}[.)][ \t]+)?([A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,2})"
    r"(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?(?:[ \t]+\([A-Za-z. ]{2,20}\))?[ \t]+[-—–][ \t]"
)


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
    _item_datelines(res)


def _item_datelines(res: Resolver) -> None:
    """ "LILONGWE, Aug 17 (ZNA) - ...": the towns of a roundup's item datelines."""
    items = list(_ITEM.finditer(res.text))
    if len(items) < 2:
        return
    for item in items:
        caps = item.group(1)
        name = " ".join(w.capitalize() for w in caps.split())
        code = res.gaz.capitals.get(name, "") or res.gaz.cities.get(name, ("", 0))[0]
        if not code or (is_common_word(name) and name not in res.gaz.capitals):
            continue  # (a capital is the place here, common word or not: "BRUSSELS -")
        start = item.start(1)
        res.rule = "place.section-town"
        res.place(name, start, start + len(caps), code)
        res.claim(start, start + len(caps))
