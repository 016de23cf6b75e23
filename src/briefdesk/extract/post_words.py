"""Words before a title that name no body (round 14): a generic head ("Company Secretary") or
a post's qualifiers ("Independent Non-Executive Director"). Rosters and attendance tables of
filings and minutes write such posts capitalised, and the readers that split a body off a
title ("Nordbank CFO") must leave them whole."""

from __future__ import annotations

from briefdesk.extract.lexicon import ORG_HEADS, POST_QUALIFIERS


def no_body(words: str, title: str) -> bool:
    """True for "Company" before a capitalised post ("Company Secretary"; "Authority chief
    executive" is the authority's), and for "Non-Executive", "Independent Non-Executive"."""
    if words.lower() in ORG_HEADS:
        return title[:1].isupper()
    return all(set(w.lower().split("-")) <= POST_QUALIFIERS for w in words.split())


# A post of one bare head keeps the remit after its comma ("Head, Investor Relations").
_BARE_HEADS = frozenset({"chief", "director", "head", "manager"})


def post_before_comma(post: str) -> str:
    """The post of "Managing Director, Kenya Ports Authority" ("Managing Director"); a bare
    head keeps a remit that names no body: "Head, Investor Relations" is the post whole, "Head,
    Public Relations Unit" the head of that unit."""
    role, _, rest = post.partition(",")
    remit = rest.split()
    if role.strip().lower() in _BARE_HEADS and remit and remit[-1].lower() not in ORG_HEADS:
        return post.strip()
    return role.strip()
