"""Two readings of a selected sentence's names that are no side as they stand (newcomer19 N19-04).

- A state's possessive owns the name after it: in "the Ministry granted Spain's Solandes Energia
  a concession" the concessionaire is the company, not Spain; the owned name is a mention of its
  own (an organisation of that state), and takes the side the reader gave its owner.
- A name right after a place word ("at Tinguiririca", "near Kessa") is a place, never a side,
  whatever cue stands a few words earlier ("a concession to explore for geothermal power at X").

Used by :mod:`briefdesk.editing.deal_from_text`; the place words are the ``place`` group of
``resources/english/deal_selection_words.tsv``.
"""

from __future__ import annotations

import re

from briefdesk.editing.deal_text_cues import table
from briefdesk.model import Actor, Source, Span
from briefdesk.model.codes import ActorType

_OWNED = re.compile(r"^[’']s\s+((?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*)")


def owned_name(text: str, end: int) -> tuple[int, int] | None:
    """The capitalised run right after the possessive that ends a name at ``end``, as
    (start, end) in ``text``; None when lower-case words follow ("Spain's defence ministry")."""
    found = _OWNED.match(text[end:])
    if found is None:
        return None
    return end + found.start(1), end + found.end(1)


def owned_names(
    source: Source,
    text: str,
    start: int,
    states: list[tuple[int, int, str]],
    taken: list[tuple[int, int]],
) -> list[tuple[int, int, str, Actor]]:
    """For each state's possessive (its start, end and country code in ``text``, the
    selection that begins at ``start`` in ``source.text``), the name it owns as a new
    organisation of that state: (start, end, the state's words, actor); a name already
    ``taken`` by a mention is left alone."""
    out: list[tuple[int, int, str, Actor]] = []
    for at, end, country in states:
        run = owned_name(text, end)
        if run is None or any(a < run[1] and run[0] < b for a, b in taken):
            continue
        s, e = run
        span = Span(source_id=source.id, start=start + s, end=start + e, quote=text[s:e])
        actor = Actor(name=text[s:e], type=ActorType.ORGANIZATION, country=country, evidence=[span])
        out.append((s, e, text[at:end], actor))
    return out


def after_place_word(text: str, start: int) -> bool:
    """True when the word just before ``start`` makes the name a place ("at", "near")."""
    before = text[:start].split()
    if not before:
        return False
    word = before[-1].lower()
    return any(phrase == word for _value, phrase in table()["place"])
