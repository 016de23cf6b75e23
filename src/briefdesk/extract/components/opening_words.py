"""Component: an everyday English word that opens a sentence or a quotation is no site's name.

'"Better river ports will cut freight costs," said …' made "Better" a place: a capital letter
there is the sentence's, not a name's, and the lower-case noun after it ("river ports") read as
a site's ("the Rupsha river"). A known town or province keeps its name ("Reading station")."""

from __future__ import annotations

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.components.sites import LOCAL_FIRST
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import SITE_AFTER

_OPENERS = "\"“‘'(«—–-"


def opening_word_site(res: Resolver, v: View) -> str:
    """CLAIM (so no rule makes it a place) a one-word chunk that opens its sentence or a
    quotation, is a common English word and would otherwise name a site."""
    if len(v.words) != 1 or not is_common_word(v.bare):
        return NEXT
    if not _opens(res, v) or not _site_noun_after(res, v):
        return NEXT
    if v.bare in res.gaz.cities or v.bare in res.gaz.provinces:
        return NEXT
    return CLAIM


def _opens(res: Resolver, v: View) -> bool:
    """The chunk is the first word of its sentence, or follows an opening quotation mark."""
    before = res.text[v.sentence.start : v.chunk.start].rstrip()
    if not before.strip(_OPENERS + " "):
        return True
    return before[-1] in _OPENERS and (len(before) == 1 or not before[-2].isalnum())


def _site_noun_after(res: Resolver, v: View) -> bool:
    """A lower-case site noun follows ("river ports", "port", "oil field")."""
    after = res.after(v.chunk.end, 24)
    first = after.split(maxsplit=1)[0].rstrip(".,;:") if after.strip() else ""
    return first in LOCAL_FIRST or bool(SITE_AFTER.match(after))
