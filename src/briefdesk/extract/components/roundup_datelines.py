"""Component: the datelines inside a roundup (round 19). A digest of agency items opens each
item with its own dateline in capitals ("NUKU'ALOFA (PINS) - China and Tonga ...",
"3. WASHINGTON - U.S. Treasury designates ..."); ``dateline`` reads only the text's first.

A later line read here is a town when the gazetteer knows it (and it is no state: "MOROCCO –"
heads a country's section), or, in a text with two such towns at least, when its words are
not all common words ("5. WAD MADANI -"). The agency in brackets is the dateline's
agency, as in the first one."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.resolver import Resolver

# A later line opened by an item number, a name in capitals, an agency in brackets and a dash.
_LATER = re.compile(
    r"\n(?:\d{1,2}\.[ \t]+)?(?P<town>[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){0,2})[ \t]*"
    r"(?:\((?P<agency>[A-Z][\w .&-]{1,30})\)[ \t]*)?(?:—|–|--|-)[ \t]+(?=[A-Z0-9“\"])"
)


def roundup_datelines(res: Resolver) -> None:
    """ "PORT VILA (PINS) - The Vanuatu Police Force ...": a town heading an item."""
    text = res.text
    if "\n" not in text:
        return
    read = []
    for line in _LATER.finditer(text):
        start, end = line.span("town")
        if res.claimed(start, end):
            continue  # the text's first dateline, read already
        town = " ".join(w.capitalize() for w in line.group("town").split())
        if res.country_of(town):
            continue  # "MOROCCO – ...": a state's section, no town
        read.append((line, town, res.known_place(town)))
    if sum(known for _, _, known in read) < 1:
        return
    roundup = sum(known for _, _, known in read) >= 2
    for line, town, known in read:
        if not known and not (roundup and not all(is_common_word(w) for w in town.split())):
            continue
        start, end = line.span("town")
        code = res.gaz.capitals.get(town, "") or res.gaz.cities.get(town, ("", 0))[0]
        res.rule = "place.roundup-dateline"
        res.place(town, start, end, code)
        res.claim(start, end)
        if line.group("agency"):
            at, until = line.span("agency")
            res.rule = "dateline.agency"
            res.org(line.group("agency"), at, until)
            res.claim(at, until)
