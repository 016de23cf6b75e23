"""The country a source makes obvious, for drafted bodies and places that have none (round 20).

A Zambian ministry's release names "the Ministry of Energy", "Kafue Lower power station" and
"the Kafue River" without ever writing "Zambian" before them; the draft added them with no
country and the Checks then flagged each one (newcomer19 N19-19). A reader of the release knows
they are Zambia's. The draft gives them the country only where that is safe:

- **the rule**: every country the reading of the source knows (its actors' and places'
  countries, and the brief's own) is one and the same, X, and X is named as a state in it or
  its dateline's town is X's: "the source's only state". Another place resolved to X is not
  enough (round 21, newcomer21 N21-03): "the Dublin-based lessor" in a story about a state the
  registry does not know made Ireland the country of the dateline's air base;
- **to whom**: a body named as a public one ("ministry", "authority", "parliament": the list
  ``resources/english/home_bodies.txt``) and a place, each newly drafted and with no country.
  A company or a bank never (a contractor or a lender is often foreign: "Kessler Hydro"), nor a
  person (their country is a reading of their own), nor a place named as wider than one state
  ("Lake Victoria", "Gulf of Guinea": ``wide_places.txt``).

A text naming two countries gives nobody a country: "Belgrade radio" reporting an Italian maker's
sale leaves "Interior Ministry" without one (it may be either's).
"""

from __future__ import annotations

import re
from functools import cache

from briefdesk.extract.results import Extraction, PlaceSuggestion
from briefdesk.model import Actor, Brief, Place
from briefdesk.model.codes import ActorType
from briefdesk.resources_access import read_resource_text

RULE = "the only state the source names"


@cache
def _words(name: str) -> re.Pattern[str]:
    lines = read_resource_text(f"english/{name}.txt").splitlines()
    words = [w.strip() for w in lines if w.strip() and not w.startswith("#")]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def public_body(name: str) -> bool:
    """Whether ``name`` names a public body ("Ministry of Energy", "Interior Ministry")."""
    return bool(_words("home_bodies").search(name))


def wide_place(name: str) -> bool:
    """Whether ``name`` names a place wider than one state ("West Africa", "Lake Victoria")."""
    return bool(_words("wide_places").search(name))


def home_state(brief: Brief, extraction: Extraction) -> str:
    """X when every country the reading and the brief know is X and the reading names X as a
    state or its dateline's town is in X; "" otherwise."""
    named = {a.country for a in extraction.actors if a.country and str(a.type) == "state"}
    named |= {p.country for p in extraction.places if p.country and _dateline(p)}
    known = named | {p.country for p in extraction.places if p.country}
    known |= {a.country for a in extraction.actors if a.country}
    known |= {a.country for a in brief.actors if a.country}
    known |= {p.country for p in brief.places if p.country}
    return next(iter(known)) if len(known) == 1 and known <= named else ""


def _dateline(place: PlaceSuggestion) -> bool:
    """Whether the reading took ``place`` from the source's dateline ("BELGRADE, 9 October")."""
    return any(reason.rule == "dateline" for reason in place.why)


def _takes_home(record: Actor | Place) -> bool:
    """A public body or a place not wider than one state, with no country yet."""
    if record.country:
        return False
    if isinstance(record, Place):
        return not wide_place(record.name)
    return record.type == ActorType.ORGANIZATION and public_body(record.name)


def give_home_state(before: Brief, work: Brief, extraction: Extraction) -> list[str]:
    """Give the source's only state to the public bodies and places ``work`` drafted (those not
    in ``before``) with no country; the names given it, in order."""
    home = home_state(work, extraction)
    if not home:
        return []
    old = {a.id for a in before.actors} | {p.id for p in before.places}
    given: list[str] = []
    records: list[Actor | Place] = [*work.actors, *work.places]
    for record in records:
        if record.id not in old and _takes_home(record):
            record.country = home
            given.append(record.name)
    return given


def home_given(before: Brief, after: Brief, extraction: Extraction) -> tuple[str, list[str]]:
    """(X, the new records' names that have X by this rule: their reading had no country), for
    the draft's summary to say which rule it used; ("", []) when none."""
    home = home_state(after, extraction)
    bare = {a.name for a in extraction.actors if not a.country}
    bare |= {p.name for p in extraction.places if not p.country}
    old = {a.id for a in before.actors} | {p.id for p in before.places}
    records: list[Actor | Place] = [*after.actors, *after.places]
    given = [
        r.name
        for r in records
        if home
        and r.id not in old
        and r.country == home
        and r.name in bare
        and _takes_home(r.model_copy(update={"country": ""}))
    ]
    return (home, given) if given else ("", [])
