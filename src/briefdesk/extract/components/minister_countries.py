"""Component: a minister's country from the ministry the text names with its state.

"The Minister of Water Resources, X" in a release that names "the Ministry of Water Resources
of the Republic of Uzbekistan": the minister of that ministry, so of Uzbekistan. Only a
ministry with the same remit and one known state ties the person; nothing is guessed from
the article's subject.
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Sentence

_MINISTRY = re.compile(r"^(?:[A-Z][\w-]*\s+)?Ministry\s+(?:of|for)\s+(?:the\s+)?(.+)$")
_MINISTER = re.compile(
    r"^(?:(?:Deputy|Vice|State|First)\s+)?[Mm]inister\s+(?:of|for)\s+(?:the\s+)?(.+)$"
    r"|^(?:(?:Deputy|Vice|State)\s+)?(.+?)\s+[Mm]inister$"
)


def _home_of(name: str) -> tuple[str, str]:
    """ "Ministry of Foreign Affairs of the Republic of Kazakhstan" -> ("Ministry of Foreign
    Affairs", "KZ"): a ministry's name that ends on its state; else (name, "")."""
    from briefdesk.extract.gazetteer import gazetteer

    names = gazetteer().names
    parts = name.split(" of ")
    for cut in range(2, len(parts)):
        tail = " of ".join(parts[cut:])
        code = names.get(tail.removeprefix("the ").removeprefix("The "), "")
        if code:
            return " of ".join(parts[:cut]), code
    return name, ""


def _ordinary(name: str) -> str:
    """A letterhead's "MINISTRY OF FOREIGN AFFAIRS" as "Ministry of Foreign Affairs"."""
    if not name.isupper():
        return name
    small = {"of", "for", "the", "and"}
    return " ".join(w.lower() if w.lower() in small else w.capitalize() for w in name.split())


def _remit(text: str) -> str:
    return " ".join(text.lower().replace("defense", "defence").split())


def minister_countries(res: Resolver, sents: list[Sentence]) -> None:
    actors = res.found.actors.values()
    starts = [sent.start for sent in sents]
    ministries: dict[str, set[str]] = {}
    for actor in actors:
        if actor.type != "organization" or "ministry" not in actor.name.casefold():
            continue
        code = actor.country or res.country_of(actor.affiliation) if actor.affiliation else ""
        remit, home = _home_of(_ordinary(actor.name))  # "… of the Republic of Kazakhstan"
        code = code or actor.country or home
        match = _MINISTRY.match(remit) if code else None
        if match:
            ministries.setdefault(_remit(match.group(1)), set()).add(code)
    if not ministries:
        return
    for actor in actors:
        if actor.type != "person" or actor.country or "inister" not in actor.role:
            continue
        match = _MINISTER.match(actor.role)
        if not match:
            continue
        codes = ministries.get(_remit(match.group(1) or match.group(2)), set())
        if len(codes) != 1 or not actor.evidence:
            continue
        code = next(iter(codes))
        # "Ambassador X signed for Japan and Minister for Finance Y": another state named
        # before the person in the sentence leaves the tie in doubt.
        first = min(actor.evidence)[0]
        at = bisect.bisect_right(starts, first) - 1
        low, high = (sents[at].start, first) if at >= 0 else (0, 0)
        named = {
            res.found.actors[key].country
            for start, _end, key in res.found.mentions
            if low <= start < high and key.startswith("state:") and key in res.found.actors
        }
        if not named or code in named:
            actor.country = code
