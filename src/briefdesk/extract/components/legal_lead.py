"""Component: a legal form that opens a name ("PT Bumi Sakti Nikel", "PJSC Volga Neft") marks a
company, whatever words follow it (a name with a head word such as "Tbk" or "Group" is left to
``org_head``, which reads more about it)."""

from __future__ import annotations

import re

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


# 'the Open Joint-Stock Holding Company "Barqi Tojik"', 'JSC "Kazakhmys Copper"': a legal
# form written out, then the firm's own name in quotes — the quoted name is the firm.
_FORM_WORDS = frozenset(
    {"open", "closed", "joint-stock", "joint", "stock", "holding", "company", "limited"}
    | {"liability", "public", "private", "jsc", "ojsc", "cjsc", "pjsc", "llc", "ooo", "oao"}
    | {"ao", "zao", "the"}
)
_QUOTED_NAME = re.compile(r"[ \t]*[\"“«]([A-Z][^\"”»\n]{1,60}?)[\"”»]")


def quoted_after_form(res: Resolver, v: View) -> str:
    quoted = _QUOTED_NAME.match(res.text, v.chunk.end)
    if not quoted or not set(v.lowered) <= _FORM_WORDS or not set(v.lowered) - {"the"}:
        return NEXT
    name = quoted.group(1)
    res.org(name, quoted.start(1), quoted.end(1), org_affiliation(res, v.chunk))
    key = f"org:{name.lower()}"
    if key in res.found.actors:  # the written-out form is the same firm
        res.alias(key, res.text[v.chunk.start : quoted.end()], v.chunk.start, quoted.end())
    res.claim(v.chunk.start, quoted.end())
    return CLAIM
