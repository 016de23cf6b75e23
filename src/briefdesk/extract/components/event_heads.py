"""Component (round 21, newcomer21 N21-09): a run that opens with a capitalised event noun
before "of (the)" and a name — "Sale of the Skarvik hydropower plant", "Launch of the Kelvara
Terminal", "Construction of the Orlen Dam" — is a heading or a topic, never a place or a body
as a whole. The event words are dropped and the name after them goes back to the chunk rules
on its own, so the site ("Skarvik" before "hydropower plant", "the Orlen Dam") is read as any
site is."""

from __future__ import annotations

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Chunk
from briefdesk.extract.words import word_list

EVENT_HEADS = word_list("event_head_nouns")


def event_of_name(res: Resolver, v: View) -> str:
    """CLAIM after handing on the name after "Sale of (the)"; NEXT for any other run."""
    lowered = v.lowered
    if len(lowered) < 3 or lowered[0] not in EVENT_HEADS or lowered[1] != "of":
        return NEXT
    name_at = 3 if lowered[2] == "the" else 2
    if name_at >= len(lowered) or not v.words[name_at][:1].isupper():
        return NEXT  # "Sale of the" with nothing named after it
    res.split.append(Chunk(tuple(v.rest[name_at:]), False))
    return CLAIM
