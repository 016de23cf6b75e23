"""The actor a pending suggestion becomes when the user adds it some other way than Accept
(round 23, newcomer22's leftovers 2 and 5).

*New deal from selection* and *Use as deal buyer/seller/party* (Ctrl+Alt+B, L, R) made their new
actors from the selected words alone: a licensee's managing director came without his company,
"Khalid Rahman" without "Defence Minister" and Pakistan, although the suggestion listed beside
them had read all of it. The actor now carries what the suggestion read — role, affiliation
(written out when short), aliases and country — and what the selection alone did not tell is
taken from the same name in the whole source's reading.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefdesk.editing.affiliation_full import with_full_affiliation
from briefdesk.extract import ActorSuggestion
from briefdesk.model import Actor, Brief


def suggested_actor(
    suggestion: ActorSuggestion, brief: Brief, suggested: Iterable[object] = ()
) -> Actor:
    """The actor ``suggestion`` becomes, with its role, affiliation, aliases and country;
    blanks filled from the same name among ``suggested``. Its evidence is the caller's to set."""
    actor = suggestion.to_actor("", "").model_copy(update={"evidence": []})
    blanks = [f for f in ("role", "affiliation", "country") if not getattr(actor, f)]
    for other in suggested:
        if not blanks or not isinstance(other, ActorSuggestion) or other is suggestion:
            continue
        if other.name == actor.name and other.type == actor.type.value:
            fuller = other.to_actor("", "")
            found = {f: getattr(fuller, f) for f in blanks if getattr(fuller, f)}
            actor = actor.model_copy(update=found)
            blanks = [f for f in blanks if f not in found]
    return with_full_affiliation(actor, brief, suggested)


def suggestion_named(words: str, suggested: Iterable[ActorSuggestion]) -> ActorSuggestion | None:
    """The one actor suggestion that ``words`` (a selection, leading article dropped) names by
    its name or an alias, case aside; None when none or several do."""
    from briefdesk.editing.linking import bare_name

    wanted = " ".join(bare_name(words).split()).casefold()
    found = [
        s
        for s in suggested
        if any(" ".join(n.split()).casefold() == wanted for n in (s.name, *s.aliases))
    ]
    return found[0] if len(found) == 1 else None
