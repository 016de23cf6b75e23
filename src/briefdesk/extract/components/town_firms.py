"""Component: a company named after a known town, then called by the town's name alone
(newcomer24 N24-02, round 25).

"Ostrava Rail Systems" is later "Ostrava" ("awarded to Ostrava", "Ostrava said", "Ostrava's
order book"). The resolver refuses a known place as a company's short form on purpose
("Catamarca" before "Catamarca Minera …" is the province), so the wire's company became the
city. When the text uses the lone name at least twice where only a company fits (a company's
possessions, a company's verbs, an award or a takeover of it), the lone name is the company for
the whole text; where a place's words stand around it ("in Ostrava", "the company's Ostrava
plant", "the Ostrava region") it stays the place.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver

# "Ostrava's shares", "Ostrava's largest shareholder", "Ostrava's closing price".
_OWNS = re.compile(
    r"['’]s\s+(?:(?:largest|biggest|main|former|new|annual|closing|share)\s+)?(?:shares?|"
    r"stock|order\s+book|orders|chairman|chairwoman|chief\s+executive|chief|CEO|board|"
    r"shareholders?|price|revenue|revenues|profits?|sales|earnings|management|takeover|"
    r"acquisition|offer|bid|employees|workforce|customers|contracts?)\b"
)
# "Ostrava said", "Ostrava supplies", "Ostrava chairman X".
_DOES = re.compile(
    r"\s+(?:said|says|told|announced|reported|employs|supplies|supplied|lost|won|posted|"
    r"agreed|accepted|rejected|declined|chairman|chairwoman|chief\s+executive|CEO|"
    r"shareholders|shares)\b"
)
# "awarded to Ostrava", "takeover of Ostrava", "contract with Ostrava".
_DONE_TO = re.compile(
    r"\b(?:awarded\s+to|won\s+by|given\s+to|takeover\s+of|acquisition\s+of|offer\s+for|"
    r"bid\s+for|stake\s+in|shares\s+in|buy|acquire|bought|acquired)\s+$"
)
# "in Ostrava", "the company's Ostrava plant", "the Ostrava region": the town itself.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|outside|around|to|of|company['’]s|group['’]s|firm['’]s)\s+(?:the\s+)?$"
)
_PLACE_AFTER = re.compile(
    r"\s+(?:plant|factory|works|site|region|area|district|city|town|municipality|airport|"
    r"station|office|offices|headquarters|mayor|council)\b"
)
_NAME_CHAR = re.compile(r"[\w'’-]")


def town_firms(res: Resolver) -> None:
    """Read a known town that opens a company's name as the company where the text speaks of
    the company by it (see module)."""
    text = res.text
    for key, actor in list(res.found.actors.items()):
        if actor.type != "organization" or " " not in actor.name:
            continue
        town = actor.name.split()[0]
        place = res.found.places.get(town.lower())
        if place is None or res.country_of(town):
            continue
        lone = _lone(text, town)
        if sum(_company_only(text, start, end) for start, end in lone) < 2:
            continue
        taken = {
            (s, e) for s, e in lone if _company_only(text, s, e) or not _place_words(text, s, e)
        }
        for start, end in sorted(taken):
            res.alias(key, town, start, end, "alias.town-firm")
            res.found.mentions.append((start, end, key))
        place.evidence = [span for span in place.evidence if span not in taken]
        if not place.evidence:
            del res.found.places[town.lower()]


def _lone(text: str, town: str) -> list[tuple[int, int]]:
    """The spans of ``town`` standing alone: not inside a longer name ("Ostrava Rail")."""
    spans = []
    at = text.find(town)
    while at >= 0:
        end = at + len(town)
        if (at == 0 or not _NAME_CHAR.match(text, at - 1)) and not re.match(
            r"(?:['’]s)?\s*[A-Z]|[\w-]", text[end : end + 3]
        ):
            spans.append((at, end))
        at = text.find(town, end)
    return spans


def _company_only(text: str, start: int, end: int) -> bool:
    return bool(
        _OWNS.match(text, end)
        or _DOES.match(text, end)
        or _DONE_TO.search(text, max(0, start - 30), start)
    )


def _place_words(text: str, start: int, end: int) -> bool:
    return bool(
        _PLACE_BEFORE.search(text, max(0, start - 20), start) or _PLACE_AFTER.match(text, end)
    )
