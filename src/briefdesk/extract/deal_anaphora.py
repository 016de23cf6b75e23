"""A side named only by a description that points back to a named company or state.

"Daewon Marine builds ferries in Changwon. Senegal signed a $120 million contract with the
Changwon-based manufacturer": "the Changwon-based manufacturer" is Daewon Marine. "the Spanish
yard", "the kingdom", "the company" likewise point back to a company or state named earlier.
Each such description becomes one more mention of that actor, so the deal rules read it as
they read the name itself; a description is read only when exactly one earlier actor fits it
(its kind, its place or nationality words); when two fit, what the description says decides
(deal_described), recency last, never a coin toss.
"""

from __future__ import annotations

import bisect
import functools

from briefdesk.extract import rx as re
from briefdesk.extract.deal_called import called
from briefdesk.extract.deal_described import settle
from briefdesk.extract.deal_parties import is_government, lender_like
from briefdesk.extract.resolver import ActorBuild, Found
from briefdesk.extract.scans import factored
from briefdesk.extract.text import Sentence
from briefdesk.world import world

_FIRM = (
    "company|firm|group|manufacturer|maker|shipbuilder|shipyard|yard|builder|carmaker|"
    "automaker|planemaker|contractor|supplier|operator|developer|miner|producer|lender|bank|"
    "conglomerate|vendor|integrator|provider|exporter|consortium|subsidiary|venture|utility"
)
_STATE = "kingdom|emirate|sultanate|republic"
_NOUNS = factored(f"{_FIRM}|{_STATE}".split("|"))  # (one branch per first letter)
_DESCRIPTION = re.compile(
    # ("[Tt](?<!\w.)he" is "\b[Tt]he" led by a class: the engine skips to each "t" or "T")
    rf"[Tt](?<!\w.)he\s+((?:[\w’'.-]+\s+){{0,3}}?)({_NOUNS})\b(?!\s+of\b|[-\w])"
)
_LENDERS = frozenset({"lender", "bank"})
# The state's form of government in its official name ("Kingdom of Saudi Arabia").
_FORMS = {"kingdom": "Kingdom", "emirate": "Emirate", "sultanate": "Sultanate"}
_BACK = 4  # sentences back a description may point
# (an amount is no name: "lend the subsidiary US$96 million")
_NAME_AFTER = re.compile(r"\s+(?:[A-Z](?![A-Z]{0,2}\$)(?![A-Z]{3}\s?\d)|\d)")
_WINDOW = 160  # characters around a mention where a place word ties it to the description


@functools.lru_cache(maxsize=256)
def _official(code: str) -> str:
    import pycountry

    entry = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    return str(getattr(entry, "official_name", "") or "") if entry else ""


def _marks(modifiers: str) -> list[tuple[str, str]] | None:
    """What the words before the noun require: ("place", "Changwon") for "Changwon-based",
    ("state", "ES") for "Spanish"; None when a capitalised word is a name ("the Hyundai
    group"), which is no description."""
    marks: list[tuple[str, str]] = []
    for word in modifiers.split():
        if word[:1].islower():
            continue
        place = re.match(r"([A-Z][\w’'.]+)-(?:based|headquartered|registered|listed)$", word)
        if place:
            marks.append(("place", place.group(1)))
        elif code := world().code_of(word):
            marks.append(("state", code))
        else:
            return None
    return marks


def _near(text: str, actor: ActorBuild, words: list[str]) -> bool:
    """Whether one of the words is written near a mention of the actor."""
    return any(
        word in text[max(0, start - _WINDOW) : end + _WINDOW]
        for start, end in actor.evidence
        for word in words
    )


def _fit(text: str, actor: ActorBuild, noun: str, marks: list[tuple[str, str]]) -> int:
    """2: the actor fits the description and its marks; 1: it fits and nothing says its
    nationality ("the Spanish yard" for a yard whose state the text never gives); 0: no."""
    if noun in _FORMS or noun == "republic":
        official = _official(actor.country)
        form = _FORMS.get(noun, "Republic")
        return 2 if actor.type == "state" and (form in official or form in actor.name) else 0
    if actor.type != "organization" or is_government(actor):
        return 0
    if lender_like(actor) != (noun in _LENDERS):
        return 0
    score = 2
    for kind, mark in marks:
        if kind == "place":
            if not _near(text, actor, [mark]):
                return 0
            continue
        country = world().countries.get(mark)
        words = [country.name, *country.demonyms] if country else []
        if mark == actor.country or _near(text, actor, words):
            continue
        if actor.country:
            return 0  # a company of another state
        score = 1
    return score


def described_mentions(
    text: str, found: Found, mentions: list[tuple[int, int, str]], sents: list[Sentence]
) -> list[tuple[int, int, str]]:
    """The mentions with one added for each description that exactly one earlier actor fits."""
    if not mentions:
        return mentions
    if " side " in text:
        mentions = side_mentions(text, mentions)
    starts = [s.start for s in sents]
    added: list[tuple[int, int, str]] = []
    dropped: set[tuple[int, int, str]] = set()
    for match in _DESCRIPTION.finditer(text):
        marks = _marks(match.group(1))
        if marks is None:
            continue
        start, end = match.start(1), match.end()
        if _NAME_AFTER.match(text, end):
            continue  # "the Korean anode maker Hanjin Anode": the name itself follows
        inside = [m for m in mentions if m[0] < end and start < m[1]]
        codes = {f"state:{mark}" for kind, mark in marks if kind == "state"}
        if any(m[2] not in codes for m in inside):
            continue  # inside a name ("The Export Bank")
        index = bisect.bisect_right(starts, start) - 1
        opening = sents[index].start if index >= 0 else 0
        recent = sents[max(0, index - _BACK)].start if index >= 0 else 0
        noun = match.group(2).lower()
        tied = called(text, found, mentions, noun, start)  # "X, a consortium led by ..."
        if len(tied) == 1 and not inside:
            added.append((start, end, tied[0]))
            continue
        here = {key for s, _, key in mentions if opening <= s < end + 200}
        if not here - {m[2] for m in inside}:
            continue  # a sentence naming nobody else points back as a whole (deal_more)
        earlier = {
            key
            for s, _, key in mentions
            if recent <= s < opening and s >= found.dateline_end and text[s - 1 : s] != "("
        } - here
        scores = {key: _fit(text, found.actors[key], noun, marks) for key in earlier}
        fits = [key for key, score in scores.items() if score == 2]
        fits = fits or [key for key, score in scores.items() if score == 1]
        if len(fits) > 1:
            fits = settle(text, found, fits, noun, marks, start)
        if len(fits) == 1:
            added.append((start, end, fits[0]))
            dropped.update(inside)  # "the Spanish yard" is the yard, not Spain
    if not added:
        return mentions
    return sorted([m for m in mentions if m not in dropped] + added)


# "The Indian side announced a grant": in joint statements a state acts as "the <demonym> side".
_SIDE = re.compile(r"\s+side\b(?!\s+(?:of|effects?)\b)")
# Only as a clause's subject: "signed for the Omani side by the minister" names no party.
_THE = re.compile(r"(?:^|[.;:\n]\s*|,\s+and\s+)The\s+$")


def side_mentions(text: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The mentions with a state's demonym stretched over the "side" it names ("The Kuwaiti
    side announced a grant of USD 50 million to Jordan": Kuwait gives), so the deal rules read
    it as they read the state's name in subject position."""
    out = []
    for start, end, key in mentions:
        side = _SIDE.match(text, end) if key.startswith("state:") else None
        if side and _THE.search(text, max(0, start - 12), start):
            end = side.end()
        out.append((start, end, key))
    return out
