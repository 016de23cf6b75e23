"""Component: a legal form that opens a name ("PT Bumi Sakti Nikel", "PJSC Volga Neft") marks a
company, whatever words follow it (a name with a head word such as "Tbk" or "Group" is left to
``org_head``, which reads more about it)."""

from __future__ import annotations

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.cues_orgs import acronym_after, org_affiliation
from briefdesk.extract.lexicon import ORG_HEADS
from briefdesk.extract.resolver import LEGAL_HEAD, Resolver


def legal_form_first(res: Resolver, v: View) -> str:
    if len(v.words) < 2 or not LEGAL_HEAD.match(v.phrase) or " and " in v.phrase:
        return NEXT
    if any(w in ORG_HEADS for w in v.lowered):
        return NEXT
    res.org(v.bare, v.chunk.start, v.chunk.start + len(v.bare), org_affiliation(res, v.chunk))
    acronym_after(res, v.chunk, v.bare)
    return CLAIM
