"""The library may name a deal's party, never move one to the other side (newcomer26 N26-17).

With the desk's library on, a name the rules missed ("Karavelle Resources plc … announces that
it has entered into an agreement with Tianhe … for the sale of a 30 per cent interest") became a
mention the deal rules read, and the stake sale came out with the issuer as the BUYER and the
real buyer dropped. What the library knows of an actor may help recognise it; which side it is
on is the text's. So with a library, the text's own reading (the same extraction without it) is
kept beside, and for each deal both readings share (overlapping evidence):

- a side the text's reading fills stays that party (the library may not drop or replace it);
- a side the text's reading leaves empty may be filled by the library, unless with the party the
  text puts on the other side (that would move it);

and a deal whose sides were put back says so in a reason of its own (``RULE``), which the draft's
summary repeats in one line.
"""

from __future__ import annotations

from briefdesk.extract.results import DealSuggestion, Extraction, Reason

RULE = "deal.text-over-library"


def text_sides_win(with_library: Extraction, text_only: Extraction) -> None:
    """Put back, in ``with_library``'s deals, the sides ``text_only`` (no library) gives."""
    keys = _key_map(with_library, text_only)
    names = {actor.key: actor.name for actor in with_library.actors}
    for deal in with_library.deals:
        text = _same_deal(deal, text_only.deals)
        if text is None:
            continue
        old = (deal.buyer, deal.seller)
        sides = [
            (names.get(keys.get(key, ""), name), keys.get(key, ""))
            for name, key in ((text.buyer, text.buyer_key), (text.seller, text.seller_key))
        ]
        mine = [(deal.buyer, deal.buyer_key), (deal.seller, deal.seller_key)]
        for i, (name, key) in enumerate(sides):
            other = sides[1 - i]
            if name and key and mine[i][1] != key:
                mine[i] = (name, key)  # the text states this side: it stays
            elif not name and other[1] and mine[i][1] == other[1]:
                mine[i] = ("", "")  # the library moved the text's other party here
        (deal.buyer, deal.buyer_key), (deal.seller, deal.seller_key) = mine
        if (deal.buyer, deal.seller) != old:
            deal.why.append(Reason(RULE, _said(old, deal)))


def _said(old: tuple[str, str], deal: DealSuggestion) -> str:
    """ "buyer 'Tianhe' as the text gives it (with the library's names the rules read buyer
    'Karavelle Resources plc')": only the sides put back."""
    now = (deal.buyer, deal.seller)
    kept = [
        f"{w} {n!r}" if n else f"no {w}" for w, n, o in zip(SIDES, now, old, strict=True) if n != o
    ]
    read = [
        f"{w} {o!r}" if o else f"no {w}" for w, n, o in zip(SIDES, now, old, strict=True) if n != o
    ]
    return (
        f"{' and '.join(kept)} as the text gives it (with the library's names the rules read "
        f"{' and '.join(read)})"
    )


SIDES = ("buyer", "seller")


def _same_deal(deal: DealSuggestion, others: list[DealSuggestion]) -> DealSuggestion | None:
    """The text-only deal told in the same words (the first whose evidence overlaps)."""
    spans = deal.evidence[:1]
    for other in others:
        if any(s < oe and os_ < e for s, e in spans for os_, oe in other.evidence[:1]):
            return other
    return None


def _key_map(with_library: Extraction, text_only: Extraction) -> dict[str, str]:
    """Text-only actor key -> the key of the same actor with the library (same key, or the
    actor whose evidence holds its first mention: a short form the library renamed)."""
    keys = {actor.key for actor in with_library.actors}
    mapped: dict[str, str] = {}
    for actor in text_only.actors:
        if actor.key in keys:
            mapped[actor.key] = actor.key
            continue
        first = actor.evidence[:1]
        for other in with_library.actors:
            if first and first[0] in other.evidence and other.type == actor.type:
                mapped[actor.key] = other.key
                break
    return mapped
