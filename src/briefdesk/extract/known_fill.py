"""What a suggested actor may take from the desk's library, and the words that say so.

The text wins (newcomer23 N23-21): a draft glued the library's "Varkeshi Ministry of Defence"
to a role the article gave ("Prime Minister"), and drafted that ministry for a minister of a
story that never names it. So the library fills only what the article leaves empty: its role and
affiliation go together, taken only when the text gives neither, and not when the text gives the
person another country than the library's; its country only when the text gives none. Whatever
is taken is said, in a reason of its own (``RULE``) that becomes the drafted actor's note.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefdesk.extract.known import KnownActor
from briefdesk.extract.results import ActorSuggestion, Reason
from briefdesk.model.codes import ActorType

RULE = "actor.from-library"
NOTE_TAIL = "from the library"


@dataclass(frozen=True)
class Filled:
    """The actor's details after the library filled what the text left empty."""

    role: str
    affiliation: str
    country: str
    note: str = ""  # "role and affiliation from the library (brief of 2026-12-03)", or ""


def library_fill(role: str, affiliation: str, country: str, entry: KnownActor) -> Filled:
    """``role``/``affiliation``/``country`` as the text gave them, filled from ``entry`` only
    where the text gave nothing and the library does not contradict it."""
    taken: list[str] = []
    other_country = bool(country and entry.country and country != entry.country)
    if not role and not affiliation and not other_country:
        if entry.role:
            role = entry.role
            taken.append("role")
        if entry.affiliation:
            affiliation = entry.affiliation
            taken.append("affiliation")
    if not country and entry.country:
        country = entry.country
        taken.append("country")
    return Filled(role, affiliation, country, taken_note(taken, entry) if taken else "")


def taken_note(taken: list[str], entry: KnownActor) -> str:
    """ "role and country from the library (brief of 2026-12-03)"."""
    what = " and ".join([", ".join(taken[:-1]), taken[-1]] if len(taken) > 1 else taken)
    when = f" (brief of {entry.seen})" if entry.seen else ""
    return f"{what} {NOTE_TAIL}{when}"


def from_library(entry: KnownActor, aliases: list[str]) -> ActorSuggestion:
    """A known person the text names but gives no details of: every detail is the library's,
    and said."""
    actor = ActorSuggestion(name=entry.name, type=ActorType.PERSON, aliases=aliases)
    fill_suggestion(actor, entry)
    return actor


def fill_suggestion(actor: ActorSuggestion, entry: KnownActor) -> None:
    """:func:`library_fill` on a suggestion, its note added as a reason."""
    filled = library_fill(actor.role, actor.affiliation, actor.country, entry)
    actor.role, actor.affiliation, actor.country = filled.role, filled.affiliation, filled.country
    if filled.note and not any(r.rule == RULE for r in actor.why):
        actor.why.append(Reason(RULE, filled.note))


def library_note(why: list[Reason]) -> str:
    """The words that say what an actor took from the library, or ""."""
    return next((r.text for r in why if r.rule == RULE), "")
