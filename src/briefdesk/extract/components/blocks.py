"""A licence block named by its number: "offshore Block 71", "the PSC for shallow-water Block
59", "first oil from Block 58", "Block TL-SO-23" (round 7; the tuning gold lists them as
places). An aircraft's production block is no place: "F-16 Block 70" has its type before it,
and "Block IX of the Thar coalfield" names the coalfield (the site rule reads it)."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.name_edges import UNIT_HEADS
from briefdesk.extract.resolver import Resolver

_BLOCK = lazy(r"Block\s+(?:\d{1,4}[A-Z]?|[IVXL]{1,5}|[A-Z]{1,4}(?:-[A-Z0-9]{1,5}){1,3})")
# What stands before a block's own name: a lower-case word, or the start of a line or sentence.
_BEFORE_OK = re.compile(r"(?:^|[\n.:;,(]\s*|\b[a-z][a-z-]*\s+)$")


def numbered_block(res: Resolver, v: View) -> str:
    """ "offshore Block 71": the block is a place; "the 3rd Mechanised Infantry Brigade": a
    unit opened by its ordinal is a body (the chunker keeps the ordinal only before a unit's
    head)."""
    bare, chunk = v.bare, v.chunk
    if bare[:1].isdigit() and len(v.words) > 1 and v.words[-1] in UNIT_HEADS:
        res.rule = "org.head-word"
        res.org(bare, chunk.start, chunk.end)
        return CLAIM
    if not bare.startswith("Block ") or not _BLOCK.fullmatch(bare):
        return NEXT
    if res.text.startswith(" of ", chunk.end) or not _BEFORE_OK.search(res.before(chunk.start, 30)):
        return NEXT
    res.rule = "place.site"
    res.place(bare, chunk.start, chunk.end)
    return CLAIM
